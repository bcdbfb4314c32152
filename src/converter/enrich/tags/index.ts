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
import type { Lexicon } from '../../lexicon/index.ts';
import type { TextPart } from '../text.ts';
import { TAG_FIRST_FLOOR, TAG_FLOOR_STEP } from '../weights.ts';
import { clauseBounds } from './bounds.ts';
import { clauseRuns, clausesOf, type Clause } from './clauses.ts';
import { countPhrases, type PhraseStats } from './phrases.ts';
import { selectTags, withThemeTerms, type CountedTerm, type TagHints } from './select.ts';

export { textRuns } from './clauses.ts';
export type { TagHints } from './select.ts';

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
