import { describe, expect, it } from 'vitest';
import { generateQueries, seededRandom } from '../../src/search/eval/queries.ts';
import { groundTruth, type CorpusArticle } from '../../src/search/eval/corpus.ts';
import { percentile, ranksExactFirst, summarize, type QueryOutcome } from '../../src/search/eval/metrics.ts';

const entry = (url: string, title: string, body: string, authors: string[] = []): CorpusArticle => ({
  article: { url, title, body, authors, city: '湖州', theme: '生态环保', tags: [], issue: 'i', date: '2024-01-01', printedDate: '2024年1月1日' },
  title,
  text: `${title} ${body}`.toLowerCase(),
});
const corpus = [entry('/a/', '排污权交易', '义乌 PM2.5 监测 2024年', ['何贤君']), entry('/b/', '产业工人', '排污权 指标 GEP 核算', ['倪俊杰'])];

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
  it('is a substring search, with title matches told apart', () => {
    expect(groundTruth(corpus, ['排污权'])).toEqual({ all: new Set(['/a/', '/b/']), inTitle: new Set(['/a/']) });
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
