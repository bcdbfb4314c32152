/**
 * The scorer's definitions on small cases worked out by hand from the dev
 * set's reference scorer (realpages `score.py`).
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { authorCounts, cityAgrees, conservation, figures, matchArticles, sameHeadline, themeAgrees, themeLabel, type IssueCounts } from '../../src/tools/accuracy/score.ts';
import { decodeRaw, norm } from '../../src/tools/accuracy/text.ts';

describe('norm', () => {
  it('drops spacing, quotes, brackets and punctuation in either width', () => {
    expect(norm('“一对一”跟踪，主动靠前服务')).toBe('一对一跟踪主动靠前服务');
    expect(norm('"一对一"跟踪, 主动靠前服务')).toBe('一对一跟踪主动靠前服务');
    expect(norm('《大潮起之江 “窗口”看小康》走进杭州淳安——')).toBe('大潮起之江窗口看小康走进杭州淳安');
    expect(norm('梭子蟹,大丰收!')).toBe('梭子蟹大丰收');
  });

  it('folds full-width letters and digits (NFKC) and padded names', () => {
    expect(norm('乘坐１６路　公交')).toBe('乘坐16路公交');
    expect(norm('王 蓉')).toBe('王蓉');
    expect(norm(null)).toBe('');
  });

  it('keeps what it does not list: the enumeration comma and kicker glyphs', () => {
    expect(norm('乔迁“新家”、开席')).toBe('乔迁新家、开席');
    expect(norm('箬横 〉〉 万亩西蓝花')).toBe('箬横〉〉万亩西蓝花');
  });
});

describe('sameHeadline', () => {
  const stack = { title: '一叶知千岛 茶乡飘新味', subtitle: '《大潮起之江 “窗口”看小康》走进杭州淳安——' };

  it('accepts the headline alone, with its overline before or after it, or the two swapped', () => {
    expect(sameHeadline(stack, { title: '一叶知千岛 茶乡飘新味' })).toBe(true);
    expect(sameHeadline(stack, { title: '一叶知千岛 茶乡飘新味', subtitle: '《大潮起之江 “窗口”看小康》走进杭州淳安——' })).toBe(true);
    expect(sameHeadline(stack, { title: '《大潮起之江“窗口”看小康》走进杭州淳安——一叶知千岛 茶乡飘新味' })).toBe(true);
    expect(sameHeadline(stack, { title: '《大潮起之江 “窗口”看小康》走进杭州淳安——', subtitle: '一叶知千岛 茶乡飘新味' })).toBe(true);
  });

  it('accepts a headline split between title and subtitle', () => {
    expect(sameHeadline(stack, { title: '一叶知千岛', subtitle: '茶乡飘新味' })).toBe(true);
  });

  it('rejects half a headline, and an overline alone', () => {
    expect(sameHeadline(stack, { title: '茶乡飘新味' })).toBe(false);
    expect(sameHeadline(stack, { title: '《大潮起之江 “窗口”看小康》走进杭州淳安——' })).toBe(false);
  });

  it('takes no subtitle for the headline when the gold has none', () => {
    const plain = { title: '蛏苗丰收', subtitle: null };
    expect(sameHeadline(plain, { title: '蛏苗丰收', subtitle: '右图' })).toBe(true);
    expect(sameHeadline(plain, { title: '右图', subtitle: '蛏苗丰收' })).toBe(false);
  });
});

describe('matchArticles', () => {
  it('matches in gold order, each report article at most once', () => {
    const gold = [
      { title: '春茶开采', subtitle: null, authors: [], city: '金华', theme: '乡村振兴', theme_alt: null },
      { title: '春茶开采', subtitle: null, authors: [], city: '金华', theme: '乡村振兴', theme_alt: null },
      { title: '巧手竞技', subtitle: null, authors: [], city: '金华', theme: '乡村振兴', theme_alt: null },
    ];
    const pairs = matchArticles(gold, [{ title: '巧手竞技' }, { title: '春茶开采' }, { title: '八婺新闻' }]);
    expect(pairs.map(({ article }) => article?.title)).toEqual(['春茶开采', undefined, '巧手竞技']);
  });
});

describe('cityAgrees', () => {
  it('accepts the same name or one containing the other', () => {
    expect(cityAgrees('杭州', '杭州')).toBe(true);
    expect(cityAgrees('湘西', '湘西州')).toBe(true);
    expect(cityAgrees('天门市', '天门')).toBe(true);
  });

  it('rejects another city and a missing one', () => {
    expect(cityAgrees('青岛', '济南')).toBe(false);
    expect(cityAgrees('杭州', '')).toBe(false);
    expect(cityAgrees('杭州', null)).toBe(false);
  });
});

describe('theme', () => {
  it('reads a label, a slug or a record', () => {
    expect(themeLabel('经济营商')).toBe('经济营商');
    expect(themeLabel('Ecology')).toBe('生态环保');
    expect(themeLabel({ slug: 'rural' })).toBe('乡村振兴');
    expect(themeLabel({ label: ' 劳动社保 ' })).toBe('劳动社保');
    expect(themeLabel(null)).toBe('');
  });

  it('accepts the editor’s theme or the second reading, nothing else', () => {
    const gold = { theme: '经济营商', theme_alt: '科技人才' };
    expect(themeAgrees(gold, '经济营商')).toBe(true);
    expect(themeAgrees(gold, 'talent')).toBe(true);
    expect(themeAgrees(gold, '文化旅游')).toBe(false);
    expect(themeAgrees({ theme: '文化旅游', theme_alt: null }, null)).toBe(false);
  });
});

describe('authorCounts', () => {
  it('compares sets of names per article: roles, order, spacing and repeats do not count', () => {
    const got = [{ name: '王 蓉', role: '记者' }, { name: '通讯员', role: null }, '王蓉'];
    expect(authorCounts(['李刚', '王蓉'], got)).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(authorCounts([], [])).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(authorCounts(['小汤'], null)).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
});

describe('conservation', () => {
  // Han characters of the raw file: 标题 记者 王蓉 正文 正文 = 10; Latin, digits and punctuation do not count.
  const raw = '标题 2024\n记者 王蓉\n正文。正文。';
  const article = { title: '标题', authors: [{ name: '王蓉', role: '记者' }], body: '正文。' };

  it('finds each occurrence once, in titles, author records (role included) and bodies', () => {
    // 标 题 记 者 王 蓉 正 文 found; the second 正文 is nowhere in the report.
    expect(conservation(raw, { articles: [article] })).toEqual({ raw: 10, kept: 8 });
  });

  it('counts what the report lists as removed, captions and the issue title', () => {
    expect(conservation(raw, { articles: [article], removed: [{ kind: 'duplicate', text: '正文。' }] })).toEqual({ raw: 10, kept: 10 });
    expect(conservation(raw, { articles: [{ ...article, captions: [{ text: '正文', credit: null }] }] })).toEqual({ raw: 10, kept: 10 });
    expect(conservation('浙江日报\n正文', { title: '浙江日报 · 2024年6月14日', articles: [{ title: '', body: '正文' }] })).toEqual({ raw: 6, kept: 6 });
  });

  it('counts an author’s name twice, as its name and in its record', () => {
    expect(conservation('王蓉 王蓉', { articles: [{ title: '', authors: [{ name: '王蓉', role: null }] }] })).toEqual({ raw: 4, kept: 4 });
  });
});

describe('figures', () => {
  const issue = (counts: Partial<IssueCounts>): IssueCounts => ({
    source: 'x.txt', converted: true, gold: 0, found: 0, matched: 0, city: 0, theme: 0, authors: { tp: 0, fp: 0, fn: 0 }, han: { raw: 0, kept: 0 }, missed: [], ...counts,
  });

  it('pools counts over issues; a refused issue counts against recall only', () => {
    const result = figures([
      issue({ gold: 4, found: 5, matched: 3, city: 2, theme: 3, authors: { tp: 2, fp: 1, fn: 2 }, date: { want: '2025-02-17', got: '2025-02-17', right: true }, han: { raw: 90, kept: 89 } }),
      issue({ gold: 2, found: 0, converted: false }),
      issue({ gold: 2, found: 3, matched: 1, city: 1, theme: 0, authors: { tp: 1, fp: 0, fn: 0 }, date: { want: '2025-06-09', got: '2025-06-10', right: false }, han: { raw: 10, kept: 10 } }),
    ]);
    // headline P 4/8, R 4/8; authors P 3/4, R 3/5; city 3/4; theme 3/4; date 1 of 2; conservation 99/100.
    expect(result.headline).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(result.authors.precision).toBe(0.75);
    expect(result.authors.recall).toBe(0.6);
    expect(result.authors.f1).toBeCloseTo(2 / 3, 12);
    expect([result.city, result.theme, result.conservation, result.refused]).toEqual([0.75, 0.75, 0.99, 1]);
    expect(result.date).toEqual({ right: 1, dated: 2, rate: 0.5 });
  });

  it('gives 0 for nothing found and 1 for the date when no page prints one', () => {
    const result = figures([issue({ gold: 3 })]);
    expect(result.headline).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(result.date.rate).toBe(1);
  });
});

describe('decodeRaw', () => {
  it('reads UTF-8 with or without BOM, UTF-16 with BOM and GBK', () => {
    const text = '之江职工报 ２０２３年９月７日';
    expect(decodeRaw(new TextEncoder().encode(text))).toBe(text);
    expect(decodeRaw(new TextEncoder().encode(`\ufeff${text}`))).toBe(text);
    expect(decodeRaw(iconv.encode(text, 'utf16le', { addBOM: true }))).toBe(text);
    expect(decodeRaw(iconv.encode(text, 'utf16be', { addBOM: true }))).toBe(text);
    expect(decodeRaw(iconv.encode(text, 'gbk'))).toBe(text);
  });
});
