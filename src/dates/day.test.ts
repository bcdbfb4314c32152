import { describe, expect, it } from 'vitest';
import { dateParts, isCalendarDate, isCalendarDay, isoDay, isoDayOf } from './day.ts';

describe('calendar days', () => {
  it('knows real days from impossible ones', () => {
    expect(isCalendarDay(2024, 2, 29)).toBe(true);
    expect(isCalendarDay(2025, 2, 29)).toBe(false);
    expect(isCalendarDay(2024, 13, 1)).toBe(false);
    expect(isCalendarDay(2024, 4, 31)).toBe(false);
  });

  it('writes a day YYYY-MM-DD, carrying a day or month past its end, whatever the host time zone', () => {
    expect(isoDay(2024, 6, 1)).toBe('2024-06-01');
    expect(isoDay(2024, 12, 32)).toBe('2025-01-01');
    expect(isoDay(2023, 13, 1)).toBe('2024-01-01');
  });

  it('gives the UTC day of a moment: YAML reads an unquoted date as its midnight in UTC', () => {
    expect(isoDayOf(new Date('2024-06-14T00:00:00Z'))).toBe('2024-06-14');
    expect(isoDayOf(new Date('2024-06-14T23:59:59+08:00'))).toBe('2024-06-14');
    expect(isoDayOf(new Date('2024-06-14T00:30:00+08:00'))).toBe('2024-06-13');
  });

  it('reads a YYYY-MM-DD day into numbers, and refuses any other form', () => {
    expect(dateParts('2024-06-14')).toEqual({ year: 2024, month: 6, day: 14 });
    expect(() => dateParts('2024-6-14')).toThrow('"2024-6-14"');
    expect(() => dateParts('2024年6月14日')).toThrow('YYYY-MM-DD');
  });

  it('accepts as a date only a real calendar day written YYYY-MM-DD', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-6-14')).toBe(false);
    expect(isCalendarDate('2024-06-14T00:00:00Z')).toBe(false);
  });
});
