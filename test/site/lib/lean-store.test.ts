import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { leanStore, withoutFrontmatterCopy } from '../../../src/site/lib/lean-store.ts';

const data = { title: '标题', tags: ['城市'] };
const rendered = { html: '<p>正文</p>', metadata: { headings: [], imagePaths: [], frontmatter: { ...data } } };

describe('withoutFrontmatterCopy', () => {
  it('drops the frontmatter copy and keeps the data, the HTML and the other metadata', () => {
    expect(withoutFrontmatterCopy({ id: 'a', data, digest: 'd', rendered })).toEqual({
      id: 'a',
      data,
      digest: 'd',
      rendered: { html: '<p>正文</p>', metadata: { headings: [], imagePaths: [] } },
    });
  });

  it('leaves an entry without rendered metadata as it is', () => {
    const entry = { id: 'b', data, rendered: { html: '' } };
    expect(withoutFrontmatterCopy(entry)).toBe(entry);
    expect(withoutFrontmatterCopy({ id: 'c', data })).toEqual({ id: 'c', data });
  });
});

describe('leanStore', () => {
  it('stores what the wrapped loader sets without the copy, and passes every other store call through', async () => {
    const stored = new Map<string, unknown>();
    const store = {
      set: (entry: { id: string }) => (stored.set(entry.id, entry), true),
      get: (id: string) => stored.get(id),
      has: (id: string) => stored.has(id),
    } as unknown as LoaderContext['store'];
    const loader = leanStore({
      name: 'glob-loader',
      load: async ({ store: scoped }) => {
        scoped.set({ id: 'a', data, digest: 'd', rendered });
        expect(scoped.has('a')).toBe(true);
      },
    });
    expect(loader.name).toBe('glob-loader');
    await loader.load({ store } as LoaderContext);
    expect(stored.get('a')).toEqual({ id: 'a', data, digest: 'd', rendered: { html: '<p>正文</p>', metadata: { headings: [], imagePaths: [] } } });
  });
});
