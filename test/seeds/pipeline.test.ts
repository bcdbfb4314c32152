/**
 * The whole converter on the five real issues: every article the segmenter
 * finds is one an editor reads there (same count and order as the pinned
 * titles), with the city, place and theme of test/seeds/enrich-expectations.ts
 * and the issue's inferred date. Titles and authors are pinned in
 * test/seeds/segment.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { convertText } from '../../src/converter/pipeline.ts';
import { loadSegmentLexicon } from '../../src/converter/segment/load.ts';
import { loadLexicon } from '../../src/converter/lexicon/index.ts';
import { ARTICLE_EXPECTATIONS, DATE_EXPECTATIONS, expectationFor } from './enrich-expectations.ts';

const RAW = fileURLToPath(new URL('../../content/raw/', import.meta.url));
const DATA = fileURLToPath(new URL('../../data/', import.meta.url));
const data = { segmentation: loadSegmentLexicon(DATA), lexicon: loadLexicon(DATA), corrections: { file: 'corrections.yaml', entries: [] } };

describe.each(readdirSync(RAW).sort())('%s through the whole pipeline', (source) => {
  const result = convertText(readFileSync(RAW + source, 'utf8'), source, data);
  if (!result.ok) throw new Error(`${source} failed: ${result.reason}`);
  const { issue } = result;

  it('finds every article an editor reads, each with its city, place and theme', () => {
    const expected = ARTICLE_EXPECTATIONS.filter((entry) => entry.source === source);
    expect(issue.articles).toHaveLength(expected.length);
    const actual = issue.articles.map((article) => {
      const expectation = expectationFor(source, article.title);
      return { title: article.title, found: Boolean(expectation), city: article.city, place: article.place, theme: article.theme, expectation };
    });
    for (const { title, found, city, place, theme, expectation } of actual) {
      expect(found, `no expectation for "${title}"`).toBe(true);
      const want = { city: expectation?.knownMiss?.city ?? expectation?.city, place: expectation?.knownMiss?.place ?? expectation?.place, theme: expectation?.knownMiss?.theme ?? expectation?.theme };
      expect({ title, city, place, theme }).toEqual({ title, ...want });
    }
  });

  it('dates the issue as expected, and explains every theme', () => {
    const expected = DATE_EXPECTATIONS.find((entry) => entry.source === source);
    expect({ date: issue.date.date, source: issue.date.source }).toEqual({ date: expected?.date, source: expected?.source_ });
    for (const article of issue.articles) {
      expect(article.themeTerms.length, article.title).toBeGreaterThan(0);
      expect(article.summary.length, article.title).toBeGreaterThan(0);
      expect(article.summary, article.title).toMatch(/[。！？”]$/);
    }
  });
});
