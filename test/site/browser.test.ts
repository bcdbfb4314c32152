/**
 * The built site in a real browser at desktop (1280 px) and phone (360 px)
 * widths: the main pages render their content, nothing overflows sideways,
 * tables scroll inside their own region, and axe-core finds no serious or
 * critical accessibility violation (light and dark). Screenshots go to
 * test-results/screenshots/ for a human to look at.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, chromiumAvailable } from './helpers/chromium.ts';
import { listFiles, requireDist, ROOT } from './helpers/dist.ts';
import { serveStatic, type StaticSite } from '../../src/tools/static-server.ts';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const WIDTHS = [1280, 360] as const;
/** axe runs on every page at desktop width; at phone width on the pages whose layout changes most. */
const AXE_AT_PHONE_WIDTH = new Set(['home', 'issue', 'article', 'cities']);
const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

const hasChromium = chromiumAvailable('browser tests');

/** A page of each kind in the built site, chosen from what the content has. */
function pickPages(dist: string): Record<string, string> {
  const files = listFiles(dist).filter((file) => file.endsWith('index.html'));
  const html = (file: string) => readFileSync(join(dist, file), 'utf8');
  const first = (prefix: string, test: (file: string) => boolean = () => true) => {
    const file = files.filter((candidate) => candidate.startsWith(prefix) && candidate !== `${prefix}index.html`).find(test);
    if (!file) throw new Error(`the built site has no page under ${prefix} for the browser test`);
    return `/${file.replace(/index\.html$/, '')}`;
  };
  const withArticles = (file: string) => html(file).includes('class="summary"');
  return {
    home: '/',
    archive: '/issues/',
    issue: first('issues/'),
    article: first('articles/', (file) => html(file).includes('<table')),
    themes: '/themes/',
    theme: first('themes/', withArticles),
    cities: '/cities/',
    city: first('cities/', withArticles),
    author: first('authors/', withArticles),
  };
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const result = (await page.evaluate(() => (globalThis as unknown as { axe: { run(): Promise<unknown> } }).axe.run())) as AxeResult;
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe.skipIf(!hasChromium)('the site in Chromium', () => {
  let server: StaticSite;
  let browser: Browser;
  let pages: Record<string, string>;

  beforeAll(async () => {
    const dist = requireDist();
    pages = pickPages(dist);
    server = await serveStatic(dist, '/');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(ROOT, 'test-results', '.gitignore'), '*\n');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of WIDTHS) {
    it(`renders every page kind at ${width} px without overflow or serious axe violations`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN' });
      const external: string[] = [];
      context.on('request', (request) => {
        if (!request.url().startsWith(server.origin)) external.push(request.url());
      });
      try {
        for (const [name, path] of Object.entries(pages)) {
          const page = await context.newPage();
          const response = await page.goto(server.origin + path);
          expect(response?.status(), path).toBe(200);
          expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
          expect((await page.locator('h1').first().innerText()).trim(), `${path} <h1>`).not.toBe('');
          expect(await page.locator('main').count()).toBe(1);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${path} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
          await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
          if (width > 360 || AXE_AT_PHONE_WIDTH.has(name)) expect(await seriousViolations(page), path).toEqual([]);
          await page.close();
        }
      } finally {
        await context.close();
      }
      expect(external).toEqual([]);
    });
  }

  it('shows an article with its byline, reading time, table region and neighbours', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(server.origin + pages['article']);
    await expect.poll(() => page.locator('.article-meta').innerText()).toMatch(/分钟读完/);
    const region = page.locator('.table-scroll').first();
    expect(await region.getAttribute('role')).toBe('region');
    const scrolls = await region.evaluate((element) => element.scrollWidth > element.clientWidth);
    expect(scrolls, 'a wide table scrolls inside its region on a phone').toBe(true);
    const links = await page.locator('.article-head .kicker a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links.some((path) => path.startsWith('/themes/'))).toBe(true);
    expect(links.some((path) => path.startsWith('/cities/'))).toBe(true);
    await page.close();
  });

  it('links each city tile of the map to its page, with no script on the page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.origin + pages['cities']);
    const tiles = page.locator('.tile-map a');
    expect(await tiles.count()).toBe(11);
    expect(await page.locator('script').count()).toBe(0);
    await tiles.first().click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/cities\/[a-z]+\/$/);
    await page.close();
  });

  it('passes axe in dark mode too', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    try {
      for (const name of ['home', 'article', 'cities'] as const) {
        const page = await context.newPage();
        await page.goto(server.origin + pages[name]);
        await page.screenshot({ path: join(SCREENSHOTS, `${name}-dark.png`), fullPage: true });
        expect(await seriousViolations(page), `${name} (dark)`).toEqual([]);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });
});
