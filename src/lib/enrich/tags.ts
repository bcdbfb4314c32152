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
import type { SegmentedArticle } from '../types.ts';
import { articleParts } from './text.ts';
import { TAG_CUE_BONUS, TAG_MAX_LENGTH, TAG_MIN_COUNT, TAG_SUBSUMED_SHARE, TAG_TITLE_BOOST, TAG_TITLE_MAX_WORDS, TAGS_MAX, TAGS_MIN } from './weights.ts';

const HAN_WORD = /^\p{Script=Han}+$/u;
const DIGITS = /^[\d.,%０-９]+$/u;
/** Marks a phrase edge that is a run boundary or a stop word rather than a word. */
const EDGE = '';

interface PhraseStats {
  count: number;
  /** How many words the phrase is made of. */
  words: number;
  left: Set<string>;
  right: Set<string>;
}

/**
 * The text as words: gazetteer names and cue terms first (the segmenter's
 * dictionary splits 淳安县 or 排污权 unpredictably), Intl.Segmenter for the rest.
 */
function words(text: string, lexicon: Lexicon, segmenter: Intl.Segmenter): { word: string; wordLike: boolean }[] {
  const out: { word: string; wordLike: boolean }[] = [];
  let cursor = 0;
  const segmentGap = (gap: string) => {
    for (const { segment, isWordLike } of segmenter.segment(gap)) out.push({ word: segment, wordLike: isWordLike ?? false });
  };
  for (const match of longestMatches<unknown>(text, lexicon.placeForms, lexicon.cueTerms)) {
    segmentGap(text.slice(cursor, match.index));
    out.push({ word: match.form, wordLike: true });
    cursor = match.index + match.form.length;
  }
  segmentGap(text.slice(cursor));
  return out;
}

/**
 * Runs of consecutive Han words, split at punctuation, Latin text and digits;
 * the word right after a number is its unit (2024年, 14名) and starts no phrase.
 */
function wordRuns(text: string, lexicon: Lexicon, segmenter: Intl.Segmenter): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  let afterNumber = false;
  for (const { word, wordLike } of words(text, lexicon, segmenter)) {
    if (wordLike && HAN_WORD.test(word)) {
      if (!afterNumber) run.push(word);
      afterNumber = false;
      continue;
    }
    if (run.length > 0) runs.push(run);
    run = [];
    afterNumber = DIGITS.test(word);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function countPhrases(texts: readonly string[], lexicon: Lexicon, segmenter: Intl.Segmenter): Map<string, PhraseStats> {
  const { stopwords } = lexicon;
  const stats = new Map<string, PhraseStats>();
  const neighbour = (word: string | undefined) => (word === undefined || stopwords.has(word) ? EDGE : word);
  for (const text of texts) {
    for (const run of wordRuns(text, lexicon, segmenter)) {
      for (let start = 0; start < run.length; start += 1) {
        let phrase = '';
        for (let end = start; end < run.length; end += 1) {
          const word = run[end] ?? '';
          // A one-character stop word (的, 和, 在) ends the phrase; a longer generic word may sit inside one.
          if (stopwords.has(word) && word.length === 1) break;
          phrase += word;
          if (phrase.length > TAG_MAX_LENGTH) break;
          if (phrase.length < 2 || stopwords.has(phrase) || stopwords.has(run[start] ?? '') || stopwords.has(word)) continue;
          const entry = stats.get(phrase) ?? { count: 0, words: end - start + 1, left: new Set<string>(), right: new Set<string>() };
          entry.count += 1;
          entry.left.add(neighbour(run[start - 1]));
          entry.right.add(neighbour(run[end + 1]));
          stats.set(phrase, entry);
        }
      }
    }
  }
  return stats;
}

/** Always the same word on one side: part of a longer name (工恒昌新材料 of 国工恒昌新材料). */
function isFragment({ count, left, right }: PhraseStats): boolean {
  const fixed = (side: Set<string>) => side.size === 1 && !side.has(EDGE);
  // A lone character split off next to the phrase (齐|抓共管) betrays a broken word even when seen once.
  const splitOff = (side: Set<string>) => fixed(side) && [...side][0]?.length === 1;
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

export function extractTags(article: SegmentedArticle, lexicon: Lexicon, hints: TagHints): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const parts = articleParts(article);
  const titles = parts.filter(({ part }) => part === 'title' || part === 'subtitle').map(({ text }) => text);
  const bodies = parts.filter(({ part }) => part === 'lead' || part === 'body' || part === 'heading').map(({ text }) => text);
  const titleStats = countPhrases(titles, lexicon, segmenter);
  const bodyStats = countPhrases(bodies, lexicon, segmenter);

  const candidates: Candidate[] = [...new Set([...titleStats.keys(), ...bodyStats.keys()])]
    .filter((phrase) => {
      const body = bodyStats.get(phrase);
      const title = titleStats.get(phrase);
      const known = lexicon.cueTerms.forms.has(phrase) || lexicon.placeForms.forms.has(phrase);
      if (!known && ((body && isFragment(body)) || (title && isFragment(title)))) return false;
      const recurs = (body?.count ?? 0) >= TAG_MIN_COUNT;
      // Headlines are telegraphic: only a short phrase of theirs (条块结合, 三生融合) makes a tag.
      const echoed = title !== undefined && body !== undefined && title.words <= TAG_TITLE_MAX_WORDS;
      return recurs || echoed || hints.themeTerms.includes(phrase);
    })
    .map((phrase) => ({ phrase, body: bodyStats.get(phrase)?.count ?? 0, title: titleStats.get(phrase)?.count ?? 0 }));
  const frequency = new Map(candidates.map((candidate) => [candidate.phrase, candidate.body + candidate.title]));
  // A phrase yields to a one-word-longer candidate that holds it almost as often; chains (排 → 排污 → 排污权) resolve step by step.
  const subsumed = (phrase: string) => {
    const own = frequency.get(phrase) ?? 0;
    const stats = [bodyStats.get(phrase), titleStats.get(phrase)];
    const words = (side: Set<string> | undefined) => [...(side ?? [])].filter((word) => word !== EDGE);
    const longer = stats.flatMap((entry) => [...words(entry?.left).map((word) => word + phrase), ...words(entry?.right).map((word) => phrase + word)]);
    return longer.some((extension) => (frequency.get(extension) ?? 0) >= TAG_SUBSUMED_SHARE * own);
  };
  const closed = candidates.filter((candidate) => !subsumed(candidate.phrase));
  const score = (candidate: Candidate) =>
    (candidate.body + TAG_TITLE_BOOST * candidate.title) * (1 + (candidate.phrase.length - 2) / 4) + TAG_CUE_BONUS * (hints.cueWeights.get(candidate.phrase) ?? 0);
  const ranked = closed.sort((a, b) => score(b) - score(a) || b.phrase.length - a.phrase.length);

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
