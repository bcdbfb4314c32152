/**
 * The converter's output as two content collections. Schemas live in
 * src/lib/site/schema.ts; the theme enum comes from data/taxonomy/themes.yaml.
 * CONTENT_DIR (default `content`) points the site at another content tree,
 * e.g. the test fixtures.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, issueSchema } from './lib/site/schema.ts';
import { contentDir } from './lib/site/content-dir.ts';
import { loadTaxonomy } from './lib/site/taxonomy.ts';

const [firstTheme, ...otherThemes] = loadTaxonomy().themes.map((theme) => theme.label);
if (firstTheme === undefined) throw new Error('data/taxonomy/themes.yaml defines no themes');

/** Keep the path as the id (`2024-06-14/yi-dui-…`): the slugs are already URL-safe. */
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.md$/, '');

const issues = defineCollection({
  loader: glob({ base: `${contentDir()}/issues`, pattern: '*.md', generateId: idFromPath }),
  schema: issueSchema,
});

const articles = defineCollection({
  loader: glob({ base: `${contentDir()}/articles`, pattern: '*/*.md', generateId: idFromPath }),
  schema: articleSchema([firstTheme, ...otherThemes]),
});

export const collections = { issues, articles };
