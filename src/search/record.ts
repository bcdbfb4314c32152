/**
 * An article as search sees it, and the Pagefind custom record made from it.
 * Pure: the index builder and the evaluation's ground truth both start here.
 */
import type { CustomRecord } from 'pagefind';
import { fold, indexWords, type ToSimplified } from './normalize.ts';

export interface SearchArticle {
  /** Site URL of the article page, base included: `/digest/articles/<issue>/<slug>/`. */
  url: string;
  title: string;
  subtitle?: string | undefined;
  byline?: string | undefined;
  authors: string[];
  city: string;
  theme: string;
  /** Issue slug. */
  issue: string;
  /** 浙江法治报 2024年6月14日 第7版, when the issue entry gives one. */
  issueTitle?: string | undefined;
  /** YYYY-MM-DD */
  date: string;
  /** Body as plain text (paragraphs, subheadings, table cells, captions), one block a line. */
  body: string;
}

/**
 * Pagefind stores an index per language and stems its words; a language code
 * without a stemmer keeps the encoded words verbatim. The browser finds this
 * index whatever its page's `<html lang>` says (it falls back to the largest).
 */
export const INDEX_LANGUAGE = 'und';

/** Meta fields the search page shows; `text` feeds excerpts and the final exact check. */
export interface SearchMeta {
  title: string;
  date: string;
  issue: string;
  city: string;
  theme: string;
  authors: string;
  text: string;
}

export const FILTER_KEYS = ['theme', 'city', 'year', 'author'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Everything a query can match, in reading order; ground truth is a substring of its fold. */
export function searchableText(article: SearchArticle): string {
  return [article.title, article.subtitle, article.byline, article.body].filter(Boolean).join('\n');
}

/** The article's text below the title, as shown in excerpts. */
export function excerptText(article: SearchArticle): string {
  return [article.subtitle, article.byline, article.body].filter(Boolean).join('\n');
}

/** The filter values an article is indexed under (also counted into the shard manifest's facets). */
export function recordFilters(article: Pick<SearchArticle, 'theme' | 'city' | 'date' | 'authors'>): Record<FilterKey, string[]> {
  return { theme: [article.theme], city: [article.city], year: [article.date.slice(0, 4)], author: article.authors };
}

export function toCustomRecord(article: SearchArticle, toSimplified: ToSimplified): CustomRecord {
  const titleWords = indexWords(fold([article.title, article.subtitle].filter(Boolean).join('\n'), toSimplified), 'title');
  const bodyWords = indexWords(fold(searchableText(article), toSimplified), 'body');
  const meta: SearchMeta = {
    title: article.title,
    date: article.date,
    issue: article.issueTitle ?? article.issue,
    city: article.city,
    theme: article.theme,
    authors: article.authors.join('、'),
    text: excerptText(article),
  };
  return {
    url: article.url,
    content: `${titleWords} ${bodyWords}`,
    language: INDEX_LANGUAGE,
    meta: { ...meta },
    filters: recordFilters(article),
    sort: { date: article.date },
  };
}
