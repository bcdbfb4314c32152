/**
 * Stock Pagefind over the same built article pages, measured the same way as
 * the site's search: Pagefind's own defaults (HTML indexing, `zh` pages
 * segmented by Pagefind, its web worker), a fresh page per query, bytes the
 * server sent from `init()` on and for `search()` plus the first page of
 * results' fragments. The yardstick search:eval reports the site's search
 * against.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import * as pagefind from 'pagefind';
import { serveStatic } from '../static-server.ts';

export interface StockQuery {
  query: string;
  /** Bytes of init(): pagefind.js, its worker, WebAssembly, entry and metadata. */
  startBytes: number;
  /** Bytes of search() and the first page of fragments. */
  queryBytes: number;
  milliseconds: number;
  results: number;
}

/** Indexes `distDir`'s article pages with stock Pagefind into `workDir/pagefind/`, beside a blank page to search from. */
export async function buildStockIndex(distDir: string, workDir: string): Promise<void> {
  await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`stock Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: distDir, glob: 'articles/**/*.html' });
    if (added.errors.length > 0) throw new Error(`stock Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(workDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`stock Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  await writeFile(join(workDir, 'index.html'), '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>stock</title></head><body></body></html>');
}

/** Each query on a fresh page of the stock bundle: what it downloads and how long until its first page of results. */
export async function measureStock(browser: Browser, workDir: string, queries: readonly string[], pageSize: number): Promise<StockQuery[]> {
  const site = await serveStatic(workDir, '/');
  const outcomes: StockQuery[] = [];
  try {
    for (const query of queries) {
      const page = await browser.newPage();
      await page.goto(site.url);
      site.resetBytes();
      await page.evaluate(async () => {
        const pf = await import(/* @vite-ignore */ String('/pagefind/pagefind.js'));
        await pf.init();
        (window as unknown as { pf: unknown }).pf = pf;
      });
      const startBytes = site.bytesSent(true);
      site.resetBytes();
      const { milliseconds, results } = await page.evaluate(
        async ([q, size]) => {
          const pf = (window as unknown as { pf: { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> } }).pf;
          const started = performance.now();
          const response = await pf.search(q);
          await Promise.all(response.results.slice(0, size).map((result) => result.data()));
          return { milliseconds: performance.now() - started, results: response.results.length };
        },
        [query, pageSize] as const,
      );
      outcomes.push({ query, startBytes, queryBytes: site.bytesSent(true), milliseconds, results });
      await page.close();
    }
  } finally {
    await site.close();
  }
  return outcomes;
}
