/**
 * Calendar days for the converter, computed through UTC so the host's time
 * zone never shifts a day.
 */

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
