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
 *   One case breaks that: Astro prunes the copies of pages the last build made
 *   from a route file that is now gone, and when the page is now made by a
 *   renamed or moved route file, its copy is the page just written. So when
 *   the last build's manifest names a route file that no longer exists, this
 *   build keeps its copies apart (every page is rendered once more).
 * - pruneStalePages: removes the pages of unpublished articles, issues and
 *   topics, which a kept output would otherwise leave behind, and fails the
 *   build if a page it made is missing from the output.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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

export function pagesCopyIsOutput(): AstroIntegration {
  return {
    name: 'baozhai:pages-copy-is-output',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        if (!config.experimental.incrementalBuild) return;
        const cacheDir = fileURLToPath(config.cacheDir);
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

export function pruneStalePages(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'baozhai:prune-stale-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const kept = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        // A published site must never lose a page it was built with (see the module comment).
        const missing = [...kept].filter((file) => !existsSync(file));
        if (missing.length > 0) {
          throw new Error(`${missing.length} page(s) built but missing from ${root}, e.g. ${relative(root, missing[0]!)}: delete the incremental cache ${cacheDir} and build again`);
        }
        const removed = GENERATED_SECTIONS.flatMap((section) => pruneSection(root, section, kept));
        if (removed.length > 0) logger.info(`removed ${removed.length} page(s) no longer built, e.g. ${removed[0]}`);
      },
    },
  };
}
