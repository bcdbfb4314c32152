/**
 * The search page in Chromium, on the site `npm run build` wrote to dist/
 * (OUT_DIR), served under the base it was built for; expected results come
 * from a substring search over what the built article pages show
 * (src/tools/search-eval/corpus.ts, which shares no code with the indexer).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import type { Browser, Page } from 'playwright-core';
import { builtBase, launchChromium } from '../../src/tools/search-eval/harness.ts';
import { serveStatic, type StaticSite } from '../../src/tools/static-server.ts';
import { groundTruth, loadCorpus, type CorpusArticle } from '../../src/tools/search-eval/corpus.ts';
import strings from '../../src/site/i18n/zh-CN.json' with { type: 'json' };
import { chromiumAvailable } from '../site/helpers/chromium.ts';
import { requireDist } from '../site/helpers/dist.ts';

const chromium = chromiumAvailable('search page browser tests');
const dist = chromium ? requireDist() : resolve(process.env.OUT_DIR ?? 'dist');

let site: StaticSite;
let browser: Browser;
let corpus: CorpusArticle[];
let base: string;

let picked: ReturnType<typeof chooseWords> | undefined;
const pickWords = () => (picked ??= chooseWords());

/** The commonest two-to-four character word of the corpus (by articles containing it), one in traditional form, a Latin token full-width. */
function chooseWords(): { common: string; narrow: string; traditional: string; simplified: string; latin: string | undefined } {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const articlesWith = new Map<string, number>();
  for (const { text } of corpus) {
    const words = new Set([...segmenter.segment(text)].filter((s) => s.isWordLike && s.segment.length >= 2 && s.segment.length <= 4 && /^\p{Script=Han}+$/u.test(s.segment)).map((s) => s.segment));
    for (const word of words) articlesWith.set(word, (articlesWith.get(word) ?? 0) + 1);
  }
  const ranked = [...articlesWith].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const common = ranked.find(([, count]) => count >= 2 && count < corpus.length)?.[0] ?? ranked[0]![0];
  const simplified = ranked.find(([word]) => toTraditional(word) !== word)?.[0] ?? common;
  const latin = corpus.map((c) => /[a-z]+\d*|\d{4}/.exec(c.text)?.[0]).find(Boolean);
  // Found in a few articles: one page of results.
  const narrow = ranked.find(([, count]) => count >= 2 && count <= 10)?.[0] ?? common;
  return { common, narrow, simplified, traditional: toTraditional(simplified), latin };
}

const expected = (query: string) => groundTruth(corpus, query);

async function open(path = ''): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${site.url}search/${path}`);
  await page.waitForFunction(() => (document.querySelector<HTMLSelectElement>('select[name="theme"]')?.options.length ?? 0) > 1);
  return page;
}

async function resultCount(page: Page, query: string): Promise<number> {
  await page.waitForFunction((q) => document.querySelector('[role="status"]')?.textContent?.includes(`“${q}”`), query);
  const status = (await page.textContent('[role="status"]')) ?? '';
  return status.includes('没有找到') ? 0 : Number(/(\d+) 篇/.exec(status)?.[1]);
}

describe.skipIf(!chromium)('search page (browser)', () => {
  beforeAll(async () => {
    base = await builtBase(dist);
    corpus = await loadCorpus(dist, base);
    site = await serveStatic(dist, base);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('shows every article containing what is typed, highlighted, title matches first', async () => {
    const { common } = pickWords();
    const page = await open();
    await page.locator('input[name="q"]').pressSequentially(common, { delay: 30 });
    const truth = expected(common);
    expect(await resultCount(page, common)).toBe(truth.all.size);
    const shown = await page.locator('.hit-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(shown.every((href) => href && truth.all.has(href))).toBe(true);
    const titleFirst = shown.findIndex((href) => !truth.inTitle.has(href!));
    expect(shown.slice(titleFirst === -1 ? shown.length : titleFirst).some((href) => truth.inTitle.has(href!))).toBe(false);
    expect(await page.locator('.hit-excerpt mark, .hit-title mark').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe(common);
    await page.close();
  });

  it('finds simplified text from a query in traditional characters or full-width forms', async () => {
    const { simplified, traditional } = pickWords();
    const page = await open();
    await page.fill('input[name="q"]', traditional);
    expect(await resultCount(page, traditional)).toBe(expected(traditional).all.size);
    expect(expected(traditional).all).toEqual(expected(simplified).all);
    const { latin } = pickWords();
    if (latin) {
      const wide = latin.toUpperCase().replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
      await page.fill('input[name="q"]', wide);
      expect(await resultCount(page, wide)).toBe(expected(latin).all.size);
    }
    await page.close();
  });

  it('filters and sorts through the URL, and Back restores the previous state', async () => {
    const { common } = pickWords();
    const page = await open(`?q=${encodeURIComponent(common)}`);
    expect(await page.inputValue('input[name="q"]')).toBe(common);
    const all = await resultCount(page, common);
    const theme = await page.locator('select[name="theme"] option').nth(1).getAttribute('value');
    await page.selectOption('select[name="theme"]', theme!);
    await page.waitForFunction((t) => new URL(location.href).searchParams.get('theme') === t, theme);
    await page.waitForFunction(() => !document.querySelector('digest-search')?.hasAttribute('aria-busy'));
    const inTheme = [...expected(common).all].filter((url) => corpus.find((c) => c.url === url)?.theme === theme).length;
    expect(await resultCount(page, common)).toBe(inTheme);
    if (inTheme > 0) expect(await page.locator('.hit-meta').first().textContent()).toContain(theme);
    await page.selectOption('select[name="sort"]', 'date');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'date');
    await page.goBack();
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('theme'));
    expect(await page.inputValue('select[name="theme"]')).toBe('');
    await page.waitForFunction(() => !document.querySelector('digest-search')?.hasAttribute('aria-busy'));
    expect(await resultCount(page, common)).toBe(all);
    await page.close();
  });

  it('merges the year shards: newest first across shards, and a year filter counts only that year', async () => {
    const theme = Object.entries(Object.groupBy(corpus, (c) => c.theme)).sort((a, b) => b[1]!.length - a[1]!.length)[0]![0];
    const page = await open(`?theme=${encodeURIComponent(theme)}&sort=date`);
    await page.waitForFunction(() => /\d+ 篇/.test(document.querySelector('[role="status"]')?.textContent ?? ''));
    const inTheme = corpus.filter((c) => c.theme === theme);
    expect(Number(/(\d+) 篇/.exec((await page.textContent('[role="status"]')) ?? '')?.[1])).toBe(inTheme.length);
    const dates = await page.locator('.hit-meta time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(dates.map((date) => date.slice(0, 4))).size).toBeGreaterThan(1);
    const { common } = pickWords();
    const year = inTheme[0]!.date.slice(0, 4);
    await page.goto(`${site.url}search/?q=${encodeURIComponent(common)}&year=${year}`);
    const inYear = [...expected(common).all].filter((url) => corpus.find((c) => c.url === url)?.date.startsWith(year)).length;
    expect(await resultCount(page, common)).toBe(inYear);
    await page.close();
  });

  it('offers "more" only while results remain, and none once the list is complete', async () => {
    // One character finds the most articles: more than a page of them on any corpus worth a search page.
    const common = pickWords().common.slice(0, 1);
    const total = expected(common).all.size;
    const page = await open();
    await page.fill('input[name="q"]', common);
    expect(await resultCount(page, common)).toBe(total);
    const more = page.locator('button.search-more');
    const hits = () => page.locator('.hit').count();
    expect(total).toBeGreaterThan(10);
    // Scrolling to the end of the list loads the next page; so does the button.
    await page.locator('.hit').last().scrollIntoViewIfNeeded();
    for (let shown = await hits(); shown < total; shown = await hits()) {
      if (await more.isVisible() && await more.isEnabled()) await more.click();
      await expect.poll(hits).toBeGreaterThan(shown);
    }
    expect(await page.locator('.hit').count()).toBe(total);
    await expect.poll(() => more.isVisible()).toBe(false);
    // A list of one page is complete at once: no control at all.
    const onePage = pickWords().narrow;
    expect(expected(onePage).all.size).toBeLessThanOrEqual(10);
    await page.fill('input[name="q"]', onePage);
    expect(await resultCount(page, onePage)).toBe(expected(onePage).all.size);
    await expect.poll(() => more.isVisible()).toBe(false);
    await page.close();
  });

  it('says clearly when nothing matches and offers ways on', async () => {
    const page = await open();
    await page.fill('input[name="q"]', '龘靐齉爨');
    expect(await resultCount(page, '龘靐齉爨')).toBe(0);
    await expect.poll(() => page.locator('.no-results').isVisible()).toBe(true);
    // One word that matches nothing, no filter: the two ways on that always apply, and nothing else.
    expect(await page.locator('.no-results li').allTextContents()).toEqual([strings['search.suggest.shorter'], strings['search.suggest.browse']]);
    await page.close();
  });

  it('works from the keyboard alone', async () => {
    const { common } = pickWords();
    const page = await open();
    await page.keyboard.press('Tab'); // skip link
    await page.locator('input[name="q"]').focus();
    await page.keyboard.type(common);
    await page.keyboard.press('Enter');
    expect(await resultCount(page, common)).toBe(expected(common).all.size);
    expect(await page.getAttribute('input[name="q"]', 'id')).toBe(await page.locator('label.search-label').getAttribute('for'));
    // Tab order from the form reaches the first result.
    await page.locator('.search-clear').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.hit') !== null)).toBe(true);
    await page.close();
  });
});
