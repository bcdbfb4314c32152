/**
 * `npm run search:eval`: scores the search of an already built site. Serves
 * `dist/` on localhost under the base it was built for, opens its search page
 * in headless Chromium and, for each query of a set drawn from the corpus,
 * types it into the page (time to first results, bytes downloaded) and then
 * asks the page's own search client for every result (recall, precision,
 * ranking), against a plain substring search over the visible text of the
 * built article pages (src/tools/search-eval/corpus.ts: no code shared with the
 * indexer).
 *
 * Table on stderr, JSON on stdout. Exit 0 when recall and precision reach
 * the targets, 1 when not, 2 on a usage or setup error.
 */
import { EXIT, helpText, main, parseFlags, progressBar, SetupError, UsageError } from '../src/cli-kit/index.ts';
import { resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import type { Page } from 'playwright-core';
import { builtBase, hasChromium, launchChromium, CHROMIUM_PATH } from '../src/tools/search-eval/harness.ts';
import { serveStatic } from '../src/tools/static-server.ts';
import { groundTruth, loadCorpus } from '../src/tools/search-eval/corpus.ts';
import { generateQueries } from '../src/tools/search-eval/queries.ts';
import { percentile, summarize, type QueryOutcome, type Spread, type Summary } from '../src/tools/search-eval/metrics.ts';
import { buildStockIndex, measureStock } from '../src/tools/search-eval/stock.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rm } from 'node:fs/promises';

const COMMAND = {
  usage: 'npm run search:eval -- [options]',
  summary: 'Score the search of a built site in headless Chromium: recall, precision, bytes and times, beside stock Pagefind. Table on stderr, JSON on stdout.',
  flags: {
    queries: { type: 'string', value: 'N', default: '200', description: 'number of queries to generate' },
    seed: { type: 'string', value: 'S', default: '1', description: 'seed of the query generator' },
    dist: { type: 'string', value: 'DIR', default: process.env.OUT_DIR ?? 'dist', description: 'built site (OUT_DIR)' },
    'no-stock': { type: 'boolean', default: false, description: 'skip the stock Pagefind comparison' },
    help: { type: 'boolean', default: false, description: 'show this help' },
  },
  footer: 'Exit codes: 0 recall and precision reach their targets, 1 they do not, 2 usage or setup error.',
} as const;
const TARGET = { recall: 0.99, precision: 0.99 };
/** Results on the search page's first page (src/site/lib/search-page.ts), whose fragments a search downloads. */
const PAGE_SIZE = 10;

interface PageHit {
  url: string;
  inTitle: boolean;
}

/** Bytes and time of a search, ours or stock Pagefind's, on a freshly opened page. */
interface Weight {
  /** Before the first keystroke: the page's scripts and search files, its HTML and CSS aside. */
  startBytes: number;
  /** Per query, the first page of results' fragments included. */
  queryBytes: Spread;
  /** Start plus query: everything one search downloads. */
  searchBytes: Spread;
  firstResultsMs: Spread;
}

const spreadOf = (values: readonly number[]): Spread => ({ median: percentile(values, 50), p95: percentile(values, 95) });

function table(summary: Summary, ours: Weight, stock: Weight | undefined): string {
  const pct = (value: number) => `${(value * 100).toFixed(1)} %`;
  const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;
  const ms = ({ median, p95 }: { median: number; p95: number }) => `${median.toFixed(0)} / ${p95.toFixed(0)} ms`;
  const kbs = ({ median, p95 }: Spread) => `${kb(median)} / ${kb(p95)}`;
  const both = (label: string, pick: (weight: Weight) => string): [string, string] => [label, `${pick(ours)}${stock ? `   (stock Pagefind ${pick(stock)})` : ''}`];
  const rows: [string, string][] = [
    ['queries', String(summary.queries)],
    ['recall', pct(summary.recall)],
    ['precision', pct(summary.precision)],
    ['exact/title matches first', pct(summary.exactFirst)],
    ['queries with a wrong result set', String(summary.mismatched)],
    both('bytes before the first keystroke', (weight) => kb(weight.startBytes)),
    both('bytes per query, fresh page (median / p95)', (weight) => kbs(weight.queryBytes)),
    both('bytes per search, start + query (median / p95)', (weight) => kbs(weight.searchBytes)),
    both('first results, fresh page (median / p95)', (weight) => ms(weight.firstResultsMs)),
    ['first results, typing session (median / p95)', `${ms(summary.firstResultsMs)}`],
    ['bytes per query, typing session (median / p95)', kbs(summary.bytesPerQuery)],
    ...Object.entries(summary.byKind).map(([kind, s]): [string, string] => [`  ${kind} (${s.queries})`, `recall ${pct(s.recall)}, precision ${pct(s.precision)}`]),
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return `${rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n')}
(our first-results times include the page's 150 ms pause after typing; stock's are search() and its fragments alone)`;
}

/** Opens the search page and waits until Pagefind is loaded (it lists the filter values on arrival). */
async function openSearchPage(page: Page, siteUrl: string): Promise<void> {
  await page.goto(`${siteUrl}search/`);
  await page.waitForFunction(() => (document.querySelector<HTMLSelectElement>('select[name="theme"]')?.options.length ?? 0) > 1, undefined, { timeout: 30_000 });
}

/** Types `query` into the page; milliseconds from the input event to the first results rendered. */
function typeQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (q) =>
      new Promise<number>((done) => {
        const element = document.querySelector('digest-search')!;
        const input = element.querySelector<HTMLInputElement>('input[name="q"]')!;
        const started = performance.now();
        const onResults = (event: Event) => {
          if ((event as CustomEvent<{ request: { query: string } }>).detail.request.query !== q) return;
          element.removeEventListener('digest-search:results', onResults);
          done(performance.now() - started);
        };
        element.addEventListener('digest-search:results', onResults);
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

async function evaluate(): Promise<number> {
  const { values } = parseFlags(process.argv.slice(2), COMMAND);
  if (values.help) {
    process.stdout.write(helpText(COMMAND));
    return EXIT.ok;
  }
  const count = Number(values.queries);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) throw new UsageError('--queries and --seed take integers');
  if (!hasChromium()) throw new SetupError(`search:eval needs Chromium at ${CHROMIUM_PATH}`);
  const dist = resolve(values.dist);
  const base = await builtBase(dist).catch((error: unknown) => {
    throw new SetupError(error instanceof Error ? error.message : String(error));
  });
  const corpus = await loadCorpus(dist, base);
  const queries = generateQueries(corpus, { count, seed, toTraditional: OpenCC.Converter({ from: 'cn', to: 'tw' }) });
  process.stderr.write(`search:eval: ${corpus.length} articles, ${queries.length} queries (seed ${seed}), site base ${base}\n`);

  const site = await serveStatic(dist, base);
  const browser = await launchChromium();
  try {
    // Three tabs: one types every query in turn like a reader (warm caches), one opens the
    // page afresh for each query (a shared link: cold caches), one collects every result.
    const [session, cold, collector] = await Promise.all([browser.newPage(), browser.newPage(), browser.newPage()]);
    site.resetBytes();
    await openSearchPage(session, site.url);
    const startBytes = site.bytesSent(true);
    await openSearchPage(collector, site.url);

    const outcomes: QueryOutcome[] = [];
    const progress = progressBar(process.stderr, queries.length, { unit: 'queries' });
    for (const [i, { kind, query }] of queries.entries()) {
      site.resetBytes();
      const warmMs = await typeQuery(session, query);
      const bytes = site.bytesSent(true);
      await openSearchPage(cold, site.url);
      site.resetBytes();
      const coldMs = await typeQuery(cold, query);
      const coldBytes = site.bytesSent(true);
      const returned = await collector.evaluate(
        (q) => (document.querySelector('digest-search') as unknown as { collect(request: { query: string }): Promise<PageHit[]> }).collect({ query: q }),
        query,
      );
      const truth = groundTruth(corpus, query);
      outcomes.push({
        kind, query,
        returned: returned.map(({ url, inTitle }) => ({ url, inTitle })),
        relevant: truth.all,
        relevantInTitle: truth.inTitle,
        firstResultsMs: warmMs, bytes, coldFirstResultsMs: coldMs, coldBytes,
      });
      progress.tick(i + 1, query);
    }
    progress.done();

    const summary = summarize(outcomes);
    const misses = outcomes.filter((o) => o.returned.length !== o.relevant.size || o.returned.some(({ url }) => !o.relevant.has(url)));
    for (const miss of misses.slice(0, 10)) {
      process.stderr.write(`  mismatch ${miss.kind} “${miss.query}”: returned ${miss.returned.length}, expected ${miss.relevant.size}\n`);
    }
    const ours: Weight = {
      startBytes,
      queryBytes: summary.coldBytesPerQuery,
      searchBytes: spreadOf(outcomes.map((outcome) => startBytes + outcome.coldBytes)),
      firstResultsMs: summary.coldFirstResultsMs,
    };
    let stock: Weight | undefined;
    if (!values['no-stock']) {
      process.stderr.write('search:eval: stock Pagefind over the same article pages…\n');
      const stockDir = join(tmpdir(), `digest-stock-${process.pid}`);
      try {
        await buildStockIndex(dist, stockDir);
        const measured = await measureStock(browser, stockDir, queries.map(({ query }) => query), PAGE_SIZE);
        stock = {
          startBytes: percentile(measured.map((m) => m.startBytes), 50),
          queryBytes: spreadOf(measured.map((m) => m.queryBytes)),
          searchBytes: spreadOf(measured.map((m) => m.startBytes + m.queryBytes)),
          firstResultsMs: spreadOf(measured.map((m) => m.milliseconds)),
        };
      } finally {
        await rm(stockDir, { recursive: true, force: true });
      }
    }
    process.stderr.write(`${table(summary, ours, stock)}\n`);
    process.stdout.write(`${JSON.stringify({ seed, base, articles: corpus.length, ours, stock: stock ?? null, ...summary }, null, 2)}\n`);
    return summary.recall >= TARGET.recall && summary.precision >= TARGET.precision ? EXIT.ok : EXIT.failed;
  } finally {
    await browser.close();
    await site.close();
  }
}

main('search:eval', evaluate);
