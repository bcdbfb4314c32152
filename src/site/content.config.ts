/**
 * The site room (src/site/, Astro's srcDir): pages, layouts, components,
 * styles, UI strings and the site's own modules (lib/). It owns how the
 * archive looks and is navigated, its feeds and sitemap; it reads content
 * only through the contract, never the converter or search.
 *
 * The converter's output as two content collections, parsed with the content
 * contract's schemas (src/contract/schema.ts) against its theme list.
 * CONTENT_DIR (default `content`) points the site at another content tree,
 * e.g. the test fixtures.
 */
import { defineCollection } from 'astro:content';
import { ARTICLE_PATTERN, ARTICLES_DIR, ISSUE_PATTERN, ISSUES_DIR, entryId } from '../contract/paths.ts';
import { articleSchema, issueSchema } from '../contract/schema.ts';
import { readThemes, themeLabels } from '../contract/themes.ts';
import { htmlOnShelf, leanStore } from './lib/lean-store.ts';
import { contentDir } from './lib/content-dir.ts';
import { globSkippingUnchanged } from './lib/unchanged-files.ts';
import { dataDir } from './lib/taxonomy.ts';

/** Keep the path as the id (`2024-06-14/yi-dui-…`): the slugs are already URL-safe. */
const idFromPath = ({ entry }: { entry: string }) => entryId(entry);

const issues = defineCollection({
  loader: leanStore(globSkippingUnchanged({ base: `${contentDir()}/${ISSUES_DIR}`, pattern: ISSUE_PATTERN, generateId: idFromPath })),
  schema: issueSchema,
});

/**
 * Neither bodies nor their rendered HTML are kept in the data store (Astro
 * handles the whole store in every build, and it is held in memory while
 * pages render): the HTML goes to a shelf of its own (lib/html-shelf.ts),
 * where pages and feeds read it and reading time is counted on it. Rendering
 * stays eager: `deferRender` turns
 * every article into a Vite module (1,000 issues: bundling 6.6 s → 108 s,
 * peak 1.4 → 2.8 GB), and `collectionStorage: 'chunked'` measures each
 * character of the store apart when writing it (1,000 issues: 28 s of a 35 s
 * sync with nothing changed), so the store stays one file: ~0.9 KB an
 * article, ~69 M characters at 10,000 issues, far under V8's 512 M string
 * limit. Files whose stat is as recorded are not read again
 * (lib/unchanged-files.ts).
 */
const articles = defineCollection({
  loader: htmlOnShelf(globSkippingUnchanged({ base: `${contentDir()}/${ARTICLES_DIR}`, pattern: ARTICLE_PATTERN, generateId: idFromPath, retainBody: false })),
  schema: articleSchema(themeLabels(readThemes(dataDir()))),
});

export const collections = { issues, articles };
