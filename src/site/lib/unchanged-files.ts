/**
 * Astro's glob loader reads, parses and hashes every file in every build to
 * find the few that changed (10,000 issues: ~10 s of a rebuild for 78,000
 * articles). `globSkippingUnchanged` stats the files first and hands the
 * glob loader only those whose stat differs from the one recorded when their
 * entry was last loaded; the entries of the others stay in the store as they
 * are.
 *
 * A file counts as unchanged only if its inode, size, modification time and
 * change time (nanoseconds) are all as recorded: the change time moves on
 * every write, and, unlike the modification time, cannot be set back, so an
 * edit that keeps the size and restores the mtime is still seen. The records
 * live in the collection's meta store, saved with the entries they describe;
 * an entry missing from the store is loaded again whatever its file's stat.
 *
 * The dev server's loader (which watches files) is the glob loader as it is.
 */
import { globSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { statKey } from '../../files/stat-key.ts';

type GlobOptions = Parameters<typeof glob>[0];
type Store = LoaderContext['store'];


/** A loaded file (by its path under the loader's base): its stat key then, and the id of its entry. */
export type FileRecords = Record<string, { key: string; id: string }>;

export const FILE_RECORDS_KEY = 'file-records';

export function readRecords(meta: LoaderContext['meta']): FileRecords {
  try {
    return JSON.parse(meta.get(FILE_RECORDS_KEY) ?? '{}') as FileRecords;
  } catch {
    return {};
  }
}

/** Files whose names a glob pattern takes literally (the contract's slugs and issue folders are). */
const LITERAL = /^[\w./-]+$/;

export interface Plan {
  /** Ids of entries whose files are as recorded, with the record. */
  unchanged: Map<string, { file: string; key: string }>;
  /** Files to load (under the base). */
  changed: string[];
}

/** Splits the files found (path under the base → stat key) into unchanged entries and files to load. */
export function planLoad(found: ReadonlyMap<string, string>, records: FileRecords, stored: (id: string) => boolean): Plan {
  const unchanged = new Map<string, { file: string; key: string }>();
  const changed: string[] = [];
  for (const [file, key] of found) {
    const record = records[file];
    if (record?.key === key && stored(record.id)) unchanged.set(record.id, { file, key });
    else changed.push(file);
  }
  return { unchanged, changed };
}

/** Files matching `pattern` under `base` with their stat keys. */
function statFiles(base: string, pattern: string | string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of globSync(pattern, { cwd: base })) {
    const stats = statSync(join(base, file), { bigint: true, throwIfNoEntry: false });
    if (stats?.isFile()) found.set(file.split(sep).join('/'), statKey(stats));
  }
  return found;
}

export function globSkippingUnchanged(options: GlobOptions & { base: string }): Loader {
  const full = glob(options);
  return {
    name: full.name,
    load: async (context) => {
      if (context.watcher) {
        context.meta.delete(FILE_RECORDS_KEY);
        return full.load(context);
      }
      const base = fileURLToPath(new URL(options.base.endsWith('/') ? options.base : `${options.base}/`, context.config.root));
      const found = statFiles(base, options.pattern);
      const { unchanged, changed } = planLoad(found, readRecords(context.meta), (id) => context.store.has(id));
      // The id of each file the glob loader stores, by the path it stores it under (relative to the root).
      const rootPath = (file: string) => relative(fileURLToPath(context.config.root), join(base, file)).split(sep).join('/');
      const byStoredPath = new Map(changed.map((file) => [rootPath(file), file]));
      const loadedIds = new Map<string, string>();
      const store = new Proxy(context.store, {
        get: (target, key, receiver) => {
          if (key === 'set') {
            return ((entry) => {
              const file = entry.filePath === undefined ? undefined : byStoredPath.get(entry.filePath);
              if (file !== undefined) loadedIds.set(file, entry.id);
              return target.set(entry);
            }) satisfies Store['set'];
          }
          // The glob loader deletes the entries of every file it did not see: not those left out as unchanged.
          if (key === 'delete') return ((id) => (unchanged.has(id) ? undefined : target.delete(id))) satisfies Store['delete'];
          return Reflect.get(target, key, receiver);
        },
      });
      const records = readRecords(context.meta);
      if (changed.length === 0) {
        for (const id of context.store.keys()) if (!unchanged.has(id)) context.store.delete(id);
      } else {
        const pattern = unchanged.size > 0 && changed.every((file) => LITERAL.test(file)) ? changed : options.pattern;
        await glob({ ...options, pattern }).load({ ...context, store });
      }
      const next: FileRecords = {};
      for (const [id, { file, key }] of unchanged) next[file] = { key, id };
      for (const file of changed) {
        // A file read again with its content unchanged is not stored again: its id is the recorded one.
        const id = loadedIds.get(file) ?? records[file]?.id;
        const key = found.get(file);
        if (id !== undefined && key !== undefined && context.store.has(id)) next[file] = { key, id };
      }
      context.meta.set(FILE_RECORDS_KEY, JSON.stringify(next));
    },
  };
}
