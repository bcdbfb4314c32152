/**
 * The pruning optimiser: how much of a body the tags need read.
 *
 * Segmenting is most of the cost of tagging (ICU's dictionary, ~0.4 µs a
 * character), and most of a body holds no phrase that can make the tags. Per
 * body clause this bounds the most any phrase in it can score, from counts of
 * character bigrams that need no segmenting, so extractTags can read the
 * clauses best bound first and stop once no unread clause can change the
 * tags. A cue term whose count its matches give is counted without reading.
 */
import type { Lexicon } from '../../lexicon/index.ts';
import { TAG_MAX_LENGTH, TAG_MIN_COUNT, TAG_SUBSUMED_SHARE } from '../weights.ts';
import { isHanWord, type Clause } from './clauses.ts';
import type { PhraseStats } from './phrases.ts';
import { lengthFactor, phraseScore, type CountedTerm, type TagHints } from './select.ts';

/**
 * Every code unit a Han word can hold (\p{Script=Han}, with both halves of
 * an astral one): a bigram of two such units is what a phrase starts with.
 * Wider than Han, never narrower.
 */
const isHanUnit = (code: number) => (code >= 0x2e80 && code <= 0x303f) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xd800 && code <= 0xdfff) || (code >= 0xf900 && code <= 0xfaff);

/**
 * Counts of two-code-unit keys (a Han bigram: first unit × 0x10000 + second)
 * in an open-addressed table: a Map of numbers this size costs several times
 * more, and every body character goes through it twice.
 */
class BigramCounts {
  private keys: Int32Array;
  private counts: Int32Array;
  private mask: number;
  private shift: number;

  constructor(expected: number) {
    let bits = 6;
    while (1 << bits < expected * 2) bits += 1;
    this.keys = new Int32Array(1 << bits);
    this.counts = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
  }

  /** The slot of `key` (never 0: a bigram's first unit is ≥ 0x2e80). */
  private slot(key: number): number {
    let at = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.keys[at] !== 0 && this.keys[at] !== key) at = (at + 1) & this.mask;
    return at;
  }

  /** Counts one more `key`; returns its slot, for countAt. */
  add(key: number): number {
    const at = this.slot(key);
    this.keys[at] = key;
    this.counts[at] = (this.counts[at] ?? 0) + 1;
    return at;
  }

  countAt(slot: number): number {
    return this.counts[slot] ?? 0;
  }
}

/** The bigram at `index` when both its units can belong to a Han word, else 0. */
function hanBigram(text: string, index: number): number {
  const first = text.charCodeAt(index);
  const second = text.charCodeAt(index + 1);
  return isHanUnit(first) && isHanUnit(second) ? (first << 16) | second : 0;
}

/** A cue term's matches in the body: how many, where first, and the characters next to them. */
interface CueTally {
  count: number;
  firstClause: number;
  firstIndex: number;
  /** Some match follows a character that may end a number: the match may be a unit (14名) and not counted. */
  afterDigit: boolean;
  /** Matches by the code unit right before (after) them, within the clause. */
  left: Map<number, number>;
  right: Map<number, number>;
}

const DIGIT_CHARACTER = /[\d.,%０-９]/u;

export interface Bounds {
  /** Per body clause, the most a phrase in it can score. */
  bounds: number[];
  /** Cue terms counted from their matches (countsFromMatches), with the clause each is first matched in. */
  counted: Map<string, CountedTerm>;
}

/**
 * Can a cue term be counted from its matches, without reading its clauses?
 * A kept word is one word wherever it matches, so each match is one
 * occurrence of the phrase unless it is a unit after a number; and it is a
 * phrase nowhere else (elsewhere its characters lie inside another kept
 * word). Its neighbours only matter to whether a longer phrase holding it
 * makes it yield (TAG_SUBSUMED_SHARE): that cannot happen when no character
 * stands next to enough of its matches. A term in the title is left to the
 * title's reading.
 */
function countsFromMatches(form: string, tally: CueTally, titleText: string, lexicon: Lexicon): boolean {
  if (tally.afterDigit || form.length < 2 || form.length > TAG_MAX_LENGTH || !isHanWord(form) || lexicon.stopwords.has(form) || titleText.includes(form)) return false;
  const most = Math.max(0, ...tally.left.values(), ...tally.right.values());
  return most < TAG_SUBSUMED_SHARE * tally.count;
}

const stopBigramsByLexicon = new WeakMap<Lexicon, ReadonlySet<number>>();

/** The two-character stop words as bigrams, once per lexicon. */
function twoCharacterStopwords(lexicon: Lexicon): ReadonlySet<number> {
  let bigrams = stopBigramsByLexicon.get(lexicon);
  if (bigrams === undefined) {
    bigrams = new Set([...lexicon.stopwords].filter((word) => word.length === 2).map((word) => hanBigram(word, 0)));
    stopBigramsByLexicon.set(lexicon, bigrams);
  }
  return bigrams;
}

/**
 * Per body clause, the most any phrase in it can score. A phrase seen n times
 * has each of its bigrams seen at least n times, so the least bigram count
 * along it bounds its count; a cue term is seen at most as often as it
 * matches, and a title phrase as often as it stands in the body. A phrase
 * seen fewer than TAG_MIN_COUNT times that is neither in the title nor a cue
 * term never qualifies, so it bounds nothing: a clause of 0 holds nothing
 * that matters.
 */
export function clauseBounds(clauses: readonly Clause[], titles: readonly Clause[], titleStats: ReadonlyMap<string, PhraseStats>, lexicon: Lexicon, hints: TagHints): Bounds {
  let length = 0;
  for (const { start, end } of clauses) length += end - start;
  const counts = new BigramCounts(length);
  /** Per body position, the slot of its bigram in `counts` (-1: not Han), so the second pass does not hash again. */
  const slots = new Int32Array(length);
  let offset = 0;
  const cues = new Map<string, CueTally>();
  for (const [clause, { text, start, end, kept }] of clauses.entries()) {
    for (const { form, index } of kept) {
      if (!hints.cueWeights.has(form)) continue;
      const tally = cues.get(form) ?? { count: 0, firstClause: clause, firstIndex: index, afterDigit: false, left: new Map(), right: new Map() };
      tally.count += 1;
      tally.afterDigit ||= index > start && DIGIT_CHARACTER.test(text.charAt(index - 1));
      if (index > start) tally.left.set(text.charCodeAt(index - 1), (tally.left.get(text.charCodeAt(index - 1)) ?? 0) + 1);
      if (index + form.length < end) tally.right.set(text.charCodeAt(index + form.length), (tally.right.get(text.charCodeAt(index + form.length)) ?? 0) + 1);
      cues.set(form, tally);
    }
    for (let index = start; index + 1 < end; index += 1) {
      const key = hanBigram(text, index);
      slots[offset + index - start] = key === 0 ? -1 : counts.add(key);
    }
    offset += end - start;
  }
  /** Title phrases by their first bigram, to look for one where a body bigram matches; most bigrams start none. */
  const titlePhrases = new Map<number, string[]>();
  const startsTitlePhrase = new Uint8Array(0x10000);
  for (const phrase of titleStats.keys()) {
    const key = hanBigram(phrase, 0);
    if (key === 0) continue;
    startsTitlePhrase[phrase.charCodeAt(0)] = 1;
    const list = titlePhrases.get(key);
    if (list === undefined) titlePhrases.set(key, [phrase]);
    else list.push(phrase);
  }
  const stopBigrams = twoCharacterStopwords(lexicon);
  const titleCount = (phrase: string) => titleStats.get(phrase)?.count ?? 0;
  const along = new Int32Array(length);
  const cut = new Uint8Array(length + 1);
  const titleText = titles.map(({ text, start, end }) => text.slice(start, end)).join('\n');
  const counted = new Map<string, CountedTerm>();
  cues.forEach((tally, form) => {
    if (countsFromMatches(form, tally, titleText, lexicon)) counted.set(form, { count: tally.count, firstClause: tally.firstClause, firstIndex: tally.firstIndex });
  });

  // Title phrases met in the body are bounded last: each occurrence's bound needs the phrase's total.
  const titleMatches: { clause: number; phrase: string }[] = [];
  const titleOccurrences = new Map<string, number>();
  offset = 0;
  const bounds = clauses.map(({ text, start, end, kept }, clause) => {
    const first = offset;
    offset += end - start;
    let bound = 0;
    for (const { form } of kept) {
      if (!hints.cueWeights.has(form) || counted.has(form)) continue;
      bound = Math.max(bound, phraseScore(form, cues.get(form)?.count ?? 0, titleCount(form), hints));
    }
    // The count of the bigram at each position, 0 where none is Han.
    const last = end - start - 1;
    for (let at = 0; at < last; at += 1) {
      const slot = slots[first + at] ?? -1;
      along[at] = slot < 0 ? 0 : counts.countAt(slot);
      if (slot < 0 || startsTitlePhrase[text.charCodeAt(start + at)] === 0) continue;
      for (const phrase of titlePhrases.get(hanBigram(text, start + at)) ?? []) {
        if (start + at + phrase.length > end || !text.startsWith(phrase, start + at)) continue;
        titleMatches.push({ clause, phrase });
        titleOccurrences.set(phrase, (titleOccurrences.get(phrase) ?? 0) + 1);
      }
    }
    // A kept word is one word: no phrase starts or ends strictly inside one, and a counted cue term is bounded by its count.
    cut.fill(0, 0, end - start + 1);
    const countedAt = new Map<number, number>();
    for (const { form, index } of kept) {
      cut.fill(1, index - start + 1, index - start + form.length);
      if (counted.has(form)) countedAt.set(index - start, form.length);
    }
    for (let at = 0; at < last; at += 1) {
      let least = along[at] ?? 0;
      // Nothing from here can beat the bound already found.
      if (least < TAG_MIN_COUNT || cut[at] === 1 || least * lengthFactor(TAG_MAX_LENGTH) <= bound) continue;
      const countedLength = countedAt.get(at);
      // A two-character phrase is never a stop word; a longer one may hold one.
      if (cut[at + 2] === 0 && countedLength !== 2 && !stopBigrams.has(hanBigram(text, start + at))) bound = Math.max(bound, least * lengthFactor(2));
      for (let size = 3; size <= TAG_MAX_LENGTH && at + size - 2 < last; size += 1) {
        least = Math.min(least, along[at + size - 2] ?? 0);
        if (least < TAG_MIN_COUNT) break;
        if (cut[at + size] === 0 && countedLength !== size) bound = Math.max(bound, least * lengthFactor(size));
      }
    }
    return bound;
  });
  for (const { clause, phrase } of titleMatches) {
    bounds[clause] = Math.max(bounds[clause] ?? 0, phraseScore(phrase, titleOccurrences.get(phrase) ?? 0, titleCount(phrase), hints));
  }
  return { bounds, counted };
}
