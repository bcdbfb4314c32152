/**
 * Markdown rendering keeps a second copy of every entry's frontmatter in
 * `rendered.metadata.frontmatter` (for `remarkPluginFrontmatter`, which no
 * page reads). The data store holds it for every article, and Astro walks,
 * writes, reads and parses the whole store in every build: the copy was about
 * 40 % of the store's values. `leanStore` wraps a loader so the entries it
 * stores come without it; `data` (the validated frontmatter) is untouched.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/** The entry without the frontmatter copy of its rendered metadata. */
export function withoutFrontmatterCopy(entry: StoredEntry): StoredEntry {
  const metadata = entry.rendered?.metadata;
  if (!entry.rendered || !metadata || !('frontmatter' in metadata)) return entry;
  const { frontmatter: _copy, ...rest } = metadata;
  return { ...entry, rendered: { ...entry.rendered, metadata: rest } };
}

export function leanStore(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const set: LoaderContext['store']['set'] = (entry) => context.store.set(withoutFrontmatterCopy(entry));
      const store = new Proxy(context.store, { get: (target, key, receiver) => (key === 'set' ? set : Reflect.get(target, key, receiver)) });
      return loader.load({ ...context, store });
    },
  };
}
