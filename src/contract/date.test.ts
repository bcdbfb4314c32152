import { describe, expect, it } from 'vitest';
import { DATE_SOURCES, isCalendarDate, isInferredDate, isYearOnlyDate } from './date.ts';

describe('date sources', () => {
  it('call a date known only when the paper printed it or an editor gave it', () => {
    expect(DATE_SOURCES.filter((source) => !isInferredDate(source))).toEqual(['header', 'correction']);
    expect(DATE_SOURCES.filter(isInferredDate)).toEqual(['dateline', 'text', 'year']);
  });

  it('know only the year of a date read from a year mention', () => {
    expect(DATE_SOURCES.filter(isYearOnlyDate)).toEqual(['year']);
  });
});

describe('isCalendarDate', () => {
  it('accepts only real calendar days written YYYY-MM-DD', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-06-31')).toBe(false);
    expect(isCalendarDate('2024-6-14')).toBe(false);
    expect(isCalendarDate('2024年6月14日')).toBe(false);
  });
});
