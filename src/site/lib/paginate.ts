/**
 * Long topic listings split into numbered pages: page 1 at the topic's own
 * path, page n at `<path>n/` (see `pagePath`).
 */

/**
 * Articles per page of a topic listing: a day of a paper's articles or so.
 * Each page is a file to render and write, and a new issue shifts every page
 * of the topics it touches, so pages of 30 rather than 12 save builds and
 * rebuilds more than half those pages at 28 KB of HTML each.
 */
export const PAGE_SIZE = 30;

export interface Page<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
  /** Index of the first item on this page in the whole list, 0-based. */
  start: number;
}

/** Split `items` into pages of `size`; an empty list still gets one (empty) page. */
export function paginate<T>(items: readonly T[], size: number = PAGE_SIZE): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * size, (index + 1) * size),
    start: index * size,
  }));
}

/** The `[...page]` route parameter: undefined for page 1, so its URL is the bare topic path. */
export function pageParam(page: number): string | undefined {
  return page <= 1 ? undefined : String(page);
}

/** Page numbers shown on each side of the current page (and always the first and last). */
export const PAGER_REACH = 2;

/**
 * The page links of a pager: 1, the pages within `reach` of `page`, and
 * `count`, with null where numbers are left out (a single left-out number is
 * shown instead). Constant size, so a topic with thousands of pages does not
 * write thousands of links on each of them.
 */
export function pagerNumbers(page: number, count: number, reach: number = PAGER_REACH): (number | null)[] {
  const kept = new Set([1, count]);
  for (let number = Math.max(1, page - reach); number <= Math.min(count, page + reach); number++) kept.add(number);
  const shown: (number | null)[] = [];
  let previous = 0;
  for (const number of [...kept].sort((a, b) => a - b)) {
    if (number - previous === 2) shown.push(number - 1);
    else if (number - previous > 2) shown.push(null);
    shown.push(number);
    previous = number;
  }
  return shown;
}
