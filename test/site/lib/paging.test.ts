import { describe, expect, it } from 'vitest';
import { archiveCalendar } from '../../../src/site/lib/calendar.ts';
import { pageParam, pagerNumbers, paginate } from '../../../src/site/lib/paginate.ts';

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

describe('pagerNumbers', () => {
  it('shows every page of a short listing', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the first, the last and two each side of the current page, with gaps between', () => {
    expect(pagerNumbers(1, 900)).toEqual([1, 2, 3, null, 900]);
    expect(pagerNumbers(450, 900)).toEqual([1, null, 448, 449, 450, 451, 452, null, 900]);
    expect(pagerNumbers(900, 900)).toEqual([1, null, 898, 899, 900]);
  });

  it('shows a single left-out number rather than a gap', () => {
    expect(pagerNumbers(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pagerNumbers(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 10]);
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
