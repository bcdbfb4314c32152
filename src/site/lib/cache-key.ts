/**
 * Keys for Astro's incremental build (`cacheKey` from getStaticPaths): a page
 * whose key and code are unchanged is not rendered again. Pages render only
 * from their props (article bodies are covered by the entry digest the views
 * carry) and the site's configured name and tagline, so the key is a hash of
 * both and cannot miss a change.
 */
import { createHash } from 'node:crypto';
import { siteIdentity } from './identity.ts';

export function cacheKeyOf(props: unknown): string {
  return createHash('sha256').update(JSON.stringify(siteIdentity())).update('\0').update(JSON.stringify(props)).digest('base64url');
}
