/**
 * Editors' corrections (`content/corrections.yaml`): decisions the converter
 * got wrong, fixed by hand and re-applied on every conversion. A correction
 * names its raw file and the article by its converted title (or order); one
 * that no longer matches anything is reported, never silently dropped.
 *
 *   - source: 001_fb229eccf6daddfc.txt
 *     article: 政银企携手纾困解难        # or: article: 1
 *     set: { city: 温州, theme: 经济营商, authors: [{ name: 小西, role: null }] }
 *   - source: 001_fb229eccf6daddfc.txt
 *     article: 温州深“图”远虑推垃圾分类
 *     split: { at: 同时，为推进农村开展垃圾分类, title: 山福镇推进农村垃圾分类 }
 *   - source: 001_fb229eccf6daddfc.txt
 *     article: 主题论坛话安全生产
 *     merge: previous
 *   - source: 000_9563d6cde784f245.txt
 *     issue: { date: 2024-06-14, paper: 浙江日报 }
 */
import { z } from 'zod';
import { LineCounter, parseDocument, isSeq } from 'yaml';
import { authorSchema as contractAuthor } from '../../contract/schema.ts';
import { FileMessageError } from '../../data-files/error.ts';
import { converterMessage } from '../messages.ts';
import type { EnrichedArticle, Message, SegmentedArticle } from '../types.ts';

/** An author as the frontmatter records one; an unknown key is a typo to report. */
const authorSchema = contractAuthor.strict();

const setSchema = z
  .object({
    title: z.string().min(1),
    subtitle: z.string(),
    authors: z.array(authorSchema),
    city: z.string().min(1),
    place: z.string().min(1),
    theme: z.string().min(1),
    tags: z.array(z.string().min(1)),
    summary: z.string().min(1),
  })
  .partial()
  .strict();

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

const correctionSchema = z
  .object({
    source: z.string().min(1),
    article: z.union([z.string().min(1), z.number().int().positive()]).optional(),
    set: setSchema.optional(),
    split: z.object({ at: z.string().min(2), title: z.string().min(1) }).strict().optional(),
    merge: z.literal('previous').optional(),
    issue: z
      .object({ date: isoDate, paper: z.string().min(1), edition: z.string(), page: z.string() })
      .partial()
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((value, context) => {
    const actions = [value.set, value.split, value.merge, value.issue].filter((action) => action !== undefined);
    if (actions.length !== 1) context.addIssue({ code: 'custom', message: 'give exactly one of set, split, merge, issue' });
    if (value.issue === undefined && value.article === undefined) {
      context.addIssue({ code: 'custom', message: '`article` (its title or order) is required for set, split and merge' });
    }
  });

export type CorrectionEntry = z.infer<typeof correctionSchema>;

export interface Correction {
  entry: CorrectionEntry;
  /** Line of the entry in the corrections file. */
  line: number;
}

export interface Corrections {
  file: string;
  entries: Correction[];
}

export class CorrectionsError extends FileMessageError {
  constructor(file: string, line: number, reason: string) {
    super('corrections-invalid', file, line, reason);
    this.name = 'CorrectionsError';
  }
}

/** Parse and validate a corrections file; any problem throws with the file, line and reason. */
export function parseCorrections(text: string, file: string): Corrections {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const [yamlError] = document.errors;
  if (yamlError) throw new CorrectionsError(file, lineCounter.linePos(yamlError.pos[0]).line, yamlError.message.split('\n')[0] ?? 'invalid YAML');
  if (document.contents === null) return { file, entries: [] };
  if (!isSeq(document.contents)) throw new CorrectionsError(file, 1, 'expected a list of corrections (each item starting with "- source:")');

  const entries = document.contents.items.map((node, index) => {
    const line = node && typeof node === 'object' && 'range' in node && node.range ? lineCounter.linePos(node.range[0]).line : 1;
    const parsed = correctionSchema.safeParse(document.toJS().at(index));
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      const path = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      throw new CorrectionsError(file, line, `${path}${issue?.message ?? 'invalid correction'}`);
    }
    return { entry: parsed.data, line };
  });
  return { file, entries };
}

export function correctionsFor(corrections: Corrections, source: string): Correction[] {
  return corrections.entries.filter((correction) => correction.entry.source === source);
}

function matches(article: { title: string }, order: number, selector: string | number | undefined): boolean {
  return typeof selector === 'number' ? order === selector : article.title === selector;
}

function unmatched(corrections: Corrections, correction: Correction, what: string): Message {
  return converterMessage(
    'warning',
    'correction-unmatched',
    `${corrections.file}:${correction.line}: ${what} matches nothing in ${correction.entry.source}; the correction was not applied`,
  );
}

function applied(corrections: Corrections, correction: Correction, what: string): Message {
  return converterMessage('info', 'correction-applied', `${corrections.file}:${correction.line}: ${what}`);
}

function describe(selector: string | number | undefined): string {
  return typeof selector === 'number' ? `article #${selector}` : `article "${selector}"`;
}

/** Splits and merges, applied to the segmented articles before enrichment. */
export function applyStructural(
  articles: readonly SegmentedArticle[],
  own: readonly Correction[],
  corrections: Corrections,
): { articles: SegmentedArticle[]; messages: Message[] } {
  const result = [...articles];
  const messages: Message[] = [];
  for (const correction of own) {
    const { article: selector, split, merge } = correction.entry;
    if (!split && !merge) continue;
    const index = result.findIndex((article, i) => matches(article, i + 1, selector));
    const target = result[index];
    if (!target) {
      messages.push(unmatched(corrections, correction, describe(selector)));
      continue;
    }
    if (merge) {
      const previous = result[index - 1];
      if (!previous) {
        messages.push(unmatched(corrections, correction, `${describe(selector)} (merge: it has no previous article)`));
        continue;
      }
      const heading = { type: 'heading' as const, text: target.title, line: target.line };
      result.splice(index - 1, 2, {
        ...previous,
        blocks: [...previous.blocks, heading, ...target.blocks],
        captions: [...previous.captions, ...target.captions],
        authors: [...previous.authors, ...target.authors.filter((a) => !previous.authors.some((p) => p.name === a.name))],
      });
      messages.push(applied(corrections, correction, `merged ${describe(selector)} into the previous article`));
    } else if (split) {
      const at = target.blocks.findIndex((block) => block.type !== 'table' && block.text.startsWith(split.at));
      if (at <= 0) {
        messages.push(unmatched(corrections, correction, `split point "${split.at}" in ${describe(selector)}`));
        continue;
      }
      const moved = target.blocks.slice(at);
      const first: SegmentedArticle = { ...target, blocks: target.blocks.slice(0, at) };
      const second: SegmentedArticle = { title: split.title, authors: [], blocks: moved, captions: [], line: moved[0]?.line ?? target.line };
      result.splice(index, 1, first, second);
      messages.push(applied(corrections, correction, `split ${describe(selector)} at "${split.at}"`));
    }
  }
  return { articles: result, messages };
}

/** Field overrides (`set`), applied to the enriched articles by their converted title or order. */
export function applyFieldSets(
  articles: readonly EnrichedArticle[],
  own: readonly Correction[],
  corrections: Corrections,
): { articles: EnrichedArticle[]; messages: Message[] } {
  const result = [...articles];
  const messages: Message[] = [];
  for (const correction of own) {
    const { article: selector, set } = correction.entry;
    if (!set) continue;
    const index = result.findIndex((article) => matches(article, article.order, selector));
    const target = result[index];
    if (!target) {
      messages.push(unmatched(corrections, correction, describe(selector)));
      continue;
    }
    const { authors, ...fields } = set;
    result[index] = {
      ...target,
      ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
      ...(authors ? { authors: authors.map((author) => ({ name: author.name, role: author.role, ...(author.org ? { org: author.org } : {}) })) } : {}),
    };
    messages.push(applied(corrections, correction, `set ${Object.keys(set).join(', ')} of ${describe(selector)}`));
  }
  return { articles: result, messages };
}

/** Issue-level overrides (date, paper, edition, page), or undefined when none applies. */
export function issueOverride(own: readonly Correction[]): { values: NonNullable<CorrectionEntry['issue']>; line: number } | undefined {
  const found = own.filter((correction) => correction.entry.issue).at(-1);
  return found?.entry.issue ? { values: found.entry.issue, line: found.line } : undefined;
}
