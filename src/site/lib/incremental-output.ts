/**
 * The output directory is kept between incremental builds, so skipped pages
 * stay where they are instead of being deleted and copied back. Two
 * integrations follow from that:
 *
 * - pagesCopyIsOutput: Astro's incremental build also writes a copy of every
 *   page under `<cacheDir>/dist/`, to restore pages missing from the output.
 *   With the output kept, that copy only doubles the files written (a new
 *   file costs ~0.5 ms of kernel time on the ext4 disks measured here: 10 s
 *   of a 1,000-issue build). Pointing `<cacheDir>/dist` at the output makes
 *   the copy an overwrite of the page just written; a page missing from the
 *   output is then missing from the "copy" too, so Astro renders it again.
 *   Astro still writes that copy, and truncating a file just written to
 *   write it again costs as much as a new file on ext4 (a third of the time
 *   spent writing pages): while the link stands, the copy is not written
 *   (see skipCopyWrites).
 *   One case breaks the link: Astro prunes the copies of pages the last build
 *   made from a route file that is now gone, and when the page is now made by
 *   a renamed or moved route file, its copy is the page just written. So when
 *   the last build's manifest names a route file that no longer exists, this
 *   build keeps its copies apart (every page is rendered once more).
 * - pruneStalePages: removes the pages of unpublished articles, issues and
 *   topics, which a kept output would otherwise leave behind. Each build
 *   lists the pages it made (PAGE_LIST_FILE in the cache), so the next one
 *   removes what that list has and its own build lacks; only without a list
 *   is the output walked (at 10,000 issues, reading its ~100,000 folders was
 *   17 s of a rebuild). It fails the build if a page it made is missing from
 *   the output.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Top-level folders whose every file is a page of a dynamic route. */
export const GENERATED_SECTIONS = ['articles', 'issues', 'themes', 'cities', 'authors'] as const;

/** Files under `root/section` (relative to `root`) that are not in `kept`; removes them and the folders they leave empty. */
export function pruneSection(root: string, section: string, kept: ReadonlySet<string>): string[] {
  const removed: string[] = [];
  const walk = (dir: string): boolean => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return false;
    }
    let empty = true;
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (walk(path)) rmdirSync(path);
        else empty = false;
      } else if (kept.has(path)) {
        empty = false;
      } else {
        rmSync(path);
        removed.push(relative(root, path));
      }
    }
    return empty;
  };
  walk(join(root, section));
  return removed;
}

/** Makes `cacheDir/dist` a symbolic link to `outDir`, replacing whatever stood there; returns whether it changed anything. */
export function linkPagesCopyToOutput(cacheDir: string, outDir: string): boolean {
  const copyDir = join(cacheDir, 'dist');
  const target = resolve(outDir);
  mkdirSync(target, { recursive: true });
  const existing = lstatSync(copyDir, { throwIfNoEntry: false });
  if (existing?.isSymbolicLink() && readlinkSync(copyDir) === target) return false;
  if (existing) rmSync(copyDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  symlinkSync(target, copyDir, 'dir');
  return true;
}

/** Astro's incremental build manifest in the cache directory (node_modules/astro/dist/core/build/incremental.js). */
const INCREMENTAL_MANIFEST = 'incremental-build.json';

/** Route files (relative to `root`) the last incremental build used that no longer exist. */
export function goneRouteFiles(cacheDir: string, root: string): string[] {
  let routes: Record<string, unknown>;
  try {
    routes = (JSON.parse(readFileSync(join(cacheDir, INCREMENTAL_MANIFEST), 'utf8')) as { routes?: Record<string, unknown> }).routes ?? {};
  } catch {
    return [];
  }
  return Object.keys(routes).filter((component) => !existsSync(resolve(root, component)));
}

/** Makes `cacheDir/dist` a directory of its own (not the output), emptied. */
export function separatePagesCopy(cacheDir: string): void {
  const copyDir = join(cacheDir, 'dist');
  rmSync(copyDir, { recursive: true, force: true });
  mkdirSync(copyDir, { recursive: true });
}

/** What skipCopyWrites needs of Astro's incremental build cache. */
export interface PageCopyWriter {
  prototype: { writeOutputFile(...args: unknown[]): Promise<void> };
}

/**
 * Makes the cache's page-copy write a no-op: with `<cacheDir>/dist` linked to
 * the output, the copy is the page Astro has just written. Restoring is left
 * alone (a page missing from the output has no copy either, and is rendered
 * again). Returns false, changing nothing, when the cache has no such method.
 */
export function skipCopyWrites(cache: PageCopyWriter): boolean {
  if (typeof cache.prototype.writeOutputFile !== 'function') return false;
  cache.prototype.writeOutputFile = async () => {};
  return true;
}

/**
 * Astro's IncrementalBuildCache, which writes the page copies. It is not
 * exported, so it is reached by its file in the installed astro package: the
 * module the running build imported, not a second instance of it.
 */
async function astroPageCopyWriter(root: URL): Promise<PageCopyWriter | undefined> {
  const astroEntry = createRequire(new URL('package.json', root)).resolve('astro');
  const module = (await import(pathToFileURL(join(dirname(astroEntry), 'core/build/incremental.js')).href).catch(() => ({}))) as { IncrementalBuildCache?: PageCopyWriter };
  return module.IncrementalBuildCache;
}

export function pagesCopyIsOutput(): AstroIntegration {
  return {
    name: 'baozhai:pages-copy-is-output',
    hooks: {
      'astro:config:done': async ({ config, logger }) => {
        if (!config.experimental.incrementalBuild) return;
        const cacheDir = fileURLToPath(config.cacheDir);
        const writer = await astroPageCopyWriter(config.root);
        if (!writer || !skipCopyWrites(writer)) logger.warn('Astro writes incremental page copies in a way this integration does not know; each page is written twice');
        const gone = goneRouteFiles(cacheDir, fileURLToPath(config.root));
        if (gone.length > 0) {
          separatePagesCopy(cacheDir);
          logger.info(`route file ${gone[0]}${gone.length > 1 ? ` and ${gone.length - 1} more` : ''} gone since the last build: rendering every page`);
          return;
        }
        if (linkPagesCopyToOutput(cacheDir, fileURLToPath(config.outDir))) logger.debug('incremental page copies now point at the output directory');
      },
    },
  };
}

/** The pages of generated sections that the last build made, relative to the output, kept in the cache between builds. */
export const PAGE_LIST_FILE = 'baozhai-pages.json';

interface PageList {
  /** The output directory the pages are in: a list made for another output says nothing about this one. */
  outDir: string;
  pages: string[];
}

export function readPageList(file: string, outDir: string): string[] | undefined {
  try {
    const list = JSON.parse(readFileSync(file, 'utf8')) as PageList;
    return list.outDir === outDir && Array.isArray(list.pages) ? list.pages : undefined;
  } catch {
    return undefined;
  }
}

/** The pages of generated sections among `files` (absolute), relative to `root`. */
export function generatedPages(root: string, files: Iterable<string>): string[] {
  const prefixes = GENERATED_SECTIONS.map((section) => join(root, section) + sep);
  return [...files].filter((file) => prefixes.some((prefix) => file.startsWith(prefix))).map((file) => relative(root, file));
}

export function writePageList(file: string, outDir: string, pages: string[]): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ outDir, pages } satisfies PageList));
}

/** Removes the listed pages (relative to `root`) that exist, and the folders they leave empty up to their section; returns those removed. */
export function removePages(root: string, pages: readonly string[]): string[] {
  const removed: string[] = [];
  for (const page of pages) {
    const file = join(root, page);
    if (!existsSync(file)) continue;
    rmSync(file);
    removed.push(page);
    const section = join(root, page.split(sep)[0] ?? '');
    for (let dir = dirname(file); dir.startsWith(section + sep); dir = dirname(dir)) {
      if (readdirSync(dir).length > 0) break;
      rmdirSync(dir);
    }
  }
  return removed;
}

export function pruneStalePages(): AstroIntegration {
  let cacheDir = '';
  let listFile: string | undefined;
  return {
    name: 'baozhai:prune-stale-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        listFile = fileURLToPath(new URL(PAGE_LIST_FILE, config.cacheDir));
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const kept = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        // A published site must never lose a page it was built with (see the module comment).
        const missing = [...kept].filter((file) => !existsSync(file));
        if (missing.length > 0) {
          throw new Error(`${missing.length} page(s) built but missing from ${root}, e.g. ${relative(root, missing[0]!)}: delete the incremental cache ${cacheDir} and build again`);
        }
        const built = generatedPages(root, kept);
        const previous = listFile === undefined ? undefined : readPageList(listFile, root);
        const builtNow = new Set(built);
        const removed = previous
          ? removePages(root, previous.filter((page) => !builtNow.has(page)))
          : GENERATED_SECTIONS.flatMap((section) => pruneSection(root, section, kept));
        if (listFile !== undefined) writePageList(listFile, root, built);
        if (removed.length > 0) logger.info(`removed ${removed.length} page(s) no longer built, e.g. ${removed[0]}`);
      },
    },
  };
}
