import { describe, expect, it } from 'vitest';
import { archiveCalendar } from '../../../src/lib/site/calendar.ts';
import { pageParam, paginate } from '../../../src/lib/site/paginate.ts';

describe('paginate', () => {
  it('splits into pages of the given size, numbered from 1', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((page) => [page.number, page.count, page.start])).toEqual([[1, 3, 0], [2, 3, 2], [3, 3, 4]]);
  });

  it('gives an empty list one empty page and rejects a bad size', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, count: 1, items: [], start: 0 }]);
    expect(() => paginate([1], 0)).toThrow(RangeError);
  });

  it('leaves the route parameter out for page 1', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe('3');
  });
});

describe('archiveCalendar', () => {
  const issues = [
    { slug: '2024-06-14-2', date: '2024-06-14' },
    { slug: '2024-06-14', date: '2024-06-14' },
    { slug: '2023-09-05', date: '2023-09-05' },
  ];
  const years = archiveCalendar(issues, (issue) => issue.date);

  it('groups by year (newest first) and month', () => {
    expect(years.map((year) => [year.year, year.count, year.months.map((month) => month.month)])).toEqual([
      [2024, 2, [6]],
      [2023, 1, [9]],
    ]);
  });

  it('lays a month out in Monday-first weeks with the issues on their day', () => {
    const june = years[0]?.months[0];
    // 1 June 2024 was a Saturday: five blanks, then the 1st.
    expect(june?.weeks[0]?.map((cell) => cell?.day ?? null)).toEqual([null, null, null, null, null, 1, 2]);
    expect(june?.weeks.every((week) => week.length === 7)).toBe(true);
    const day14 = june?.weeks.flat().find((cell) => cell?.day === 14);
    expect(day14?.items.map((issue) => issue.slug)).toEqual(['2024-06-14-2', '2024-06-14']);
    expect(june?.weeks.flat().filter((cell) => cell !== null)).toHaveLength(30);
  });
});
