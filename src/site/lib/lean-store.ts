/**
 * Astro walks, writes, reads and parses its whole data store in every build,
 * so entries are stored without what no page reads from the store: the
 * rendered Markdown (`rendered`: the HTML, and metadata such as the copy of
 * the frontmatter that rendering keeps for `remarkPluginFrontmatter`).
 * `leanStore` drops it (issues are frontmatter only); `htmlOnShelf` keeps the
 * HTML on the shelf instead (html-shelf.ts), where article pages and feeds
 * read it. `data` (the validated frontmatter) and the digest are untouched.
 */
import { randomUUID } from 'node:crypto';
import type { Loader, LoaderContext } from 'astro/loaders';
import { emptyShelf, readStamp, removeStamp, ShelfWrites, shelfDir, writeStamp } from './html-shelf.ts';

type Store = LoaderContext['store'];
type StoredEntry = Parameters<Store['set']>[0];

/** The entry without its rendered Markdown. */
export function withoutRendered(entry: StoredEntry): StoredEntry {
  if (!('rendered' in entry)) return entry;
  const { rendered: _rendered, ...rest } = entry;
  return rest;
}

/** `loader` with some of its store's methods replaced. */
function withStore(loader: Loader, context: LoaderContext, replaced: Partial<Store>): ReturnType<Loader['load']> {
  const store = new Proxy(context.store, { get: (target, key, receiver) => (Object.hasOwn(replaced, key) ? replaced[key as keyof Store] : Reflect.get(target, key, receiver)) });
  return loader.load({ ...context, store });
}

export function leanStore(loader: Loader): Loader {
  return { ...loader, load: (context) => withStore(loader, context, { set: (entry) => context.store.set(withoutRendered(entry)) }) };
}

/** The meta store's key for the stamp of the shelf the store's entries were rendered to. */
export const SHELF_STAMP_KEY = 'html-shelf-stamp';

export function htmlOnShelf(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const dir = shelfDir(context.config.cacheDir);
      // A store and shelf of different builds (or a shelf never written):
      // the store's entries may have no HTML on the shelf, so all are rendered again.
      const stamp = readStamp(dir);
      if (stamp === undefined || stamp !== context.meta.get(SHELF_STAMP_KEY)) {
        context.store.clear();
        emptyShelf(dir);
      }
      const writes = new ShelfWrites();
      let loading = true;
      // The stamp goes before the first change and comes back, new, once the shelf is written.
      const change = (record: (writes: ShelfWrites) => void) => {
        if (writes.empty) removeStamp(dir);
        record(writes);
      };
      const commit = () => {
        writes.commit(dir);
        const next = randomUUID();
        writeStamp(dir, next);
        context.meta.set(SHELF_STAMP_KEY, next);
      };
      const set: Store['set'] = (entry) => {
        change((shelf) => shelf.put(entry.id, { digest: String(entry.digest ?? ''), html: entry.rendered?.html ?? '' }));
        const stored = context.store.set(withoutRendered(entry));
        // The dev server's loader keeps setting entries after load() (files edited while it runs).
        if (!loading) commit();
        return stored;
      };
      const remove: Store['delete'] = (id) => {
        change((shelf) => shelf.remove(id));
        context.store.delete(id);
        if (!loading) commit();
      };
      await withStore(loader, context, { set, delete: remove });
      loading = false;
      if (!writes.empty) commit();
    },
  };
}
