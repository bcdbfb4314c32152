/**
 * What Astro's incremental build did with each page, read from its build log:
 * a skipped page's line ends in `(cached)` (left in place) or `(restored)`
 * (copied back from the cache); a rendered one in its render time.
 */

export interface PageCounts {
  skipped: number;
  rendered: number;
}

const PAGE_LINE = /[├└]─/;
const SKIPPED = /\((?:cached|restored)\)/;

export function countPages(log: string): PageCounts {
  const lines = log.split('\n').filter((line) => PAGE_LINE.test(line));
  const skipped = lines.filter((line) => SKIPPED.test(line)).length;
  return { skipped, rendered: lines.length - skipped };
}
