/**
 * Every seed article's city, place and theme as an editor reads them
 * (test/seeds/enrich-expectations.ts), run on hand-segmented fixtures of the
 * five seed issues (test/fixtures/enrich/issue-*.json).
 */
import { describe, expect, it } from 'vitest';
import { articleHome, classify, homeRegion, inferIssueDate, locate, summarize } from '../../src/lib/enrich/index.ts';
import { seedIssue, shippedLexicon } from '../fixtures/enrich/build.ts';
import { ARTICLE_EXPECTATIONS, DATE_EXPECTATIONS, sameTitle } from './enrich-expectations.ts';
import type { SegmentedArticle, SegmentedIssue } from '../../src/lib/types.ts';

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

describe('seed articles: city and place', () => {
  for (const expected of ARTICLE_EXPECTATIONS) {
    it(`${expected.source.slice(0, 3)} ${expected.title}: ${expected.city} / ${expected.place}`, () => {
      const { city, place } = located(expected.source, expected.title);
      expect({ city, place }).toEqual({ city: expected.knownMiss?.city ?? expected.city, place: expected.knownMiss?.place ?? expected.place });
    });
  }
});

describe('seed articles: theme', () => {
  for (const expected of ARTICLE_EXPECTATIONS) {
    const miss = expected.knownMiss?.theme;
    it(`${expected.source.slice(0, 3)} ${expected.title}: ${expected.theme}${miss ? ` (known miss: says ${miss})` : ''}`, () => {
      const { theme, themeTerms } = classify(find(expected.source, expected.title), lexicon);
      expect(theme).toBe(miss ?? expected.theme);
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

describe('seed articles: tags and summary', () => {
  for (const expected of ARTICLE_EXPECTATIONS) {
    it(`${expected.source.slice(0, 3)} ${expected.title}`, () => {
      const story = find(expected.source, expected.title);
      const { tags } = classify(story, lexicon);
      expect(tags.length).toBeGreaterThanOrEqual(3);
      expect(tags.length).toBeLessThanOrEqual(6);
      for (const tag of tags) expect(lexicon.stopwords.has(tag)).toBe(false);
      const summary = summarize(story);
      expect(summary).not.toMatch(/\*\*/);
      expect(summary).toMatch(/[。！？!?][”」』]?$/);
    });
  }
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
