/**
 * The converter room (src/converter/): raw issue text in, records the
 * content contract validates out. It owns decoding, page furniture,
 * segmentation, bylines, places, themes, dates, corrections and the loading
 * of what it knows about the world (data/); its CLI (cli/) is the only code
 * that writes content files.
 *
 * One raw issue, bytes to enriched articles, read top to bottom:
 *
 *   decode → normalize → segment (+ structural corrections) → enrich (+ field corrections)
 *
 * Pure: data files and corrections are passed in, nothing is read or written
 * here, and a failure is a value naming the file, never an exception.
 */
import { decode } from './decode/index.ts';
import { normalize } from './normalize/index.ts';
import { segment, type SegmentLexicon } from './segment/index.ts';
import { articleHome, classify, homeRegion, inferIssueDate, locate, printedIssueDate, summarize } from './enrich/index.ts';
import type { Lexicon } from './lexicon/index.ts';
import { applyFieldSets, applyStructural, correctionsFor, issueOverride, type Correction, type Corrections } from './corrections/index.ts';
import { converterMessage, inFile, severityOf } from './messages.ts';
import { slugify, uniqueSlugs } from '../contract/slug.ts';
import { formatDate } from '../dates/format.ts';
import type { EnrichedArticle, EnrichedIssue, IssueDate, IssueHeader, Message, SegmentedIssue } from './types.ts';

export interface ConverterData {
  segmentation: SegmentLexicon;
  lexicon: Lexicon;
  corrections: Corrections;
}

/** A refused issue's messages hold at least one error; `reason` is their reasons in one line. */
export type IssueConversion =
  | { ok: true; issue: EnrichedIssue }
  | { ok: false; source: string; reason: string; messages: Message[] };

/** Why an issue can be refused, besides the header errors normalize reports and the errors corrections cause. */
type RefusalRule = 'file-unreadable' | 'file-blank' | 'date-missing' | 'articles-missing' | 'title-empty' | 'body-empty' | 'converter-crash';

const refusal = (ruleId: RefusalRule, reason: string, line?: number): Message => converterMessage('error', ruleId, reason, line === undefined ? undefined : { line });

function failure(source: string, messages: Message[]): IssueConversion {
  const reason = messages.filter((message) => severityOf(message) === 'error').map((message) => message.reason).join('; ');
  return { ok: false, source, reason, messages: inFile(messages, source) };
}

/** `2024-06-14`, or `2024-06-14-p3` when the header names the page; collisions are settled per run. */
export function issueSlugBase(date: IssueDate, header: IssueHeader): string {
  const page = header.page ? slugify(header.page) : '';
  return page ? `${date.date}-p${page.replace(/^p/, '')}` : date.date;
}

export function issueTitle(date: IssueDate, header: IssueHeader): string {
  const page = header.page && /^\d+$/.test(header.page) ? `第${header.page}版` : header.page;
  return [header.paper, formatDate(date.date), header.edition, page].filter(Boolean).join(' · ');
}

const NO_DATE_REASON = 'no date: the text names no year and there is no header date; add a `---` header with `date: YYYY-MM-DD` or an issue correction';

type IssueOverride = ReturnType<typeof issueOverride>;

function decideDate(segmented: SegmentedIssue, data: ConverterData, override: IssueOverride): IssueDate | undefined {
  if (override?.values.date) {
    return { date: override.values.date, source: 'correction', evidence: `${data.corrections.file}:${override.line}` };
  }
  return inferIssueDate(segmented, data.lexicon);
}

/** The masthead a running head prints names the paper when the `---` header does not. */
function printedPaper(segmented: SegmentedIssue): IssueHeader {
  const paper = segmented.pageHeads.find((head) => head.paper !== undefined)?.paper;
  return paper === undefined ? {} : { paper };
}

function correctedHeader(segmented: SegmentedIssue, override: IssueOverride): IssueHeader {
  const { date: _date, ...fields } = override?.values ?? {};
  const given = Object.entries(fields).filter((entry): entry is [keyof IssueHeader, string] => entry[1] !== undefined);
  return { ...printedPaper(segmented), ...segmented.header, ...Object.fromEntries(given) };
}

function unknownThemeMessages(articles: readonly EnrichedArticle[], data: ConverterData, source: string): Message[] {
  const known = new Set(data.lexicon.themes.map((theme) => theme.label));
  return articles
    .filter((article) => !known.has(article.theme))
    .map((article) => converterMessage('error', 'theme-unknown', `${source}: article "${article.title}" has theme "${article.theme}", which is not in data/taxonomy/themes.yaml`, { line: article.line }));
}

function enrich(segmented: SegmentedIssue, data: ConverterData, own: readonly Correction[], date: IssueDate, header: IssueHeader): EnrichedIssue {
  const structural = applyStructural(segmented.articles, own, data.corrections);
  const slugs = uniqueSlugs(structural.articles.map((article) => slugify(article.title)), 'article');
  const home = homeRegion(structural.articles, header, data.lexicon);

  const enriched = structural.articles.map((article, index): EnrichedArticle => {
    const { place, city } = locate(article, data.lexicon, articleHome(article, home, data.lexicon));
    const { theme, themeTerms, tags } = classify(article, data.lexicon);
    return { ...article, order: index + 1, slug: slugs[index] ?? `article-${index + 1}`, place, city, theme, themeTerms, tags, summary: summarize(article) };
  });
  const corrected = applyFieldSets(enriched, own, data.corrections);

  return {
    ...segmented,
    header,
    slug: issueSlugBase(date, header),
    title: issueTitle(date, header),
    date,
    articles: corrected.articles,
    messages: [
      ...segmented.messages,
      ...structural.messages,
      ...corrected.messages,
      ...unknownThemeMessages(corrected.articles, data, segmented.source),
    ],
  };
}

/** The ways an issue can convert to something not worth publishing, besides the errors it already carries. */
function publishProblems(issue: EnrichedIssue): Message[] {
  const problems: Message[] = [];
  if (issue.articles.length === 0) problems.push(refusal('articles-missing', 'no article could be recognised (no headline followed by body text)'));
  for (const article of issue.articles) {
    if (!article.title.trim()) problems.push(refusal('title-empty', `article #${article.order} (line ${article.line}) has no title`, article.line));
    if (article.blocks.length === 0 && article.captions.length === 0) {
      problems.push(refusal('body-empty', `article "${article.title}" (line ${article.line}) has no body text`, article.line));
    }
  }
  return problems;
}

export function convertText(text: string, source: string, data: ConverterData): IssueConversion {
  const normalized = normalize(text, source);
  if (normalized.messages.some((message) => severityOf(message) === 'error')) return failure(source, normalized.messages);
  if (normalized.issue.lines.every((line) => line.text.trim() === '')) return failure(source, [refusal('file-blank', 'the file has no text (only whitespace)')]);

  const segmented = segment(normalized.issue, data.segmentation);
  const own = correctionsFor(data.corrections, source);
  const override = issueOverride(own);
  const date = decideDate(segmented, data, override);
  if (!date) return failure(source, [...segmented.messages, refusal('date-missing', NO_DATE_REASON)]);
  const dateMessages = segmented.header.date === undefined ? printedIssueDate(segmented).messages : [];
  const issue = enrich({ ...segmented, messages: [...normalized.messages, ...segmented.messages, ...dateMessages] }, data, own, date, correctedHeader(segmented, override));
  const problems = publishProblems(issue);
  const refused = problems.length > 0 || issue.messages.some((message) => severityOf(message) === 'error');
  return refused ? failure(source, [...issue.messages, ...problems]) : { ok: true, issue: { ...issue, messages: inFile(issue.messages, source) } };
}

export function convertBytes(bytes: Uint8Array, source: string, data: ConverterData): IssueConversion {
  const decoded = decode(bytes);
  if (!decoded.ok) return failure(source, [refusal('file-unreadable', decoded.reason)]);
  try {
    return convertText(decoded.text, source, data);
  } catch (error) {
    // A converter bug must not sink the run or publish half an issue: report it against the file.
    const detail = error instanceof Error ? error.message : String(error);
    return failure(source, [refusal('converter-crash', `internal converter error: ${detail}`)]);
  }
}
