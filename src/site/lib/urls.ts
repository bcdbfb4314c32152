/**
 * Site paths of every page kind, before the base is applied (see base.ts).
 * Trailing slashes everywhere: the site is built with `trailingSlash: 'always'`
 * and `build.format: 'directory'`. Issue and article pages are published where
 * the content contract says (src/contract/paths.ts): search links there too.
 */
import { articleAddress, issueAddress } from '../../contract/paths.ts';

/** Path of page `page` (1-based) of a paginated listing at `firstPage`. */
export function pagePath(firstPage: string, page: number): string {
  return page <= 1 ? firstPage : `${firstPage}${page}/`;
}

export const paths = {
  home: '/',
  issues: '/issues/',
  themes: '/themes/',
  cities: '/cities/',
  authors: '/authors/',
  search: '/search/',
  feed: '/rss.xml',
  sitemap: '/sitemap-index.xml',
  issue: issueAddress,
  article: articleAddress,
  theme: (slug: string, page = 1) => pagePath(`/themes/${slug}/`, page),
  themeFeed: (slug: string) => `/themes/${slug}/rss.xml`,
  city: (slug: string, page = 1) => pagePath(`/cities/${slug}/`, page),
  cityFeed: (slug: string) => `/cities/${slug}/rss.xml`,
  author: (slug: string, page = 1) => pagePath(`/authors/${slug}/`, page),
} as const;
