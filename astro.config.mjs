// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import rehypeScrollableTables from './src/lib/site/rehype-scrollable-tables.ts';
import remarkGfmTables from './src/lib/site/remark-gfm-tables.ts';

/**
 * Where the site is served. `SITE_URL` is the origin (plus any path) used for
 * canonical and feed URLs; `BASE_PATH` is the sub-path the files sit under
 * (`/digest/` on GitHub Pages project sites); `OUT_DIR` lets tests build the
 * sub-path variant beside the root one.
 */
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://baozhai.example.org';

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? 'dist',
  // The content layer's store lives here between builds; benches give each corpus its own.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro',
  trailingSlash: 'always',
  // Lossless whitespace removal: the 'jsx' default drops the space between an
  // inline tag and a following Latin word or number.
  compressHTML: true,
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [sitemap()],
  markdown: {
    // The converter owns the text: GFM only for tables (no autolinked URLs),
    // no SmartyPants (raw quotes and dashes stay as printed).
    processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfmTables], rehypePlugins: [rehypeScrollableTables] }),
  },
});
