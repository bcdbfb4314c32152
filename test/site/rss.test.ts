/**
 * The feeds, read with a real RSS parser: channel link is the home page with
 * the base, items are the newest articles with absolute links that exist in
 * the build, dates, authors, categories and sanitised full text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles, requireDist, siteOrigin } from './helpers/dist.ts';

type Item = { creator?: string; 'content:encoded'?: string; categories?: string[] };
const parser = new Parser<Record<string, never>, Item>({ customFields: { item: ['content:encoded'] } });

/** The file an absolute site URL maps to in `dist`. */
function fileFor(dist: string, url: string, site: URL): string {
  const path = decodeURIComponent(new URL(url).pathname).slice(site.pathname.length);
  return join(dist, path, path.endsWith('/') || path === '' ? 'index.html' : '');
}

describe('RSS feeds', () => {
  let dist = '';
  let site: URL;

  beforeAll(() => {
    dist = requireDist();
    site = siteOrigin(dist);
  });

  it('site feed: the newest articles, full text, absolute links with the base', async () => {
    const feed = await parser.parseString(readFileSync(join(dist, 'rss.xml'), 'utf8'));
    expect(feed.link).toBe(site.href);
    expect(feed.title).toMatch(/报摘/);
    const articlePages = listFiles(dist).filter((file) => file.startsWith('articles/') && file.endsWith('index.html'));
    expect(feed.items.length).toBe(Math.min(50, articlePages.length));

    const times = feed.items.map((item) => Date.parse(item.isoDate ?? ''));
    expect(times.every(Number.isFinite)).toBe(true);
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    for (const item of feed.items) {
      expect(item.title).toBeTruthy();
      expect(item.link?.startsWith(`${site.href}articles/`), item.link).toBe(true);
      expect(existsSync(fileFor(dist, item.link ?? '', site)), item.link).toBe(true);
      const page = readFileSync(fileFor(dist, item.link ?? '', site), 'utf8');
      expect(page).toContain(`<h1>${item.title}</h1>`);
      const html = item['content:encoded'] ?? '';
      expect(html).toMatch(/<p>/);
      expect(html).not.toMatch(/<script|<style|\son\w+=|role=|tabindex/i);
      for (const [, href] of html.matchAll(/(?:href|src)="([^"]*)"/g)) expect(href).toMatch(/^https?:\/\//);
      expect(item.categories?.length).toBeGreaterThanOrEqual(2);
    }
    expect(feed.items.some((item) => item.creator)).toBe(true);
  });

  it('theme and city feeds hold only their articles and link to their page', async () => {
    const feeds = listFiles(dist).filter((file) => /^(themes|cities)\/[^/]+\/rss\.xml$/.test(file));
    expect(feeds.length).toBeGreaterThan(0);
    for (const file of feeds) {
      const feed = await parser.parseString(readFileSync(join(dist, file), 'utf8'));
      expect(feed.link).toBe(new URL(file.replace(/rss\.xml$/, ''), site).href);
      const page = readFileSync(join(dist, file.replace(/rss\.xml$/, 'index.html')), 'utf8');
      const label = /<h1>([^<]+)<\/h1>/.exec(page)?.[1] ?? '';
      for (const item of feed.items) {
        const categories = item.categories ?? [];
        // Theme feeds carry the theme label; city feeds the short city name (湖州 for 湖州市).
        expect(categories.some((category) => label.startsWith(category)), `${file}: ${item.title}`).toBe(true);
      }
    }
  });

  it('pages announce their feeds with <link rel="alternate">', () => {
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toMatch(new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${site.pathname}rss.xml">`));
    const theme = listFiles(dist).find((file) => /^themes\/[^/]+\/index\.html$/.test(file)) ?? '';
    const themeFeed = `${site.pathname}${theme.replace(/index\.html$/, 'rss.xml')}`;
    expect(readFileSync(join(dist, theme), 'utf8')).toContain(`href="${themeFeed}"`);
  });
});
