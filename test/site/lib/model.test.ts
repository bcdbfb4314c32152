import { describe, expect, it } from 'vitest';
import { buildSiteModel, SiteContentError } from '../../../src/site/lib/model.ts';
import { relatedIndex } from '../../../src/site/lib/related.ts';
import { authorSlugs, cityIndex, citySlug, placeSlug } from '../../../src/site/lib/slugs.ts';
import { article, issue, taxonomy } from './factories.ts';

describe('buildSiteModel', () => {
  const issues = [
    issue('2024-06-14', '2024-06-14', ['b', 'a']),
    issue('2024-06-14-2', '2024-06-14', ['c'], { dateSource: 'dateline', dateEvidence: '本报湖州6月13日电' }),
    issue('2023-09-05', '2023-09-05', ['d']),
  ];
  const articles = [
    article('2024-06-14', 'a', { order: 2, authors: [{ name: '章伟', role: '记者' }] }),
    article('2024-06-14', 'b', { order: 1, city: '浙江', place: '浙江', theme: '基层治理' }),
    article('2024-06-14-2', 'c', { city: '阿克苏', place: '阿克苏' }),
    article('2023-09-05', 'd', { city: '温州', authors: [{ name: '张伟', role: null }] }),
  ];
  const site = buildSiteModel(issues, articles, taxonomy);

  it('orders issues newest first, a second issue of a day before the first', () => {
    expect(site.issues.map((entry) => entry.slug)).toEqual(['2024-06-14-2', '2024-06-14', '2023-09-05']);
    expect(site.issues.map((entry) => entry.dateInferred)).toEqual([true, false, false]);
  });

  it('keeps each issue in its listed reading order and articles newest first', () => {
    expect(site.issues[1]?.articles.map((entry) => entry.slug)).toEqual(['b', 'a']);
    expect(site.articles.map((entry) => entry.id)).toEqual(['2024-06-14-2/c', '2024-06-14/b', '2024-06-14/a', '2023-09-05/d']);
  });

  it('lists every theme and gazetteer city, then places outside it', () => {
    expect(site.themes.map((topic) => [topic.slug, topic.articles.length])).toEqual([['ecology', 3], ['governance', 1]]);
    expect(site.cities.map((topic) => [topic.slug, topic.articles.length])).toEqual([
      ['huzhou', 1],
      ['wenzhou', 1],
      ['akesu', 1],
      ['zhejiang', 1],
    ]);
  });

  it('groups city topics by province: the tiled province first with its province-wide topic, then the others', () => {
    expect(site.provinces.map((group) => [group.province, group.tiled, group.wide?.slug, group.cities.map((topic) => topic.slug)])).toEqual([
      ['浙江', true, 'zhejiang', ['huzhou', 'wenzhou']],
      ['新疆', false, undefined, ['akesu']],
    ]);
  });

  it('gives a city of any province its topic, an unknown place a group of its own', () => {
    const mixed = buildSiteModel(
      [issue('2025-09-30', '2025-09-30', ['x', 'y', 'z'])],
      [
        article('2025-09-30', 'x', { city: '湘西', place: '湘西' }),
        article('2025-09-30', 'y', { order: 2, city: '湘西', place: '吉首' }),
        article('2025-09-30', 'z', { order: 3, city: '火星', place: '火星' }),
      ],
      taxonomy,
    );
    const xiangxi = mixed.cities.find((topic) => topic.slug === 'xiangxi');
    expect(xiangxi).toMatchObject({ label: '湘西', province: '湖南', city: { name: '湘西土家族苗族自治州' } });
    expect(xiangxi?.articles).toHaveLength(2);
    // Zhejiang's tiles still have their (empty) pages, but no group on the cities page.
    expect(mixed.cities.filter((topic) => topic.city?.tile).map((topic) => topic.articles.length)).toEqual([0, 0]);
    expect(mixed.provinces.map((group) => [group.province, group.cities.map((topic) => [topic.slug, topic.articles.length])])).toEqual([
      ['湖南', [['xiangxi', 2]]],
      ['', [['huoxing', 1]]],
    ]);
  });

  it('gives same-sounding authors distinct slugs, the earlier-published the plain one', () => {
    expect(site.authors.map((topic) => [topic.label, topic.slug])).toEqual([
      ['张伟', 'zhang-wei'],
      ['章伟', 'zhang-wei-2'],
    ]);
    expect(site.articles.find((entry) => entry.slug === 'a')?.authors[0]).toMatchObject({ name: '章伟', role: '记者', slug: 'zhang-wei-2' });
  });

  it('names the files when the collections disagree', () => {
    const broken = () =>
      buildSiteModel(
        [issue('2024-06-14', '2024-06-14', ['a', 'missing'])],
        [article('2024-06-14', 'a'), { ...article('2024-06-15', 'orphan'), filePath: 'content/articles/2024-06-15/orphan.md' }],
        taxonomy,
      );
    expect(broken).toThrow(SiteContentError);
    expect(broken).toThrow(/issues\/2024-06-14\.md: lists article "missing"/);
    expect(broken).toThrow(/content\/articles\/2024-06-15\/orphan\.md: issue "2024-06-15" does not list this article/);
  });
});

describe('relatedIndex', () => {
  const site = buildSiteModel(
    [issue('2024-01-02', '2024-01-02', ['x', 'same-theme', 'same-city-terms', 'nothing'])],
    [
      article('2024-01-02', 'x', { tags: ['排污权', '义乌'] }),
      article('2024-01-02', 'same-theme', { city: '温州' }),
      article('2024-01-02', 'same-city-terms', { theme: '基层治理', tags: ['排污权', '义乌'] }),
      article('2024-01-02', 'nothing', { theme: '基层治理', city: '温州' }),
    ],
    taxonomy,
  );

  it('ranks by shared theme, city and terms, leaving out the article itself and unrelated ones', () => {
    expect(relatedIndex(site.articles).get('2024-01-02/x')?.map((entry) => entry.slug)).toEqual(['same-city-terms', 'same-theme']);
    expect(relatedIndex(site.articles, { limit: 1 }).get('2024-01-02/x')).toHaveLength(1);
  });

  // Twelve one-article issues, all alike: only the score-neutral order decides.
  const days = Array.from({ length: 12 }, (_, index) => `2024-02-${String(index + 1).padStart(2, '0')}`);
  const archive = buildSiteModel(
    days.map((day) => issue(day, day, ['a'])),
    days.map((day) => article(day, 'a')),
    taxonomy,
  );
  const relatedDays = (index: ReturnType<typeof relatedIndex>, day: string) => index.get(`${day}/a`)?.map((entry) => entry.issueSlug);

  it('breaks ties by closeness in the archive, then the newer article', () => {
    expect(relatedDays(relatedIndex(archive.articles), '2024-02-06')).toEqual(['2024-02-07', '2024-02-05', '2024-02-08', '2024-02-04']);
  });

  it('scores only the articles within the window, so adding issues leaves older lists alone', () => {
    const index = relatedIndex(archive.articles, { window: 2 });
    expect(relatedDays(index, '2024-02-01')).toEqual(['2024-02-02', '2024-02-03']);
    const grown = buildSiteModel(
      [...days, '2024-02-13'].map((day) => issue(day, day, ['a'])),
      [...days, '2024-02-13'].map((day) => article(day, 'a')),
      taxonomy,
    );
    const grownIndex = relatedIndex(grown.articles, { window: 2 });
    for (const day of days.slice(0, 10)) expect(relatedDays(grownIndex, day)).toEqual(relatedDays(index, day));
  });
});

describe('slugs', () => {
  it('run place pinyin together like the gazetteer', () => {
    expect(placeSlug('浙江')).toBe('zhejiang');
    expect(placeSlug('阿克苏')).toBe('akesu');
    expect(citySlug('湖州', cityIndex(taxonomy.cities))).toBe('huzhou');
    expect(citySlug('温州市', cityIndex(taxonomy.cities))).toBe('wenzhou');
  });

  it('keep a slug with the author who had it first', () => {
    const slugs = authorSlugs([
      { name: '章伟', date: '2024-01-01' },
      { name: '张伟', date: '2023-01-01' },
      { name: '章伟', date: '2022-06-01' },
    ]);
    expect(Object.fromEntries(slugs)).toEqual({ 章伟: 'zhang-wei', 张伟: 'zhang-wei-2' });
  });
});
