/**
 * Which page of which day each generated issue is: a daily paper prints about
 * eight pages a day, fewer at weekends, a thick edition now and then.
 */
import type { Random } from './random.ts';

export interface PageSlot {
  /** 0-based position in the corpus. */
  index: number;
  /** YYYY-MM-DD */
  date: string;
  /** 1-based page number within the day. */
  page: number;
  pagesThatDay: number;
}

const WEEKDAY_PAGES = [[8, 12], [6, 3], [12, 2], [16, 1]] as const;
const WEEKEND_PAGES = [[4, 3], [8, 1]] as const;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Throws when `start` is not a real YYYY-MM-DD date, naming it. */
export function parseStartDate(start: string): Date {
  const date = new Date(`${start}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || Number.isNaN(date.getTime()) || isoDate(date) !== start) {
    throw new RangeError(`start date "${start}" is not a YYYY-MM-DD calendar date`);
  }
  return date;
}

/** Endless page slots from `start`; day d's page count comes from `random.fork(d)`, so it never depends on the corpus size. */
export function* pageSlots(start: string, random: Random): Generator<PageSlot> {
  const day = parseStartDate(start);
  let index = 0;
  for (let dayNumber = 0; ; dayNumber++) {
    const weekday = day.getUTCDay();
    const pagesThatDay = random.fork(dayNumber).weighted(weekday === 0 || weekday === 6 ? WEEKEND_PAGES : WEEKDAY_PAGES);
    const date = isoDate(day);
    for (let page = 1; page <= pagesThatDay; page++) yield { index: index++, date, page, pagesThatDay };
    day.setUTCDate(day.getUTCDate() + 1);
  }
}
