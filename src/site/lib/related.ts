/**
 * "Related articles": computed once per build for the whole archive by
 * scoring the articles around each one on what they share with it.
 *
 * Only the RELATED_WINDOW articles on either side in the archive order are
 * candidates, so the cost is linear in the archive (not n²), and ties go to
 * the article closest in the archive, then the newer one. Scores are summed
 * from posting lists (the articles of each theme, city and term), so an
 * article's cost is what its window shares with it, not 2·window pairwise
 * comparisons (10,000 issues: ~10 s of every build before).
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

/** What an article shares with others through: a list of the articles with it, in archive order, and its weight. */
interface Posting {
  articles: number[];
  weight: number;
}

/** Each article's postings: its theme, its city and its distinct theme terms and tags. */
function postingsOf(articles: readonly ArticleView[]): Posting[][] {
  const lists = new Map<string, Posting>();
  const posting = (key: string, weight: number): Posting => {
    let list = lists.get(key);
    if (!list) {
      list = { articles: [], weight };
      lists.set(key, list);
    }
    return list;
  };
  return articles.map((article, index) => {
    const own = [
      posting(`theme\0${article.data.theme}`, RELATED_WEIGHTS.sameTheme),
      posting(`city\0${article.citySlug}`, RELATED_WEIGHTS.sameCity),
      ...new Set([...article.data.themeTerms, ...article.data.tags].map((term) => posting(`term\0${term}`, RELATED_WEIGHTS.sharedTerm))),
    ];
    for (const list of own) list.articles.push(index);
    return own;
  });
}

/** Index of the first element of the ascending `list` that is >= `value`. */
function lowerBound(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

interface Ranked {
  index: number;
  score: number;
  distance: number;
}

/** Better first: higher score, then closer in the archive, then newer (lower index). */
function better(a: Ranked, than: Ranked): boolean {
  return a.score !== than.score ? a.score > than.score : a.distance !== than.distance ? a.distance < than.distance : a.index < than.index;
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
  const postings = postingsOf(articles);
  /** Scores of the window's articles, by position in the window; reused from one article to the next. */
  const scores = new Int32Array(2 * window + 1);
  const related = new Map<string, ArticleView[]>();
  articles.forEach((article, index) => {
    const first = Math.max(0, index - window);
    const last = Math.min(articles.length - 1, index + window);
    scores.fill(0);
    for (const { articles: list, weight } of postings[index] as Posting[]) {
      for (let at = lowerBound(list, first); at < list.length && (list[at] as number) <= last; at++) {
        const position = (list[at] as number) - first;
        scores[position] = (scores[position] as number) + weight;
      }
    }
    const top: Ranked[] = [];
    for (let other = first; other <= last; other++) {
      const score = scores[other - first] as number;
      if (other === index || score === 0) continue;
      const candidate: Ranked = { index: other, score, distance: Math.abs(other - index) };
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
