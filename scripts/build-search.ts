/**
 * `npm run build` step after `astro build`: index every article of the
 * content collection into `${OUT_DIR}/pagefind/`, one Pagefind index per
 * shard plus `shards.json` (see src/search/build-archive.ts).
 *
 *   CONTENT_DIR       content collections (default content)
 *   OUT_DIR           the built site (default dist)
 *   BASE_PATH         sub-path the site is served under (default /), prefixed to record URLs
 *   SEARCH_CACHE_DIR  shard cache (default .cache/search); `--no-cache` indexes every shard
 *   `--shard ID`      index only that shard into the cache, write nothing else (one CI job of many)
 *   SEARCH_SHARD_MAX  most articles in one shard of a past year (default 1000)
 *   SEARCH_NEWEST_SHARD_MAX  most articles in one shard of the newest year (default 1000)
 *
 * Progress on stderr; on stdout a JSON summary: shards (indexed or cached),
 * wall time, and the peak resident memory of the Pagefind service, alone and
 * with this process (the whole search stage). Exit 1
 * on bad input or a Pagefind error.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildArchiveIndex } from '../src/search/index/build-archive.ts';
import { watchDescendantsPeak } from '../src/search/index/process-memory.ts';
import { DEFAULT_SHARD_CAPS } from '../src/search/shards.ts';
import { toSimplified } from '../src/search/client/simplify.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'no-cache': { type: 'boolean', default: false }, shard: { type: 'string' } }, allowPositionals: false });
  const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
  const outDir = resolve(process.env.OUT_DIR ?? 'dist');
  const base = process.env.BASE_PATH ?? '/';
  const positive = (name: string, fallback: number): number => {
    const value = Number(process.env[name] ?? fallback);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got ${process.env[name]}`);
    return value;
  };
  const shardCaps = { closedYear: positive('SEARCH_SHARD_MAX', DEFAULT_SHARD_CAPS.closedYear), newestYear: positive('SEARCH_NEWEST_SHARD_MAX', DEFAULT_SHARD_CAPS.newestYear) };
  if (!existsSync(outDir)) throw new Error(`${outDir} does not exist: run astro build first (or set OUT_DIR)`);
  const cacheDir = values['no-cache'] ? undefined : resolve(process.env.SEARCH_CACHE_DIR ?? '.cache/search');

  const memory = watchDescendantsPeak();
  const [outcome] = await Promise.allSettled([
    buildArchiveIndex({ contentDir, outDir: join(outDir, 'pagefind'), base, cacheDir, shardCaps, onlyShard: values.shard, toSimplified, log: (line) => console.error(line) }),
  ]);
  const peak = await memory.stop();
  if (outcome.status === 'rejected') throw outcome.reason;
  const result = outcome.value;
  const indexed = result.shards.filter((shard) => !shard.cached);
  console.error(
    `search: ${result.articles} articles, ${result.shards.length} shard(s) (${indexed.length} indexed, ${result.shards.length - indexed.length} from cache) in ${(result.milliseconds / 1000).toFixed(1)} s` +
      (peak === undefined ? '' : `, Pagefind peak ${(peak.descendants / 2 ** 30).toFixed(2)} GB, with this process ${(peak.withRoot / 2 ** 30).toFixed(2)} GB`),
  );
  process.stdout.write(
    `${JSON.stringify({
      articles: result.articles,
      shards: result.shards,
      shardCaps,
      scanSeconds: result.scanMilliseconds / 1000,
      seconds: result.milliseconds / 1000,
      pagefindPeakBytes: peak?.descendants ?? null,
      peakBytes: peak?.withRoot ?? null,
    })}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
