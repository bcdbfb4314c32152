import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleView } from '../../../src/site/lib/model.ts';
import { RELATED_WEIGHTS, relatedIndex } from '../../../src/site/lib/related.ts';

/** The definition, pair by pair: what the posting lists must add up to. */
function pairwise(articles: readonly ArticleView[], limit: number, window: number): Map<string, string[]> {
  const terms = (article: ArticleView) => new Set([...article.data.themeTerms, ...article.data.tags]);
  return new Map(
    articles.map((article, index) => {
      const own = terms(article);
      const ranked = articles
        .map((other, at) => ({
          id: other.id,
          distance: Math.abs(at - index),
          index: at,
          score:
            (other.data.theme === article.data.theme ? RELATED_WEIGHTS.sameTheme : 0) +
            (other.citySlug === article.citySlug ? RELATED_WEIGHTS.sameCity : 0) +
            [...terms(other)].filter((term) => own.has(term)).length * RELATED_WEIGHTS.sharedTerm,
        }))
        .filter((other) => other.index !== index && other.distance <= window && other.score > 0)
        .sort((a, b) => b.score - a.score || a.distance - b.distance || a.index - b.index);
      return [article.id, ranked.slice(0, limit).map((other) => other.id)];
    }),
  );
}

const view = (index: number, theme: string, city: string, themeTerms: string[], tags: string[]) =>
  ({ id: `a${index}`, citySlug: city, data: { theme, themeTerms, tags } }) as unknown as ArticleView;

const word = (letters: string) => fc.constantFrom(...letters.split(''));
const archive = fc
  .array(fc.tuple(word('ABC'), word('xyz'), fc.array(word('pqrst'), { maxLength: 3 }), fc.array(word('stuvw'), { maxLength: 3 })), { maxLength: 40 })
  .map((rows) => rows.map(([theme, city, themeTerms, tags], index) => view(index, theme, city, themeTerms, tags)));

describe('relatedIndex', () => {
  it('gives the lists that scoring every pair in the window gives', () => {
    fc.assert(
      fc.property(archive, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 12 }), (articles, limit, window) => {
        const lists = relatedIndex(articles, { limit, window });
        expect(new Map([...lists].map(([id, related]) => [id, related.map((other) => other.id)]))).toEqual(pairwise(articles, limit, window));
      }),
    );
  });
});
