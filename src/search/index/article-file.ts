/**
 * One article Markdown file of the content collection → a SearchArticle:
 * frontmatter via js-yaml (the parser Astro reads frontmatter with), body
 * Markdown to plain text with remark and GFM (the site renders with Sätteri
 * and GFM, showing literal links as their text, which is what remark's link
 * nodes hold), so search sees the words the page shows and no Markdown
 * syntax. Bad input throws an error naming the file and the field.
 */
import { load as parseYaml } from 'js-yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root } from 'mdast';
import { joinBase } from '../../site/lib/base.ts';
import { paths } from '../../site/lib/urls.ts';
import { shownByline, type SearchArticle } from '../record.ts';
import { formatDate } from '../../dates/format.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const markdown = unified().use(remarkParse).use(remarkGfm);

export class ArticleFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'ArticleFileError';
  }
}

function inlineText(node: Nodes): string {
  if ('value' in node && node.type !== 'html') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  return 'children' in node ? node.children.map((child) => inlineText(child)).join('') : '';
}

/**
 * Constructs that can reach across a blank line (fenced and indented code,
 * HTML blocks, link reference definitions): a document holding one is parsed
 * whole.
 */
const SPANS_BLANK_LINES = /^(?: {0,3}(?:```|~~~|<|\[[^\]\n]*\]:|\t)| {4})/mu;
/**
 * A one-line block that can only be a paragraph of its own literal text: no
 * block marker or indentation at its start (list, quote, heading, rule,
 * ordered list) and no character that starts inline syntax, an escape, an
 * entity or a table cell anywhere.
 */
const LITERAL_LINE = /^(?![0-9]{1,9}[.)])[^\s\\`*_[\]<>&!~|#=+-][^\r\n\t\\`*_[\]<>&!~|]*$/u;
const BLANK_LINE = /\n[ \t]*\n/u;
/** A block's leading blank lines and trailing spaces, which a paragraph drops. */
const BLOCK_EDGES = /^(?:[ \t]*\n)+|[ \t\n]+$/gu;

function parsedText(source: string): string[] {
  const lines: string[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'table') {
      for (const row of node.children) lines.push(row.children.map((cell) => inlineText(cell)).join(' '));
    } else if (node.type === 'paragraph' || node.type === 'heading') {
      lines.push(inlineText(node));
    } else if ('children' in node) {
      node.children.forEach(visit);
    } else if ('value' in node && node.type !== 'html') {
      lines.push(node.value);
    }
  };
  visit(markdown.parse(source) as Root);
  return lines;
}

/**
 * Block-level Markdown → plain text, one block a line; table cells stay apart
 * so no match spans two cells. Nine in ten of the converter's paragraphs are
 * literal text: those are taken as they stand, and only the blocks between
 * them go through remark (the whole file when a construct could span them),
 * which gives remark's answer at a fraction of its cost.
 */
export function markdownToText(source: string): string {
  const lines = SPANS_BLANK_LINES.test(source) ? parsedText(source) : literalFirstText(source);
  return lines.filter((line) => line.trim()).join('\n');
}

/** Literal one-line blocks as they stand, the runs of blocks between them through remark. */
function literalFirstText(source: string): string[] {
  const lines: string[] = [];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length > 0) lines.push(...parsedText(pending.join('\n\n')));
    pending = [];
  };
  for (const block of source.split(BLANK_LINE)) {
    const literal = block.replace(BLOCK_EDGES, '');
    if (LITERAL_LINE.test(literal)) {
      flush();
      lines.push(literal);
    } else pending.push(block);
  }
  flush();
  return lines;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** YAML reads an unquoted 2024-06-14 as a timestamp: take it back to the day it names. */
const dayString = (value: unknown): unknown => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

/** What an article page shows of its issue (from the issues collection). */
export interface IssueInfo {
  title: string;
  /** YYYY-MM-DD: a title that is only this date is not shown beside the date. */
  date: string;
  /** How the issue's date was found: `year` when only the year is known. */
  dateSource?: string | undefined;
}

/** An article file's frontmatter as search sees it, and where its Markdown body starts. */
export interface ArticleHead {
  article: Omit<SearchArticle, 'body'>;
  /** Caption text and credits, searchable with the body. */
  captions: string[];
  bodyStart: number;
}

/**
 * Reads one article file's frontmatter (cheap: no Markdown parsing), so the
 * index builder can place the article in its shard before deciding whether
 * the shard needs indexing at all. `issues` maps issue slugs to what the
 * page shows of the issue, when known.
 */
export function readArticleHead(file: string, source: string, base: string, issues: ReadonlyMap<string, IssueInfo> = new Map()): ArticleHead {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new ArticleFileError(file, 'no YAML frontmatter (expected the file to start with ---)');
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    throw new ArticleFileError(file, `frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  if (!isRecord(data)) throw new ArticleFileError(file, 'frontmatter is not a mapping');
  const text = (field: string, required = true): string | undefined => {
    const value = dayString(data[field]);
    if (typeof value === 'string' && value.trim()) return value;
    if (typeof value === 'number') return String(value);
    if (required) throw new ArticleFileError(file, `frontmatter field \`${field}\` is missing or not a string`);
    return undefined;
  };
  const date = text('date') ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ArticleFileError(file, `frontmatter field \`date\` is ${JSON.stringify(date)}, expected YYYY-MM-DD`);
  const authors = (Array.isArray(data['authors']) ? data['authors'] : [])
    .filter(isRecord)
    .flatMap((author) => {
      const [name, role, org] = [author['name'], author['role'], author['org']];
      return typeof name === 'string' && name ? [{ name, role: typeof role === 'string' ? role : null, org: typeof org === 'string' ? org : undefined }] : [];
    });
  const captions = Array.isArray(data['captions']) ? data['captions'] : [];
  const tags = Array.isArray(data['tags']) ? data['tags'].filter((tag): tag is string => typeof tag === 'string') : [];
  const issue = text('issue') ?? '';
  const issueInfo = issues.get(issue);
  // The page prints only the year of a date inferred from a year alone (src/site/components/DateLabel.astro).
  const yearOnly = data['dateInferred'] === true && issueInfo?.dateSource === 'year';
  return {
    article: {
      url: joinBase(base, paths.article(issue, text('slug') ?? '')),
      title: text('title') ?? '',
      subtitle: text('subtitle', false),
      byline: shownByline(authors, text('byline', false)),
      authors: authors.map((author) => author.name),
      city: text('city') ?? '',
      place: text('place', false),
      theme: text('theme') ?? '',
      tags,
      issue,
      issueTitle: issueInfo && issueInfo.title !== formatDate(issueInfo.date) ? issueInfo.title : undefined,
      date,
      printedDate: formatDate(date, yearOnly ? 'year' : 'day'),
    },
    captions: captions
      .filter(isRecord)
      .map((caption) => [caption['text'], caption['credit']].filter((part) => typeof part === 'string' && part).join(' ')),
    bodyStart: match[0].length,
  };
}

/** Parses one article file: its head, and its body as plain text followed by its captions. */
export function parseArticleFile(file: string, source: string, base: string, issues: ReadonlyMap<string, IssueInfo> = new Map()): SearchArticle {
  const { article, captions, bodyStart } = readArticleHead(file, source, base, issues);
  return { ...article, body: [markdownToText(source.slice(bodyStart)), ...captions].filter(Boolean).join('\n') };
}
