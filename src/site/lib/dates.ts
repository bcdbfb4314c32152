/**
 * Dates as the archive shows them. Dates stay `YYYY-MM-DD` strings from the
 * content to the page, so no time zone can shift a day.
 */

import { isYearOnlyDate, type DateSource } from '../../contract/date.ts';

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'] as const;

export function dateParts(iso: string): DateParts {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new Error(`expected a YYYY-MM-DD date, got ${JSON.stringify(iso)}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** 2024年6月14日 */
export function formatDate(iso: string): string {
  const { year, month, day } = dateParts(iso);
  return `${year}年${month}月${day}日`;
}

/** 星期五 */
export function weekday(iso: string): string {
  const { year, month, day } = dateParts(iso);
  return `星期${WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? ''}`;
}

/** The date as far as it is known: a year-only inference shows only the year. */
export function formatKnownDate(iso: string, source: DateSource): string {
  return isYearOnlyDate(source) ? `${dateParts(iso).year}年` : formatDate(iso);
}

/** Noon of the day in China (04:00 UTC), for feeds: midnight would shift the day in other zones. */
export function dateForFeed(iso: string): Date {
  const { year, month, day } = dateParts(iso);
  return new Date(Date.UTC(year, month - 1, day, 4));
}
