import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticSite } from '../../src/tools/static-server.ts';

const PAGE = '<!doctype html><p>杭州</p>';
const SCRIPT = 'export const answer = 42;\n';
const FRAGMENT = 'x'.repeat(1000);

describe('the static server', () => {
  let root: string;
  let site: StaticSite;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'digest-static-'));
    mkdirSync(join(root, '城市'));
    mkdirSync(join(root, 'pagefind'));
    writeFileSync(join(root, '城市', 'index.html'), PAGE);
    writeFileSync(join(root, 'pagefind', 'pagefind.js'), SCRIPT);
    writeFileSync(join(root, 'pagefind', 'fragment.pf_fragment'), FRAGMENT);
    writeFileSync(join(root, '404.html'), '<!doctype html><p>没有这一页</p>');
    site = await serveStatic(root, '/digest/');
  });

  afterAll(async () => {
    await site.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the site under its base, directories by their index.html, UTF-8 names from percent-encoded paths', async () => {
    expect(site.url).toBe(`${site.origin}/digest/`);
    const response = await fetch(`${site.url}${encodeURI('城市/')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toBe(PAGE);
  });

  it('answers a path outside the base or a missing file with the site\'s 404 page', async () => {
    for (const path of ['/城市/', '/digest/no-such-page/', '/digest/../404.html']) {
      const response = await fetch(`${site.origin}${encodeURI(path)}`);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toContain('没有这一页');
    }
  });

  it('counts the body bytes it sends, and can leave the page\'s own HTML and CSS out', async () => {
    site.resetBytes();
    await (await fetch(`${site.url}${encodeURI('城市/')}`)).text();
    await (await fetch(`${site.url}pagefind/pagefind.js`)).text();
    await (await fetch(`${site.url}pagefind/fragment.pf_fragment`)).text();
    await (await fetch(`${site.url}missing.js`)).text();
    const pageBytes = Buffer.byteLength(PAGE);
    expect(site.bytesSent()).toBe(pageBytes + SCRIPT.length + FRAGMENT.length);
    expect(site.bytesSent(true)).toBe(SCRIPT.length + FRAGMENT.length);
    site.resetBytes();
    expect(site.bytesSent()).toBe(0);
  });

  it('serves a file written after it started', async () => {
    writeFileSync(join(root, 'late.json'), '{}');
    expect(await (await fetch(`${site.url}late.json`)).text()).toBe('{}');
  });
});
