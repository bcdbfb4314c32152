/**
 * Clean articles → the raw text of one printed page, with the noise of the
 * real issues: headline styles, bylines glued to paragraphs, paragraphs cut by
 * column breaks, repeated paragraphs, tab tables, captions, labels, slogans.
 * Every piece of noise added is counted, so tests and benchmarks can see it.
 */
import type { IssueHeader } from '../../converter/types.ts';
import type { CorpusArticle, CorpusBlock } from './compose.ts';
import type { Layout } from './layout.ts';
import { splitSentences } from './lexicon.ts';
import type { Random } from './random.ts';

export const NOISE_KINDS = [
  'markdown-headline',
  'plain-headline',
  'kicker',
  'subtitle',
  'section-label',
  'column-label',
  'column-break',
  'duplicate-paragraph',
  'duplicate-fragment',
  'doubled-sentence',
  'subheading',
  'markdown-subheading',
  'bold-subheading',
  'table',
  'table-rule',
  'caption',
  'photo',
  'slogan',
] as const;

export type NoiseKind = (typeof NOISE_KINDS)[number];

export type NoiseCounts = Partial<Record<NoiseKind | `byline:${CorpusArticle['bylineStyle']}`, number>>;

export interface CorpusPage {
  header: Required<IssueHeader>;
  /** Printed above everything, like 专刊. */
  sectionLabel?: string;
  articles: CorpusArticle[];
  slogan?: Layout['slogans'][number];
}

export interface RenderedPage {
  text: string;
  noise: NoiseCounts;
}

type HeadlineStyle = 'markdown' | 'plain';

const COLUMN_BREAK_CHANCE = 0.18;
const MIN_CHARS_TO_BREAK = 30;
/** Per article: one paragraph printed twice. */
const DUPLICATE_PARAGRAPH_CHANCE = 0.08;
/** Per column-broken paragraph: its head printed again after the next one. */
const DUPLICATE_FRAGMENT_CHANCE = 0.05;
/** Per paragraph: its first sentence set twice. */
const DOUBLED_SENTENCE_CHANCE = 0.005;
/** A caption sits apart from the text around it: printed with extra blank lines before it. */
const CAPTION_GAP = '\n\n';

/** `page` is quoted so YAML keeps `03` a string, as IssueHeader types it. */
function frontmatter(header: Required<IssueHeader>): string {
  return ['---', `paper: ${header.paper}`, `date: ${header.date}`, `edition: ${header.edition}`, `page: "${header.page}"`, '---'].join('\n');
}

interface Printer {
  readonly random: Random;
  readonly chunks: string[];
  readonly noise: NoiseCounts;
  count(kind: keyof NoiseCounts): void;
  /** Print a paragraph, sometimes cut in two by a column break; returns the pieces printed. */
  paragraph(text: string): string[];
}

function createPrinter(random: Random): Printer {
  const chunks: string[] = [];
  const noise: NoiseCounts = {};
  const count = (kind: keyof NoiseCounts): void => {
    noise[kind] = (noise[kind] ?? 0) + 1;
  };
  const paragraph = (text: string): string[] => {
    const chars = [...text];
    if (chars.length >= MIN_CHARS_TO_BREAK && random.chance(COLUMN_BREAK_CHANCE)) {
      const at = random.int(8, chars.length - 2);
      const pieces = [chars.slice(0, at).join(''), chars.slice(at).join('')];
      count('column-break');
      chunks.push(...pieces);
      return pieces;
    }
    chunks.push(text);
    return [text];
  };
  return { random, chunks, noise, count, paragraph };
}

function printHeadline(printer: Printer, article: CorpusArticle, style: HeadlineStyle): void {
  const mark = (level: string, text: string): string => (style === 'markdown' ? `${level} ${text}` : text);
  printer.count(style === 'markdown' ? 'markdown-headline' : 'plain-headline');
  if (article.kicker) {
    printer.count('kicker');
    printer.chunks.push(mark('##', article.kicker));
  }
  printer.chunks.push(mark('#', article.title));
  if (article.subtitle) {
    printer.count('subtitle');
    printer.chunks.push(mark('##', article.subtitle));
  }
}

function printSubheading(printer: Printer, text: string, style: HeadlineStyle): void {
  printer.count('subheading');
  if (printer.random.chance(0.08)) {
    printer.count('bold-subheading');
    printer.chunks.push(`<b>${text}</b>`);
  } else if (style === 'markdown' && printer.random.chance(0.6)) {
    printer.count('markdown-subheading');
    printer.chunks.push(`### ${text}`);
  } else printer.chunks.push(text);
}

function printTable(printer: Printer, rows: string[][]): void {
  printer.count('table');
  const lines = rows.map((row) => row.join('\t'));
  if (printer.random.chance(0.3)) {
    printer.count('table-rule');
    lines.splice(1, 0, (rows[0] ?? []).map(() => '-'.repeat(printer.random.int(2, 6))).join('\t'));
  }
  printer.chunks.push(lines.join('\n'));
}

/** `s1s2s3` → `s1s1s2s3`: a sentence set twice, as when a column is re-flowed. */
function doubleFirstSentence(text: string): string | undefined {
  const [first, second] = splitSentences(text);
  return first && second ? first + text : undefined;
}

function printBody(printer: Printer, article: CorpusArticle, style: HeadlineStyle): void {
  const { random } = printer;
  const blocks: CorpusBlock[] = article.blocks;
  const lastParagraph = blocks.findLastIndex((block) => block.type === 'paragraph');
  const inlineTrailing = article.bylineStyle === 'trailing-inline' && lastParagraph === blocks.length - 1;
  const printed: string[] = [];
  let pendingFragment: string | undefined;
  const duplicateAfter = random.chance(DUPLICATE_PARAGRAPH_CHANCE) ? random.int(1, Math.max(1, lastParagraph)) : -1;
  blocks.forEach((block, index) => {
    if (block.type === 'heading') return printSubheading(printer, block.text, style);
    if (block.type === 'table') return printTable(printer, block.rows);
    let text = block.text;
    if (index === 0 && (article.bylineStyle === 'wire' || article.bylineStyle === 'dateline')) text = `${article.byline ?? ''}${text}`;
    if (index === lastParagraph && inlineTrailing) text += article.byline ?? '';
    if (random.chance(DOUBLED_SENTENCE_CHANCE)) {
      const doubled = doubleFirstSentence(text);
      if (doubled) {
        printer.count('doubled-sentence');
        text = doubled;
      }
    }
    const pieces = printer.paragraph(text);
    if (pendingFragment) {
      // The head of a column-broken paragraph printed again further down (the 为增强“双考”… seed).
      printer.count('duplicate-fragment');
      printer.chunks.push(pendingFragment);
      pendingFragment = undefined;
    }
    if (pieces.length === 2 && random.chance(DUPLICATE_FRAGMENT_CHANCE)) pendingFragment = pieces[0];
    printed.push(text);
    if (index === duplicateAfter) {
      printer.count('duplicate-paragraph');
      printer.chunks.push(random.pick(printed));
    }
  });
  if (article.bylineStyle === 'trailing-line' || (article.bylineStyle === 'trailing-inline' && !inlineTrailing)) {
    printer.chunks.push(article.byline ?? '');
  }
}

function printCaptions(printer: Printer, article: CorpusArticle): void {
  for (const caption of article.captions) {
    printer.count('caption');
    if (caption.placement === 'appended') printer.chunks.push(`${CAPTION_GAP}${caption.text}${caption.credit}`);
    else if (caption.placement === 'same-line') printer.chunks.push(`${CAPTION_GAP}${caption.text} ${caption.credit}`);
    else printer.chunks.push(`${CAPTION_GAP}${caption.text}`, caption.credit);
  }
}

function printArticle(printer: Printer, article: CorpusArticle, pageStyle: HeadlineStyle): void {
  const style: HeadlineStyle = printer.random.chance(0.85) ? pageStyle : pageStyle === 'markdown' ? 'plain' : 'markdown';
  if (article.kind === 'photo') {
    printer.count('photo');
    if (printer.random.chance(0.6)) printHeadline(printer, article, 'plain');
    return printCaptions(printer, article);
  }
  printHeadline(printer, article, style);
  printer.count(`byline:${article.bylineStyle}`);
  const ownLine = ['padded-line', 'plain-line', 'staff-line', 'square'].includes(article.bylineStyle);
  if (ownLine && article.byline) printer.chunks.push(article.byline);
  if (article.label) {
    printer.count('column-label');
    printer.chunks.push(article.label);
  }
  printBody(printer, article, style);
  printCaptions(printer, article);
}

/** The raw text of a page: a `---` header, then the articles as a typesetter's export would leave them. */
export function renderPage(page: CorpusPage, random: Random): RenderedPage {
  const printer = createPrinter(random);
  const pageStyle: HeadlineStyle = random.chance(0.4) ? 'markdown' : 'plain';
  if (page.sectionLabel) {
    printer.count('section-label');
    printer.chunks.push(page.sectionLabel);
  }
  for (const article of page.articles) printArticle(printer, article, pageStyle);
  if (page.slogan) {
    printer.count('slogan');
    printer.chunks.push(page.slogan.title, page.slogan.lines.join('  \n'));
  }
  // Exports from the typesetting system open with blank lines; keep them after the header.
  return { text: `${frontmatter(page.header)}\n\n\n${printer.chunks.join('\n\n')}\n`, noise: printer.noise };
}
