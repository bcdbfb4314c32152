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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `iso` is a real calendar day written YYYY-MM-DD (2024-02-30 is not). */
export function isCalendarDate(iso: string): boolean {
  const match = ISO_DATE.exec(iso);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
