/**
 * A readable excerpt of an article's own text around the first match, every
 * occurrence of every query part wrapped in <mark>. Matching happens on the
 * folded text (normalize.ts), marking on the original through the offsets.
 */
import { foldWithOffsets, type ToSimplified } from '../normalize.ts';

export interface ExcerptOptions {
  /** Characters of context shown (default 110). */
  length?: number | undefined;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

/** [start, end) ranges in `text` where any part occurs, merged, in order. */
export function matchRanges(text: string, parts: readonly string[], toSimplified: ToSimplified): [number, number][] {
  const { folded, offsets } = foldWithOffsets(text, toSimplified);
  const ranges: [number, number][] = [];
  for (const part of parts) {
    for (let at = folded.indexOf(part); at !== -1; at = folded.indexOf(part, at + 1)) {
      const last = at + part.length - 1;
      const end = (offsets[last] ?? 0) + ((text.codePointAt(offsets[last] ?? 0) ?? 0) > 0xffff ? 2 : 1);
      ranges.push([offsets[at] ?? 0, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const previous = merged.at(-1);
    if (previous && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** `text` from `start` to `end` as HTML with the ranges inside it marked. */
function markSlice(text: string, start: number, end: number, ranges: readonly [number, number][]): string {
  let html = '';
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    html += escapeHtml(text.slice(at, Math.max(at, from)));
    html += `<mark>${escapeHtml(text.slice(Math.max(at, from), Math.min(to, end)))}</mark>`;
    at = Math.min(to, end);
  }
  return html + escapeHtml(text.slice(at, end));
}

/** The whole of a short text (a title) with its matches marked. */
export function markAll(text: string, parts: readonly string[], toSimplified: ToSimplified): string {
  return markSlice(text, 0, text.length, matchRanges(text, parts, toSimplified));
}

/** An excerpt of `text` (line breaks shown as spaces) around the first match, or its opening when none. */
export function excerpt(text: string, parts: readonly string[], toSimplified: ToSimplified, options: ExcerptOptions = {}): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const length = options.length ?? 110;
  const ranges = matchRanges(flat, parts, toSimplified);
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  const end = Math.min(flat.length, start + length);
  start = Math.max(0, Math.min(start, end - length));
  return `${start > 0 ? '…' : ''}${markSlice(flat, start, end, ranges)}${end < flat.length ? '…' : ''}`;
}
