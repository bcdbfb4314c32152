/**
 * Tags: the salient phrases of an article.
 *
 * Candidates are runs of whole words (Intl.Segmenter, so a phrase never starts
 * or ends inside a word) of 2 to TAG_MAX_LENGTH characters, with no stop word
 * at their edges (nor a one-character one inside). A phrase qualifies when it recurs in the body, or stands in the
 * title and the body too, or is a theme cue term. A phrase always preceded (or
 * always followed) by the same word is a fragment of a longer name and is
 * dropped, and so is a phrase a longer candidate holds almost as often
 * (排污 inside 排污权). Cue terms get a bonus; titles count more.
 *
 * Segmenting is most of the cost (ICU's dictionary, ~0.4 µs a character), and
 * most of a body holds no phrase that can make the tags, so the body is read
 * clause by clause, the clauses that may hold the best phrases first, until no
 * unread clause can change the tags (see extractTags). The tags are exactly
 * those segmenting the whole body gives.
 */
import { longestMatches, type Lexicon, type Match } from '../lexicon/index.ts';
import type { TextPart } from './text.ts';
import { TAG_CUE_BONUS, TAG_MAX_LENGTH, TAG_MIN_COUNT, TAG_FIRST_FLOOR, TAG_FLOOR_STEP, TAG_SUBSUMED_SHARE, TAG_TITLE_BOOST, TAG_TITLE_MAX_WORDS, TAGS_MAX, TAGS_MIN } from './weights.ts';
import { wordSegmenter as SEGMENTER } from '../words.ts';

const HAN_WORD = /^\p{Script=Han}+$/u;
const DIGITS = /^[\d.,%０-９]+$/u;
/** Marks a phrase edge that is a run boundary or a stop word rather than a word. */
const EDGE = '';
/**
 * Stands for each kept word and each clause's end in the one string the
 * segmenter reads: the word-break rules always break before and after a
 * paragraph separator (UAX #29 WB3a, WB3b), so every stretch between two of
 * them is segmented exactly as it would be on its own.
 */
const SEPARATOR = '\u2029';

/** The words seen on one side of a phrase: most phrases only ever have one, kept as is until a second comes. */
type Neighbours = string | Set<string>;

function withNeighbour(side: Neighbours, word: string): Neighbours {
  if (typeof side !== 'string') return side.add(word);
  return side === word ? side : new Set([side, word]);
}

function neighbourWords(side: Neighbours | undefined): string[] {
  if (side === undefined) return [];
  return (typeof side === 'string' ? [side] : [...side]).filter((word) => word !== EDGE);
}

/** HAN_WORD, without running the regular expression on the usual word: all CJK Unified Ideographs. */
function isHanWord(word: string): boolean {
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
interface Clause {
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

/**
 * Every code unit a Han word can hold (\p{Script=Han}, with both halves of
 * an astral one): a bigram of two such units is what a phrase starts with.
 * Wider than Han, never narrower.
 */
const isHanUnit = (code: number) => (code >= 0x2e80 && code <= 0x303f) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xd800 && code <= 0xdfff) || (code >= 0xf900 && code <= 0xfaff);

/** The text's clauses, in order, kept words found over the whole text first (so a clause break never splits one). */
function clausesOf(text: string, lexicon: Lexicon, into: Clause[]): void {
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
function clauseRuns(clauses: readonly Clause[]): string[][][] {
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

/** A phrase's tally over the clauses read so far. */
interface PhraseStats {
  count: number;
  /** How many words the phrase is made of, where first seen. */
  words: number;
  left: Neighbours;
  right: Neighbours;
  /** Where it was first seen: clause number, then the order phrases were first met in that clause. */
  clause: number;
  order: number;
  /** The clause it was last met in. */
  metIn: number;
}

/**
 * Adds one clause's phrases (its runs) to `stats`, and to `recurring` each
 * phrase as it reaches TAG_MIN_COUNT. Clauses may come in any order: each
 * phrase keeps the place it was first seen in reading order, so that ties
 * rank as a reading from start to end would rank them.
 */
function countPhrases(stats: Map<string, PhraseStats>, runs: readonly (readonly string[])[], clause: number, lexicon: Lexicon, recurring: string[] = []): void {
  const { stopwords } = lexicon;
  let order = 0;
  for (const run of runs) {
    const stop = run.map((word) => stopwords.has(word));
    // What a phrase ending (or starting) next to each word sees there.
    const side = run.map((word, index) => (stop[index] ? EDGE : word));
    for (let start = 0; start < run.length; start += 1) {
      // No phrase starts with a stop word.
      if (stop[start]) continue;
      const left = side[start - 1] ?? EDGE;
      let phrase = '';
      for (let end = start; end < run.length; end += 1) {
        const word = run[end] ?? '';
        // A one-character stop word (的, 和, 在) ends the phrase; a longer generic word may sit inside one.
        if (stop[end] && word.length === 1) break;
        if (phrase.length + word.length > TAG_MAX_LENGTH) break;
        phrase += word;
        if (phrase.length < 2 || stop[end] || (end > start && stopwords.has(phrase))) continue;
        const right = side[end + 1] ?? EDGE;
        const words = end - start + 1;
        const entry = stats.get(phrase);
        if (entry === undefined) {
          stats.set(phrase, { count: 1, words, left, right, clause, order: order++, metIn: clause });
          if (TAG_MIN_COUNT <= 1) recurring.push(phrase);
          continue;
        }
        // Only a phrase's first meeting in a clause can move its first place.
        if (entry.metIn !== clause) {
          entry.metIn = clause;
          const here = order++;
          if (clause < entry.clause) {
            entry.words = words;
            entry.clause = clause;
            entry.order = here;
          }
        }
        entry.count += 1;
        if (entry.count === TAG_MIN_COUNT) recurring.push(phrase);
        entry.left = withNeighbour(entry.left, left);
        entry.right = withNeighbour(entry.right, right);
      }
    }
  }
}

/** Always the same word on one side: part of a longer name (工恒昌新材料 of 国工恒昌新材料). */
function isFragment({ count, left, right }: PhraseStats): boolean {
  const fixed = (side: Neighbours) => typeof side === 'string' && side !== EDGE;
  // A lone character split off next to the phrase (齐|抓共管) betrays a broken word even when seen once, and
  // so do lone characters only, each time another one (市|级兴村治社名师, 区|级兴村治社名师).
  const splitOff = (side: Neighbours) => (typeof side === 'string' ? [side] : [...side]).every((word) => word !== EDGE && word.length === 1);
  return (count >= TAG_MIN_COUNT && (fixed(left) || fixed(right))) || splitOff(left) || splitOff(right);
}

export interface TagHints {
  /** The decisive cue terms of the article's theme, used when too few phrases qualify. */
  themeTerms: readonly string[];
  /** Cue terms found in the article → their taxonomy weight. */
  cueWeights: ReadonlyMap<string, number>;
}

interface Candidate {
  phrase: string;
  body: number;
  title: number;
}

interface Selection {
  tags: string[];
  /** The score of the last tag taken when TAGS_MAX were, else -Infinity. */
  lastScore: number;
}

/** A phrase's score grows with its length: 2 characters × 1, 8 × 2.5. */
const lengthFactor = (length: number) => 1 + (length - 2) / 4;

const firstSeen = (a: Pick<PhraseStats, 'clause' | 'order'>, b: Pick<PhraseStats, 'clause' | 'order'>) => a.clause - b.clause || a.order - b.order;

/** The best TAGS_MAX qualifying phrases that do not overlap, from the title's and the body's phrase counts. */
function selectTags(titleStats: ReadonlyMap<string, PhraseStats>, bodyStats: ReadonlyMap<string, PhraseStats>, recurring: readonly string[], counted: ReadonlyMap<string, CountedTerm>, lexicon: Lexicon, hints: TagHints): Selection {
  const bodyCount = (phrase: string, body: PhraseStats | undefined) => counted.get(phrase)?.count ?? body?.count ?? 0;
  const qualifies = (phrase: string, title: PhraseStats | undefined, body: PhraseStats | undefined) => {
    const recurs = bodyCount(phrase, body) >= TAG_MIN_COUNT;
    // Headlines are telegraphic: only a short phrase of theirs (条块结合, 三生融合) makes a tag.
    const echoed = title !== undefined && body !== undefined && title.words <= TAG_TITLE_MAX_WORDS;
    if (!recurs && !echoed && !hints.themeTerms.includes(phrase)) return false;
    const fragment = (body !== undefined && isFragment(body)) || (title !== undefined && isFragment(title));
    return !fragment || lexicon.keptWords.forms.has(phrase);
  };
  const candidates: Candidate[] = [];
  const consider = (phrase: string, title: PhraseStats | undefined, body: PhraseStats | undefined) => {
    if (qualifies(phrase, title, body)) candidates.push({ phrase, body: bodyCount(phrase, body), title: title?.count ?? 0 });
  };
  // Title phrases first, then the body's in reading order: the order ties keep.
  titleStats.forEach((title, phrase) => consider(phrase, title, bodyStats.get(phrase)));
  // Outside the title only a recurring phrase or a theme term can qualify: no need to look at every phrase.
  const bodyOnly: { phrase: string; body: PhraseStats; place: Pick<PhraseStats, 'clause' | 'order'> }[] = [];
  for (const phrase of new Set([...recurring, ...hints.themeTerms, ...counted.keys()])) {
    const seen = bodyStats.get(phrase);
    const term = counted.get(phrase);
    const body = seen ?? (term && { count: term.count, words: 1, left: EDGE, right: EDGE, clause: term.firstClause, order: 0, metIn: -1 });
    if (body === undefined || titleStats.has(phrase) || !qualifies(phrase, undefined, body)) continue;
    // A counted term's first clause may be unread: then the only phrases that can rank with it and were first seen
    // there are other counted terms, and where their first matches start orders them as reading would.
    const place = term === undefined ? body : { clause: term.firstClause, order: seen?.clause === term.firstClause ? seen.order : term.firstIndex };
    bodyOnly.push({ phrase, body, place });
  }
  for (const { phrase, body } of bodyOnly.sort((a, b) => firstSeen(a.place, b.place))) candidates.push({ phrase, body: bodyCount(phrase, body), title: 0 });
  const frequency = new Map(candidates.map((candidate) => [candidate.phrase, candidate.body + candidate.title]));
  // A phrase yields to a one-word-longer candidate that holds it almost as often; chains (排 → 排污 → 排污权) resolve step by step.
  const subsumed = (phrase: string) => {
    const own = frequency.get(phrase) ?? 0;
    const stats = [bodyStats.get(phrase), titleStats.get(phrase)];
    const longer = stats.flatMap((entry) => [...neighbourWords(entry?.left).map((word) => word + phrase), ...neighbourWords(entry?.right).map((word) => phrase + word)]);
    return longer.some((extension) => (frequency.get(extension) ?? 0) >= TAG_SUBSUMED_SHARE * own);
  };
  const closed = candidates.filter((candidate) => !subsumed(candidate.phrase));
  const score = (candidate: Candidate) =>
    (candidate.body + TAG_TITLE_BOOST * candidate.title) * lengthFactor(candidate.phrase.length) + TAG_CUE_BONUS * (hints.cueWeights.get(candidate.phrase) ?? 0);
  // Each score computed once, not once per comparison.
  const ranked = closed.map((candidate) => ({ phrase: candidate.phrase, score: score(candidate) })).sort((a, b) => b.score - a.score || b.phrase.length - a.phrase.length);

  const tags: string[] = [];
  const overlaps = (phrase: string) => tags.some((tag) => tag.includes(phrase) || phrase.includes(tag));
  let lastScore = -Infinity;
  for (const { phrase, score: phraseScore } of ranked) {
    if (tags.length >= TAGS_MAX) break;
    if (overlaps(phrase)) continue;
    tags.push(phrase);
    lastScore = phraseScore;
  }
  return { tags, lastScore: tags.length >= TAGS_MAX ? lastScore : -Infinity };
}

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

interface CountedTerm {
  count: number;
  firstClause: number;
  /** Where in its text the first match starts: reading order within the first clause. */
  firstIndex: number;
}

interface Bounds {
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
function clauseBounds(clauses: readonly Clause[], titles: readonly Clause[], titleStats: ReadonlyMap<string, PhraseStats>, lexicon: Lexicon, hints: TagHints): Bounds {
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
  const cueBonus = (phrase: string) => TAG_CUE_BONUS * (hints.cueWeights.get(phrase) ?? 0);
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
      bound = Math.max(bound, ((cues.get(form)?.count ?? 0) + TAG_TITLE_BOOST * titleCount(form)) * lengthFactor(form.length) + cueBonus(form));
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
    const score = ((titleOccurrences.get(phrase) ?? 0) + TAG_TITLE_BOOST * titleCount(phrase)) * lengthFactor(phrase.length) + cueBonus(phrase);
    bounds[clause] = Math.max(bounds[clause] ?? 0, score);
  }
  return { bounds, counted };
}

/**
 * The tags of an article read as `parts` (articleParts).
 *
 * The title is read whole; the body clause by clause, best bound first
 * (clauseBounds). A reading that has found TAGS_MAX tags, the last scoring s,
 * then reads every clause bounded at s or more, and decides again; when no
 * such clause is left unread, every phrase an unread clause holds scores less
 * than s, while every phrase a read clause holds is counted exactly, with its
 * neighbours (a clause is read whole or not at all, and a phrase holding a
 * phrase is bounded by it), so the tags are final. With fewer tags, every
 * clause bounded above 0 is read. A cue term that can be counted from its
 * matches (countsFromMatches) is, and bounds no clause. `exhaustive` reads every clause at once and counts
 * nothing from matches: the reference the tests hold the rest to.
 */
export function extractTags(parts: readonly TextPart[], lexicon: Lexicon, hints: TagHints, exhaustive = false): string[] {
  const titles: Clause[] = [];
  const bodies: Clause[] = [];
  for (const { part, text } of parts) {
    if (part === 'title' || part === 'subtitle') clausesOf(text, lexicon, titles);
    else if (part === 'lead' || part === 'body' || part === 'heading') clausesOf(text, lexicon, bodies);
  }
  const titleStats = new Map<string, PhraseStats>();
  countPhrases(titleStats, clauseRuns(titles).flat(), 0, lexicon);
  const { bounds, counted } = exhaustive ? { bounds: bodies.map(() => Infinity), counted: new Map<string, CountedTerm>() } : clauseBounds(bodies, titles, titleStats, lexicon, hints);
  const read = bodies.map(() => false);
  const bodyStats = new Map<string, PhraseStats>();
  const recurring: string[] = [];
  let floor = exhaustive ? 0 : TAG_FIRST_FLOOR;
  for (;;) {
    const fresh: number[] = [];
    bounds.forEach((bound, clause) => {
      if (!read[clause] && bound > 0 && bound >= floor) fresh.push(clause);
    });
    clauseRuns(fresh.map((clause) => bodies[clause] as Clause)).forEach((runs, at) => {
      const clause = fresh[at] as number;
      read[clause] = true;
      countPhrases(bodyStats, runs, clause, lexicon, recurring);
    });
    const selection = selectTags(titleStats, bodyStats, recurring, counted, lexicon, hints);
    // Every clause bounded at `floor` or more is read: final once that reaches the last tag's score.
    const settled = Math.max(0, selection.lastScore);
    if (floor <= settled) return withThemeTerms(selection.tags, hints);
    // Partial counts understate the last score: step down rather than read everything above it at once.
    floor = Math.max(settled, floor - TAG_FLOOR_STEP);
  }
}

/** Too few tags: the theme's decisive terms fill up to TAGS_MIN. */
function withThemeTerms(tags: string[], hints: TagHints): string[] {
  const overlaps = (phrase: string) => tags.some((tag) => tag.includes(phrase) || phrase.includes(tag));
  for (const term of hints.themeTerms) {
    if (tags.length >= TAGS_MIN) break;
    if (!overlaps(term)) tags.push(term);
  }
  return tags;
}
