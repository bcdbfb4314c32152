/**
 * An article as search sees it, and the Pagefind custom record made from it.
 * Pure: the index builder starts here.
 */
import type { CustomRecord } from 'pagefind';

export interface SearchArticle {
  /** Site URL of the article page, base included: `/digest/articles/<issue>/<slug>/`. */
  url: string;
  title: string;
  subtitle?: string | undefined;
  /** The byline as the article page shows it (see shownByline). */
  byline?: string | undefined;
  authors: string[];
  city: string;
  /** The place within the city, when the page names one apart from the city. */
  place?: string | undefined;
  theme: string;
  tags: string[];
  /** Issue slug. */
  issue: string;
  /** 浙江法治报 2024年6月14日 第7版, when the issue entry gives one that says more than its date. */
  issueTitle?: string | undefined;
  /** YYYY-MM-DD */
  date: string;
  /** The date as the page prints it: 2024年6月14日, or 2024年 when only the year is known. */
  printedDate: string;
  /** Body as plain text (paragraphs, subheadings, table cells), one block a line, then the captions. */
  body: string;
}

/** A byline author as the content collection records it. */
export interface BylineAuthor {
  name: string;
  role?: string | null | undefined;
  org?: string | undefined;
}

/**
 * The byline the article page prints (src/site/components/Byline.astro): each
 * author as organisation, role and name, joined with 、; the byline as printed
 * in the paper when no author could be named.
 */
export function shownByline(authors: readonly BylineAuthor[], printed: string | undefined): string | undefined {
  if (authors.length === 0) return printed;
  return authors.map((author) => [[author.org, author.role].filter(Boolean).join(' '), author.name].filter(Boolean).join(' ')).join('、');
}

/**
 * Pagefind stores an index per language and stems its words; a language code
 * without a stemmer or segmenter keeps them as written, the cheapest index
 * to build (nothing queries it: see toCustomRecord).
 */
export const INDEX_LANGUAGE = 'und';

/**
 * Meta fields the search page shows. Pagefind indexes every meta field as
 * searchable text, so meta holds only these short labels; the article's text
 * for excerpts is put into the result fragment after the index is written
 * (build-index.ts), where it is displayed and never indexed.
 */
export interface SearchMeta {
  title: string;
  date: string;
  issue: string;
  city: string;
  theme: string;
  authors: string;
}

export const FILTER_KEYS = ['theme', 'city', 'year', 'author'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The place the article page prints: only when it says more than the city. */
export const shownPlace = (article: Pick<SearchArticle, 'place' | 'city'>): string | undefined =>
  article.place && article.place !== article.city ? article.place : undefined;

/**
 * Everything the article page prints about the article, in the page's order
 * (src/site/pages/articles/[issue]/[article].astro): theme and city over the
 * headline, headline and subtitle, byline, date and issue, body and captions,
 * then place, theme and tags. A reader who types any of it expects the
 * article.
 */
export function searchableText(article: SearchArticle): string {
  const place = shownPlace(article);
  return [
    article.theme, article.city,
    article.title, article.subtitle, article.byline, article.printedDate, article.issueTitle,
    article.body,
    place, article.tags.join('\n'),
  ].filter(Boolean).join('\n');
}

/** What ranks first: the headline (title, subtitle) and the byline. */
export function headingText(article: SearchArticle): string {
  return [article.title, article.subtitle, article.byline].filter(Boolean).join('\n');
}

/** The article's text below the title, as shown in excerpts. */
export function excerptText(article: SearchArticle): string {
  return [article.subtitle, article.byline, article.body].filter(Boolean).join('\n');
}

/** The filter values an article is indexed under (also counted into the shard manifest's facets). */
export function recordFilters(article: Pick<SearchArticle, 'theme' | 'city' | 'date' | 'authors'>): Record<FilterKey, string[]> {
  return { theme: [article.theme], city: [article.city], year: [article.date.slice(0, 4)], author: article.authors };
}

/**
 * The Pagefind record of an article. The page finds articles in the
 * exact-match layer (layer.ts), never in Pagefind's word index: what it reads
 * of Pagefind is each result's fragment, whose text build-index.ts puts there
 * after Pagefind writes it. So Pagefind is given the headline as content,
 * not the article's text: indexing every article's text for an index nothing
 * queries was ~20 s of CPU at 1,000 issues, the two stages side by side
 * included (bench: full build 1.11–1.21× the floor's CPU → 0.83×).
 */
export function toCustomRecord(article: SearchArticle): CustomRecord {
  const meta: SearchMeta = {
    title: article.title,
    date: article.date,
    issue: article.issueTitle ?? '',
    city: article.city,
    theme: article.theme,
    authors: article.authors.join('、'),
  };
  return {
    url: article.url,
    content: article.title,
    language: INDEX_LANGUAGE,
    meta: { ...meta },
    filters: recordFilters(article),
    sort: { date: article.date },
  };
}
