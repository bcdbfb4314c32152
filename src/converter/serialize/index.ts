/**
 * EnrichedIssue → the files of the content collections, and → the JSON report.
 * The only place the converter's output is written; what it may hold is the
 * content contract's (src/contract/), checked for every record before writing.
 */
import { isInferredDate } from '../../contract/date.ts';
import { formatFrontmatter } from '../../contract/frontmatter.ts';
import { articleFile, issueFile } from '../../contract/paths.ts';
import { issueSchema, type ArticleSchema } from '../../contract/schema.ts';
import { validate } from '../../contract/validate.ts';
import type { EnrichedArticle, EnrichedIssue, Message, Removal } from '../types.ts';
import { severityOf } from '../messages.ts';
import { bodyMarkdown } from './markdown.ts';

export { bodyMarkdown, escapeInline } from './markdown.ts';

export interface OutputFile {
  /** Relative to the content directory, `/`-separated. */
  path: string;
  content: string;
}

/** Drop undefined fields so the frontmatter only says what is known. */
function defined(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
}

function articleFrontmatter(issue: EnrichedIssue, article: EnrichedArticle): Record<string, unknown> {
  return defined({
    title: article.title,
    titleGenerated: article.titleGenerated,
    subtitle: article.subtitle,
    authors: article.authors.map((author) => defined({ name: author.name, role: author.role, org: author.org })),
    byline: article.byline,
    city: article.city,
    place: article.place,
    theme: article.theme,
    themeTerms: article.themeTerms,
    tags: article.tags,
    issue: issue.slug,
    order: article.order,
    slug: article.slug,
    date: issue.date.date,
    dateInferred: isInferredDate(issue.date.source),
    page: article.page?.number,
    pageName: article.page?.name,
    summary: article.summary,
    source: issue.source,
    captions: article.captions.map((caption) => defined({ text: caption.text, credit: caption.credit })),
  });
}

/** `schema` is the contract's articleSchema for the run's themes: a record it refuses throws ContentError naming the file. */
export function serializeArticle(issue: EnrichedIssue, article: EnrichedArticle, schema: ArticleSchema): OutputFile {
  const path = articleFile(issue.slug, article.slug);
  const data = articleFrontmatter(issue, article);
  validate(path, schema, data);
  return { path, content: `${formatFrontmatter(data)}\n${bodyMarkdown(article.blocks)}\n` };
}

export function serializeIssue(issue: EnrichedIssue): OutputFile {
  const data = defined({
    title: issue.title,
    paper: issue.header.paper,
    date: issue.date.date,
    dateSource: issue.date.source,
    dateEvidence: issue.date.evidence,
    edition: issue.header.edition,
    page: issue.header.page,
    source: issue.source,
    articleCount: issue.articles.length,
    articles: issue.articles.map((article) => article.slug),
  });
  const path = issueFile(issue.slug);
  validate(path, issueSchema, data);
  return { path, content: formatFrontmatter(data) };
}

/** Every file one issue produces: its issue entry first, then its articles in order (see serializeArticle). */
export function serializeIssueFiles(issue: EnrichedIssue, schema: ArticleSchema): OutputFile[] {
  return [serializeIssue(issue), ...issue.articles.map((article) => serializeArticle(issue, article, schema))];
}

function formatPlace(message: Message): string {
  return message.line ? `${message.line}${message.column ? `:${message.column}` : ''}` : '';
}

/** The `--json` view of one issue (the documented CLI contract). */
export function issueReport(issue: EnrichedIssue) {
  return {
    source: issue.source,
    slug: issue.slug,
    title: issue.title,
    date: issue.date.date,
    dateSource: issue.date.source,
    warnings: issue.messages
      .filter((message) => severityOf(message) !== 'info')
      .map((message) => ({ line: formatPlace(message), ruleId: message.ruleId, reason: message.reason })),
    removed: [
      ...issue.removed.map((removal: Removal) => ({ kind: removal.kind, line: removal.line, text: removal.text })),
      // Printed bylines left the running text for the byline field: listed with what was taken out, under their article's line.
      ...issue.articles.flatMap((article) => (article.byline === undefined ? [] : [{ kind: 'byline', line: article.line, text: article.byline }])),
    ],
    articles: issue.articles.map((article) => ({
      order: article.order,
      slug: article.slug,
      title: article.title,
      titleGenerated: article.titleGenerated ?? false,
      subtitle: article.subtitle ?? null,
      authors: article.authors.map((author) => ({ name: author.name, role: author.role })),
      page: article.page?.number ?? null,
      pageName: article.page?.name ?? null,
      city: article.city,
      place: article.place,
      theme: article.theme,
      tags: article.tags,
      summary: article.summary,
      body: bodyMarkdown(article.blocks),
      // The site prints captions under the article's photos: without them the report would not hold all it shows.
      captions: article.captions.map((caption) => ({ text: caption.text, credit: caption.credit ?? null })),
    })),
  };
}
