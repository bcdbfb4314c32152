/**
 * "Related articles": computed once per build for the whole archive by
 * scoring the articles around each one on what they share with it.
 *
 * Only the RELATED_WINDOW articles on either side in the archive order are
 * candidates, so the cost is linear in the archive (n × 2·window scores, not
 * n²), and ties go to the article closest in the archive, then the newer one.
 * Both keep old pages stable as issues are added: a new article can only
 * enter the list of an article near the end of the archive, and only by
 * scoring higher than what it already shows.
 */
import type { ArticleView } from './model.ts';

export const RELATED_WEIGHTS = {
  sameTheme: 3,
  sameCity: 2,
  /** Per shared theme term or tag. */
  sharedTerm: 1,
} as const;

/** Articles on each side of an article (in archive order) that are scored against it. */
export const RELATED_WINDOW = 400;

/** Articles shown as related. */
export const RELATED_LIMIT = 4;

/** An article reduced to what scoring reads: small integers and a sorted id list. */
interface Features {
  theme: number;
  city: number;
  terms: Int32Array;
}

function interner(): (value: string) => number {
  const ids = new Map<string, number>();
  return (value) => {
    let id = ids.get(value);
    if (id === undefined) {
      id = ids.size;
      ids.set(value, id);
    }
    return id;
  };
}

function featuresOf(articles: readonly ArticleView[]): Features[] {
  const theme = interner();
  const city = interner();
  const term = interner();
  return articles.map((article) => ({
    theme: theme(article.data.theme),
    city: city(article.citySlug),
    terms: Int32Array.from(new Set([...article.data.themeTerms, ...article.data.tags].map(term))).sort(),
  }));
}

/** Size of the intersection of two sorted id lists. */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

function score(a: Features, b: Features): number {
  return (
    (a.theme === b.theme ? RELATED_WEIGHTS.sameTheme : 0) +
    (a.city === b.city ? RELATED_WEIGHTS.sameCity : 0) +
    sharedCount(a.terms, b.terms) * RELATED_WEIGHTS.sharedTerm
  );
}

interface Ranked {
  index: number;
  score: number;
  distance: number;
}

/** Better first: higher score, then closer in the archive, then newer (lower index). */
function better(a: Ranked, b: Ranked): boolean {
  return a.score !== b.score ? a.score > b.score : a.distance !== b.distance ? a.distance < b.distance : a.index < b.index;
}

/**
 * The related articles of every article in `articles` (archive order, newest
 * first), by id: up to `limit`, best first, never the article itself, never
 * one that shares nothing with it.
 */
export function relatedIndex(
  articles: readonly ArticleView[],
  { limit = RELATED_LIMIT, window = RELATED_WINDOW }: { limit?: number; window?: number } = {},
): Map<string, ArticleView[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`related limit must be a positive integer, got ${limit}`);
  const features = featuresOf(articles);
  const related = new Map<string, ArticleView[]>();
  articles.forEach((article, index) => {
    const own = features[index] as Features;
    const top: Ranked[] = [];
    const last = Math.min(articles.length - 1, index + window);
    for (let other = Math.max(0, index - window); other <= last; other++) {
      if (other === index) continue;
      const candidate: Ranked = { index: other, score: score(own, features[other] as Features), distance: Math.abs(other - index) };
      if (candidate.score === 0) continue;
      if (top.length === limit && !better(candidate, top[limit - 1] as Ranked)) continue;
      // Insertion into a list of at most `limit`: constant work per candidate.
      let at = Math.min(top.length, limit - 1);
      top[at] = candidate;
      while (at > 0 && better(candidate, top[at - 1] as Ranked)) {
        top[at] = top[at - 1] as Ranked;
        top[at - 1] = candidate;
        at--;
      }
    }
    related.set(
      article.id,
      top.map((ranked) => articles[ranked.index] as ArticleView),
    );
  });
  return related;
}
