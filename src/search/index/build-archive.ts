/**
 * The search index builder room (src/search/index/, with what it shares with
 * the client in src/search/*.ts): it reads the converted content through the
 * contract and owns everything under `dist/pagefind/`: records, shards, the
 * exact-match layer, the manifest and the shard cache. It never reads the
 * site or the converter.
 *
 * The whole archive's search bundle: article files → shards (shards.ts) →
 * one Pagefind index per shard (build-index.ts), each written and its
 * service closed before the next → `<outDir>/<shard>/`, the exact-match
 * layer `<outDir>/layer/` merged from the shards' parts (build-layer.ts) and
 * the manifest `<outDir>/shards.json` the search page reads.
 *
 * Incremental: each shard's written files are kept in `cacheDir/<key>/`,
 * the key hashing everything its records are made from: every article
 * file's bytes, the issue titles and dates they show, the base path, and a fingerprint
 * of the code and packages that turn files into records (src/search/, the
 * content contract that reads the files, Pagefind and the text packages' versions). A rebuild indexes
 * only shards whose key is not cached and links (or copies) the others.
 * Each layer segment's files are kept in `cacheDir/layer-<id>/` (the head,
 * the newest shard; the base, every other: layer.ts), and what each content
 * file parsed to in `cacheDir/scan-memo.json` (scan-cache.ts), so a new
 * issue parses its own files, indexes the newest shard and merges its
 * segment, and links the rest.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryId, ARTICLES_DIR, ISSUES_DIR } from '../../contract/paths.ts';
import { parseArticle, parseIssue } from '../../contract/read.ts';
import { articleSchema, type ArticleSchema } from '../../contract/schema.ts';
import { readThemes, themeLabels } from '../../contract/themes.ts';
import { headData, searchArticle, searchHead, type HeadData, type IssueInfo } from './article-file.ts';
import { memoized, readMemo, writeMemo, type Memo, type MemoRun } from './scan-cache.ts';
import { buildSearchIndex } from './build-index.ts';
import { deserializePart, layerInfo, mergeParts, serializePart, type LayerLimits, type LayerPart, type SegmentInfo } from './build-layer.ts';
import { BIG_LIST_BYTES, BUCKET_BYTES, HEAD_BUCKET_BYTES, LAYER_DIR } from '../layer.ts';
import type { ToSimplified } from '../normalize.ts';
import type { SearchArticle } from '../record.ts';
import { MANIFEST_FILE, countFacets, planShards, shardManifest, type PlannedShard, type ShardCaps, type ShardManifest } from '../shards.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/**
 * The code that makes records and indexes: the index builder's modules, the
 * content contract it reads the files and addresses the pages through, and
 * the date formats records print.
 */
const CODE_SOURCES = ['src/search', 'src/contract', 'src/dates'];
/** The part of src/search that runs only in the browser: changing it re-indexes nothing. */
const NOT_THE_INDEXER = ['src/search/client/'];
/** Packages whose version alters the index: the indexer, traditional → simplified, Markdown and YAML parsing, validation defaults. */
const INDEX_PACKAGES = ['pagefind', '@pagefind/linux-x64', 'opencc-js', 'satteri', 'yaml', 'zod'];
/** Bump when the cache layout or key recipe changes. */
const CACHE_FORMAT = 3;
/** A cached shard's part of the exact-match layer, which every later build merges; not published. */
const LAYER_PART_FILE = 'layer-part.bin.gz';
/** A cached layer segment's account of itself (articles, buckets, years); not published. */
const SEGMENT_INFO_FILE = 'segment.json';
const NOT_PUBLISHED = new Set([LAYER_PART_FILE, SEGMENT_INFO_FILE]);
/** What the last build parsed of each content file (scan-cache.ts), beside the shard entries. */
const SCAN_MEMO_FILE = 'scan-memo.json';
/** Cache entries unused for this long are removed after a build. */
const CACHE_MAX_AGE_MS = 7 * 24 * 3600 * 1000;
/** What writeFiles emits for Pagefind's own UIs, which this site does not load. */
const UNUSED_BUNDLE_FILE = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

export interface BuildArchiveOptions {
  /** Content collections: `articles/**\/*.md`, `issues/**\/*.md`. */
  contentDir: string;
  /** The data directory whose theme list articles are checked against (default: the project's data/). */
  dataDir?: string | undefined;
  /** The bundle directory, e.g. `dist/pagefind`; replaced whole. */
  outDir: string;
  /** Site base path, prefixed to record URLs. */
  base: string;
  /** Shard cache directory (e.g. `.cache/search`); undefined indexes every shard. */
  cacheDir?: string | undefined;
  shardCaps: ShardCaps;
  toSimplified: ToSimplified;
  /**
   * Index only this shard into the cache and write nothing else: one job of a
   * CI matrix that builds the shards apart (README). Needs cacheDir.
   */
  onlyShard?: string | undefined;
  /** Stands for the code that makes records in cache keys (default: codeFingerprint()). */
  fingerprint?: string | undefined;
  log?: ((line: string) => void) | undefined;
}

export interface ShardOutcome {
  id: string;
  articles: number;
  /** Taken from the cache rather than indexed. */
  cached: boolean;
  milliseconds: number;
}

export interface BuildArchiveResult {
  articles: number;
  shards: ShardOutcome[];
  manifest: ShardManifest;
  /** Reading the issue and article files (or their memo) and planning the shards' contents. */
  scanMilliseconds: number;
  milliseconds: number;
}

interface ScannedArticle {
  file: string;
  date: string;
  /** sha256 of the file's collection path, bytes (their sha256) and the issue title and date it shows. */
  digest: string;
  head: Omit<SearchArticle, 'body'>;
}

const sha256 = (...parts: (string | Buffer)[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

async function filesUnder(dir: string, suffix: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Issue slug → what an article page shows of its issue, from the issues collection (read through the contract, memoized). */
function issueInfos(contentDir: string, files: readonly string[], memo: Memo<IssueInfo>): MemoRun<IssueInfo> & { issues: Map<string, IssueInfo> } {
  const dir = join(contentDir, ISSUES_DIR);
  const named = files.map((path) => ({ path, name: relative(dir, path) }));
  const run = memoized(named, memo, (path, bytes) => {
    const { title, date, dateSource } = parseIssue(relative(process.cwd(), path), bytes.toString('utf8')).data;
    return { title, date, dateSource };
  });
  return { ...run, issues: new Map(named.map(({ name }, i) => [entryId(name), run.entries[i]!.value])) };
}

/** Hash of the code and package versions that make records and indexes, in the project at `root`. */
export async function codeFingerprint(root: string = REPO_ROOT): Promise<string> {
  const parts: string[] = [`format ${CACHE_FORMAT}`];
  for (const source of CODE_SOURCES) {
    const path = join(root, source);
    const files = (await stat(path)).isDirectory() ? await filesUnder(path, '') : [path];
    for (const file of files) {
      const name = relative(root, file);
      if (name.endsWith('.test.ts') || NOT_THE_INDEXER.some((part) => name === part || name.startsWith(part))) continue;
      parts.push(name, sha256(await readFile(file)));
    }
  }
  for (const name of INDEX_PACKAGES) {
    const manifest = join(root, 'node_modules', name, 'package.json');
    const version = existsSync(manifest) ? (JSON.parse(await readFile(manifest, 'utf8')) as { version?: string }).version : 'absent';
    parts.push(`${name}@${version}`);
  }
  return sha256(...parts);
}

/**
 * Links `from`'s published files into `to` (copies across file systems); the
 * cache and the output share files without copying bytes. Synchronous: a
 * rebuild links some 80,000 files at 10,000 issues, and awaiting each link
 * through the thread pool took 12 s of the rebuild.
 */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (NOT_PUBLISHED.has(entry.name)) continue;
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) {
      linkTree(source, target);
      continue;
    }
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
}

async function pruneBundle(dir: string): Promise<void> {
  for (const name of await readdir(dir)) if (UNUSED_BUNDLE_FILE.test(name)) await rm(join(dir, name));
}

async function pruneCache(cacheDir: string, used: ReadonlySet<string>): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(cacheDir)) {
    if (used.has(name)) continue;
    const path = join(cacheDir, name);
    const stale = name.includes('.tmp-') || now - (await stat(path)).mtimeMs > CACHE_MAX_AGE_MS;
    if (stale) await rm(path, { recursive: true, force: true });
  }
}

/**
 * A layer segment's files in `target`, merged from its shards' parts, or
 * linked from the cache entry `cached` that holds them from an earlier
 * build; what the manifest needs of it.
 */
async function layerSegment(parts: () => Promise<{ part: LayerPart; path: string }[]>, limits: LayerLimits, target: string, cached: string | undefined): Promise<SegmentInfo> {
  let info: SegmentInfo;
  if (cached && existsSync(cached)) {
    info = JSON.parse(await readFile(join(cached, SEGMENT_INFO_FILE), 'utf8')) as SegmentInfo;
  } else {
    const { files, ...merged } = mergeParts(await parts(), limits);
    info = merged;
    const building = cached ? `${cached}.tmp-${process.pid}` : target;
    await rm(building, { recursive: true, force: true });
    for (const dir of new Set([...files.keys()].map(dirname))) await mkdir(join(building, dir), { recursive: true });
    // Thousands of small files: written one after another, as awaiting each through the thread pool costs more than the writing.
    for (const [path, bytes] of files) writeFileSync(join(building, path), bytes);
    if (!cached) return info;
    await writeFile(join(building, SEGMENT_INFO_FILE), JSON.stringify(info));
    await rename(building, cached);
  }
  if (cached) {
    linkTree(cached, target);
    const now = new Date();
    await utimes(cached, now, now);
  }
  return info;
}

/**
 * A shard's articles, parsed. A failure is kept for whoever awaits the
 * result (not reported as unhandled while that shard still waits its turn).
 */
function readShardArticles(shard: PlannedShard<ScannedArticle>, schema: ArticleSchema, base: string, issues: ReadonlyMap<string, IssueInfo>): Promise<SearchArticle[]> {
  const articles = (async () => {
    const parsed: SearchArticle[] = [];
    for (const { file } of shard.items) {
      const { data, body } = parseArticle(relative(process.cwd(), file), await readFile(file, 'utf8'), schema);
      parsed.push(searchArticle(data, body, base, issues));
    }
    return parsed;
  })();
  articles.catch(() => {});
  return articles;
}

export async function buildArchiveIndex(options: BuildArchiveOptions): Promise<BuildArchiveResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const articleDir = join(options.contentDir, ARTICLES_DIR);
  const files = await filesUnder(articleDir, '.md');
  if (files.length === 0) throw new Error(`no article files under ${articleDir} (run npm run convert, or set CONTENT_DIR)`);
  const labels = themeLabels(readThemes(options.dataDir ?? join(REPO_ROOT, 'data')));
  const schema = articleSchema(labels);
  const fingerprint = options.fingerprint ?? (await codeFingerprint());
  if (options.cacheDir) await mkdir(options.cacheDir, { recursive: true });

  // What every file parsed to is kept across builds (scan-cache.ts): only new and edited files are parsed again.
  const memoPath = options.cacheDir && join(options.cacheDir, SCAN_MEMO_FILE);
  const memoKey = sha256(fingerprint, ...labels);
  const memo = memoPath ? readMemo(memoPath, memoKey) : new Map<string, Memo<unknown>>();
  const issueRun = issueInfos(options.contentDir, await filesUnder(join(options.contentDir, ISSUES_DIR), '.md'), (memo.get('issues') ?? new Map()) as Memo<IssueInfo>);
  const { issues } = issueRun;
  const articleRun = memoized(files.map((path) => ({ path, name: relative(articleDir, path) })), (memo.get('articles') ?? new Map()) as Memo<HeadData>, (path, bytes) =>
    headData(parseArticle(relative(process.cwd(), path), bytes.toString('utf8'), schema).data),
  );
  if (memoPath) writeMemo(memoPath, memoKey, new Map<string, Memo<unknown>>([['issues', issueRun.next], ['articles', articleRun.next]]));
  const scanned = files.map((file, i): ScannedArticle => {
    const { sha, value } = articleRun.entries[i]!;
    const head = searchHead(value, options.base, issues);
    // The path inside the collection, not on disk: the same content elsewhere reuses the cache.
    return { file, date: head.date, head, digest: sha256(relative(articleDir, file), sha, head.issueTitle ?? '', head.printedDate) };
  });
  const scanMilliseconds = Math.round(performance.now() - started);
  const shards = planShards(scanned, options.shardCaps);
  log(`search: ${files.length} articles in ${shards.length} shard(s), scanned in ${(scanMilliseconds / 1000).toFixed(1)} s (${articleRun.parsed} article and ${issueRun.parsed} issue files parsed, the others unchanged)`);

  if (options.onlyShard !== undefined) {
    if (!options.cacheDir) throw new Error('building one shard alone needs a shard cache');
    if (!shards.some((shard) => shard.id === options.onlyShard)) throw new Error(`no shard ${options.onlyShard}: the shards are ${shards.map((shard) => shard.id).join(', ')}`);
  } else {
    await rm(options.outDir, { recursive: true, force: true });
    await mkdir(options.outDir, { recursive: true });
  }
  const usedKeys = new Set<string>([SCAN_MEMO_FILE]);
  const plans = shards.map((shard) => {
    const key = sha256(fingerprint, options.base, ...shard.items.map((item) => item.digest));
    usedKeys.add(key);
    const cached = options.cacheDir ? join(options.cacheDir, key) : undefined;
    return { shard, key, cached, hit: cached !== undefined && existsSync(cached) };
  }).filter((plan) => options.onlyShard === undefined || plan.shard.id === options.onlyShard);
  // Parsing a shard's files is Node's work and indexing it is the Pagefind
  // service's: the next shard's files are read while the service builds and
  // writes the current one, so the two processes use both cores.
  const toRead = plans.filter((plan) => !plan.hit).values();
  const readNext = () => {
    const plan = toRead.next().value;
    return plan && readShardArticles(plan.shard, schema, options.base, issues);
  };
  // The shards to index are read in the order they are indexed: the one read ahead is always the next one's.
  let reading = readNext();
  const outcomes: ShardOutcome[] = [];
  /** The layer parts of the shards indexed now; a cached shard's part is read only if a layer segment needs merging. */
  const freshParts = new Map<string, LayerPart>();
  for (const { shard, cached, hit } of plans) {
    const shardStarted = performance.now();
    const target = join(options.outDir, shard.id);
    if (!hit) {
      const articles = await reading;
      reading = readNext();
      const building = cached ? `${cached}.tmp-${process.pid}` : target;
      await rm(building, { recursive: true, force: true });
      const built = await buildSearchIndex({ articles: articles ?? [], outDir: building, toSimplified: options.toSimplified, log });
      await pruneBundle(building);
      if (options.onlyShard === undefined) freshParts.set(shard.id, built.layer);
      if (cached) {
        await writeFile(join(building, LAYER_PART_FILE), serializePart(built.layer));
        await rename(building, cached);
      }
    }
    if (cached && options.onlyShard === undefined) {
      linkTree(cached, target);
      const now = new Date();
      await utimes(cached, now, now);
    }
    const outcome = { id: shard.id, articles: shard.items.length, cached: hit, milliseconds: Math.round(performance.now() - shardStarted) };
    outcomes.push(outcome);
    log(`search: shard ${shard.id} (${outcome.articles} articles) ${hit ? 'from cache' : 'indexed'} in ${(outcome.milliseconds / 1000).toFixed(1)} s`);
  }
  if (options.onlyShard !== undefined) {
    return { articles: files.length, shards: outcomes, manifest: shardManifest(shards, countFacets([]), { segments: [], years: {} }), scanMilliseconds, milliseconds: Math.round(performance.now() - started) };
  }
  // Two segments, newest first: the newest shard alone (the head, where a new issue lands) and every
  // older shard (the base, merged again only when one of them changes: when the head rolls over).
  const layerStarted = performance.now();
  const newestFirst = [...plans].reverse();
  const segments: (SegmentInfo & { path: string })[] = [];
  const segmentPlans = [
    { group: newestFirst.slice(0, 1), limits: { bigListBytes: BIG_LIST_BYTES, bucketBytes: HEAD_BUCKET_BYTES } },
    { group: newestFirst.slice(1), limits: { bigListBytes: BIG_LIST_BYTES, bucketBytes: BUCKET_BYTES } },
  ];
  for (const { group, limits } of segmentPlans.filter((plan) => plan.group.length > 0)) {
    // Cards name their shard's directory, so the ids count as much as the contents.
    const id = sha256('layer', JSON.stringify(limits), ...group.flatMap((plan) => [plan.shard.id, plan.key])).slice(0, 16);
    const cached = options.cacheDir ? join(options.cacheDir, `layer-${id}`) : undefined;
    usedKeys.add(`layer-${id}`);
    const parts = async () => Promise.all(group.map(async ({ shard, cached }) => ({
      part: freshParts.get(shard.id) ?? deserializePart(await readFile(join(cached!, LAYER_PART_FILE))),
      path: `${shard.id}/`,
    })));
    const path = `${LAYER_DIR}/${id}/`;
    segments.push({ path, ...(await layerSegment(parts, limits, join(options.outDir, path), cached)) });
  }
  const layer = layerInfo(segments);
  log(`search: exact-match layer, ${segments.map((segment) => `${segment.articles} articles in ${segment.path}`).join(', ')}, in ${((performance.now() - layerStarted) / 1000).toFixed(1)} s`);
  const manifest = shardManifest(shards, countFacets(scanned.map((item) => item.head)), layer);
  await writeFile(join(options.outDir, MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
  if (options.cacheDir) await pruneCache(options.cacheDir, usedKeys);
  return { articles: files.length, shards: outcomes, manifest, scanMilliseconds, milliseconds: Math.round(performance.now() - started) };
}
