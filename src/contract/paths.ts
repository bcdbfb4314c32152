/**
 * Where the content lives and where each entry is published. The converter
 * writes these files, the site's collections glob them, search reads them
 * and links to their pages: all through these names. Pure, no Node APIs.
 */

/** The issues collection: one `<issue slug>.md` per issue, frontmatter only. */
export const ISSUES_DIR = 'issues';
export const ISSUE_PATTERN = '*.md';
/** The articles collection: `<issue slug>/<article slug>.md`. */
export const ARTICLES_DIR = 'articles';
export const ARTICLE_PATTERN = '*/*.md';

/** An issue's file, relative to the content directory, `/`-separated. */
export function issueFile(issueSlug: string): string {
  return `${ISSUES_DIR}/${issueSlug}.md`;
}

/** An article's file, relative to the content directory, `/`-separated. */
export function articleFile(issueSlug: string, articleSlug: string): string {
  return `${ARTICLES_DIR}/${issueSlug}/${articleSlug}.md`;
}

/** An entry's id in its collection: its path inside the collection without `.md` (`2024-06-14/yi-dui-…`). */
export function entryId(pathInCollection: string): string {
  return pathInCollection.replace(/\.md$/, '');
}

/** Site path of an issue's page, before the base (trailing slash: the site builds directories). */
export function issueAddress(issueSlug: string): string {
  return `/issues/${issueSlug}/`;
}

/** Site path of an article's page, before the base; search records link here. */
export function articleAddress(issueSlug: string, articleSlug: string): string {
  return `/articles/${issueSlug}/${articleSlug}/`;
}

/**
 * A site path under `base` (`/` or `/digest/`), percent-encoded once: Astro
 * does not rewrite links for its base, and static hosts serve non-ASCII file
 * names only when every link encodes them the same way.
 */
export function joinBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const rooted = path.startsWith('/') ? path : `/${path}`;
  return encodeURI(`${prefix}${rooted}`);
}
