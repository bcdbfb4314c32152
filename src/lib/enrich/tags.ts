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
 */
import { longestMatches, type Lexicon } from '../lexicon/index.ts';
import type { TextPart } from './text.ts';
import { TAG_CUE_BONUS, TAG_MAX_LENGTH, TAG_MIN_COUNT, TAG_SUBSUMED_SHARE, TAG_TITLE_BOOST, TAG_TITLE_MAX_WORDS, TAGS_MAX, TAGS_MIN } from './weights.ts';
import { wordSegmenter as SEGMENTER } from '../words.ts';

const HAN_WORD = /^\p{Script=Han}+$/u;
const DIGITS = /^[\d.,%０-９]+$/u;
/** Marks a phrase edge that is a run boundary or a stop word rather than a word. */
const EDGE = '';
/**
 * Stands for each kept word and each text's end in the one string the
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

interface PhraseStats {
  count: number;
  /** How many words the phrase is made of. */
  words: number;
  left: Neighbours;
  right: Neighbours;
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
    if (wordLike && HAN_WORD.test(word)) {
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
 * Each text as runs of words: gazetteer names and cue terms first (the
 * segmenter's dictionary splits 淳安县 or 排污权 unpredictably), Intl.Segmenter
 * for the rest, in one pass over all the texts with every name and text end
 * replaced by SEPARATOR.
 */
export function textRuns(texts: readonly string[], lexicon: Lexicon): string[][][] {
  const pieces: string[] = [];
  /** Per SEPARATOR, in order: where it stands and the kept word it replaces (null: a text's end). */
  const separators: { at: number; word: string | null }[] = [];
  let length = 0;
  const separate = (gap: string, word: string | null) => {
    pieces.push(gap, SEPARATOR);
    length += gap.length;
    separators.push({ at: length, word });
    length += 1;
  };
  for (const text of texts) {
    let cursor = 0;
    for (const match of longestMatches(text, lexicon.keptWords)) {
      separate(text.slice(cursor, match.index), match.form);
      cursor = match.index + match.form.length;
    }
    separate(text.slice(cursor), null);
  }

  const byText: string[][][] = [];
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
    byText.push(collector.finish());
    collector = runCollector();
  }
  return byText;
}

function countPhrases(runs: readonly (readonly string[])[], lexicon: Lexicon): Map<string, PhraseStats> {
  const { stopwords } = lexicon;
  const stats = new Map<string, PhraseStats>();
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
        const entry = stats.get(phrase);
        if (entry === undefined) {
          stats.set(phrase, { count: 1, words: end - start + 1, left, right });
          continue;
        }
        entry.count += 1;
        entry.left = withNeighbour(entry.left, left);
        entry.right = withNeighbour(entry.right, right);
      }
    }
  }
  return stats;
}

/** Always the same word on one side: part of a longer name (工恒昌新材料 of 国工恒昌新材料). */
function isFragment({ count, left, right }: PhraseStats): boolean {
  const fixed = (side: Neighbours) => typeof side === 'string' && side !== EDGE;
  // A lone character split off next to the phrase (齐|抓共管) betrays a broken word even when seen once.
  const splitOff = (side: Neighbours) => typeof side === 'string' && side !== EDGE && side.length === 1;
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

/** The tags of an article read as `parts` (articleParts). */
export function extractTags(parts: readonly TextPart[], lexicon: Lexicon, hints: TagHints): string[] {
  const titles = parts.filter(({ part }) => part === 'title' || part === 'subtitle').map(({ text }) => text);
  const bodies = parts.filter(({ part }) => part === 'lead' || part === 'body' || part === 'heading').map(({ text }) => text);
  const runs = textRuns([...titles, ...bodies], lexicon);
  const titleStats = countPhrases(runs.slice(0, titles.length).flat(), lexicon);
  const bodyStats = countPhrases(runs.slice(titles.length).flat(), lexicon);

  const qualifies = (phrase: string, title: PhraseStats | undefined, body: PhraseStats | undefined) => {
    const recurs = (body?.count ?? 0) >= TAG_MIN_COUNT;
    // Headlines are telegraphic: only a short phrase of theirs (条块结合, 三生融合) makes a tag.
    const echoed = title !== undefined && body !== undefined && title.words <= TAG_TITLE_MAX_WORDS;
    if (!recurs && !echoed && !hints.themeTerms.includes(phrase)) return false;
    const fragment = (body !== undefined && isFragment(body)) || (title !== undefined && isFragment(title));
    return !fragment || lexicon.keptWords.forms.has(phrase);
  };
  const candidates: Candidate[] = [];
  const consider = (phrase: string, title: PhraseStats | undefined, body: PhraseStats | undefined) => {
    if (qualifies(phrase, title, body)) candidates.push({ phrase, body: body?.count ?? 0, title: title?.count ?? 0 });
  };
  // Title phrases first, then the body's: the order ties keep.
  titleStats.forEach((title, phrase) => consider(phrase, title, bodyStats.get(phrase)));
  bodyStats.forEach((body, phrase) => {
    if (!titleStats.has(phrase)) consider(phrase, undefined, body);
  });
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
    (candidate.body + TAG_TITLE_BOOST * candidate.title) * (1 + (candidate.phrase.length - 2) / 4) + TAG_CUE_BONUS * (hints.cueWeights.get(candidate.phrase) ?? 0);
  // Each score computed once, not once per comparison.
  const ranked = closed.map((candidate) => ({ phrase: candidate.phrase, score: score(candidate) })).sort((a, b) => b.score - a.score || b.phrase.length - a.phrase.length);

  const tags: string[] = [];
  const overlaps = (phrase: string) => tags.some((tag) => tag.includes(phrase) || phrase.includes(tag));
  for (const { phrase } of ranked) {
    if (tags.length >= TAGS_MAX) break;
    if (!overlaps(phrase)) tags.push(phrase);
  }
  for (const term of hints.themeTerms) {
    if (tags.length >= TAGS_MIN) break;
    if (!overlaps(term)) tags.push(term);
  }
  return tags;
}
