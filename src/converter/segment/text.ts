/**
 * Character classes the segment heuristics share: what ends a sentence, what
 * a headline may not end with, whether brackets and quotes balance, and where
 * a word runs across a break (Intl.Segmenter, the platform's dictionary).
 */
import { wordSegmenter as words } from '../words.ts';

export const HAN = /\p{Script=Han}/u;
export const HAN_GLOBAL = /\p{Script=Han}/gu;

/** Marks that close a sentence. 、and ， only close a clause. */
const SENTENCE_FINAL = new Set(['。', '！', '？', '!', '?', '…', '；', ';']);
/** Closing quotes and brackets: they end a sentence only right after a sentence-final mark (…说。”). */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '】']);
/** A headline never ends with these (it may end with ？ or ！). */
const HEADLINE_NEVER_ENDS = new Set(['。', '，', '、', '；', '：', ',', ';', ':', '.']);

const STRONG_MARK = /\*\*$/;

/** The last characters of a text, a bold mark and trailing spaces set aside: enough to judge how it ends. */
function ending(text: string): string[] {
  return [...text.replace(STRONG_MARK, '').trimEnd().slice(-4)];
}

export function lastChar(text: string): string {
  return ending(text).at(-1) ?? '';
}

/** True when the text ends a sentence, so the next paragraph cannot continue it. */
export function endsSentence(text: string): boolean {
  const chars = ending(text);
  const last = chars.at(-1) ?? '';
  if (SENTENCE_FINAL.has(last)) return true;
  return CLOSERS.has(last) && SENTENCE_FINAL.has(chars.at(-2) ?? '');
}

export function canEndHeadline(text: string): boolean {
  return !HEADLINE_NEVER_ENDS.has(lastChar(text));
}

export function containsSentenceEnd(text: string): boolean {
  return /[。！？!?]/u.test(text);
}

const PAIRS: readonly [string, string][] = [
  ['“', '”'],
  ['‘', '’'],
  ['《', '》'],
  ['（', '）'],
  ['(', ')'],
  ['「', '」'],
];

export function isBalanced(text: string): boolean {
  return PAIRS.every(([open, close]) => text.split(open).length === text.split(close).length);
}

/** Does the text hold at least `count` Han characters? Stops looking once it does. */
export function hasHan(text: string, count: number): boolean {
  const han = new RegExp(HAN_GLOBAL);
  let found = 0;
  while (found < count && han.exec(text)) found += 1;
  return found >= count;
}


/** The dictionary word spanning the join of `before` and `after`, if any (履职担|当作用 → 担当). */
export function wordAcross(before: string, after: string): string | undefined {
  const tail = before.slice(-6);
  const joined = tail + after.slice(0, 6);
  for (const { segment, index, isWordLike } of words.segment(joined)) {
    if (isWordLike && index < tail.length && index + segment.length > tail.length && HAN.test(segment)) return segment;
  }
  return undefined;
}

/**
 * Is a word cut by the break between `before` and `after`? Only when `before`
 * ends on a lone character that a dictionary word completes across the join
 * (履职担|当作用, 确|保线上): a join of two whole words can also read as a word
 * (保护耕地|名单 → 地名) and proves nothing.
 */
export function wordCutAt(before: string, after: string): boolean {
  return [...lastWord(before)].length === 1 && wordAcross(before, after) !== undefined;
}

/** The first dictionary word of a text (的竺士杰 → 的, 的确 → 的确). */
export function firstWord(text: string): string {
  for (const { segment, isWordLike } of words.segment(text.slice(0, 8))) if (isWordLike) return segment;
  return '';
}

/** The last dictionary word of a text (定期定 → 定). */
export function lastWord(text: string): string {
  let last = '';
  for (const { segment, isWordLike } of words.segment(text.slice(-8))) if (isWordLike) last = segment;
  return last;
}
