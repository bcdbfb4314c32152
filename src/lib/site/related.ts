/**
 * "Related articles": computed at build time by scoring every other article
 * on what it shares with this one. Weights are named so they can be tuned.
 */
import type { ArticleView } from './model.ts';

export const RELATED_WEIGHTS = {
  sameTheme: 3,
  sameCity: 2,
  /** Per shared theme term or tag. */
  sharedTerm: 1,
} as const;

function terms(article: ArticleView): Set<string> {
  return new Set([...article.data.themeTerms, ...article.data.tags]);
}

export function relatedScore(a: ArticleView, b: ArticleView): number {
  const bTerms = terms(b);
  const shared = [...terms(a)].filter((term) => bTerms.has(term)).length;
  return (
    (a.data.theme === b.data.theme ? RELATED_WEIGHTS.sameTheme : 0) +
    (a.citySlug === b.citySlug ? RELATED_WEIGHTS.sameCity : 0) +
    shared * RELATED_WEIGHTS.sharedTerm
  );
}

/**
 * Up to `limit` articles related to `article`, best first; ties go to the
 * newer one (the order of `candidates`, which is newest first).
 */
export function relatedArticles(article: ArticleView, candidates: readonly ArticleView[], limit = 4): ArticleView[] {
  return candidates
    .filter((candidate) => candidate.id !== article.id)
    .map((candidate, index) => ({ candidate, index, score: relatedScore(article, candidate) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
