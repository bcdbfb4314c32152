/**
 * Keys for Astro's incremental build (`cacheKey` from getStaticPaths): a page
 * whose key and code are unchanged is not rendered again. Pages render only
 * from their props (article bodies are covered by the entry digest the views
 * carry) and the site's configured name and tagline, so the key is a hash of
 * both and cannot miss a change.
 */
import { createHash } from 'node:crypto';
import { siteIdentity } from './identity.ts';

/**
 * Hashes of objects that many pages' props share (article views: an article
 * is shown by its own page, its neighbours', the pages it is related to and
 * its topics' listings). Each is serialised once per build instead of once
 * per page showing it: at 10,000 issues that was ~650 MB of JSON hashed in
 * every build, incremental or not.
 */
const sharedHashes = new WeakMap<object, string>();

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/** Registers objects that props share; they must not change afterwards (the model's views are built once and never edited). */
export function shareInCacheKeys(values: Iterable<object>): void {
  for (const value of values) sharedHashes.set(value, sha256(JSON.stringify(value)));
}

/** A shared object stands in the props' JSON as its hash, marked so no plain string can equal it. */
function sharedAsHash(_key: string, value: unknown): unknown {
  const hash = typeof value === 'object' && value !== null ? sharedHashes.get(value) : undefined;
  return hash === undefined ? value : { shared: hash };
}

export function cacheKeyOf(props: unknown): string {
  return createHash('sha256').update(JSON.stringify(siteIdentity())).update('\0').update(JSON.stringify(props, sharedAsHash)).digest('base64url');
}
