/**
 * The archive as calendars: years (newest first) of months (January first)
 * that have issues, each month a grid of weeks starting on Monday, each day
 * carrying the issues published on it.
 */
import { dateParts, isoDay } from '../../dates/day.ts';

export interface CalendarDay<T> {
  /** YYYY-MM-DD */
  date: string;
  day: number;
  items: T[];
}

export interface CalendarMonth<T> {
  year: number;
  month: number;
  /** Rows of 7 cells, Monday first; null pads days outside the month. */
  weeks: (CalendarDay<T> | null)[][];
  items: T[];
}

export interface CalendarYear<T> {
  year: number;
  months: CalendarMonth<T>[];
  count: number;
}

function monthGrid<T>(year: number, month: number, items: readonly { date: string; item: T }[]): CalendarMonth<T> {
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  /** 0 = Monday … 6 = Sunday. */
  const firstColumn = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (CalendarDay<T> | null)[] = Array.from({ length: firstColumn }, () => null);
  for (let day = 1; day <= daysInMonth; day += 1) {
    const date = isoDay(year, month, day);
    cells.push({ date, day, items: items.filter((entry) => entry.date === date).map((entry) => entry.item) });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
  return { year, month, weeks, items: items.map((entry) => entry.item) };
}

/** Group dated items into calendar years and months. */
export function archiveCalendar<T>(items: readonly T[], dateOf: (item: T) => string): CalendarYear<T>[] {
  const byMonth = new Map<string, { year: number; month: number; entries: { date: string; item: T }[] }>();
  for (const item of items) {
    const date = dateOf(item);
    const { year, month } = dateParts(date);
    const key = isoDay(year, month, 1);
    const bucket = byMonth.get(key) ?? { year, month, entries: [] };
    bucket.entries.push({ date, item });
    byMonth.set(key, bucket);
  }
  const years = new Map<number, CalendarMonth<T>[]>();
  for (const key of [...byMonth.keys()].sort()) {
    const bucket = byMonth.get(key);
    if (!bucket) continue;
    const months = years.get(bucket.year) ?? [];
    months.push(monthGrid(bucket.year, bucket.month, bucket.entries));
    years.set(bucket.year, months);
  }
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, months]) => ({ year, months, count: months.reduce((sum, month) => sum + month.items.length, 0) }));
}
