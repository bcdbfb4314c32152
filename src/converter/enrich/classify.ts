/**
 * One theme per article from the taxonomy's weighted cue terms, with the terms
 * that decided it, and a handful of tags.
 *
 * A cue term scores weight × (title mentions × THEME_TITLE_FACTOR + heading
 * mentions × THEME_HEADING_FACTOR + (1 + ln n) for n body mentions): the title
 * says what a story is about; the body confirms it, with diminishing returns so
 * one word repeated twenty times cannot drown the rest. A term inside a firm's
 * name (温州机场集团有限公司, 某某科技有限公司) states the firm's trade, not the
 * story's subject, and counts for little wherever it stands. A neutral word
 * (利用, 精神风貌) is read like a cue term and scores nothing, so the term it
 * holds (用工, 风貌) is not read inside it.
 */
import { longestMatches, type CueTerm, type Lexicon } from '../lexicon/index.ts';
import type { SegmentedArticle } from '../types.ts';
import { articleParts, type Part, type TextPart } from './text.ts';
import { extractTags } from './tags/index.ts';
import { THEME_FIRM_FACTOR, THEME_FIRM_NAME_MAX_CHARS, THEME_HEADING_FACTOR, THEME_TABLE_FACTOR, THEME_TERMS_REPORTED, THEME_TITLE_FACTOR } from './weights.ts';

export interface Classification {
  theme: string;
  /** The cue terms that decided the theme, best first. */
  themeTerms: string[];
  tags: string[];
  /** Every theme that scored, best first: for explaining and for tests. */
  scores: { theme: string; score: number }[];
}

interface TermCount {
  term: string;
  theme: string;
  weight: number;
  counts: Record<'title' | 'heading' | 'body' | 'table' | 'firm', number>;
}

function partClass(part: Part): keyof TermCount['counts'] | null {
  if (part === 'title' || part === 'subtitle') return 'title';
  if (part === 'heading') return 'heading';
  if (part === 'table') return 'table';
  if (part === 'lead' || part === 'body') return 'body';
  return null;
}

const diminishing = (count: number) => (count > 0 ? 1 + Math.log(count) : 0);

function contribution({ weight, counts }: TermCount): number {
  return (
    weight *
    (counts.title * THEME_TITLE_FACTOR +
      counts.heading * THEME_HEADING_FACTOR +
      diminishing(counts.body) +
      THEME_TABLE_FACTOR * diminishing(counts.table) +
      THEME_FIRM_FACTOR * diminishing(counts.firm))
  );
}

/** A Han character that can be part of a name: 的 ends the phrase a name stands in (收购农户杨梅的公司). */
const inName = (char: string) => char !== '的' && /\p{Script=Han}/u.test(char);

/**
 * Where firms' names stand in a text, as [start, end) ranges: each firm ending
 * and the Han characters before it, at most THEME_FIRM_NAME_MAX_CHARS of them:
 * Chinese prints no boundary between a name and the verb before it, and the
 * trade stands right before the ending (溪里香茶叶有限公司).
 */
export function firmNames(text: string, suffixes: readonly string[]): [number, number][] {
  const names: [number, number][] = [];
  for (const suffix of suffixes) {
    for (let at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + suffix.length)) {
      let start = at;
      while (start > 0 && at - start < THEME_FIRM_NAME_MAX_CHARS && inName(text.charAt(start - 1))) start -= 1;
      if (start < at) names.push([start, at + suffix.length]);
    }
  }
  return names;
}

/** Every cue term in the article with its counts per kind of part (a firm's name being a kind of its own). */
export function countCueTerms(parts: readonly TextPart[], lexicon: Lexicon): TermCount[] {
  const terms = new Map<string, TermCount>();
  for (const { part, text } of parts) {
    const partKind = partClass(part);
    if (partKind === null) continue;
    const firms = firmNames(text, lexicon.firmSuffixes);
    for (const { form, value, index } of longestMatches<CueTerm | null>(text, lexicon.cueTerms, lexicon.neutralWords)) {
      if (value === null) continue;
      const term = terms.get(form) ?? { term: form, theme: value.theme, weight: value.weight, counts: { title: 0, heading: 0, body: 0, table: 0, firm: 0 } };
      const kind = firms.some(([start, end]) => index >= start && index < end) ? 'firm' : partKind;
      term.counts[kind] += 1;
      terms.set(form, term);
    }
  }
  return [...terms.values()];
}

export function classify(article: SegmentedArticle, lexicon: Lexicon): Classification {
  const parts = articleParts(article);
  const terms = countCueTerms(parts, lexicon)
    .map((term) => ({ ...term, score: contribution(term) }))
    .sort((a, b) => b.score - a.score);
  const scores = lexicon.themes
    .map((theme) => ({ theme: theme.label, score: terms.filter((term) => term.theme === theme.label).reduce((total, term) => total + term.score, 0) }))
    .filter((entry) => entry.score > 0)
    // Array sort is stable: equal scores keep the taxonomy's order.
    .sort((a, b) => b.score - a.score);
  const theme = scores[0]?.theme ?? lexicon.fallbackTheme;
  const themeTerms = terms.filter((term) => term.theme === theme).slice(0, THEME_TERMS_REPORTED).map((term) => term.term);
  const cueWeights = new Map(terms.map((term) => [term.term, term.weight]));
  return { theme, themeTerms, tags: extractTags(parts, lexicon, { themeTerms, cueWeights }), scores };
}
