/**
 * Calendar days as every program of the project keeps them: `YYYY-MM-DD`
 * strings, computed through UTC so the host's time zone never shifts a day.
 * The converter writes them, the site and the search index read them; how a
 * day is shown to readers is format.ts.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** Whether year, month and day name a real day (2024-02-30 and month 13 do not). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** YYYY-MM-DD of the day; a day or month past its end carries over (month 13 day 1 is 1 January of the next year). */
export function isoDay(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** YYYY-MM-DD of the UTC day `date` falls in. */
export function isoDayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The year, month and day of a `YYYY-MM-DD` string; anything else throws, naming it. */
export function dateParts(iso: string): DateParts {
  const match = ISO_DAY.exec(iso);
  if (!match) throw new Error(`expected a YYYY-MM-DD date, got ${JSON.stringify(iso)}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Whether `iso` is a real calendar day written YYYY-MM-DD (2024-02-30 and 2024-6-14 are not). */
export function isCalendarDate(iso: string): boolean {
  if (!ISO_DAY.test(iso)) return false;
  const { year, month, day } = dateParts(iso);
  return isCalendarDay(year, month, day);
}
