/**
 * Which page of which day each generated issue is: a daily paper prints about
 * eight pages a day, fewer at weekends, a thick edition now and then.
 */
import { isCalendarDate, isoDayOf } from '../../dates/day.ts';
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

/** Throws when `start` is not a real YYYY-MM-DD date, naming it. */
export function parseStartDate(start: string): Date {
  if (!isCalendarDate(start)) throw new RangeError(`start date "${start}" is not a YYYY-MM-DD calendar date`);
  return new Date(`${start}T00:00:00Z`);
}

/** Endless page slots from `start`; day d's page count comes from `random.fork(d)`, so it never depends on the corpus size. */
export function* pageSlots(start: string, random: Random): Generator<PageSlot> {
  const day = parseStartDate(start);
  let index = 0;
  for (let dayNumber = 0; ; dayNumber++) {
    const weekday = day.getUTCDay();
    const pagesThatDay = random.fork(dayNumber).weighted(weekday === 0 || weekday === 6 ? WEEKEND_PAGES : WEEKDAY_PAGES);
    const date = isoDayOf(day);
    for (let page = 1; page <= pagesThatDay; page++) yield { index: index++, date, page, pagesThatDay };
    day.setUTCDate(day.getUTCDate() + 1);
  }
}
