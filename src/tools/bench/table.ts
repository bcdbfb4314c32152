/**
 * The bench summary for stderr: one column per corpus size, one row per
 * figure; a dash where a stage did not run.
 */
import type { BenchRun, SiteBuild, Stage } from '../../../scripts/bench.ts';
import { formatTable } from '../../cli-kit/index.ts';

type Row = [label: string, value: (run: BenchRun) => string | undefined];

const GB = 2 ** 30;
const KB = 1024;

const seconds = (value: number | undefined): string | undefined => (value === undefined ? undefined : `${value.toFixed(1)} s`);
const gigabytes = (value: number | undefined): string | undefined => (value === undefined ? undefined : `${(value / GB).toFixed(2)} GB`);
const kilobytes = (value: number | undefined): string | undefined => (value === undefined ? undefined : `${(value / KB).toFixed(1)} KB`);
const stageCell = (stage: Stage | undefined): string | undefined =>
  stage === undefined
    ? undefined
    : stage.ok
      ? `${seconds(stage.wallSeconds)}${stage.cpuSeconds === null ? '' : ` (cpu ${stage.cpuSeconds.toFixed(1)})`} / ${gigabytes(stage.peakRssBytes)}`
      : 'FAILED';
const total = (totals: { wallSeconds: number; cpuSeconds: number | null; peakRssBytes: number } | undefined): string | undefined =>
  totals && `${seconds(totals.wallSeconds)}${totals.cpuSeconds === null ? '' : ` (cpu ${totals.cpuSeconds.toFixed(1)})`} / ${gigabytes(totals.peakRssBytes)}`;
const parts = (build: SiteBuild | undefined): string | undefined => build?.parts ? `${seconds(build.parts.site)} ‖ ${seconds(build.parts.search)}` : undefined;
const times = (value: number | undefined): string | undefined => (value === undefined ? undefined : `${value.toFixed(2)}×`);

const ROWS: Row[] = [
  ['articles', (run) => `${run.articles}${run.articlesSource === 'stand-in' ? ' (stand-in)' : ''}`],
  ['raw input', (run) => `${(run.rawBytes / 1e6).toFixed(1)} MB`],
  ['convert (time / peak)', (run) => stageCell(run.site?.convert)],
  ['convert failures', (run) => run.site?.convert && `${run.site.convert.failedIssues} of ${run.issues} issues`],
  ['convert throughput', (run) => run.site?.convert?.ok ? `${run.site.convert.mbPerSecond.toFixed(2)} MB/s, ${run.site.convert.issuesPerSecond.toFixed(1)} issues/s` : undefined],
  ['site build (astro ‖ search)', (run) => stageCell(run.site?.build)],
  ['  astro ‖ search, wall', (run) => parts(run.site?.build)],
  ['site total', (run) => total(run.site?.total)],
  ['floor astro build', (run) => stageCell(run.floor?.astro)],
  ['floor pagefind', (run) => stageCell(run.floor?.pagefind)],
  ['floor total', (run) => total(run.floor?.total)],
  ['site/floor time', (run) => run.ratio ? `${times(run.ratio.time)} (${times(run.ratio.timeWithConvert)} with convert)` : undefined],
  ['site/floor cpu', (run) => run.ratio?.cpu == null ? undefined : `${times(run.ratio.cpu)} (${times(run.ratio.cpuWithConvert ?? undefined)} with convert)`],
  ['site/floor memory', (run) => times(run.ratio?.memory)],
  ['site dist', (run) => run.site?.output && `${(run.site.output.dist.bytes / 1e6).toFixed(1)} MB, ${run.site.output.dist.files} files`],
  ['floor dist', (run) => run.floor?.output && `${(run.floor.output.dist.bytes / 1e6).toFixed(1)} MB, ${run.floor.output.dist.files} files`],
  ['search index / article', (run) => kilobytes(run.site?.output?.searchIndexBytesPerArticle)],
  ['pagefind / article (floor)', (run) => kilobytes(run.floor?.output?.searchIndexBytesPerArticle)],
  ['article page html (gz)', (run) => run.site?.output?.articlePage ? `${kilobytes(run.site.output.articlePage.html.bytes)} (${kilobytes(run.site.output.articlePage.html.gzipBytes)})` : undefined],
  ['article page css (gz)', (run) => run.site?.output?.articlePage ? `${kilobytes(run.site.output.articlePage.css.bytes)} (${kilobytes(run.site.output.articlePage.css.gzipBytes)}), ${run.site.output.articlePage.css.files} files` : undefined],
  ['article page js (gz)', (run) => run.site?.output?.articlePage ? `${kilobytes(run.site.output.articlePage.js.bytes)} (${kilobytes(run.site.output.articlePage.js.gzipBytes)}), ${run.site.output.articlePage.js.files} files` : undefined],
  ['+1 issue: convert', (run) => stageCell(run.site?.incremental?.convert)],
  ['+1 issue: site build', (run) => stageCell(run.site?.incremental?.build)],
  ['+1 issue:   astro ‖ search', (run) => parts(run.site?.incremental?.build)],
  ['+1 issue: pages skipped', (run) => run.site?.incremental?.build && `${run.site.incremental.build.pages.skipped} of ${run.site.incremental.build.pages.skipped + run.site.incremental.build.pages.rendered}`],
  ['+1 issue: site total', (run) => total(run.site?.incremental?.total)],
  ['+1 issue: floor total', (run) => total(run.floor?.incremental?.total)],
  ['+1 issue / full (site)', (run) => {
    const full = run.site?.total;
    const rebuild = run.site?.incremental?.total;
    return full && rebuild ? `${times(rebuild.wallSeconds / full.wallSeconds)} wall${full.cpuSeconds && rebuild.cpuSeconds ? `, ${times(rebuild.cpuSeconds / full.cpuSeconds)} cpu` : ''}` : undefined;
  }],
];

export function benchTable(runs: readonly BenchRun[]): string {
  const header = ['issues', ...runs.map((run) => String(run.issues))];
  const body = ROWS.map(([label, value]) => [label, ...runs.map((run) => value(run) ?? '–')]);
  return formatTable(header, body, { align: ['left', ...runs.map(() => 'right' as const)], rule: false });
}
