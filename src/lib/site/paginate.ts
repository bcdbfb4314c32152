/**
 * Long topic listings split into numbered pages: page 1 at the topic's own
 * path, page n at `<path>n/` (see `pagePath`).
 */

/** Articles per page of a topic listing. */
export const PAGE_SIZE = 12;

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
