/**
 * Astro hands the content layer's data store to the pages as a module whose
 * source is the whole store inlined as one string literal
 * (`export default JSON.parse("…")`). At 10,000 issues that string is ~445 MB:
 * bundling it was 36 s of the build, and the module's source, its literal and
 * the parsed store were all held while every page rendered.
 *
 * This integration loads the module as code that reads the store file when
 * the pages are rendered instead. The store file is the one Astro wrote in
 * the same build (`<cacheDir>/data-store.json`), so the pages see the same
 * data; the module keeps Astro's incremental-build marker, so a change of
 * content still does not count as a change of the pages' code.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's resolved id of the `astro:data-layer-content` virtual module. */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';

/** Where Astro writes the store in a build (its DATA_STORE_FILE under cacheDir). */
export function dataStoreFile(cacheDir: URL): string {
  return fileURLToPath(new URL('data-store.json', cacheDir));
}

/** The module's code: the store read and parsed when the module is first imported. */
export function dataStoreModuleCode(file: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

/** Astro's marker that keeps content data out of the pages' code hash (core/build/incremental-metadata.js). */
const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } } as const;

/** The Vite plugin: runs before Astro's own loader of the module (`order: 'pre'`). */
export function dataStoreAtRuntimePlugin(file: string) {
  return {
    name: 'baozhai:data-store-at-runtime',
    load: {
      order: 'pre' as const,
      filter: { id: new RegExp(`^${DATA_STORE_MODULE_ID}$`) },
      handler(id: string) {
        // No store yet (no collection synced): Astro's own loader writes the empty module.
        if (id !== DATA_STORE_MODULE_ID || !existsSync(file)) return null;
        return { code: dataStoreModuleCode(file), map: { mappings: '' }, meta: CONTENT_DATA_META };
      },
    },
  };
}

export function dataStoreAtRuntime(): AstroIntegration {
  return {
    name: 'baozhai:data-store-at-runtime',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // The dev server reads the store from .astro/ and reloads it as content changes: leave it to Astro.
        if (command !== 'build') return;
        updateConfig({ vite: { plugins: [dataStoreAtRuntimePlugin(dataStoreFile(config.cacheDir))] } });
      },
    },
  };
}
