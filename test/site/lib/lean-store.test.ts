import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { readBucket, readStamp, shelfDir, shelvedHtml, bucketOf, writeStamp } from '../../../src/site/lib/html-shelf.ts';
import { htmlOnShelf, leanStore, SHELF_STAMP_KEY, withoutRendered } from '../../../src/site/lib/lean-store.ts';

const data = { title: '标题', tags: ['城市'] };
const rendered = { html: '<p>正文</p>', metadata: { headings: [], imagePaths: [], frontmatter: { ...data } } };

describe('withoutRendered', () => {
  it('drops the rendered Markdown and keeps the data, the digest and the rest', () => {
    expect(withoutRendered({ id: 'a', data, digest: 'd', filePath: 'content/a.md', rendered })).toEqual({ id: 'a', data, digest: 'd', filePath: 'content/a.md' });
  });

  it('leaves an entry without rendered Markdown as it is', () => {
    const entry = { id: 'c', data };
    expect(withoutRendered(entry)).toBe(entry);
  });
});

type Entry = Parameters<LoaderContext['store']['set']>[0];

/** A loader context over maps, as Astro's scoped and meta stores behave for these loaders. */
function fakeContext(cacheDir: string, entries = new Map<string, Entry>(), meta = new Map<string, string>()) {
  const store = {
    set: (entry: Entry) => (entries.set(entry.id, entry), true),
    get: (id: string) => entries.get(id),
    has: (id: string) => entries.has(id),
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
    keys: () => [...entries.keys()],
  };
  const context = {
    store,
    meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => void meta.set(key, value) },
    config: { cacheDir: pathToFileURL(`${cacheDir}/`) },
  } as unknown as LoaderContext;
  return { context, entries, meta };
}

/** A stand-in for the glob loader: sets the given entries, deletes the given ids, and reports what the store held when it started. */
function loaderOf(sets: Entry[], deletes: string[] = [], seen: string[][] = []): Loader {
  return {
    name: 'glob-loader',
    load: async ({ store }) => {
      seen.push([...store.keys()]);
      for (const entry of sets) store.set(entry);
      for (const id of deletes) store.delete(id);
    },
  };
}

const article = (id: string, digest: string, html: string): Entry => ({ id, data, digest, filePath: `content/articles/${id}.md`, rendered: { html, metadata: { headings: [], imagePaths: [] } } });

describe('leanStore', () => {
  it('stores what the wrapped loader sets without its rendered Markdown, and passes every other store call through', async () => {
    const { context, entries } = fakeContext(mkdtempSync(join(tmpdir(), 'lean-')));
    await leanStore({
      name: 'glob-loader',
      load: async ({ store }) => {
        store.set({ id: 'a', data, digest: 'd', rendered });
        expect(store.has('a')).toBe(true);
      },
    }).load(context);
    expect(entries.get('a')).toEqual({ id: 'a', data, digest: 'd' });
  });
});

describe('htmlOnShelf', () => {
  it('keeps the HTML on the shelf and the entry in the store without it, stamped alike', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'shelf-'));
    const { context, entries, meta } = fakeContext(cache);
    await htmlOnShelf(loaderOf([article('2024-01-01-p1/a', 'd1', '<p>甲</p>'), article('2024-01-01-p1/b', 'd2', '<p>乙</p>')])).load(context);
    const dir = shelfDir(context.config.cacheDir);
    expect(entries.get('2024-01-01-p1/a')).toEqual({ id: '2024-01-01-p1/a', data, digest: 'd1', filePath: 'content/articles/2024-01-01-p1/a.md' });
    expect(shelvedHtml(dir, '2024-01-01-p1/a', 'd1')).toBe('<p>甲</p>');
    expect(shelvedHtml(dir, '2024-01-01-p1/b', 'd2')).toBe('<p>乙</p>');
    expect(readStamp(dir)).toBeDefined();
    expect(meta.get(SHELF_STAMP_KEY)).toBe(readStamp(dir));
  });

  it('writes nothing when nothing changed, and keeps the store', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'shelf-'));
    const { context, entries, meta } = fakeContext(cache);
    await htmlOnShelf(loaderOf([article('2024-01-01-p1/a', 'd1', '<p>甲</p>')])).load(context);
    const stamp = readStamp(shelfDir(context.config.cacheDir));
    const seen: string[][] = [];
    await htmlOnShelf(loaderOf([], [], seen)).load(context);
    expect(seen).toEqual([['2024-01-01-p1/a']]);
    expect(readStamp(shelfDir(context.config.cacheDir))).toBe(stamp);
    expect(meta.get(SHELF_STAMP_KEY)).toBe(stamp);
    expect(entries.size).toBe(1);
  });

  it('serves an edited article’s new HTML and never the old one, and forgets a removed article', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'shelf-'));
    const { context } = fakeContext(cache);
    await htmlOnShelf(loaderOf([article('2024-01-01-p1/a', 'd1', '<p>甲</p>'), article('2024-01-01-p1/b', 'd2', '<p>乙</p>')])).load(context);
    await htmlOnShelf(loaderOf([article('2024-01-01-p1/a', 'd3', '<p>甲，改</p>')], ['2024-01-01-p1/b'])).load(context);
    const dir = shelfDir(context.config.cacheDir);
    expect(shelvedHtml(dir, '2024-01-01-p1/a', 'd3')).toBe('<p>甲，改</p>');
    expect(() => shelvedHtml(dir, '2024-01-01-p1/a', 'd1')).toThrow(/No rendered HTML of 2024-01-01-p1\/a \(digest d1\)/);
    expect(readBucket(dir, bucketOf('2024-01-01-p1/b'))).not.toHaveProperty('2024-01-01-p1/b');
  });

  it('renders everything again when the store and the shelf are not of the same build', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'shelf-'));
    const { context, meta } = fakeContext(cache);
    await htmlOnShelf(loaderOf([article('2024-01-01-p1/a', 'd1', '<p>甲</p>')])).load(context);
    const dir = shelfDir(context.config.cacheDir);
    // A build that stopped after writing the shelf, before Astro saved the store with the new stamp.
    writeStamp(dir, 'a later build');
    const seen: string[][] = [];
    await htmlOnShelf(loaderOf([], [], seen)).load(context);
    expect(seen).toEqual([[]]);
    expect(readBucket(dir, bucketOf('2024-01-01-p1/a'))).toEqual({});
    expect(meta.get(SHELF_STAMP_KEY)).not.toBe('a later build');
  });

  it('renders everything again when the store comes without a shelf (a cache of the build before the shelf)', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'shelf-'));
    const { context } = fakeContext(cache, new Map([['2024-01-01-p1/a', article('2024-01-01-p1/a', 'd1', '<p>甲</p>')]]));
    const seen: string[][] = [];
    await htmlOnShelf(loaderOf([], [], seen)).load(context);
    expect(seen).toEqual([[]]);
  });

  it('writes the shelf at once for entries set after loading (the dev server’s file watcher)', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'shelf-'));
    const { context, meta } = fakeContext(cache);
    let later: (() => void) | undefined;
    await htmlOnShelf({
      name: 'glob-loader',
      load: async ({ store }) => {
        later = () => store.set(article('2024-01-01-p1/a', 'd9', '<p>新</p>'));
      },
    }).load(context);
    later?.();
    const dir = shelfDir(context.config.cacheDir);
    expect(shelvedHtml(dir, '2024-01-01-p1/a', 'd9')).toBe('<p>新</p>');
    expect(meta.get(SHELF_STAMP_KEY)).toBe(readStamp(dir));
  });
});
