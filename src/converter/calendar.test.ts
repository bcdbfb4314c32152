import { describe, expect, it } from 'vitest';
import { isCalendarDay, isoDay } from './calendar.ts';

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
});
