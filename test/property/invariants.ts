/**
 * What must hold for any issue the converter publishes, whatever the input:
 * every article titled and with a body, frontmatter that reads back as the
 * values it was written from, Markdown bodies with no HTML and no links, and
 * no Han character lost. Each check returns the problems it found, so a
 * failing property says what went wrong, not only that something did.
 */
import { resolve } from 'node:path';
import { markdownToMdast } from 'satteri';
import { isInferredDate } from '../../src/contract/date.ts';
import { MARKDOWN_FEATURES } from '../../src/contract/markdown.ts';
import { parseArticle, parseIssue } from '../../src/contract/read.ts';
import { articleSchema } from '../../src/contract/schema.ts';
import { readThemes, themeLabels } from '../../src/contract/themes.ts';
import { serializeIssueFiles } from '../../src/converter/serialize/index.ts';
import type { EnrichedArticle, EnrichedIssue, NormalizedIssue } from '../../src/converter/types.ts';
import { hanDifference } from '../seeds/han-ledger.ts';

export function articleProblems(issue: EnrichedIssue): string[] {
  return issue.articles.flatMap((article) => {
    const problems: string[] = [];
    if (article.title.trim() === '') problems.push(`article #${article.order} (line ${article.line}) has an empty title`);
    const body = [...article.blocks.map((block) => (block.type === 'table' ? block.rows.flat().join('') : block.text)), ...article.captions.map((caption) => caption.text + (caption.credit ?? ''))];
    if (body.every((text) => text.trim() === '')) problems.push(`article "${article.title}" (line ${article.line}) has no body`);
    return problems;
  });
}

/** The contract's article schema for the project's themes: what the files are written against and read back through. */
const articleRecord = articleSchema(themeLabels(readThemes(resolve(import.meta.dirname, '../../data'))));

/** Drops undefined fields, as a YAML mapping cannot hold them. */
function known(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** The frontmatter an article must read back as: its EnrichedArticle fields, by the names the collections use. */
function expectedArticle(issue: EnrichedIssue, article: EnrichedArticle): Record<string, unknown> {
  return known({
    title: article.title,
    subtitle: article.subtitle,
    authors: article.authors.map((author) => known({ name: author.name, role: author.role, org: author.org })),
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
    titleGenerated: article.titleGenerated ?? false,
    page: article.page?.number,
    pageName: article.page?.name,
    summary: article.summary,
    source: issue.source,
    captions: article.captions.map((caption) => known({ text: caption.text, credit: caption.credit })),
  });
}

function expectedIssue(issue: EnrichedIssue): Record<string, unknown> {
  return known({
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
}

function differences(path: string, actual: unknown, expected: Record<string, unknown>): string[] {
  if (typeof actual !== 'object' || actual === null) return [`${path}: frontmatter is not a mapping`];
  const read = actual as Record<string, unknown>;
  return Object.entries(expected)
    .filter(([key, value]) => JSON.stringify(read[key]) !== JSON.stringify(value))
    .map(([key, value]) => `${path}: ${key} reads back as ${JSON.stringify(read[key])}, written from ${JSON.stringify(value)}`);
}

/** Nodes only markup in the raw text could have made: the converter writes paragraphs, `##` headings, tables and strong. */
const FORBIDDEN = new Set(['html', 'image', 'linkReference', 'imageReference', 'definition', 'footnoteReference', 'footnoteDefinition', 'code', 'inlineCode', 'list', 'blockquote', 'thematicBreak', 'delete']);

interface Node {
  type: string;
  children?: Node[];
  value?: string;
  position?: { start: { line: number; offset?: number }; end: { offset?: number } };
}

/** A link the site shows as its own text (src/site/lib/markdown.ts): a URL or address written out in the text, not `[text](url)` or `<url>`. */
function isLiteralLink(node: Node, body: string): boolean {
  const text = node.children?.map((child) => child.value ?? '').join('') ?? '';
  return node.position !== undefined && body.slice(node.position.start.offset, node.position.end.offset) === text;
}

export function markdownProblems(path: string, body: string): string[] {
  const problems: string[] = [];
  const visit = (node: Node): void => {
    const markup = FORBIDDEN.has(node.type) || (node.type === 'link' && !isLiteralLink(node, body));
    if (markup) problems.push(`${path}:${node.position?.start.line ?? '?'}: Markdown body has a ${node.type} node${node.value ? ` (${JSON.stringify(node.value.slice(0, 60))})` : ''}`);
    if (node.type === 'heading' && 'depth' in node && node.depth !== 2) problems.push(`${path}: heading of depth ${String(node.depth)}`);
    node.children?.forEach(visit);
  };
  // The site's own parser and features (astro.config.mjs), so the check sees what a page would get.
  visit(markdownToMdast(body, { features: MARKDOWN_FEATURES }) as Node);
  return problems;
}

/** Serializes the issue and reads every file back through the content contract. */
export function serializationProblems(issue: EnrichedIssue): string[] {
  const [issueFile, ...articleFiles] = serializeIssueFiles(issue, articleRecord);
  if (!issueFile) return ['no issue file written'];
  const problems = differences(issueFile.path, parseIssue(issueFile.path, issueFile.content).data, expectedIssue(issue));
  articleFiles.forEach((file, i) => {
    const article = issue.articles[i];
    if (!article) return void problems.push(`${file.path}: no article behind this file`);
    const { data, body } = parseArticle(file.path, file.content, articleRecord);
    problems.push(...differences(file.path, data, expectedArticle(issue, article)), ...markdownProblems(file.path, body));
  });
  return problems;
}

/** Han characters lost (positive) or invented (negative) between the normalized input and the articles plus `removed`. */
export function ledgerProblems(input: NormalizedIssue, issue: EnrichedIssue): string[] {
  const difference = hanDifference(input, issue);
  return Object.keys(difference).length === 0 ? [] : [`Han characters lost (+) or invented (-): ${JSON.stringify(difference)}`];
}
