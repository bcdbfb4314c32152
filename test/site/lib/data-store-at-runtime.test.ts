import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DATA_STORE_MODULE_ID, dataStoreAtRuntimePlugin, dataStoreFile } from '../../../src/site/lib/data-store-at-runtime.ts';

const dir = mkdtempSync(join(tmpdir(), 'data-store-'));

describe('dataStoreAtRuntimePlugin', () => {
  // A devalue-flattened store as Astro writes it: collection name → entries.
  const store = [['Map', 1, 2], 'articles', ['Map', 3, 4], '2024-01-01/a', { title: 5 }, '标题 "引号" \\ 反斜杠'];
  const file = join(dir, 'data-store.json');
  writeFileSync(file, JSON.stringify(store));
  const { load } = dataStoreAtRuntimePlugin(file);

  it('loads the store module as code that reads the file, not as the file inlined', async () => {
    const loaded = load.handler(DATA_STORE_MODULE_ID);
    expect(loaded?.code).not.toContain('标题');
    const module = join(dir, 'store.mjs');
    writeFileSync(module, loaded?.code ?? '');
    const { default: read } = (await import(pathToFileURL(module).href)) as { default: unknown };
    expect(read).toEqual(store);
  });

  it('keeps Astro’s marker that content data is not page code', () => {
    expect(load.handler(DATA_STORE_MODULE_ID)?.meta).toEqual({ astroIncremental: { kind: 'content-data' } });
  });

  it('runs before Astro’s own loader and only for the store module', () => {
    expect(load.order).toBe('pre');
    expect(load.filter.id.test(DATA_STORE_MODULE_ID)).toBe(true);
    expect(load.filter.id.test('\0astro:data-layer-content-chunk:0.json')).toBe(false);
    expect(load.handler('\0astro:content')).toBeNull();
  });

  it('leaves a build without a store to Astro (its empty-store module)', () => {
    expect(dataStoreAtRuntimePlugin(join(dir, 'missing.json')).load.handler(DATA_STORE_MODULE_ID)).toBeNull();
  });
});

describe('dataStoreFile', () => {
  it('is data-store.json in the cache directory, where Astro writes the store in a build', () => {
    expect(dataStoreFile(pathToFileURL(`${dir}/cache/`))).toBe(join(dir, 'cache/data-store.json'));
  });
});
