/**
 * Tag weighting: which qualifying phrases make the tags.
 *
 * A phrase qualifies when it recurs in the body, or stands in the title and
 * the body too, or is a theme cue term, and is no fragment of a longer name.
 * A phrase yields to a longer candidate holding it almost as often (排污
 * inside 排污权). The rest rank by score (phraseScore) and the best that do
 * not overlap are taken; too few are filled up with the theme's terms.
 */
import type { Lexicon } from '../../lexicon/index.ts';
import { TAG_CUE_BONUS, TAG_MIN_COUNT, TAG_SUBSUMED_SHARE, TAG_TITLE_BOOST, TAG_TITLE_MAX_WORDS, TAGS_MAX, TAGS_MIN } from '../weights.ts';
import { EDGE, isFragment, neighbourWords, type PhraseStats } from './phrases.ts';

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

export interface Selection {
  tags: string[];
  /** The score of the last tag taken when TAGS_MAX were, else -Infinity. */
  lastScore: number;
}

/** A phrase's score grows with its length: 2 characters × 1, 8 × 2.5. */
export const lengthFactor = (length: number) => 1 + (length - 2) / 4;

/** Tags never hold one another (排污权 and 排污). */
const overlapsAny = (tags: readonly string[], phrase: string) => tags.some((tag) => tag.includes(phrase) || phrase.includes(tag));

/** A phrase seen `body` times in the body and `title` times in the title: titles count more, cue terms get a bonus. */
export function phraseScore(phrase: string, body: number, title: number, hints: TagHints): number {
  return (body + TAG_TITLE_BOOST * title) * lengthFactor(phrase.length) + TAG_CUE_BONUS * (hints.cueWeights.get(phrase) ?? 0);
}

export interface CountedTerm {
  count: number;
  firstClause: number;
  /** Where in its text the first match starts: reading order within the first clause. */
  firstIndex: number;
}

const firstSeen = (a: Pick<PhraseStats, 'clause' | 'order'>, b: Pick<PhraseStats, 'clause' | 'order'>) => a.clause - b.clause || a.order - b.order;

/** The best TAGS_MAX qualifying phrases that do not overlap, from the title's and the body's phrase counts. */
export function selectTags(titleStats: ReadonlyMap<string, PhraseStats>, bodyStats: ReadonlyMap<string, PhraseStats>, recurring: readonly string[], counted: ReadonlyMap<string, CountedTerm>, lexicon: Lexicon, hints: TagHints): Selection {
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
  const score = (candidate: Candidate) => phraseScore(candidate.phrase, candidate.body, candidate.title, hints);
  // Each score computed once, not once per comparison.
  const ranked = closed.map((candidate) => ({ phrase: candidate.phrase, score: score(candidate) })).sort((a, b) => b.score - a.score || b.phrase.length - a.phrase.length);

  const tags: string[] = [];
  let lastScore = -Infinity;
  for (const { phrase, score: phraseScore } of ranked) {
    if (tags.length >= TAGS_MAX) break;
    if (overlapsAny(tags, phrase)) continue;
    tags.push(phrase);
    lastScore = phraseScore;
  }
  return { tags, lastScore: tags.length >= TAGS_MAX ? lastScore : -Infinity };
}

/** Too few tags: the theme's decisive terms fill up to TAGS_MIN. */
export function withThemeTerms(tags: string[], hints: TagHints): string[] {
  for (const term of hints.themeTerms) {
    if (tags.length >= TAGS_MIN) break;
    if (!overlapsAny(tags, term)) tags.push(term);
  }
  return tags;
}
