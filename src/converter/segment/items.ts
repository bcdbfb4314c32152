/**
 * Normalized lines → items: the non-blank lines, trimmed, with `<b>` turned
 * into `**` and punctuation made consistent, each remembering how many blank
 * lines came before it (a run of them marks a photo or a box on the page).
 */
import type { NormalizedIssue, PageHead } from '../types.ts';
import { boldToStrong } from './emphasis.ts';
import { normalizePunctuation } from './punctuation.ts';

export interface Item {
  text: string;
  line: number;
  /** Blank lines between this item and the previous one (or the top of the issue). */
  gap: number;
  /** The running head of the page the item is printed on (set by the furniture layer). */
  page?: PageHead;
  /** The article goes on on another page after this item (下转…版). */
  jumpOut?: boolean;
  /** The item resumes an article from another page (上接…版). */
  jumpIn?: boolean;
  /** Page furniture (a running head, a label, a slogan) stands right above it: articles start below furniture. */
  belowFurniture?: boolean;
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
