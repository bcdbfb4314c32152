// @ts-check
// The floor: the same article Markdown rendered by a bare Astro project (one
// template, default Markdown processor, no integrations), so the benchmark can
// say how much the real site costs on top of what Astro itself costs.
// Run from the repository root: CONTENT_DIR=… OUT_DIR=… astro build --root bench/floor
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';

const { OUT_DIR, ASTRO_CACHE_DIR } = process.env;
if (!OUT_DIR) throw new Error('bench/floor: set OUT_DIR to the directory the floor build writes to');

export default defineConfig({
  // Resolved against the working directory, not bench/floor, like every other path the bench passes.
  outDir: resolve(OUT_DIR),
  // Keep Astro's data store out of the repository's node_modules so floor runs never share it with the site.
  cacheDir: resolve(ASTRO_CACHE_DIR ?? '.cache/bench/floor-astro'),
  vite: { cacheDir: resolve(ASTRO_CACHE_DIR ?? '.cache/bench/floor-astro', 'vite') },
});
