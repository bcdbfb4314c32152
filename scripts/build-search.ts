/**
 * `npm run build`'s search stage (run beside `astro build`): index every
 * article of the content collection into `${OUT_DIR}/pagefind/`, one
 * Pagefind index per shard plus the exact-match layer and `shards.json` (see
 * src/search/index/build-archive.ts). The bundle is written beside the
 * published one and swapped in when complete (replace-dir.ts).
 *
 * Progress and the final summary on stderr; stdout stays empty unless
 * `--json` asks for the summary as data (shards indexed or cached, wall
 * time, peak resident memory of the Pagefind service, alone and with this
 * process: the whole search stage). Exit 1 when indexing fails (bad content
 * or a Pagefind error), 2 on usage or setup errors.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CliError, EXIT, helpText, main, parseFlags, SetupError } from '../src/cli-kit/index.ts';
import { buildArchiveIndex } from '../src/search/index/build-archive.ts';
import { watchDescendantsPeak } from '../src/search/index/process-memory.ts';
import { replaceDir } from '../src/search/index/replace-dir.ts';
import { DEFAULT_SHARD_CAPS } from '../src/search/shards.ts';
import { toSimplified } from '../src/search/client/simplify.ts';

const COMMAND = {
  usage: 'npm run build:search -- [options]',
  summary: 'Index every article of the content collections into <OUT_DIR>/pagefind/: one Pagefind index per shard, plus shards.json.',
  flags: {
    'no-cache': { type: 'boolean', description: 'index every shard, ignoring the shard cache' },
    shard: { type: 'string', value: 'ID', description: 'index only that shard into the cache and write nothing else (one CI job of many)' },
    json: { type: 'boolean', description: 'print the summary as one JSON document on stdout' },
    help: { type: 'boolean', short: 'h', description: 'show this help' },
  },
  footer: `Environment:
  CONTENT_DIR              content collections (default content)
  OUT_DIR                  the built site (default dist)
  BASE_PATH                sub-path the site is served under (default /), prefixed to record URLs
  SEARCH_CACHE_DIR         shard cache (default .cache/search)
  SEARCH_SHARD_MAX         most articles in one shard of a past year (default ${DEFAULT_SHARD_CAPS.closedYear})
  SEARCH_NEWEST_SHARD_MAX  most articles in one shard of the newest year (default ${DEFAULT_SHARD_CAPS.newestYear})
Exit codes: 0 indexed, 1 indexing failed, 2 usage or setup error.`,
} as const;

function positive(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new SetupError(`${name} must be a positive integer, got ${process.env[name]}`);
  return value;
}

main('build-search', async () => {
  const { values } = parseFlags(process.argv.slice(2), COMMAND);
  if (values.help) {
    process.stdout.write(helpText(COMMAND));
    return EXIT.ok;
  }
  const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
  const outDir = resolve(process.env.OUT_DIR ?? 'dist');
  const base = process.env.BASE_PATH ?? '/';
  const shardCaps = { closedYear: positive('SEARCH_SHARD_MAX', DEFAULT_SHARD_CAPS.closedYear), newestYear: positive('SEARCH_NEWEST_SHARD_MAX', DEFAULT_SHARD_CAPS.newestYear) };
  const cacheDir = values['no-cache'] ? undefined : resolve(process.env.SEARCH_CACHE_DIR ?? '.cache/search');

  const bundleDir = join(outDir, 'pagefind');
  // What an earlier build left half-written, if it was killed, goes first.
  const nextBundleDir = join(outDir, '.pagefind-next');
  await rm(nextBundleDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });

  const memory = watchDescendantsPeak();
  const [outcome] = await Promise.allSettled([
    buildArchiveIndex({ contentDir, outDir: nextBundleDir, base, cacheDir, shardCaps, onlyShard: values.shard, toSimplified, log: (line) => process.stderr.write(`${line}\n`) }),
  ]);
  const peak = await memory.stop();
  if (outcome.status === 'rejected') {
    await rm(nextBundleDir, { recursive: true, force: true });
    const reason: unknown = outcome.reason;
    throw new CliError(reason instanceof Error ? reason.message : String(reason), EXIT.failed);
  }
  const result = outcome.value;
  if (values.shard === undefined) await replaceDir(nextBundleDir, bundleDir);
  const indexed = result.shards.filter((shard) => !shard.cached);
  process.stderr.write(
    `search: ${result.articles} articles, ${result.shards.length} shard(s) (${indexed.length} indexed, ${result.shards.length - indexed.length} from cache) in ${(result.milliseconds / 1000).toFixed(1)} s` +
      `${peak === undefined ? '' : `, Pagefind peak ${(peak.descendants / 2 ** 30).toFixed(2)} GB, with this process ${(peak.withRoot / 2 ** 30).toFixed(2)} GB`}\n`,
  );
  if (values.json) {
    const summary = {
      articles: result.articles,
      shards: result.shards,
      shardCaps,
      scanSeconds: result.scanMilliseconds / 1000,
      seconds: result.milliseconds / 1000,
      pagefindPeakBytes: peak?.descendants ?? null,
      peakBytes: peak?.withRoot ?? null,
    };
    process.stdout.write(`${JSON.stringify(summary)}\n`);
  }
  return EXIT.ok;
});
