/**
 * Node-side tools shared by `npm run search:eval` and the browser tests: serve
 * a built site under its base path while counting the bytes sent, find the
 * base the site was built for, launch the system Chromium.
 */
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { MANIFEST_FILE } from '../../search/shards.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

/** The page's own files, left out of a search's bytes. */
const PAGE_FILE = /\.(html|css)$/;

export interface StaticSite {
  /** Origin plus base, ending in `/`: `http://127.0.0.1:4321/digest/`. */
  url: string;
  /** Response body bytes sent since the last reset; with `searchOnly`, leaving out HTML and CSS (the page itself, not its search). */
  bytesSent(searchOnly?: boolean): number;
  resetBytes(): void;
  close(): Promise<void>;
}

/** The base a built site expects, read from its search page's bundle URL. */
export async function builtBase(distDir: string): Promise<string> {
  const page = join(distDir, 'search', 'index.html');
  if (!existsSync(page)) throw new Error(`${page} not found: run npm run build first`);
  const bundle = /data-bundle="([^"]+)"/.exec(await readFile(page, 'utf8'))?.[1];
  if (!bundle?.endsWith('pagefind/')) throw new Error(`${page} has no <digest-search data-bundle="…/pagefind/">`);
  if (!existsSync(join(distDir, 'pagefind', MANIFEST_FILE))) throw new Error(`${join(distDir, 'pagefind')} has no search index (${MANIFEST_FILE}): run npm run build (or npm run build:search)`);
  return bundle.slice(0, -'pagefind/'.length);
}

/** Serves `distDir` at `base` on 127.0.0.1 (no caching headers: the browser's own cache is what it is). */
export async function serveStatic(distDir: string, base: string): Promise<StaticSite> {
  const root = resolve(distDir);
  let bytes = 0;
  let pageBytes = 0;
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    let file = normalize(join(root, path.slice(base.length)));
    try {
      if (!file.startsWith(root)) throw new Error('outside root');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      bytes += body.length;
      if (PAGE_FILE.test(file)) pageBytes += body.length;
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': body.length });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    bytesSent: (searchOnly = false) => (searchOnly ? bytes - pageBytes : bytes),
    resetBytes: () => {
      bytes = 0;
      pageBytes = 0;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export const hasChromium = (): boolean => existsSync(CHROMIUM_PATH);

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
