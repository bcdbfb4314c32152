/**
 * Seed issues → the material the generator recombines: whole sentences (with
 * the seed story they came from, so recombined text stays on topic), headlines
 * and headline phrases, reporters' names, places and tables.
 *
 * This is deliberately a rough reading of the seeds, not the converter: it only
 * has to harvest clean pieces, and it may drop anything it is unsure of.
 */
import type { Layout } from './layout.ts';

export interface SeedSentence {
  text: string;
  /** Which seed story (run of text under one headline) it came from. */
  story: number;
}

export interface SeedTable {
  header: string[];
  rows: string[][];
}

export interface Lexicon {
  /** In seed order, so neighbours are likely from the same story. */
  sentences: SeedSentence[];
  /** Seed headlines by story. */
  headlinesByStory: Map<number, string[]>;
  /** Halves of headlines (`聚焦重点项目 助推乡村振兴` → both parts), for new headlines and subheadings. */
  phrases: string[];
  names: string[];
  /** Places seen in datelines and 共享联盟 credits. */
  places: string[];
  /** Bodies that supply photos (`…供图`, `图片由…提供`). */
  creditOrgs: string[];
  tables: SeedTable[];
}

export interface SeedText {
  name: string;
  text: string;
}

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /^\p{Script=Han}+$/u;
/** Characters that close a sentence; a line ending otherwise was cut by a column break. */
const SENTENCE_END = /[。！？!?…”」）)]$/u;
const SENTENCE_TERMINALS = new Set(['。', '！', '？', '!', '?']);
const CLOSERS = new Set(['”', '’', '」', '』', ')', '）']);
const HEADING_MARK = /^#{1,6}\s+/;
const INLINE_TAGS = /<\/?[a-z]+>/g;
/** `本报讯(…)` or `本报湖州9月4日电(…)` opening a paragraph. */
const WIRE_PREFIX = /^本报(?:讯|\p{Script=Han}{0,8}?\d{1,2}月\d{1,2}日电)[(（]([^)）]{1,60})[)）]/u;
/** `(郭明珠 顾志鹏)` closing a paragraph or standing alone. */
const TRAILING_CREDIT = /[(（]([\p{Script=Han} ]{2,30})[)）]$/u;
const ALLIANCE_PLACE = /共享联盟·(\p{Script=Han}{2,3})/gu;
const DATELINE_PLACE = /本报(\p{Script=Han}{2,3}?)\d{1,2}月\d{1,2}日电/gu;
const PHOTO_CREDIT = /(?:供图|摄|提供)$/u;
const SUPPLIED_ORG = /(?:图片由(.{2,30})提供|\s(\S{4,40})供图)$/u;
const MAX_HEADLINE_CHARS = 32;
const MIN_HEADLINE_CHARS = 4;
const MAX_NAMES_ON_A_LINE = 3;
const MIN_SENTENCE_CHARS = 10;
const MAX_SENTENCE_CHARS = 220;
const MAX_TABLE_CELL_CHARS = 40;

type LineKind = 'blank' | 'table' | 'names' | 'credit' | 'headline' | 'paragraph';

interface ClassifiedLine {
  kind: LineKind;
  text: string;
  names?: string[];
}

/**
 * `陈 茜 甘凌峰` → [陈茜, 甘凌峰]: papers pad two-character names with a space,
 * so single characters pair up. Undefined when the tokens are not all names.
 */
export function namesFromPaddedLine(text: string): string[] | undefined {
  const tokens = text.trim().split(/\s+/);
  const names: string[] = [];
  let pending = '';
  for (const token of tokens) {
    if (!HAN_RUN.test(token) || token.length > 3) return undefined;
    if (token.length === 1) {
      if (pending) {
        names.push(pending + token);
        pending = '';
      } else pending = token;
    } else {
      if (pending) return undefined;
      names.push(token);
    }
  }
  if (pending || names.length === 0 || names.length > MAX_NAMES_ON_A_LINE) return undefined;
  return names;
}

/** `记者 叶诗蕾 共享联盟·湖州 陆晓芬` → [叶诗蕾, 陆晓芬]: role words and alliance credits dropped. */
export function namesFromCredits(credits: string, layout: Layout): string[] {
  const roleWords = new Set(Object.values(layout.roles));
  return credits
    .split(/\s+/)
    .filter((token) => !roleWords.has(token) && !token.includes('·') && HAN_RUN.test(token) && token.length >= 2 && token.length <= 3);
}

function isHeadlineLike(text: string): boolean {
  const length = [...text].length;
  if (length < MIN_HEADLINE_CHARS || length > MAX_HEADLINE_CHARS) return false;
  if (/[。，,；;：:、?？!！]$/u.test(text) || /^[，,。、：:；;）)”]/u.test(text)) return false;
  // A line that holds a full stop, an enumeration comma or an open quotation is a paragraph cut short by a column break.
  if (/[。、]/u.test(text) || text.split('“').length !== text.split('”').length) return false;
  const clauses = text.split(/[,，]/u);
  if (clauses.length > 2 || clauses.some((clause) => [...clause].length < MIN_HEADLINE_CHARS)) return false;
  const han = [...text].filter((char) => HAN.test(char)).length;
  return han / length >= 0.6;
}

function classifyLine(raw: string, previous: ClassifiedLine | undefined, layout: Layout): ClassifiedLine {
  const text = raw.replace(HEADING_MARK, '').replace(INLINE_TAGS, '').trim();
  if (text === '') return { kind: 'blank', text };
  if (raw.split('\t').length >= 3) return { kind: 'table', text: raw.trim() };
  const square = /^■\s*(.+)$/u.exec(text);
  if (square?.[1]) return { kind: 'names', text, names: namesFromCredits(square[1], layout) };
  if (text.startsWith(layout.roles.staffReporter)) return { kind: 'names', text, names: namesFromCredits(text, layout) };
  const standalone = TRAILING_CREDIT.exec(text);
  if (standalone?.[1] && standalone.index === 0) return { kind: 'names', text, names: namesFromPaddedLine(standalone[1]) ?? [] };
  if (PHOTO_CREDIT.test(text) && [...text].length <= 80 && !text.includes('。')) return { kind: 'credit', text };
  // A bare list of names is a byline only right under a headline; elsewhere it is a slogan or a label.
  const names = previous?.kind === 'headline' ? namesFromPaddedLine(text) : undefined;
  if (names) return { kind: 'names', text, names };
  const continuesParagraph = previous?.kind === 'paragraph' && !SENTENCE_END.test(previous.text);
  if (!continuesParagraph && isHeadlineLike(text)) return { kind: 'headline', text };
  return { kind: 'paragraph', text };
}

/**
 * Non-blank lines, classified in order. A short line that looked like a
 * headline is demoted to paragraph text when its last character and the next
 * line's first character form a pair found elsewhere in the seeds (监|委,
 * 担|当): the column break cut a word, so the line is half a sentence.
 */
function classifyLines(rawLines: readonly string[], layout: Layout, skip: ReadonlySet<string>, allText: string): ClassifiedLine[] {
  const lines: ClassifiedLine[] = [];
  for (const raw of rawLines) {
    const line = classifyLine(raw, lines.at(-1), layout);
    if (line.kind === 'blank' || skip.has(line.text)) continue;
    lines.push(line);
  }
  const fragments = new Set<string>();
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    if (line.kind !== 'headline' || next?.kind !== 'paragraph') return;
    const junction = `${[...line.text].at(-1) ?? ''}${[...next.text][0] ?? ''}`;
    if (HAN_RUN.test(junction) && allText.includes(junction)) fragments.add(line.text);
  });
  // A fragment printed twice (a repeated column) is a fragment at both places.
  for (const line of lines) if (line.kind === 'headline' && fragments.has(line.text)) line.kind = 'paragraph';
  return lines;
}

/** Split a paragraph into sentences without cutting inside quotation marks. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  const chars = [...paragraph];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    if (char === '“') depth++;
    else if (char === '”') depth = Math.max(0, depth - 1);
    // A full stop inside quotation marks does not end the sentence: `“……。”吴林土说。` stays whole.
    if (!SENTENCE_TERMINALS.has(char) || depth > 0) continue;
    let end = i + 1;
    while (end < chars.length && (CLOSERS.has(chars[end] as string) || SENTENCE_TERMINALS.has(chars[end] as string))) end++;
    sentences.push(chars.slice(start, end).join('').trim());
    start = end;
    i = end - 1;
  }
  return sentences;
}

function isUsableSentence(sentence: string): boolean {
  const length = [...sentence].length;
  return (
    length >= MIN_SENTENCE_CHARS &&
    length <= MAX_SENTENCE_CHARS &&
    HAN.test(sentence) &&
    !/^[，,。、：:；;）)”]/u.test(sentence) &&
    (sentence.split('“').length === sentence.split('”').length)
  );
}

function phrasesOf(headline: string): string[] {
  return headline
    .split(/[\s:：]+/u)
    .filter((part) => [...part].length >= MIN_HEADLINE_CHARS && [...part].length <= 16 && HAN.test(part));
}

function tablesOf(lines: string[]): SeedTable[] {
  const tables: SeedTable[] = [];
  let run: string[][] = [];
  const flush = (): void => {
    const [header, ...rows] = run.filter((cells) => !cells.every((cell) => /^-+$/.test(cell)));
    if (header && rows.length >= 2) tables.push({ header, rows });
    run = [];
  };
  for (const line of lines) {
    const cells = line.split('\t').map((cell) => cell.trim());
    const fits =
      cells.length >= 3 &&
      cells.every((cell) => [...cell].length <= MAX_TABLE_CELL_CHARS) &&
      (run.length === 0 || run[0]?.length === cells.length);
    if (fits) run.push(cells);
    else {
      flush();
      if (cells.length >= 3 && cells.every((cell) => [...cell].length <= MAX_TABLE_CELL_CHARS)) run.push(cells);
    }
  }
  flush();
  return tables;
}

function addUnique(list: string[], seen: Set<string>, items: Iterable<string>): void {
  for (const item of items) {
    if (seen.has(item)) continue;
    seen.add(item);
    list.push(item);
  }
}

/** Read the seed issues into a lexicon. Fails, naming the seeds, when they hold too little to generate from. */
export function extractLexicon(seeds: readonly SeedText[], layout: Layout): Lexicon {
  const sentences: SeedSentence[] = [];
  const headlinesByStory = new Map<number, string[]>();
  const phrases: string[] = [];
  const names: string[] = [];
  const places: string[] = [];
  const creditOrgs: string[] = [];
  const tables: SeedTable[] = [];
  const seen = { sentences: new Set<string>(), phrases: new Set<string>(), names: new Set<string>(), places: new Set<string>(), orgs: new Set<string>() };
  const labelsAndSlogans = new Set([...layout.sectionLabels, ...layout.slogans.flatMap((slogan) => [slogan.title, ...slogan.lines])]);
  let story = 0;
  const allText = seeds.map((seed) => seed.text).join('\n');

  for (const seed of seeds) {
    const rawLines = seed.text.replace(/^\uFEFF/, '').split(/\r?\n/);
    tables.push(...tablesOf(rawLines));
    addUnique(places, seen.places, [...seed.text.matchAll(ALLIANCE_PLACE), ...seed.text.matchAll(DATELINE_PLACE)].map((match) => match[1] ?? '').filter(Boolean));

    let paragraph = '';
    const flushParagraph = (): void => {
      let text = paragraph;
      paragraph = '';
      const wire = WIRE_PREFIX.exec(text);
      if (wire?.[1]) {
        addUnique(names, seen.names, namesFromCredits(wire[1], layout));
        text = text.slice(wire[0].length);
      }
      const trailing = TRAILING_CREDIT.exec(text);
      if (trailing?.[1]) {
        addUnique(names, seen.names, namesFromPaddedLine(trailing[1]) ?? []);
        text = text.slice(0, trailing.index);
      }
      for (const sentence of splitSentences(text)) {
        if (!isUsableSentence(sentence) || seen.sentences.has(sentence)) continue;
        seen.sentences.add(sentence);
        sentences.push({ text: sentence, story });
      }
    };

    const lines = classifyLines(rawLines, layout, labelsAndSlogans, allText);
    for (const [index, line] of lines.entries()) {
      const previous = lines[index - 1];
      if (line.kind !== 'paragraph' && paragraph) flushParagraph();
      switch (line.kind) {
        case 'paragraph':
          // A paragraph that stopped mid-sentence was cut by a column break: glue the pieces back.
          if (paragraph && SENTENCE_END.test(paragraph)) flushParagraph();
          paragraph += line.text;
          break;
        case 'headline':
          if (previous?.kind !== 'headline') story++;
          headlinesByStory.set(story, [...(headlinesByStory.get(story) ?? []), line.text]);
          addUnique(phrases, seen.phrases, phrasesOf(line.text));
          break;
        case 'names':
          addUnique(names, seen.names, line.names ?? []);
          break;
        case 'credit': {
          const org = SUPPLIED_ORG.exec(line.text);
          addUnique(creditOrgs, seen.orgs, [org?.[1] ?? org?.[2] ?? ''].filter(Boolean));
          break;
        }
        case 'table':
          break;
      }
    }
    if (paragraph) flushParagraph();
  }

  const lexicon: Lexicon = { sentences, headlinesByStory, phrases, names, places, creditOrgs, tables };
  const empty = Object.entries({ sentences, phrases, names }).filter(([, list]) => list.length === 0).map(([key]) => key);
  if (empty.length > 0) {
    throw new Error(`seed issues ${seeds.map((seed) => seed.name).join(', ') || '(none)'} yield no ${empty.join(', ')}: the corpus generator needs real issues to recombine`);
  }
  return lexicon;
}
