/**
 * With incremental builds the output directory is kept between builds (so
 * skipped pages stay where they are instead of being deleted and copied back),
 * which leaves the pages of unpublished articles, issues and topics behind.
 * This integration removes every page file under the generated sections that
 * the build just finished did not write or keep.
 */
import { readdirSync, rmdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
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

export function pruneStalePages(): AstroIntegration {
  return {
    name: 'baozhai:prune-stale-pages',
    hooks: {
      'astro:build:done': ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const kept = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const removed = GENERATED_SECTIONS.flatMap((section) => pruneSection(root, section, kept));
        if (removed.length > 0) logger.info(`removed ${removed.length} page(s) no longer built, e.g. ${removed[0]}`);
      },
    },
  };
}
