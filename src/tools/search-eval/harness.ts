/**
 * Node-side tools shared by `npm run search:eval` and the browser tests: find
 * the base the site was built for, launch the system Chromium. The server
 * that serves the site is src/tools/static-server.ts.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { MANIFEST_FILE } from '../../search/shards.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The base a built site expects, read from its search page's bundle URL. */
export async function builtBase(distDir: string): Promise<string> {
  const page = join(distDir, 'search', 'index.html');
  if (!existsSync(page)) throw new Error(`${page} not found: run npm run build first`);
  const bundle = /data-bundle="([^"]+)"/.exec(await readFile(page, 'utf8'))?.[1];
  if (!bundle?.endsWith('pagefind/')) throw new Error(`${page} has no <digest-search data-bundle="…/pagefind/">`);
  if (!existsSync(join(distDir, 'pagefind', MANIFEST_FILE))) throw new Error(`${join(distDir, 'pagefind')} has no search index (${MANIFEST_FILE}): run npm run build (or npm run build:search)`);
  return bundle.slice(0, -'pagefind/'.length);
}

export const hasChromium = (): boolean => existsSync(CHROMIUM_PATH);

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
