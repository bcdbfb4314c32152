import { describe, expect, it } from 'vitest';
import { generateQueries, seededRandom } from '../../src/tools/search-eval/queries.ts';
import { groundTruth, readArticlePage, type CorpusArticle } from '../../src/tools/search-eval/corpus.ts';
import { percentile, ranksExactFirst, summarize, type QueryOutcome } from '../../src/tools/search-eval/metrics.ts';

/** An article page as the site renders it, furniture and hidden text included. */
const page = (title: string, body: string, author = '') => `<!doctype html><html lang="zh-CN"><head><title>${title} | 报摘</title></head><body>
<nav>首页 搜索</nav>
<article class="article"><header><p class="kicker"><a href="/t/">生态环保</a><span aria-hidden="true"> · </span><a href="/c/">湖州</a></p>
<h1>${title}</h1><p class="article-meta"><span class="byline"><span class="author"><span class="role">记者 </span><a href="/a/">${author}</a></span></span>
<span class="date"><time datetime="2024-01-01">2024年1月1日</time> <span class="inferred" data-pagefind-ignore title="依据">推定</span></span>
<span data-pagefind-ignore>约 2 分钟读完</span></p></header>
<div class="prose"><p>${body}</p><p hidden>隐藏文字</p><span class="visually-hidden">读屏文字</span></div>
<footer><dl><div><dt data-pagefind-ignore>地点</dt><dd><a href="/c/">湖州</a> · 安吉</dd></div></dl></footer></article>
<aside>相关文章 别的标题</aside></body></html>`;
const entry = (url: string, title: string, body: string, author?: string): CorpusArticle => readArticlePage(page(title, body, author), url)!;
const corpus = [entry('/a/', '排污权交易', '义乌 PM2.5 监测 2024年', '何贤君'), entry('/b/', '产业工人', '排污權 指标 GEP 核算', '倪俊杰')];

describe('the oracle reads what a reader sees on the article page', () => {
  it('takes the article element\'s visible text: chips, headline, byline, date, body, place; not furniture, hidden text or other pages\' titles', () => {
    const [a] = corpus;
    expect(a!.visible.split('\n')).toEqual(['生态环保 · 湖州', '排污权交易', '记者 何贤君', '2024年1月1日', '义乌 PM2.5 监测 2024年', '湖州 · 安吉']);
    expect(a).toMatchObject({ url: '/a/', theme: '生态环保', city: '湖州', date: '2024-01-01', authors: ['何贤君'] });
    for (const unseen of ['推定', '分钟', '地点', '隐藏', '读屏', '别的标题', '首页', '报摘']) expect(groundTruth(corpus, unseen).all.size, unseen).toBe(0);
  });
  it('folds on its own: traditional, full-width and upper case find the same pages', () => {
    expect(groundTruth(corpus, '排污權')).toEqual(groundTruth(corpus, '排污权'));
    expect(groundTruth(corpus, 'ＰＭ２．５').all).toEqual(new Set(['/a/']));
    expect(groundTruth(corpus, 'gep 指标').all).toEqual(new Set(['/b/']));
  });
});

describe('query generation', () => {
  it('is reproducible from its seed and draws every kind from the corpus', () => {
    const options = { count: 40, seed: 7, toTraditional: (text: string) => text.replace('权', '權').replace('产', '產') };
    const first = generateQueries(corpus, options);
    expect(generateQueries(corpus, options)).toEqual(first);
    expect(new Set(first.map((q) => q.kind))).toEqual(new Set(['substring', 'word', 'name', 'latin', 'traditional', 'fullwidth']));
    expect(first.filter((q) => q.kind === 'fullwidth').every((q) => /^[\uff01-\uff5e]+$/.test(q.query))).toBe(true);
    expect(seededRandom(1)()).not.toBe(seededRandom(2)());
  });
});

describe('ground truth and scores', () => {
  it('is a substring search, with headline and byline matches told apart', () => {
    expect(groundTruth(corpus, '排污权')).toEqual({ all: new Set(['/a/', '/b/']), inTitle: new Set(['/a/']) });
    expect(groundTruth(corpus, '何贤君')).toEqual({ all: new Set(['/a/']), inTitle: new Set(['/a/']) });
    expect(groundTruth(corpus, '2024年1月1日').all.size).toBe(2);
  });
  const outcome = (returned: string[], relevant: string[], inTitle: string[] = []): QueryOutcome => ({
    kind: 'word', query: 'q', returned: returned.map((url) => ({ url, inTitle: inTitle.includes(url) })),
    relevant: new Set(relevant), relevantInTitle: new Set(inTitle), firstResultsMs: 10, bytes: 100, coldFirstResultsMs: 20, coldBytes: 200,
  });
  it('checks that matches and title matches come first', () => {
    expect(ranksExactFirst(outcome(['/a/', '/b/', '/x/'], ['/a/', '/b/'], ['/a/']))).toBe(true);
    expect(ranksExactFirst(outcome(['/x/', '/a/'], ['/a/']))).toBe(false);
    expect(ranksExactFirst(outcome(['/b/', '/a/'], ['/a/', '/b/'], ['/a/']))).toBe(false);
  });
  it('computes micro recall and precision over all queries', () => {
    const summary = summarize([outcome(['/a/', '/x/'], ['/a/', '/b/']), outcome([], [])]);
    expect(summary.recall).toBe(0.5);
    expect(summary.precision).toBe(0.5);
    expect(summary.mismatched).toBe(1);
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
  });
});
