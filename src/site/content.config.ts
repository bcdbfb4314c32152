/**
 * The converter's output as two content collections. Schemas live in
 * src/site/lib/schema.ts; the theme enum comes from data/taxonomy/themes.yaml.
 * CONTENT_DIR (default `content`) points the site at another content tree,
 * e.g. the test fixtures.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { leanStore } from './lib/lean-store.ts';
import { articleSchema, issueSchema } from './lib/schema.ts';
import { contentDir } from './lib/content-dir.ts';
import { loadTaxonomy } from './lib/taxonomy.ts';

const [firstTheme, ...otherThemes] = loadTaxonomy().themes.map((theme) => theme.label);
if (firstTheme === undefined) throw new Error('data/taxonomy/themes.yaml defines no themes');

/** Keep the path as the id (`2024-06-14/yi-dui-…`): the slugs are already URL-safe. */
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.md$/, '');

const issues = defineCollection({
  loader: leanStore(glob({ base: `${contentDir()}/issues`, pattern: '*.md', generateId: idFromPath })),
  schema: issueSchema,
});

/**
 * Bodies are not kept in the data store (the store is held in memory while
 * pages render): pages and feeds use the rendered HTML, and reading time is
 * counted on it too; nor is the copy of the frontmatter that rendering keeps
 * (see lib/lean-store.ts). Rendering stays eager: `deferRender` turns
 * every article into a Vite module (1,000 issues: bundling 6.6 s → 108 s,
 * peak 1.4 → 2.8 GB), and `collectionStorage: 'chunked'` measures each
 * character of the store apart when writing it (1,000 issues: 28 s of a 35 s
 * sync with nothing changed), so the store stays one file: ~6 KB an article,
 * ~250 M characters at 10,000 issues, under V8's 512 M string limit.
 */
const articles = defineCollection({
  loader: leanStore(glob({ base: `${contentDir()}/articles`, pattern: '*/*.md', generateId: idFromPath, retainBody: false })),
  schema: articleSchema([firstTheme, ...otherThemes]),
});

export const collections = { issues, articles };
