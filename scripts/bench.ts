/**
 * npm run bench -- [--issues 100,1000] [--seed S] [--only site|floor] [--no-incremental] [--search-queries N]
 *
 * For each corpus size: generate that many raw issues (scripts/corpus.ts),
 * build them with the project's real commands (convert, then `npm run build
 * -- --no-convert`: Astro and the search index side by side) and with the
 * floor (bench/floor: bare Astro + stock Pagefind),
 * then add one issue and rebuild both. Every stage is a child process measured
 * for wall time and peak memory of its process tree. The built site's search
 * is then scored by `npm run search:eval` (recall, precision, bytes, times,
 * beside stock Pagefind over the same pages), not counted in the build.
 *
 * stdout: one JSON document. stderr: progress and a summary table.
 * Exit codes: 0 all stages ran, 1 a stage failed, 2 bad usage.
 * Work directories: .cache/bench/<issues>/ (kept for inspection, replaced on the next run).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { EXIT, helpText, main, parseFlags, UsageError } from '../src/cli-kit/index.ts';
import { filesUnder, pageWeight, treeStats, typicalArticlePage, type PageWeight, type TreeStats } from '../src/tools/bench/dist-stats.ts';
import { runMeasured, type Measurement } from '../src/tools/bench/measure.ts';
import { countPages, type PageCounts } from '../src/tools/bench/page-counts.ts';
import { writeStandInArticles } from '../src/tools/bench/stand-in.ts';
import { benchTable } from '../src/tools/bench/table.ts';

const ROOT = resolve(import.meta.dirname, '..');
const NODE = process.execPath;
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const BUILD = join(ROOT, 'scripts/build.ts');
const PAGEFIND = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
const CONVERT = join(ROOT, 'scripts/convert.ts');
const CORPUS = join(ROOT, 'scripts/corpus.ts');
const SEARCH_EVAL = join(ROOT, 'scripts/search-eval.ts');
const FLOOR_ROOT = join(ROOT, 'bench/floor');
const WORK_ROOT = join(ROOT, '.cache/bench');

const COMMAND = {
  usage: 'npm run bench -- [options]',
  summary: 'Generate corpora, build them with the project and with the floor (bare Astro + stock Pagefind), add one issue and rebuild; one JSON document on stdout.',
  flags: {
    issues: { type: 'string', value: 'N,N…', description: 'corpus sizes to run, comma-separated', default: '100,1000' },
    seed: { type: 'string', value: 'S', description: 'corpus seed', default: 'bench' },
    only: { type: 'string', value: 'site|floor', description: 'run only the project build or only the floor' },
    'no-incremental': { type: 'boolean', description: 'skip the rebuild after adding one issue' },
    'search-queries': { type: 'string', value: 'N', description: 'queries npm run search:eval runs on the built site (0: skip)', default: '50' },
    help: { type: 'boolean', description: 'show this help' },
  },
  footer: 'Exit codes: 0 all stages ran, 1 a stage failed, 2 bad usage.',
} as const;

export interface Stage extends Omit<Measurement, 'log'> {
  ok: boolean;
  /** The stage's stdout+stderr, kept in the work directory. */
  log: string;
}

interface Totals {
  wallSeconds: number;
  /** Summed CPU time of the stages: the figure to trust when the machine is busy. */
  cpuSeconds: number | null;
  peakRssBytes: number;
}

interface Output {
  dist: TreeStats;
  searchIndex: TreeStats;
  searchIndexBytesPerArticle: number;
  articlePage: PageWeight | null;
}

/** Astro and the search index, run side by side by `npm run build -- --no-convert`: measured as one process tree, with each part's wall time from the build's report. */
export interface SiteBuild extends Stage {
  parts: { site: number; search: number } | null;
}

interface SiteRun {
  convert?: Stage & { failedIssues: number; mbPerSecond: number; issuesPerSecond: number };
  build?: SiteBuild;
  total?: Totals;
  output?: Output;
  incremental?: { convert?: SiteRun['convert']; build?: SiteBuild & { pages: PageCounts }; total?: Totals };
  /** `npm run search:eval` on the built site: recall, precision, bytes and times, ours beside stock Pagefind's. */
  searchEval?: unknown;
  error?: string;
}

interface FloorRun {
  astro?: Stage;
  pagefind?: Stage;
  total?: Totals;
  output?: Output;
  incremental?: { astro?: Stage; pagefind?: Stage; total?: Totals };
  error?: string;
}

export interface BenchRun {
  issues: number;
  articles: number;
  /** `converter` when the articles are the converter's; `stand-in` when written from the corpus ground truth. */
  articlesSource: 'converter' | 'stand-in';
  rawBytes: number;
  corpusSeconds: number;
  site: SiteRun | null;
  floor: FloorRun | null;
  /**
   * Project build over floor: (astro ‖ search) / (floor astro + pagefind), in
   * wall and CPU time, then the same with convert counted (issue 14's target
   * is the full build); memory is peak over peak.
   */
  ratio: { time: number; timeWithConvert: number; cpu: number | null; cpuWithConvert: number | null; memory: number } | null;
  workDir: string;
}

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

function totals(...stages: (Stage | undefined)[]): Totals | undefined {
  if (stages.some((stage) => !stage?.ok)) return undefined;
  const ran = stages as Stage[];
  const cpu = ran.map((stage) => stage.cpuSeconds);
  return {
    wallSeconds: ran.reduce((sum, stage) => sum + stage.wallSeconds, 0),
    cpuSeconds: cpu.every((seconds) => seconds !== null) ? cpu.reduce((sum: number, seconds) => sum + (seconds ?? 0), 0) : null,
    peakRssBytes: Math.max(...ran.map((stage) => stage.peakRssBytes)),
  };
}

async function stage(name: string, argv: string[], env: Record<string, string>, logDir: string): Promise<Stage> {
  const measurement = await runMeasured(argv, { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, log: join(logDir, `${name}.log`) });
  const ok = measurement.exitCode === 0;
  const cpu = measurement.cpuSeconds === null ? '' : ` (cpu ${measurement.cpuSeconds.toFixed(1)} s)`;
  log(`  ${name.padEnd(22)} ${measurement.wallSeconds.toFixed(1).padStart(6)} s  ${(measurement.peakRssBytes / 2 ** 30).toFixed(2)} GB${cpu}  load ${measurement.loadAverage.toFixed(1)}${ok ? '' : `  FAILED (exit ${measurement.exitCode ?? measurement.signal}); see ${measurement.log}`}`);
  return { ...measurement, ok };
}

function generateCorpus(contentDir: string, issues: number, seed: string, first: number): number {
  const started = performance.now();
  const result = spawnSync(NODE, [CORPUS, '--issues', String(issues), '--first', String(first), '--out', contentDir, '--seed', seed, '--truth', '--force'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0) throw new Error(`corpus generation failed (exit ${result.status}): ${result.stderr}`);
  return (performance.now() - started) / 1000;
}

/** search:eval's JSON for a built site (its table goes to the log); undefined when it could not run. */
function searchEval(dist: string, queries: number, logDir: string): unknown {
  const result = spawnSync(NODE, [SEARCH_EVAL, '--dist', dist, '--queries', String(queries)], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  writeFileSync(join(logDir, 'search-eval.log'), result.stderr);
  if (result.status === 2 || !result.stdout) {
    log(`  search:eval could not run (exit ${result.status}); see ${join(logDir, 'search-eval.log')}`);
    return undefined;
  }
  log(`  search:eval            ${result.stderr.split('\n').filter((line) => /^(recall|precision|bytes per search)/.test(line)).join(' | ')}`);
  return JSON.parse(result.stdout) as unknown;
}

function outputStats(outDir: string, articlesDir: string, articles: number): Output {
  const searchIndex = treeStats(join(outDir, 'pagefind'));
  const page = typicalArticlePage(articlesDir, outDir);
  return {
    dist: treeStats(outDir),
    searchIndex,
    searchIndexBytesPerArticle: articles > 0 ? Math.round(searchIndex.bytes / articles) : 0,
    articlePage: page ? pageWeight(outDir, page) : null,
  };
}

/**
 * The converter with --keep-going: an issue it cannot convert is reported and
 * left out, not allowed to stop the benchmark. Exit 1 with issues published is
 * therefore a run with failures, counted in `failedIssues`.
 */
async function convert(paths: Paths, issues: number, logDir: string, name: string): Promise<NonNullable<SiteRun['convert']>> {
  const measured = await stage(name, [NODE, CONVERT, '--keep-going'], { CONTENT_DIR: paths.content }, logDir);
  const published = filesUnder(join(paths.content, 'issues'), '.md').length;
  const rawBytes = treeStats(join(paths.content, 'raw')).bytes;
  const failedIssues = issues - published;
  if (failedIssues > 0) log(`  ${name}: ${failedIssues} of ${issues} issues failed to convert and are left out; see ${measured.log}`);
  return {
    ...measured,
    ok: measured.ok || (measured.exitCode === 1 && published > 0),
    failedIssues,
    mbPerSecond: rawBytes / 1e6 / measured.wallSeconds,
    issuesPerSecond: issues / measured.wallSeconds,
  };
}

/**
 * The site's stages build into the work directory, caches included: the
 * search shard cache too, so a full build indexes every shard (the default
 * .cache/search of the repository would serve the last run's shards of the
 * same corpus) and the rebuild reuses what the full build indexed.
 */
function siteEnv(paths: Paths): Record<string, string> {
  return { CONTENT_DIR: paths.content, OUT_DIR: paths.siteDist, ASTRO_CACHE_DIR: paths.siteCache, SEARCH_CACHE_DIR: paths.searchCache };
}

/** `npm run build -- --no-convert` as one measured stage. */
async function siteBuild(name: string, paths: Paths, logDir: string): Promise<SiteBuild> {
  const report = join(logDir, `${name}.json`);
  const measured = await stage(name, [NODE, BUILD, '--no-convert', '--report', report], siteEnv(paths), logDir);
  const stages = existsSync(report) ? (JSON.parse(readFileSync(report, 'utf8')) as { stages: { name: string; seconds: number }[] }).stages : [];
  const seconds = (part: string) => stages.find((outcome) => outcome.name === part)?.seconds;
  const [site, search] = [seconds('site'), seconds('search')];
  if (site !== undefined && search !== undefined) log(`  ${name}: site ${site.toFixed(1)} s ‖ search ${search.toFixed(1)} s`);
  return { ...measured, parts: site !== undefined && search !== undefined ? { site, search } : null };
}

async function runSite(paths: Paths, converted: NonNullable<SiteRun['convert']>, logDir: string): Promise<SiteRun> {
  const run: SiteRun = { convert: converted };
  run.build = await siteBuild('site-build', paths, logDir);
  if (!run.build.ok) return { ...run, error: `npm run build failed: see ${run.build.log}` };
  const total = totals(run.convert, run.build);
  if (total) run.total = total;
  return run;
}

async function rebuildSite(paths: Paths, issues: number, logDir: string): Promise<NonNullable<SiteRun['incremental']>> {
  const converted = await convert(paths, issues + 1, logDir, 'convert+1');
  if (!converted.ok) return { convert: converted };
  const measured = await siteBuild('site-build+1', paths, logDir);
  const build = { ...measured, pages: countPages(readFileSync(measured.log, 'utf8')) };
  log(`  site-build+1: ${build.pages.skipped} pages skipped, ${build.pages.rendered} rendered`);
  const total = totals(converted, build);
  return { convert: converted, build, ...(total ? { total } : {}) };
}

async function runFloor(paths: Paths, logDir: string, suffix: string): Promise<{ astro: Stage; pagefind?: Stage; total?: Totals }> {
  const env = { CONTENT_DIR: paths.content, OUT_DIR: paths.floorDist, ASTRO_CACHE_DIR: paths.floorCache };
  const astro = await stage(`floor-astro${suffix}`, [NODE, ASTRO, 'build', '--root', FLOOR_ROOT], env, logDir);
  if (!astro.ok) return { astro };
  const pagefind = await stage(`floor-pagefind${suffix}`, [NODE, PAGEFIND, '--site', paths.floorDist], env, logDir);
  const total = totals(astro, pagefind);
  return { astro, pagefind, ...(total ? { total } : {}) };
}

interface Paths {
  work: string;
  content: string;
  siteDist: string;
  siteCache: string;
  searchCache: string;
  floorDist: string;
  floorCache: string;
}

function countArticles(contentDir: string): number {
  return filesUnder(join(contentDir, 'articles'), '.md').length;
}

async function benchmark(issues: number, seed: string, only: string | undefined, incremental: boolean, searchQueries: number): Promise<BenchRun> {
  const work = join(WORK_ROOT, String(issues));
  rmSync(work, { recursive: true, force: true });
  const logDir = join(work, 'logs');
  mkdirSync(logDir, { recursive: true });
  const paths: Paths = {
    work,
    content: join(work, 'content'),
    siteDist: join(work, 'site-dist'),
    siteCache: join(work, 'site-astro'),
    searchCache: join(work, 'site-search-cache'),
    floorDist: join(work, 'floor-dist'),
    floorCache: join(work, 'floor-astro'),
  };
  log(`${issues} issues → ${work}`);
  const corpusSeconds = generateCorpus(paths.content, issues, seed, 0);
  const rawBytes = treeStats(join(paths.content, 'raw')).bytes;
  log(`  corpus                 ${corpusSeconds.toFixed(1).padStart(6)} s  ${(rawBytes / 1e6).toFixed(1)} MB raw`);

  // The floor needs the converter's articles too, so convert runs even with --only floor.
  const converted = existsSync(CONVERT) ? await convert(paths, issues, logDir, 'convert') : undefined;
  const conversionError = !converted ? `${CONVERT} does not exist yet` : converted.ok ? undefined : `convert failed: see ${converted.log}`;
  let site: SiteRun | null = null;
  if (only !== 'floor') site = converted?.ok ? await runSite(paths, converted, logDir) : { ...(converted ? { convert: converted } : {}), error: conversionError ?? '' };
  // With --only floor the conversion is still reported; the site's own stages are simply absent.
  else if (converted) site = { convert: converted };
  let articlesSource: BenchRun['articlesSource'] = 'converter';
  if (conversionError !== undefined || countArticles(paths.content) === 0) {
    // Without the converter's articles the floor still needs the same text: write it from the ground truth.
    articlesSource = 'stand-in';
    log(`  WARNING: no converted articles (${conversionError ?? 'the converter wrote none'}); the floor builds stand-in articles written from the corpus ground truth`);
    rmSync(join(paths.content, 'articles'), { recursive: true, force: true });
    writeStandInArticles(paths.content);
  }
  const articles = countArticles(paths.content);
  log(`  articles               ${String(articles).padStart(6)} (${articlesSource})`);

  let floor: FloorRun | null = null;
  if (only !== 'site') {
    const full = await runFloor(paths, logDir, '');
    floor = { ...full, ...(full.total ? {} : { error: 'floor build failed: see the logs' }) };
  }
  if (site?.total) site.output = outputStats(paths.siteDist, join(paths.content, 'articles'), articles);
  if (site?.total && searchQueries > 0) site.searchEval = searchEval(paths.siteDist, searchQueries, logDir);
  if (floor?.total) floor.output = outputStats(paths.floorDist, join(paths.content, 'articles'), articles);

  if (incremental) {
    generateCorpus(paths.content, issues + 1, seed, issues);
    log(`  + 1 issue`);
    if (site?.total) site.incremental = await rebuildSite(paths, issues, logDir);
    else if (articlesSource === 'converter') await convert(paths, issues + 1, logDir, 'convert+1');
    if (articlesSource === 'stand-in') writeStandInArticles(paths.content);
    if (floor?.total) floor.incremental = await runFloor(paths, logDir, '+1');
  }

  const siteTotal = site?.total;
  const floorTotal = floor?.total;
  const ratio =
    siteTotal && floorTotal && site?.convert && site.build
      ? {
          time: site.build.wallSeconds / floorTotal.wallSeconds,
          timeWithConvert: siteTotal.wallSeconds / floorTotal.wallSeconds,
          cpu: cpuRatio(site.build.cpuSeconds, 0, floorTotal.cpuSeconds),
          cpuWithConvert: cpuRatio(siteTotal.cpuSeconds, 0, floorTotal.cpuSeconds),
          memory: siteTotal.peakRssBytes / floorTotal.peakRssBytes,
        }
      : null;
  return { issues, articles, articlesSource, rawBytes, corpusSeconds, site, floor, ratio, workDir: work };
}

/** (a + b) / floor, or null when a CPU time is unknown. */
function cpuRatio(a: number | null, b: number | null, floor: number | null): number | null {
  return a === null || b === null || !floor ? null : (a + b) / floor;
}

function parseIssues(value: string): number[] {
  const sizes = value.split(',').map((part) => Number(part.trim()));
  if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    throw new UsageError(`--issues takes comma-separated positive integers, got "${value}"`);
  }
  return sizes;
}

main('bench', async () => {
  const { values } = parseFlags(process.argv.slice(2), COMMAND);
  if (values.help) {
    process.stdout.write(helpText(COMMAND));
    return EXIT.ok;
  }
  const sizes = parseIssues(values.issues);
  const { only, seed } = values;
  if (only !== undefined && only !== 'site' && only !== 'floor') throw new UsageError(`--only takes site or floor, got "${only}"`);
  const searchQueries = Number(values['search-queries']);
  if (!Number.isInteger(searchQueries) || searchQueries < 0) throw new UsageError(`--search-queries takes a whole number, got "${values['search-queries']}"`);
  const runs: BenchRun[] = [];
  for (const issues of sizes) runs.push(await benchmark(issues, seed, only, !values['no-incremental'], searchQueries));
  process.stderr.write(`\n${benchTable(runs)}\n`);
  const machine = { cpus: cpus().length, memoryBytes: totalmem(), node: process.versions.node, platform: process.platform };
  process.stdout.write(`${JSON.stringify({ machine, seed, runs }, null, 2)}\n`);
  const failed = runs.some((run) => run.site?.error !== undefined || run.floor?.error !== undefined);
  return failed ? EXIT.failed : EXIT.ok;
});
