/**
 * The built site works on any static host, served from the root and from a
 * sub-path: every internal link, asset, feed and canonical URL resolves (no
 * 404), nothing is loaded from elsewhere, and only search pages ship scripts.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl, type CrawlResult } from './helpers/crawl.ts';
import { buildSubpathSite, listFiles, requireDist, siteOrigin, SUB_BASE } from './helpers/dist.ts';
import { serveStatic, type StaticSite } from '../../src/tools/static-server.ts';

/** Paths of every HTML page on disk, so pages nothing links to are checked too. */
function pagePaths(dist: string, base: string): string[] {
  return listFiles(dist)
    .filter((file) => file.endsWith('.html') && file !== '404.html')
    .map((file) => encodeURI(base + file.replace(/index\.html$/, '')));
}

function describeMode(name: string, base: string, getDist: () => Promise<string>) {
  describe(`static host, ${name}`, () => {
    let dist = '';
    let server: StaticSite;
    let result: CrawlResult;

    beforeAll(async () => {
      dist = await getDist();
      server = await serveStatic(dist, base);
      result = await crawl({
        origin: server.origin,
        site: siteOrigin(dist),
        base,
        start: [...pagePaths(dist, base), `${base}sitemap-index.xml`, `${base}robots.txt`],
      });
    });
    afterAll(() => server?.close());

    it('has no broken internal link, asset or feed link', () => {
      expect(result.problems).toEqual([]);
      expect(result.visited.size).toBeGreaterThan(10);
    });

    it('reaches the feeds, the stylesheet, the sitemap and every article page', () => {
      const visited = [...result.visited.keys()];
      expect(visited).toContain(`${base}rss.xml`);
      expect(visited.some((path) => /\/themes\/[^/]+\/rss\.xml$/.test(path))).toBe(true);
      expect(visited.some((path) => /\/cities\/[^/]+\/rss\.xml$/.test(path))).toBe(true);
      expect(visited.some((path) => path.endsWith('.css'))).toBe(true);
      const articles = listFiles(dist).filter((file) => file.startsWith('articles/') && file.endsWith('index.html'));
      expect(articles.length).toBeGreaterThan(0);
      for (const file of articles) expect(result.visited.get(encodeURI(base + file.replace(/index\.html$/, '')))).toBe(200);
    });

    it('puts the base into the feed\'s channel link and item links', async () => {
      const feed = await new Parser().parseString(readFileSync(join(dist, 'rss.xml'), 'utf8'));
      const site = siteOrigin(dist);
      expect(new URL(feed.link ?? '').pathname).toBe(base);
      expect(feed.items.length).toBeGreaterThan(0);
      for (const item of feed.items) {
        expect(new URL(item.link ?? '').origin).toBe(site.origin);
        expect(new URL(item.link ?? '').pathname.startsWith(`${base}articles/`), item.link).toBe(true);
      }
    });

    it('serves a real 404 for a missing page', async () => {
      const response = await fetch(`${server.origin}${base}no-such-page/`);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('lang="zh-CN"');
    });

    it('ships no JavaScript outside the search page and has .nojekyll for GitHub Pages', () => {
      for (const [path, body] of result.bodies) {
        if (!body.includes('<html') || path.startsWith(`${base}search/`)) continue;
        expect(body, `${path} has a <script>`).not.toMatch(/<script\b/);
      }
      expect(listFiles(dist)).toContain('.nojekyll');
    });

    it('keeps Latin words and numbers apart from neighbouring inline tags', () => {
      // Latin or digits on both sides of inline tags with no space between: `2024</a><a …>2023`.
      const glued = /.{0,30}[A-Za-z0-9](?:<\/?(?:a|span|time|strong|em|code)\b[^>]*>)+[A-Za-z0-9].{0,10}/g;
      const found = [...result.bodies]
        .filter(([, body]) => body.includes('<html'))
        .flatMap(([path, body]) => [...body.matchAll(glued)].map((match) => `${path}: ${match[0]}`));
      expect(found).toEqual([]);
    });
  });
}

describeMode('served from the root', '/', async () => requireDist());
describeMode(`served from the sub-path ${SUB_BASE}`, SUB_BASE, async () => {
  requireDist();
  return buildSubpathSite();
});

describe('the test static server', () => {
  it('serves UTF-8 file names from percent-encoded paths', async () => {
    const root = mkdtempSync(join(tmpdir(), 'digest-static-'));
    mkdirSync(join(root, '城市'));
    writeFileSync(join(root, '城市', 'index.html'), '<p>杭州</p>');
    const server = await serveStatic(root, '/');
    try {
      const response = await fetch(`${server.origin}${encodeURI('/城市/')}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('<p>杭州</p>');
    } finally {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
