// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { markdownProcessor } from './src/site/lib/markdown.ts';
import { dataStoreAtRuntime } from './src/site/lib/data-store-at-runtime.ts';
import { htmlShelf } from './src/site/lib/html-shelf.ts';
import { pagesCopyIsOutput, pruneStalePages } from './src/site/lib/incremental-output.ts';

/**
 * Where the site is served. `SITE_URL` is the origin (plus any path) used for
 * canonical and feed URLs; `BASE_PATH` is the sub-path the files sit under
 * (`/digest/` on GitHub Pages project sites); `OUT_DIR` lets tests build the
 * sub-path variant beside the root one.
 */
const base = process.env.BASE_PATH ?? '/';
const outDir = process.env.OUT_DIR ?? 'dist';
/**
 * The content layer's store and the incremental build's manifest live here
 * between builds. Each output directory gets its own (builds of the root and
 * sub-path variants may run at once, and the incremental page copies are the
 * output itself: see src/site/lib/incremental-output.ts); benches and tests
 * building into throwaway directories pass ASTRO_CACHE_DIR.
 */
const cacheDir = process.env.ASTRO_CACHE_DIR ?? `node_modules/.astro/out-${createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 12)}`;
const site = process.env.SITE_URL ?? 'https://baozhai.example.org';

/** What decides how Markdown renders: the site's plugins, the contract's dialect and the processor's versions (see src/site/lib/markdown.ts). */
const markdownFingerprint = createHash('sha256')
  .update(['src/site/lib/markdown.ts', 'src/contract/markdown.ts', 'node_modules/satteri/package.json', 'node_modules/@astrojs/markdown-satteri/package.json'].map((file) => readFileSync(new URL(file, import.meta.url))).join('\0'))
  .digest('hex');

export default defineConfig({
  site,
  base,
  // The site is one of the project's programs: its pages, components and modules live in src/site/.
  srcDir: './src/site',
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // Lossless whitespace removal: the 'jsx' default drops the space between an
  // inline tag and a following Latin word or number.
  compressHTML: true,
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [sitemap(), pagesCopyIsOutput(), pruneStalePages(), dataStoreAtRuntime(), htmlShelf()],
  experimental: {
    // Pages whose getStaticPaths cacheKey (a hash of their props) and code are
    // unchanged are copied from the last build instead of rendered.
    incrementalBuild: true,
  },
  // Keep the last build's pages in place for the incremental build to skip
  // (emptying and restoring 10,000 pages took 24 s of a 65 s rebuild);
  // pruneStalePages removes those no longer built.
  vite: { build: { emptyOutDir: false } },
  markdown: {
    // Astro's native processor, GFM tables only in effect (see src/site/lib/markdown.ts).
    processor: markdownProcessor(markdownFingerprint),
    syntaxHighlight: false,
  },
});
