/**
 * The one place dates are formatted for readers: the site, the search page,
 * the search index (a date is found as printed) and the converter's issue
 * titles all show a day the same way (2024年6月14日).
 *
 * Intl.DateTimeFormat rather than date-fns or hand-written templates: the
 * platform already holds CLDR's Chinese patterns in Node and in every browser,
 * so the search page ships no date code. Days are `YYYY-MM-DD` strings read
 * in UTC, so no time zone shifts one.
 */
import { dateParts, type DateParts } from './day.ts';

/** What of a day a label shows, each as CLDR's zh-CN pattern prints it. */
const STYLES = {
  /** 2024年6月14日 */
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  /** 2024年: a date known only by its year, a year's heading. */
  year: { year: 'numeric' },
  /** 2024年6月 */
  'year-month': { year: 'numeric', month: 'long' },
  /** 6月: `long` alone would be the standalone 六月. */
  month: { month: 'numeric' },
  /** 6月14日 */
  'month-day': { month: 'long', day: 'numeric' },
  /** 星期五 */
  weekday: { weekday: 'long' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof STYLES;

const formatters = new Map<DateStyle, Intl.DateTimeFormat>();

function formatter(style: DateStyle): Intl.DateTimeFormat {
  let found = formatters.get(style);
  if (found === undefined) {
    found = new Intl.DateTimeFormat('zh-CN', { ...STYLES[style], timeZone: 'UTC' });
    formatters.set(style, found);
  }
  return found;
}

/**
 * A day (`YYYY-MM-DD`), or a year or month given as numbers (the day and
 * month default to the first), as readers see it in `style`.
 */
export function formatDate(date: string | (Pick<DateParts, 'year'> & Partial<DateParts>), style: DateStyle = 'day'): string {
  const { year, month = 1, day = 1 } = typeof date === 'string' ? dateParts(date) : date;
  const utc = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC reads years 0–99 as 1900–1999.
  utc.setUTCFullYear(year);
  return formatter(style).format(utc);
}
