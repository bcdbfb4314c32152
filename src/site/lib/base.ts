/**
 * The one way to turn a site path into an href. Astro does not rewrite links
 * for `base`, so every link, asset, feed and canonical URL goes through here:
 * the base is prefixed once and non-ASCII segments are percent-encoded, so a
 * site served from `/` and one served from `/digest/` link the same files.
 */

import { joinBase } from '../../contract/paths.ts';

/** Prefix `path` (a site path such as `/themes/ecology/`) with `base`: the contract's rule, which search's record URLs follow too. */
export { joinBase };

/** `path` under the configured base (`import.meta.env.BASE_URL`). */
export function pathWithBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** Link to the search page with `query` filled in (the search page reads `?q=`). */
export function searchHref(query: string, base: string = import.meta.env.BASE_URL): string {
  return `${joinBase(base, '/search/')}?q=${encodeURIComponent(query)}`;
}

/** Absolute URL of a site path, for feeds, canonical links and Open Graph. */
export function absoluteUrl(path: string, site: URL | string, base: string = import.meta.env.BASE_URL): string {
  return new URL(joinBase(base, path), site).href;
}
