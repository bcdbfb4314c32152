/**
 * How the archive is split into Pagefind indexes, and the manifest the
 * search page reads to find them. Pure: build-archive.ts does the IO.
 *
 * Why shards: the Pagefind service holds a whole index in memory until it is
 * written, so a ten-year archive is not one index, and each shard is an
 * independent build (a CI job, a cache entry). A shard is one year, or, when a year holds more
 * articles than its cap, consecutive runs of whole days packed from the first
 * of January. The caps bound the build's memory; the newest year's, where
 * new issues land, also bounds what a rebuild after a new issue re-indexes
 * (the search page reads no shard's index, only result fragments, so the
 * shard count costs the browser nothing: layer.ts). Packing
 * from the start of the year keeps earlier shards' contents unchanged when
 * issues are added at the end; when a new year begins, the previous year is
 * re-packed once with the past years' cap. Shards never share a day, so the
 * newest-first order of the whole archive is the shards' order, newest shard
 * first, each in its own date order.
 */
import { FILTER_KEYS, recordFilters, type FilterKey, type SearchArticle } from './record.ts';
import type { LayerInfo } from './layer.ts';

/** The manifest's file name inside the bundle directory (`dist/pagefind/`). */
export const MANIFEST_FILE = 'shards.json';
export const MANIFEST_VERSION = 4;
export interface ShardCaps {
  /**
   * Most articles in a shard of a past year. The browser never loads a
   * Pagefind index (the exact-match layer, layer.ts, finds the results), so
   * small shards cost it nothing; the build holds one shard in the Pagefind
   * service (given each article's headline and meta; ~0.1 MB an article
   * when it was given the text as written, ~0.8 MB when it indexed encoded
   * character pairs, which set this cap).
   */
  closedYear: number;
  /** Most articles in a shard of the newest year: what one new issue makes the build re-index. */
  newestYear: number;
}

export const DEFAULT_SHARD_CAPS: ShardCaps = { closedYear: 1_000, newestYear: 1_000 };

export interface ShardEntry {
  id: string;
  /** Bundle directory relative to the manifest, ending in `/`. */
  path: string;
  articles: number;
  /** The shard's year: a year filter only asks the shards of that year. */
  year: string;
  /** First and last article dates, YYYY-MM-DD. */
  first: string;
  last: string;
}

export type FacetCounts = Record<FilterKey, Record<string, number>>;

export interface ShardManifest {
  version: typeof MANIFEST_VERSION;
  articles: number;
  /** Newest first. */
  shards: ShardEntry[];
  /** Every filter value with its article count over the whole archive. */
  facets: FacetCounts;
  /** The exact-match layer's shape (layer.ts). */
  layer: LayerInfo;
}

export interface PlannedShard<T> {
  id: string;
  year: string;
  items: T[];
}

/** Splits dated items into shards (see the module comment); shards come oldest first, items in date order. */
export function planShards<T extends { date: string }>(items: readonly T[], caps: ShardCaps): PlannedShard<T>[] {
  for (const [name, cap] of Object.entries(caps)) if (!(cap >= 1)) throw new RangeError(`shard cap ${name} must be at least 1, got ${cap}`);
  const byDay = new Map<string, T[]>();
  for (const item of items) {
    const day = byDay.get(item.date);
    if (day) day.push(item);
    else byDay.set(item.date, [item]);
  }
  const byYear = new Map<string, T[][]>();
  for (const date of [...byDay.keys()].sort()) {
    const year = date.slice(0, 4);
    const days = byYear.get(year) ?? [];
    days.push(byDay.get(date) ?? []);
    byYear.set(year, days);
  }
  const newestYear = [...byYear.keys()].at(-1);
  const shards: PlannedShard<T>[] = [];
  for (const [year, days] of byYear) {
    const cap = year === newestYear ? caps.newestYear : caps.closedYear;
    const packs: T[][] = [[]];
    for (const day of days) {
      const current = packs.at(-1) ?? [];
      if (current.length > 0 && current.length + day.length > cap) packs.push([...day]);
      else current.push(...day);
    }
    packs.forEach((pack, i) => shards.push({ id: packs.length === 1 ? year : `${year}-${i + 1}`, year, items: pack }));
  }
  return shards;
}

/** Article counts per filter value, as the index records them (record.ts). */
export function countFacets(articles: Iterable<Pick<SearchArticle, 'theme' | 'city' | 'date' | 'authors'>>): FacetCounts {
  const facets = Object.fromEntries(FILTER_KEYS.map((key) => [key, {}])) as FacetCounts;
  for (const article of articles) {
    const filters = recordFilters(article);
    for (const key of FILTER_KEYS) {
      for (const value of new Set(filters[key])) facets[key][value] = (facets[key][value] ?? 0) + 1;
    }
  }
  return facets;
}

/** The manifest for shards planned by planShards (given oldest first). */
export function shardManifest(shards: readonly PlannedShard<{ date: string }>[], facets: FacetCounts, layer: LayerInfo): ShardManifest {
  const entries = shards.map((shard): ShardEntry => ({
    id: shard.id,
    path: `${shard.id}/`,
    articles: shard.items.length,
    year: shard.year,
    first: shard.items[0]?.date ?? '',
    last: shard.items.at(-1)?.date ?? '',
  }));
  return {
    version: MANIFEST_VERSION,
    articles: entries.reduce((sum, entry) => sum + entry.articles, 0),
    shards: entries.reverse(),
    facets,
    layer,
  };
}

/** Checks a fetched manifest's shape; the message says what is wrong. */
export function parseManifest(value: unknown, source: string): ShardManifest {
  const fail = (problem: string): never => {
    throw new Error(`${source}: ${problem} (rebuild the search index: npm run build:search)`);
  };
  if (typeof value !== 'object' || value === null) return fail('not a JSON object');
  const manifest = value as Partial<ShardManifest>;
  if (manifest.version !== MANIFEST_VERSION) return fail(`version ${String(manifest.version)}, expected ${MANIFEST_VERSION}`);
  if (!Array.isArray(manifest.shards) || manifest.shards.length === 0) return fail('lists no shards');
  for (const shard of manifest.shards) {
    if (typeof shard?.path !== 'string' || !shard.path.endsWith('/') || typeof shard.year !== 'string') fail(`has a malformed shard ${JSON.stringify(shard)}`);
  }
  if (typeof manifest.facets !== 'object' || manifest.facets === null) return fail('has no facets');
  const segments = manifest.layer?.segments;
  if (!Array.isArray(segments) || segments.length === 0) return fail('has no layer segments');
  for (const segment of segments) {
    if (typeof segment?.path !== 'string' || !segment.path.endsWith('/') || !(segment.buckets >= 1) || !(segment.articles >= 0)) fail(`has a malformed layer segment ${JSON.stringify(segment)}`);
  }
  return manifest as ShardManifest;
}
