/**
 * Lexicon + a page slot → clean articles: what a perfect converter would
 * recover. Rendering them into noisy raw text is render.ts's job; keeping the
 * two apart is what lets the corpus double as ground truth.
 */
import type { Author } from '../../converter/types.ts';
import { fillTemplate, type Layout } from './layout.ts';
import type { Lexicon, SeedTable } from './lexicon.ts';
import type { Random } from './random.ts';

export const BYLINE_STYLES = [
  /** `陈 茜 甘凌峰` under the headline: two-character names padded with a space. */
  'padded-line',
  /** `甘凌峰` or `李莉晓 邵晨婵` alone under the headline. */
  'plain-line',
  /** `本报讯(记者 陈晔)` opening the first paragraph. */
  'wire',
  /** `本报湖州9月4日电(记者 叶诗蕾 共享联盟·湖州 陆晓芬)` opening the first paragraph. */
  'dateline',
  /** `本报记者 蒋欣如 通讯员 慕荣雪` on its own line. */
  'staff-line',
  /** `■ 张立忠` on its own line. */
  'square',
  /** `…工作。(郭明珠 顾志鹏)` closing the last paragraph. */
  'trailing-inline',
  /** `(郭明珠 顾志鹏)` on its own line after the last paragraph. */
  'trailing-line',
  /** No byline at all. */
  'none',
] as const;

export type BylineStyle = (typeof BYLINE_STYLES)[number];

export type PunctuationStyle = 'half-width' | 'full-width' | 'mixed';

export type CorpusBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'table'; rows: string[][] };

export interface CorpusCaption {
  text: string;
  credit: string;
  /** How the credit is printed: after the caption on its line, on a line of its own, or (a bare name) glued to the caption's end. */
  placement: 'same-line' | 'own-line' | 'appended';
}

export interface CorpusArticle {
  /** A story under a headline, or a captioned photo standing alone. */
  kind: 'story' | 'photo';
  /** 引题, printed above the headline. */
  kicker?: string;
  title: string;
  /** 副题, printed below the headline. */
  subtitle?: string;
  authors: Author[];
  bylineStyle: BylineStyle;
  /** The byline as printed (without the surrounding paragraph). */
  byline?: string;
  /** `本报湖州9月4日电`, for dateline bylines. */
  dateline?: string;
  /** A column label printed under the byline (浙报观察). */
  label?: string;
  blocks: CorpusBlock[];
  captions: CorpusCaption[];
}

export interface PageContext {
  /** YYYY-MM-DD of the issue. */
  date: string;
  /** The paper's city, named in datelines and 共享联盟 credits. */
  city: string;
  punctuation: PunctuationStyle;
}

const MIN_ARTICLE_CHARS = 600;
const MAX_ARTICLE_CHARS = 2500;
/** Higher skews article lengths toward the short end, as on a real page. */
const LENGTH_SKEW = 1.8;
/** How often the next sentence is the seed's next one rather than a jump elsewhere. */
const STAY_IN_STORY = 0.8;
const SUBHEADINGS_FROM_CHARS = 1200;
/** Seed paragraphs run 50–300 characters; stop adding sentences past this. */
const MAX_PARAGRAPH_CHARS = 200;

const BYLINE_WEIGHTS: readonly (readonly [BylineStyle, number])[] = [
  ['padded-line', 20],
  ['plain-line', 12],
  ['wire', 14],
  ['dateline', 6],
  ['staff-line', 5],
  ['square', 4],
  ['trailing-inline', 18],
  ['trailing-line', 12],
  ['none', 9],
];

const HALF_TO_FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };
const FULL_TO_HALF: Record<string, string> = Object.fromEntries(Object.entries(HALF_TO_FULL).map(([half, full]) => [full, half]));
/** In `mixed` pages (like the 2025 seed) commas and colons are full-width but brackets stay half-width. */
const MIXED_FULL = new Set([',', ':', ';', '!', '?']);

/** Re-punctuate seed text in the page's style; digits keep their half-width separators (`1,000`, `10:30`). */
export function punctuate(text: string, style: PunctuationStyle): string {
  return text.replace(/[,:;!?()，：；！？（）]/gu, (char, offset: number) => {
    const before = text[offset - 1] ?? '';
    const after = text[offset + 1] ?? '';
    if (/\d/.test(before) && /\d/.test(after)) return char;
    const half = FULL_TO_HALF[char] ?? char;
    const full = HALF_TO_FULL[half] ?? char;
    if (style === 'half-width') return half;
    if (style === 'full-width') return full;
    return MIXED_FULL.has(half) ? full : half;
  });
}

/**
 * Vary the figures so recombined seed sentences do not repeat verbatim. Years,
 * dates, times, decimals and codes (PM2.5, 5G, DB33) stay as printed, and
 * percentages stay below 100.
 */
function varyFigures(text: string, random: Random): string {
  return text.replace(/(?<![\dA-Za-z.])\d+(?![\dA-Za-z.年月日号时])/gu, (digits, offset: number) => {
    if (text[offset + digits.length] === '%') return String(random.int(1, 99));
    return [...digits].map((_, i) => String(i === 0 && digits.length > 1 ? random.int(1, 9) : random.int(0, 9))).join('');
  });
}

function articleLength(random: Random): number {
  return MIN_ARTICLE_CHARS + Math.floor((MAX_ARTICLE_CHARS - MIN_ARTICLE_CHARS) * random.float() ** LENGTH_SKEW);
}

function headline(lexicon: Lexicon, story: number, random: Random): string {
  const seedHeadlines = lexicon.headlinesByStory.get(story) ?? [];
  if (seedHeadlines.length > 0 && random.chance(0.5)) return random.pick(seedHeadlines);
  const first = random.pick(lexicon.phrases);
  if ([...first].length > 12 || random.chance(0.3)) return first;
  const second = random.pick(lexicon.phrases);
  return second === first || [...second].length > 12 ? first : `${first} ${second}`;
}

/** Paragraphs of seed sentences, mostly consecutive ones from one story, until the target length. */
function paragraphs(lexicon: Lexicon, start: number, target: number, context: PageContext, random: Random): string[] {
  const result: string[] = [];
  const used = new Set<number>();
  let cursor = start;
  let total = 0;
  while (total < target) {
    const count = random.weighted([[1, 2], [2, 4], [3, 4], [4, 2], [5, 1]] as const);
    let paragraph = '';
    for (let i = 0; i < count && total + [...paragraph].length < target && [...paragraph].length < MAX_PARAGRAPH_CHARS; i++) {
      let guard = 0;
      while (used.has(cursor) && guard++ < 8) cursor = random.int(0, lexicon.sentences.length - 1);
      used.add(cursor);
      const sentence = lexicon.sentences[cursor];
      if (sentence) paragraph += varyFigures(sentence.text, random);
      cursor = random.chance(STAY_IN_STORY) ? (cursor + 1) % lexicon.sentences.length : random.int(0, lexicon.sentences.length - 1);
    }
    const text = punctuate(paragraph, context.punctuation);
    result.push(text);
    total += [...text].length;
  }
  return result;
}

function recombinedTable(table: SeedTable, random: Random): string[][] {
  const count = Math.min(random.int(3, 10), table.rows.length * 2);
  const numbered = table.rows.every((row) => /^\d+$/.test(row[0] ?? ''));
  const rows = Array.from({ length: count }, (_, r) =>
    table.header.map((_, column) => {
      if (column === 0 && numbered) return String(r + 1);
      return random.pick(table.rows)[column] ?? '';
    }),
  );
  return [table.header, ...rows];
}

function pickNames(lexicon: Lexicon, count: number, random: Random): string[] {
  const names = new Set<string>();
  for (let guard = 0; names.size < count && guard < count * 8; guard++) names.add(random.pick(lexicon.names));
  return [...names];
}

interface PrintedByline {
  authors: Author[];
  byline?: string;
  dateline?: string;
}

function datelineFor(context: PageContext, layout: Layout, random: Random): string {
  const date = new Date(`${context.date}T00:00:00Z`);
  // Wire copy is filed the day before the paper prints it, or the same day.
  if (random.chance(0.6)) date.setUTCDate(date.getUTCDate() - 1);
  return fillTemplate(layout.bylines.dateline, { city: context.city, month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

function printByline(style: BylineStyle, lexicon: Lexicon, context: PageContext, layout: Layout, random: Random): PrintedByline {
  const { roles, bylines } = layout;
  const people = pickNames(lexicon, random.weighted([[1, 4], [2, 4], [3, 1]] as const), random);
  const plain = (): Author[] => people.map((name) => ({ name, role: null }));
  const alliance = fillTemplate(bylines.alliance, { city: random.chance(0.7) ? context.city : random.pick(lexicon.places) });
  switch (style) {
    case 'none':
      return { authors: [] };
    case 'padded-line':
      return { authors: plain(), byline: people.map((name) => ([...name].length === 2 ? [...name].join(' ') : name)).join(' ') };
    case 'plain-line':
      return { authors: plain(), byline: people.join(' ') };
    case 'square':
      return { authors: plain(), byline: fillTemplate(bylines.square, { names: people.join(' ') }) };
    case 'trailing-inline':
    case 'trailing-line':
      return { authors: plain(), byline: `(${people.join(' ')})` };
    case 'staff-line': {
      const [reporter = '', correspondent = ''] = pickNames(lexicon, 2, random);
      return {
        authors: [{ name: reporter, role: roles.reporter }, { name: correspondent, role: roles.correspondent }],
        byline: fillTemplate(bylines.staffLine, { reporter, correspondent }),
      };
    }
    case 'wire':
    case 'dateline': {
      const shape = random.weighted([['reporter', 4], ['reporter+correspondent', 2], ['alliance+reporter', 1], ['correspondent', 2]] as const);
      const [first = '', second = ''] = pickNames(lexicon, 2, random);
      const authors: Author[] =
        shape === 'reporter'
          ? [{ name: first, role: roles.reporter }]
          : shape === 'correspondent'
            ? [{ name: first, role: roles.correspondent }]
            : shape === 'reporter+correspondent'
              ? [{ name: first, role: roles.reporter }, { name: second, role: roles.correspondent }]
              : [{ name: first, role: null, org: alliance }, { name: second, role: roles.reporter }];
      const credits = authors.map((author) => `${author.org ?? author.role} ${author.name}`).join(' ');
      if (style === 'wire') return { authors, byline: fillTemplate(bylines.wire, { credits }) };
      const dateline = datelineFor(context, layout, random);
      return { authors, byline: fillTemplate(bylines.datelineWire, { dateline, credits }), dateline };
    }
  }
}

function caption(lexicon: Lexicon, context: PageContext, layout: Layout, random: Random): CorpusCaption {
  const short = lexicon.sentences.filter((sentence) => [...sentence.text].length <= 60);
  const text = punctuate(random.pick(short.length > 0 ? short : lexicon.sentences).text, context.punctuation).replace(/。$/u, random.chance(0.5) ? '' : '。');
  const supplied = lexicon.creditOrgs.length > 0 && random.chance(0.35);
  const credit = supplied
    ? fillTemplate(random.pick(layout.captionCredits.supplied), { org: random.pick(lexicon.creditOrgs) })
    : fillTemplate(random.pick(layout.captionCredits.photographer), { name: random.pick(lexicon.names) });
  return { text, credit, placement: random.chance(0.6) ? 'same-line' : 'own-line' };
}

/** One story: headline (with kicker/subtitle sometimes), byline, 600–2,500 characters of seed sentences. */
export function composeStory(lexicon: Lexicon, context: PageContext, layout: Layout, random: Random): CorpusArticle {
  const start = random.int(0, lexicon.sentences.length - 1);
  const story = lexicon.sentences[start]?.story ?? 0;
  const bylineStyle = random.weighted(BYLINE_WEIGHTS);
  const printed = printByline(bylineStyle, lexicon, context, layout, random);
  const target = articleLength(random);
  const blocks: CorpusBlock[] = paragraphs(lexicon, start, target, context, random).map((text) => ({ type: 'paragraph', text }));
  if (target >= SUBHEADINGS_FROM_CHARS && blocks.length >= 4 && random.chance(0.3)) {
    // Subheadings go before paragraphs 2…n-1, never first or last, from the back so indices stay valid.
    const positions = [...new Set(Array.from({ length: random.int(2, 3) }, () => random.int(1, blocks.length - 2)))].sort((a, b) => b - a);
    for (const position of positions) blocks.splice(position, 0, { type: 'heading', text: random.pick(lexicon.phrases) });
  }
  const table = lexicon.tables.length > 0 && random.chance(0.05) ? random.pick(lexicon.tables) : undefined;
  if (table) blocks.splice(random.int(1, blocks.length), 0, { type: 'table', rows: recombinedTable(table, random) });
  const article: CorpusArticle = {
    kind: 'story',
    title: headline(lexicon, story, random),
    authors: printed.authors,
    bylineStyle,
    blocks,
    captions: random.chance(0.12) ? [caption(lexicon, context, layout, random)] : [],
  };
  if (random.chance(0.12)) article.kicker = random.pick(lexicon.phrases);
  if (random.chance(0.2)) article.subtitle = headline(lexicon, story, random);
  if (printed.byline !== undefined) article.byline = punctuate(printed.byline, context.punctuation);
  if (printed.dateline !== undefined) article.dateline = printed.dateline;
  if (bylineStyle === 'staff-line' && random.chance(0.5)) article.label = random.pick(layout.sectionLabels);
  return article;
}

/** A news photo: a short title, one caption paragraph and the photographer's name trailing it or on its own line. */
export function composePhoto(lexicon: Lexicon, context: PageContext, layout: Layout, random: Random): CorpusArticle {
  const start = random.int(0, lexicon.sentences.length - 1);
  const [text = ''] = paragraphs(lexicon, start, random.int(80, 200), context, random);
  const name = random.pick(lexicon.names);
  const appended = random.chance(0.4);
  const credit = appended ? name : fillTemplate(random.pick(layout.captionCredits.photographer), { name });
  return {
    kind: 'photo',
    title: random.pick(lexicon.phrases),
    authors: [{ name, role: null }],
    bylineStyle: 'none',
    blocks: [],
    captions: [{ text, credit, placement: appended ? 'appended' : 'own-line' }],
  };
}
