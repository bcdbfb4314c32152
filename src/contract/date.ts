/**
 * The issue date's provenance and what follows from it. Pure and free of
 * Node APIs, so the browser-side search can import it too.
 */

/**
 * How the issue date was decided: printed (the `---` header or a page's running
 * head), given by an editor's correction, or inferred from the text (a dateline
 * such as 本报湖州9月4日电, an explicit date, a year mention).
 */
export const DATE_SOURCES = ['header', 'correction', 'dateline', 'text', 'year'] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

/** A date the paper printed or an editor gave is known; every other source is an inference. */
export function isInferredDate(source: DateSource): boolean {
  return source !== 'header' && source !== 'correction';
}

/** A date inferred from a year mention alone knows only its year: month and day are placeholders. */
export function isYearOnlyDate(source: DateSource): boolean {
  return source === 'year';
}

/** Dates are calendar days written YYYY-MM-DD; the one check lives with the other day arithmetic. */
export { isCalendarDate } from '../dates/day.ts';
