/**
 * Normalized lines → items: the non-blank lines, trimmed, with `<b>` turned
 * into `**` and punctuation made consistent, each remembering how many blank
 * lines came before it (a run of them marks a photo or a box on the page).
 */
import type { NormalizedIssue } from '../types.ts';
import { boldToStrong } from './emphasis.ts';
import { normalizePunctuation } from './punctuation.ts';

export interface Item {
  text: string;
  line: number;
  /** Blank lines between this item and the previous one (or the top of the issue). */
  gap: number;
}

export function toItems(issue: NormalizedIssue): Item[] {
  const items: Item[] = [];
  let gap = 0;
  for (const { text, line } of issue.lines) {
    // An empty `<b></b>` leaves nothing to read: the line counts as blank.
    const trimmed = boldToStrong(text).trim();
    if (trimmed === '') {
      gap += 1;
      continue;
    }
    items.push({ text: normalizePunctuation(trimmed), line, gap });
    gap = 0;
  }
  return items;
}
