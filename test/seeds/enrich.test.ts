/**
 * Every seed article's city, place and theme as an editor reads them
 * (test/seeds/enrich-expectations.ts), one test per article, run on
 * hand-segmented fixtures of the five seed issues
 * (test/fixtures/enrich/issue-*.json); and their summaries.
 */
import { describe, expect, it } from 'vitest';
import { articleHome, classify, homeRegion, inferIssueDate, locate, summarize } from '../../src/converter/enrich/index.ts';
import { seedIssue, shippedLexicon } from '../fixtures/enrich/build.ts';
import { ARTICLE_EXPECTATIONS, DATE_EXPECTATIONS, sameTitle } from './enrich-expectations.ts';
import type { SegmentedArticle, SegmentedIssue } from '../../src/converter/types.ts';

const lexicon = shippedLexicon();
const issues: SegmentedIssue[] = ['000', '001', '002', '003', '004'].map(seedIssue);

function find(source: string, title: string): SegmentedArticle {
  const found = issues.find((issue) => issue.source === source)?.articles.find((article) => sameTitle(article.title, title));
  if (!found) throw new Error(`no fixture article "${title}" in ${source}`);
  return found;
}

/** Where an article is, read as the pipeline does: with its issue's home region. */
function located(source: string, title: string) {
  const issue = issues.find((candidate) => candidate.source === source);
  if (!issue) throw new Error(`no fixture issue ${source}`);
  const article = find(source, title);
  return locate(article, lexicon, articleHome(article, homeRegion(issue.articles, issue.header, lexicon), lexicon));
}

describe('seed articles: city, place and theme', () => {
  for (const expected of ARTICLE_EXPECTATIONS) {
    const miss = expected.knownMiss;
    const known = miss ? ` (known miss: says ${Object.values(miss).join(', ')})` : '';
    it(`${expected.source.slice(0, 3)} ${expected.title}: ${expected.city} / ${expected.place}, ${expected.theme}${known}`, () => {
      const story = find(expected.source, expected.title);
      const { city, place } = located(expected.source, expected.title);
      const { theme, themeTerms } = classify(story, lexicon);
      expect({ city, place, theme }).toEqual({ city: miss?.city ?? expected.city, place: miss?.place ?? expected.place, theme: miss?.theme ?? expected.theme });
      expect(themeTerms.length).toBeGreaterThan(0);
    });
  }

  it('agrees with the editor on at least 95% of themes and all cities', () => {
    const themeHits = ARTICLE_EXPECTATIONS.filter((expected) => classify(find(expected.source, expected.title), lexicon).theme === expected.theme).length;
    const cityHits = ARTICLE_EXPECTATIONS.filter((expected) => located(expected.source, expected.title).city === expected.city).length;
    expect(themeHits / ARTICLE_EXPECTATIONS.length).toBeGreaterThanOrEqual(0.95);
    expect(cityHits).toBe(ARTICLE_EXPECTATIONS.length);
  });

  it('covers every fixture article', () => {
    const fixtureCount = issues.reduce((total, issue) => total + issue.articles.length, 0);
    expect(ARTICLE_EXPECTATIONS).toHaveLength(fixtureCount);
  });
});

// Tags: src/converter/enrich/tags.test.ts holds every seed article's tags to what an editor accepts.
describe('seed articles: summary', () => {
  it('is, for every article, whole sentences without markup', () => {
    for (const expected of ARTICLE_EXPECTATIONS) {
      const summary = summarize(find(expected.source, expected.title));
      expect(summary, expected.title).not.toMatch(/\*\*/);
      expect(summary, expected.title).toMatch(/[。！？!?][”」』]?$/);
    }
  });
});

describe('seed issues: date', () => {
  for (const expected of DATE_EXPECTATIONS) {
    it(`${expected.source}: ${expected.date} (${expected.source_})`, () => {
      const issue = issues.find((candidate) => candidate.source === expected.source);
      if (!issue) throw new Error(`no fixture for ${expected.source}`);
      expect(inferIssueDate(issue, lexicon)).toMatchObject({ date: expected.date, source: expected.source_ });
    });
  }
});
