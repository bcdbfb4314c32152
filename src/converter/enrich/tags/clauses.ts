/**
 * Tag candidates, first step: a text read as runs of whole words.
 *
 * Intl.Segmenter cuts the words, so a phrase never starts or ends inside one;
 * gazetteer names and cue terms (the lexicon's kept words) stay whole however
 * ICU's dictionary would split them. A text is cut into clauses at the
 * characters where every word break falls, so any set of clauses can be read
 * on its own and reads exactly as it does inside the whole text.
 */
import { longestMatches, type Lexicon, type Match } from '../../lexicon/index.ts';
import { wordSegmenter as SEGMENTER } from '../../words.ts';

const HAN_WORD = /^\p{Script=Han}+$/u;
const DIGITS = /^[\d.,%０-９]+$/u;
/**
 * Stands for each kept word and each clause's end in the one string the
 * segmenter reads: the word-break rules always break before and after a
 * paragraph separator (UAX #29 WB3a, WB3b), so every stretch between two of
 * them is segmented exactly as it would be on its own.
 */
const SEPARATOR = '\u2029';

/** HAN_WORD, without running the regular expression on the usual word: all CJK Unified Ideographs. */
export function isHanWord(word: string): boolean {
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if (code < 0x4e00 || code > 0x9fff) return HAN_WORD.test(word);
  }
  return word.length > 0;
}

/**
 * Collects runs of consecutive Han words from a text's words, split at
 * punctuation, Latin text and digits; the word right after a number is its
 * unit (2024年, 14名) and starts no phrase.
 */
function runCollector() {
  const runs: string[][] = [];
  let run: string[] = [];
  let afterNumber = false;
  const close = () => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  const add = (word: string, wordLike: boolean) => {
    if (wordLike && isHanWord(word)) {
      if (!afterNumber) run.push(word);
      afterNumber = false;
      return;
    }
    close();
    afterNumber = DIGITS.test(word);
  };
  /** The text's runs, once its last word is in. */
  const finish = () => {
    close();
    return runs;
  };
  return { add, finish };
}

/**
 * A stretch of one text that no run of words crosses: it ends at a character
 * the word-break rules always break before and after (ALWAYS_BREAK, or a
 * comma-like BREAK_AFTER_HAN one right after a Han character, which only
 * joins letters or digits on both sides), so ICU segments it exactly as it
 * would inside the text, and the run collector closes there as it does at
 * any punctuation.
 */
export interface Clause {
  text: string;
  start: number;
  end: number;
  /** The kept words (gazetteer names, cue terms) inside, found over the whole text. */
  kept: Match<unknown>[];
}

const ALWAYS_BREAK = ' \t\n\r\f\v\u3000\u2028\u2029。、！？（）《》“”【】「」『』—…';
const BREAK_AFTER_HAN = '，；：';
/** Where a clause may end: a regular expression finds these far faster than a loop over every character. */
const BREAK_CANDIDATE = new RegExp(`[${ALWAYS_BREAK}]|(?<=[\\u3400-\\u9fff\\uf900-\\ufaff])[${BREAK_AFTER_HAN}]`, 'gu');
/** Extend, Format and ZWJ characters: word-break rule WB4 glues them to the character before. */
const JOINS_PREVIOUS = /^[\p{M}\p{Cf}]/u;

/** The text's clauses, in order, kept words found over the whole text first (so a clause break never splits one). */
export function clausesOf(text: string, lexicon: Lexicon, into: Clause[]): void {
  const matches = longestMatches<unknown>(text, lexicon.keptWords);
  let start = 0;
  let next = 0;
  const pending: Match<unknown>[] = [];
  BREAK_CANDIDATE.lastIndex = 0;
  for (let found = BREAK_CANDIDATE.exec(text); found !== null; found = BREAK_CANDIDATE.exec(text)) {
    const index = found.index;
    // Kept words before the break belong to this clause; a break inside one is none.
    while (next < matches.length && (matches[next] as Match<unknown>).index < index) pending.push(matches[next++] as Match<unknown>);
    const last = pending[pending.length - 1];
    if (last !== undefined && last.index + last.form.length > index) continue;
    const following = text.charCodeAt(index + 1);
    // No such character sits below U+0300 or among the CJK ideographs: test only the rare rest.
    if (following >= 0x300 && !(following >= 0x4e00 && following <= 0x9fff) && JOINS_PREVIOUS.test(text.slice(index + 1, index + 3))) continue;
    into.push({ text, start, end: index, kept: pending.splice(0) });
    start = index + 1;
  }
  into.push({ text, start, end: text.length, kept: [...pending, ...matches.slice(next)] });
}

/**
 * Each clause as runs of words: its kept words as they are (the segmenter's
 * dictionary splits 淳安县 or 排污权 unpredictably), Intl.Segmenter for the
 * rest, in one pass over all the clauses with every kept word and clause end
 * replaced by SEPARATOR.
 */
export function clauseRuns(clauses: readonly Clause[]): string[][][] {
  const pieces: string[] = [];
  /** Per SEPARATOR, in order: where it stands and the kept word it replaces (null: a clause's end). */
  const separators: { at: number; word: string | null }[] = [];
  let length = 0;
  const separate = (gap: string, word: string | null) => {
    pieces.push(gap, SEPARATOR);
    length += gap.length;
    separators.push({ at: length, word });
    length += 1;
  };
  for (const { text, start, end, kept } of clauses) {
    let cursor = start;
    for (const match of kept) {
      separate(text.slice(cursor, match.index), match.form);
      cursor = match.index + match.form.length;
    }
    separate(text.slice(cursor, end), null);
  }

  const byClause: string[][][] = [];
  let collector = runCollector();
  let next = 0;
  for (const { segment, index, isWordLike } of SEGMENTER.segment(pieces.join(''))) {
    const separator = separators[next];
    if (separator === undefined || index < separator.at) {
      collector.add(segment, isWordLike ?? false);
      continue;
    }
    if (index > separator.at) throw new Error(`Intl.Segmenter joined a word across U+2029 at ${separator.at}: tags would differ from segmenting each stretch alone`);
    next += 1;
    if (separator.word !== null) {
      collector.add(separator.word, true);
      continue;
    }
    byClause.push(collector.finish());
    collector = runCollector();
  }
  return byClause;
}

/** Each text as runs of words, clause by clause. */
export function textRuns(texts: readonly string[], lexicon: Lexicon): string[][][] {
  return texts.map((text) => {
    const clauses: Clause[] = [];
    clausesOf(text, lexicon, clauses);
    return clauseRuns(clauses).flat();
  });
}
