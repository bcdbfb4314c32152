/**
 * A date as a page prints it, to ISO `YYYY-MM-DD`:
 *
 *   2025年2月17日 · ２０２３年９月７日 (after NFKC) · 2026.02.05 · 2025-10-17 · 2024/09/13
 *   二〇二五年十月十五日 (Chinese numerals, as mastheads and formal notices print them)
 *
 * Only calendar dates are accepted (2025年2月30日 is not one).
 */

import { isCalendarDay, isoDay } from '../../../dates/day.ts';

export interface PrintedDate {
  /** YYYY-MM-DD */
  date: string;
  /** The date as printed. */
  text: string;
  index: number;
}

const DIGITS = '〇零一二三四五六七八九';
const CHINESE_YEAR = `[${DIGITS}]{4}`;
const CHINESE_SMALL = '[一二三四五六七八九十]{1,3}';

const PRINTED_DATE = new RegExp(
  [
    '(?<![\\d.])(?<y>\\d{4})\\s*年\\s*(?<m>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})\\s*日',
    '(?<![\\d.])(?<y2>\\d{4})(?<sep>[.\\-/])(?<m2>\\d{1,2})\\k<sep>(?<d2>\\d{1,2})(?![\\d.])',
    `(?<y3>${CHINESE_YEAR})年(?<m3>${CHINESE_SMALL})月(?<d3>${CHINESE_SMALL})日`,
  ].join('|'),
  'u',
);

/** 〇一二五 → 2025 (digit by digit, as years are read). */
function chineseDigits(text: string): number {
  return Number([...text].map((char) => Math.max(0, DIGITS.indexOf(char) - 1)).join(''));
}

/** 十 → 10, 十五 → 15, 二十 → 20, 三十一 → 31, 九 → 9. */
function chineseSmall(text: string): number {
  const [tens = '', units = ''] = text.includes('十') ? text.split('十') : ['', text];
  const tensValue = text.includes('十') ? (tens === '' ? 1 : chineseDigits(tens)) : 0;
  return tensValue * 10 + (units === '' ? 0 : chineseDigits(units));
}


/** The first calendar date printed in `text` (already NFKC-normalised), if any. */
export function findPrintedDate(text: string): PrintedDate | undefined {
  const match = PRINTED_DATE.exec(text);
  if (!match?.groups) return undefined;
  const g = match.groups;
  const [year, month, day] = g['y3']
    ? [chineseDigits(g['y3']), chineseSmall(g['m3'] ?? ''), chineseSmall(g['d3'] ?? '')]
    : [Number(g['y'] ?? g['y2']), Number(g['m'] ?? g['m2']), Number(g['d'] ?? g['d2'])];
  return isCalendarDay(year, month, day) ? { date: isoDay(year, month, day), text: match[0], index: match.index } : undefined;
}
