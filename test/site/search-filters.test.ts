/**
 * The search page's filters tell the truth, in a real browser: every option of
 * the theme, city, year and author filters shows as its count the number of
 * article pages a reader finds with that theme, city, year or author printed
 * in their heads, and choosing it lists that many articles. The truth is read
 * from the built article pages' visible text, sharing no code with the index.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastText } from 'hast-util-to-string';
import type { Element } from 'hast';
import { chromium, type Browser, type Page } from 'playwright-core';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, chromiumAvailable } from './helpers/chromium.ts';
import { listFiles, requireDist } from './helpers/dist.ts';
import { serveStatic, type StaticSite } from '../../src/tools/static-server.ts';

type FilterKey = 'theme' | 'city' | 'year' | 'author';
type Counts = Record<FilterKey, Record<string, number>>;

/** Author options chosen in the browser: one page load each, and the authors are many. */
const AUTHORS_CHOSEN = 8;

const hasClass = (node: Element, name: string) => String(node.properties?.['className'] ?? '').split(/[ ,]/).includes(name);

/** What the head of each article page shows: its theme and city links, its authors, its date. */
function countsFromPages(dist: string): Counts {
  const counts: Counts = { theme: {}, city: {}, year: {}, author: {} };
  const add = (key: FilterKey, value: string) => {
    counts[key][value] = (counts[key][value] ?? 0) + 1;
  };
  for (const file of listFiles(dist).filter((path) => /^articles\/.+\/index\.html$/.test(path))) {
    visit(fromHtml(readFileSync(join(dist, file), 'utf8')), 'element', (head: Element) => {
      if (!hasClass(head, 'article-head')) return;
      const authors = new Set<string>();
      visit(head, 'element', (node: Element) => {
        const href = String(node.properties?.['href'] ?? '');
        if (node.tagName === 'a' && /^\/themes\/[^/]+\/$/.test(href)) add('theme', hastText(node).trim());
        if (node.tagName === 'a' && /^\/cities\/[^/]+\/$/.test(href)) add('city', hastText(node).trim());
        if (node.tagName === 'a' && /^\/authors\/[^/]+\/$/.test(href)) authors.add(hastText(node).trim());
        if (node.tagName === 'time') add('year', String(node.properties?.['dateTime'] ?? '').slice(0, 4));
      });
      for (const author of authors) add('author', author);
      return 'skip';
    });
  }
  return counts;
}

const hasChromium = chromiumAvailable('search filter browser test');

describe.skipIf(!hasChromium)('the search filters in Chromium', () => {
  let server: StaticSite;
  let browser: Browser;
  let page: Page;
  let truth: Counts;

  beforeAll(async () => {
    const dist = requireDist();
    truth = countsFromPages(dist);
    server = await serveStatic(dist, '/');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage();
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The options each filter shows, as value → the count printed beside it. */
  async function shownCounts(): Promise<Counts> {
    await page.goto(`${server.origin}/search/`);
    await page.waitForFunction(() => (document.querySelector<HTMLSelectElement>('select[name="theme"]')?.options.length ?? 0) > 1);
    return page.evaluate(() => {
      const read = (key: string) =>
        Object.fromEntries(
          [...(document.querySelector<HTMLSelectElement>(`select[name="${key}"]`)?.options ?? [])]
            .filter((option) => option.value !== '')
            .map((option) => [option.value, Number(/（(\d+)）$/.exec(option.text)?.[1])]),
        );
      return { theme: read('theme'), city: read('city'), year: read('year'), author: read('author') };
    });
  }

  /** How many articles the page says it found for one filter. */
  async function resultsFor(key: FilterKey, value: string): Promise<number> {
    await page.goto(`${server.origin}/search/?${key}=${encodeURIComponent(value)}`);
    await page.waitForFunction(() => /找到 \d+ 篇文章|没有找到/.test(document.querySelector('[role="status"]')?.textContent ?? ''));
    const status = (await page.textContent('[role="status"]')) ?? '';
    return Number(/找到 (\d+) 篇文章/.exec(status)?.[1] ?? 0);
  }

  it('shows beside every option the number of article pages that print it, and lists that many when chosen', async () => {
    const shown = await shownCounts();
    expect(Object.keys(truth.theme).length).toBeGreaterThan(1);
    expect(shown).toEqual(truth);
    const listed: string[] = [];
    for (const key of ['theme', 'city', 'year', 'author'] as const) {
      // Every theme, city and year; the authors with the most articles (each other author's option is checked above).
      const options = Object.entries(truth[key]).sort((a, b) => b[1] - a[1]).slice(0, key === 'author' ? AUTHORS_CHOSEN : undefined);
      for (const [value, count] of options) {
        const found = await resultsFor(key, value);
        if (found !== count) listed.push(`${key}=${value}: the filter says ${count}, the page lists ${found}`);
      }
    }
    expect(listed).toEqual([]);
  }, 180_000);
});
