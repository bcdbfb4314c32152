/**
 * A converted article, read through the content contract (src/contract/), →
 * what search indexes: the contract gives the validated frontmatter and the
 * body's text as its page shows it; here it becomes a SearchArticle, with
 * the URL, byline and date the article page prints.
 */
import { isYearOnlyDate } from '../../contract/date.ts';
import { bodyText } from '../../contract/markdown.ts';
import { articleAddress, joinBase } from '../../contract/paths.ts';
import type { ArticleData, IssueData } from '../../contract/schema.ts';
import { shownByline, type SearchArticle } from '../record.ts';
import { formatDate } from '../../dates/format.ts';

/** What an article page shows of its issue (from the issues collection). */
export type IssueInfo = Pick<IssueData, 'title' | 'date' | 'dateSource'>;

/** The frontmatter fields searchHead reads: what the build keeps of an article between builds (scan-cache.ts). */
export type HeadData = Pick<ArticleData, 'issue' | 'slug' | 'title' | 'subtitle' | 'authors' | 'byline' | 'city' | 'place' | 'theme' | 'tags' | 'date' | 'dateInferred'>;

export const headData = ({ issue, slug, title, subtitle, authors, byline, city, place, theme, tags, date, dateInferred }: ArticleData): HeadData => ({
  issue, slug, title, subtitle, authors, byline, city, place, theme, tags, date, dateInferred,
});

/**
 * An article's frontmatter as search sees it (cheap: no Markdown parsing), so
 * the index builder can place the article in its shard before deciding
 * whether the shard needs indexing at all. `issues` maps issue slugs to what
 * the page shows of the issue, when known.
 */
export function searchHead(data: HeadData, base: string, issues: ReadonlyMap<string, IssueInfo> = new Map()): Omit<SearchArticle, 'body'> {
  const issue = issues.get(data.issue);
  // The page prints only the year of a date inferred from a year alone (src/site/components/DateLabel.astro).
  const yearOnly = data.dateInferred && issue !== undefined && isYearOnlyDate(issue.dateSource);
  return {
    url: joinBase(base, articleAddress(data.issue, data.slug)),
    title: data.title,
    subtitle: data.subtitle,
    byline: shownByline(data.authors, data.byline),
    authors: data.authors.map((author) => author.name),
    city: data.city,
    place: data.place,
    theme: data.theme,
    tags: data.tags,
    issue: data.issue,
    issueTitle: issue && issue.title !== formatDate(issue.date) ? issue.title : undefined,
    date: data.date,
    printedDate: formatDate(data.date, yearOnly ? 'year' : 'day'),
  };
}

/** The whole record: the head, then the body's text followed by its captions (text and credit), which the page prints with it. */
export function searchArticle(data: ArticleData, body: string, base: string, issues: ReadonlyMap<string, IssueInfo> = new Map()): SearchArticle {
  const captions = data.captions.map((caption) => [caption.text, caption.credit].filter(Boolean).join(' '));
  return { ...searchHead(data, base, issues), body: [bodyText(body), ...captions].filter(Boolean).join('\n') };
}
