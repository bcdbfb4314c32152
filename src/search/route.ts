/**
 * Which shards can hold a query's answer, so the browser asks only those.
 *
 * Built with the index: for every shard, the set of route keys of its folded
 * text (every character and every pair of neighbouring characters within a
 * whitespace run, the units the index itself is made of, normalize.ts). Each
 * key is stored once with the bitmask of the shards holding it, in one of
 * `buckets` files chosen by a hash of the key, so a query fetches only the
 * few small buckets its own keys fall in. A shard holding every key of a
 * query part may still not hold the part (the pairs may sit apart); a shard
 * missing one cannot: routing never drops an answer, and Pagefind's phrase
 * search inside the shard decides.
 *
 * Bucket file (gzip, `route/<n>.pf_route`): one line per key, `key<TAB>mask`,
 * the mask in hexadecimal, bit i = the manifest's i-th shard (newest first).
 */

/** Keys per bucket file the build aims at: about 4 KB compressed. */
export const KEYS_PER_BUCKET = 512;

/** The route keys of folded text: each character, and each pair within a whitespace run. */
export function routeKeys(folded: string): Set<string> {
  const keys = new Set<string>();
  for (const run of folded.split(' ')) {
    const chars = Array.from(run);
    chars.forEach((char, i) => {
      keys.add(char);
      const next = chars[i + 1];
      if (next !== undefined) keys.add(char + next);
    });
  }
  return keys;
}

/** The keys a folded query part needs: itself when one character, else its pairs. */
export function partKeys(part: string): string[] {
  const chars = Array.from(part);
  return chars.length === 1 ? chars : chars.slice(1).map((char, i) => chars[i] + char);
}

/** FNV-1a over UTF-16 code units: the same bucket in Node and in the browser. */
export function bucketOf(key: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % buckets;
}

export const bucketCount = (keys: number): number => Math.max(1, Math.ceil(keys / KEYS_PER_BUCKET));

/**
 * Bucket files' text from each shard's keys (`shardKeys[i]` for the manifest's
 * i-th shard): bucket number → file text, lines sorted by key.
 */
export function routeBuckets(shardKeys: readonly Iterable<string>[]): { buckets: number; files: Map<number, string> } {
  const masks = new Map<string, bigint>();
  shardKeys.forEach((keys, shard) => {
    const bit = 1n << BigInt(shard);
    for (const key of keys) masks.set(key, (masks.get(key) ?? 0n) | bit);
  });
  const buckets = bucketCount(masks.size);
  const lines = new Map<number, string[]>();
  for (const key of [...masks.keys()].sort()) {
    const bucket = bucketOf(key, buckets);
    const list = lines.get(bucket) ?? [];
    list.push(`${key}\t${masks.get(key)!.toString(16)}`);
    lines.set(bucket, list);
  }
  return { buckets, files: new Map([...lines].map(([bucket, list]) => [bucket, `${list.join('\n')}\n`])) };
}

/** A bucket file's text → key → shard mask. */
export function parseBucket(text: string): Map<string, bigint> {
  const masks = new Map<string, bigint>();
  for (const line of text.split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab > 0) masks.set(line.slice(0, tab), BigInt(`0x${line.slice(tab + 1)}`));
  }
  return masks;
}

/**
 * The shards (manifest indexes) that may hold every part, given a lookup of
 * a key's mask (0 when absent).
 */
export function routedShards(parts: readonly string[], maskOf: (key: string) => bigint, shardCount: number): number[] {
  let mask = (1n << BigInt(shardCount)) - 1n;
  for (const part of parts) for (const key of partKeys(part)) mask &= maskOf(key);
  return Array.from({ length: shardCount }, (_, i) => i).filter((i) => (mask >> BigInt(i)) & 1n);
}
