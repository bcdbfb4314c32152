/**
 * Tag candidates, second step: the phrases of runs of words, tallied.
 *
 * A phrase is 2 to TAG_MAX_LENGTH characters of consecutive words, with no
 * stop word at its edges (nor a one-character one inside). Each phrase keeps
 * its count, how many words it was made of, and the words seen on either
 * side: a phrase always preceded (or always followed) by the same word is a
 * fragment of a longer name.
 */
import type { Lexicon } from '../../lexicon/index.ts';
import { TAG_MAX_LENGTH, TAG_MIN_COUNT } from '../weights.ts';

/** Marks a phrase edge that is a run boundary or a stop word rather than a word. */
export const EDGE = '';

/** The words seen on one side of a phrase: most phrases only ever have one, kept as is until a second comes. */
export type Neighbours = string | Set<string>;

function withNeighbour(side: Neighbours, word: string): Neighbours {
  if (typeof side !== 'string') return side.add(word);
  return side === word ? side : new Set([side, word]);
}

export function neighbourWords(side: Neighbours | undefined): string[] {
  if (side === undefined) return [];
  return (typeof side === 'string' ? [side] : [...side]).filter((word) => word !== EDGE);
}

/** A phrase's tally over the clauses read so far. */
export interface PhraseStats {
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
export function countPhrases(stats: Map<string, PhraseStats>, runs: readonly (readonly string[])[], clause: number, lexicon: Lexicon, recurring: string[] = []): void {
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
export function isFragment({ count, left, right }: PhraseStats): boolean {
  const fixed = (side: Neighbours) => typeof side === 'string' && side !== EDGE;
  // A lone character split off next to the phrase (齐|抓共管) betrays a broken word even when seen once, and
  // so do lone characters only, each time another one (市|级兴村治社名师, 区|级兴村治社名师).
  const splitOff = (side: Neighbours) => (typeof side === 'string' ? [side] : [...side]).every((word) => word !== EDGE && word.length === 1);
  return (count >= TAG_MIN_COUNT && (fixed(left) || fixed(right))) || splitOff(left) || splitOff(right);
}
