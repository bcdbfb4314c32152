/**
 * The search page served under a sub-path (BASE_PATH=/digest/): converts the
 * raw issues, builds the site and its index, all into a temporary directory
 * (so a fresh clone runs it, and no earlier build is read), then searches
 * through it. Nothing in the page or the client may assume the bundle sits at
 * /pagefind/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { builtBase, launchChromium } from '../../src/tools/search-eval/harness.ts';
import { serveStatic, type StaticSite } from '../../src/tools/static-server.ts';
import { groundTruth, loadCorpus } from '../../src/tools/search-eval/corpus.ts';
import { chromiumAvailable } from '../site/helpers/chromium.ts';

const rawDir = join(resolve(process.env.CONTENT_DIR ?? 'content'), 'raw');

describe.skipIf(!chromiumAvailable('sub-path search test'))('search under a sub-path', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'digest-subpath-'));
  const contentDir = `${outDir}-content`;
  let site: StaticSite;
  let browser: Browser;

  beforeAll(() => {
    cpSync(rawDir, join(contentDir, 'raw'), { recursive: true });
    execFileSync(process.execPath, ['scripts/convert.ts', '--content', contentDir, '--quiet'], { stdio: 'pipe' });
    // Vitest puts Vite's BASE_URL, MODE, … into process.env; a child Astro build must not inherit them.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST)$/.test(key)));
    const env = { ...inherited, BASE_PATH: '/digest/', OUT_DIR: outDir, ASTRO_CACHE_DIR: `${outDir}-astro-cache`, CONTENT_DIR: contentDir };
    execFileSync('astro', ['build'], { env, stdio: 'pipe' });
    execFileSync(process.execPath, ['scripts/build-search.ts'], { env, stdio: 'pipe' });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    rmSync(outDir, { recursive: true, force: true });
    rmSync(`${outDir}-astro-cache`, { recursive: true, force: true });
    rmSync(contentDir, { recursive: true, force: true });
  });

  it('loads the bundle and links results under /digest/', async () => {
    expect(await builtBase(outDir)).toBe('/digest/');
    site = await serveStatic(outDir, '/digest/');
    browser = await launchChromium();
    const corpus = await loadCorpus(outDir, '/digest/');
    const query = corpus[0]!.heading.slice(0, 2);
    const page = await browser.newPage();
    const missing: string[] = [];
    page.on('response', (response) => {
      if (response.status() === 404) missing.push(response.url());
    });
    await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.includes('篇'));
    const hrefs = await page.locator('.hit-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBe(Math.min(10, groundTruth(corpus, query).all.size));
    expect(hrefs.every((href) => href.startsWith('/digest/articles/'))).toBe(true);
    expect(missing.filter((url) => !url.endsWith('favicon.ico'))).toEqual([]);
  });
});
