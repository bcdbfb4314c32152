/**
 * Dates as a Chinese reader expects them printed, whatever the host's time
 * zone: the expected strings are how mainland papers and sites write a day.
 */
import { describe, expect, it, vi } from 'vitest';
import { formatDate } from './format.ts';

describe('formatDate', () => {
  it('writes a day with 年月日 and no leading zeros', () => {
    expect(formatDate('2024-06-01')).toBe('2024年6月1日');
    expect(formatDate('2024-12-31')).toBe('2024年12月31日');
    expect(formatDate('2025-01-01', 'day')).toBe('2025年1月1日');
  });

  it('writes a year, a month, a year and month, a month and day', () => {
    expect(formatDate('2024-01-01', 'year')).toBe('2024年');
    expect(formatDate({ year: 2023 }, 'year')).toBe('2023年');
    expect(formatDate({ year: 2024, month: 6 }, 'month')).toBe('6月');
    expect(formatDate({ year: 2024, month: 10 }, 'year-month')).toBe('2024年10月');
    expect(formatDate('2024-06-14', 'month-day')).toBe('6月14日');
  });

  it('names the weekday', () => {
    expect(formatDate('2024-06-14', 'weekday')).toBe('星期五');
    expect(formatDate('2024-06-16', 'weekday')).toBe('星期日');
  });

  it('keeps the day the string names in any time zone', async () => {
    const zone = process.env['TZ'];
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Shanghai']) {
        process.env['TZ'] = tz;
        // A formatter takes the host's zone when it is made: load the module afresh in each zone.
        vi.resetModules();
        const fresh = await import('./format.ts');
        expect(fresh.formatDate('2024-06-01')).toBe('2024年6月1日');
        expect(fresh.formatDate('2024-06-01', 'weekday')).toBe('星期六');
      }
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });

  it('refuses what is not a YYYY-MM-DD day', () => {
    expect(() => formatDate('6/1/2024')).toThrow('YYYY-MM-DD');
  });
});
