/**
 * The topic pager tells the truth, in a real browser: a site built from a
 * purpose-made content directory with 66 articles in one theme (three pages of
 * at most 30), where every "next", "previous" and numbered link goes to the
 * page it names, the pages list each article once, newest first, and the page
 * status and the list numbering agree with where the reader is.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../src/site/lib/paginate.ts';
import { CHROMIUM, chromiumAvailable } from './helpers/chromium.ts';
import { buildSite, DIST } from './helpers/dist.ts';
import { serveStatic, type StaticSite } from '../../src/tools/static-server.ts';

const ARTICLES = 2 * PAGE_SIZE + 6;
const ISSUES = ['2024-03-01', '2024-03-02', '2024-03-03'];
const THEME = '/themes/economy/';

/** Article n (0-based): its issue, slug and title. Later issues are newer. */
function articleOf(n: number) {
  const issue = ISSUES[n % ISSUES.length]!;
  return { issue, slug: `a${String(n).padStart(3, '0')}`, title: `营商环境第${n + 1}篇`, order: Math.floor(n / ISSUES.length) + 1 };
}

function writeContent(dir: string): void {
  const all = Array.from({ length: ARTICLES }, (_, n) => articleOf(n));
  for (const issue of ISSUES) {
    const own = all.filter((article) => article.issue === issue);
    mkdirSync(join(dir, 'articles', issue), { recursive: true });
    mkdirSync(join(dir, 'issues'), { recursive: true });
    writeFileSync(
      join(dir, 'issues', `${issue}.md`),
      ['---', `title: "${issue}"`, `date: ${issue}`, 'dateSource: header', `source: ${issue}.txt`, `articleCount: ${own.length}`, 'articles:', ...own.map((a) => `  - ${a.slug}`), '---', ''].join('\n'),
    );
    for (const article of own) {
      writeFileSync(
        join(dir, 'articles', issue, `${article.slug}.md`),
        [
          '---', `title: ${article.title}`, 'authors: []', 'city: 温州', 'place: 温州', 'theme: 经济营商', 'tags: [营商环境]', `issue: ${issue}`, `order: ${article.order}`,
          `date: ${issue}`, 'dateInferred: false', `source: ${issue}.txt`, 'captions: []', `slug: ${article.slug}`, '---', '', `${article.title}的正文，说营商环境。`, '',
        ].join('\n'),
      );
    }
  }
}

const hasChromium = chromiumAvailable('pager browser test');

describe.skipIf(!hasChromium)('the topic pager in Chromium', () => {
  const content = mkdtempSync(join(tmpdir(), 'digest-pager-'));
  let server: StaticSite;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    writeContent(content);
    const dist = await buildSite('dist-pager', { CONTENT_DIR: content, ASTRO_CACHE_DIR: `${content}-astro-cache` });
    expect(dist).not.toBe(DIST);
    server = await serveStatic(dist, '/');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage();
    page.setDefaultTimeout(10_000);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(content, { recursive: true, force: true });
    rmSync(`${content}-astro-cache`, { recursive: true, force: true });
  });

  /** What the reader sees of the listing now. */
  async function listing() {
    return {
      path: new URL(page.url()).pathname,
      titles: await page.locator('ol.digest > li .summary-title').allInnerTexts(),
      start: Number(await page.locator('ol.digest').getAttribute('start')),
      current: await page.locator('.pager [aria-current="page"]').innerText(),
      status: await page.locator('.page-stats').innerText(),
      next: await page.locator('.pager a[rel="next"]').count(),
      previous: await page.locator('.pager a[rel="prev"]').count(),
    };
  }

  it('walks forward with 下一页, back with 上一页, and jumps with the page numbers', async () => {
    await page.goto(server.origin + THEME);
    const first = await listing();
    expect(first).toMatchObject({ path: THEME, start: 1, current: '1', next: 1, previous: 0 });
    expect(first.titles).toHaveLength(PAGE_SIZE);
    expect(first.status).toContain(`第 1 / 3 页`);

    await Promise.all([page.waitForURL(`**${THEME}2/`), page.click('.pager a[rel="next"]')]);
    const second = await listing();
    expect(second).toMatchObject({ path: `${THEME}2/`, start: PAGE_SIZE + 1, current: '2', next: 1, previous: 1 });
    expect(second.titles).toHaveLength(PAGE_SIZE);
    expect(second.status).toContain('第 2 / 3 页');

    await Promise.all([page.waitForURL(`**${THEME}3/`), page.click('.pager a[aria-label="第 3 页"]')]);
    const third = await listing();
    expect(third).toMatchObject({ path: `${THEME}3/`, start: 2 * PAGE_SIZE + 1, current: '3', next: 0, previous: 1 });
    expect(third.titles).toHaveLength(ARTICLES - 2 * PAGE_SIZE);

    await Promise.all([page.waitForURL(`**${THEME}2/`), page.click('.pager a[rel="prev"]')]);
    expect((await listing()).titles).toEqual(second.titles);
    await Promise.all([page.waitForURL(`**${THEME}`), page.click('.pager a[aria-label="第 1 页"]')]);
    expect((await listing()).titles).toEqual(first.titles);

    // Every article once, newest issue first.
    const titles = [...first.titles, ...second.titles, ...third.titles];
    expect(new Set(titles).size).toBe(ARTICLES);
    const issueOf = new Map(Array.from({ length: ARTICLES }, (_, n) => [articleOf(n).title, articleOf(n).issue]));
    const issues = titles.map((title) => issueOf.get(title) ?? '');
    expect(issues).toEqual([...issues].sort().reverse());
  });
});
