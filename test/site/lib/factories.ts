/** Small hand-built collection entries for the site model's tests. */
import type { Entry } from '../../../src/site/lib/model.ts';
import type { ArticleData, IssueData } from '../../../src/contract/schema.ts';
import type { Taxonomy } from '../../../src/site/lib/taxonomy.ts';

export const taxonomy: Taxonomy = {
  themes: [
    { label: '生态环保', slug: 'ecology', description: '' },
    { label: '基层治理', slug: 'governance', description: '' },
  ],
  provinces: [
    { short: '浙江', name: '浙江省' },
    { short: '新疆', name: '新疆维吾尔自治区' },
    { short: '湖南', name: '湖南省' },
  ],
  cities: [
    { short: '湖州', name: '湖州市', slug: 'huzhou', province: '浙江', tile: { row: 1, col: 2 } },
    { short: '温州', name: '温州市', slug: 'wenzhou', province: '浙江', tile: { row: 4, col: 3 } },
    { short: '阿克苏', name: '阿克苏地区', slug: 'akesu', province: '新疆' },
    { short: '湘西', name: '湘西土家族苗族自治州', slug: 'xiangxi', province: '湖南' },
  ],
};

export function issue(slug: string, date: string, articles: string[], extra: Partial<IssueData> = {}): Entry<IssueData> {
  return {
    id: slug,
    data: { title: slug, date, dateSource: 'header', dateEvidence: '', source: 'x.txt', articleCount: articles.length, articles, ...extra },
  };
}

export function article(issueSlug: string, slug: string, extra: Partial<ArticleData> = {}): Entry<ArticleData> {
  return {
    id: `${issueSlug}/${slug}`,
    digest: `digest-${issueSlug}/${slug}`,
    data: {
      title: slug,
      titleGenerated: false,
      authors: [],
      city: '湖州',
      place: '湖州',
      theme: '生态环保',
      themeTerms: [],
      tags: [],
      issue: issueSlug,
      order: 1,
      date: issueSlug.slice(0, 10),
      dateInferred: false,
      summary: '',
      source: 'x.txt',
      captions: [],
      slug,
      ...extra,
    },
  };
}
