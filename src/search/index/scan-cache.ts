/**
 * What the build takes from each content file (a digest of its bytes and
 * what it parsed), kept across builds in the search cache directory: every
 * build must know every article's date and head to plan the shards, key
 * the shard cache and count the facets, and parsing 78,000 files through
 * the contract costs half a minute, their stats a second.
 *
 * When an entry is reused: the file's stat key (src/files/stat-key.ts) is
 * the one recorded, or else its bytes hash to the one recorded. A stat is recorded only for a file unchanged for RACY_MS before
 * it was read: a write within the same timestamp tick after the read would
 * leave the stat as it was (the racy-git problem), so such a file is
 * compared by its bytes next time. The whole memo is dropped when its key
 * (the code fingerprint and whatever else the parse depends on) changes.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { statKey } from '../../files/stat-key.ts';

/** How long a file must have been left alone for its stat to be trusted next time. */
export const RACY_MS = 2_000;

export interface MemoEntry<T> {
  /** size:mtime:ctime:inode, or null when the file had changed too recently to trust it. */
  stat: string | null;
  /** sha256 of the file's bytes, base64. */
  sha: string;
  value: T;
}

/** File name (a stable name, e.g. the path inside its collection) → entry. */
export type Memo<T> = Map<string, MemoEntry<T>>;

interface MemoFile {
  key: string;
  sections: Record<string, Record<string, MemoEntry<unknown>>>;
}

/** The memo's sections as last written under `key`; empty when the file is missing, unreadable or written under another key. */
export function readMemo(path: string, key: string): Map<string, Memo<unknown>> {
  let file: MemoFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as MemoFile;
  } catch {
    return new Map();
  }
  if (file.key !== key) return new Map();
  return new Map(Object.entries(file.sections).map(([name, entries]) => [name, new Map(Object.entries(entries))]));
}

/** Writes the memo whole through a sibling temporary file: a build killed midway leaves the previous memo. */
export function writeMemo(path: string, key: string, sections: ReadonlyMap<string, Memo<unknown>>): void {
  const file: MemoFile = { key, sections: Object.fromEntries([...sections].map(([name, entries]) => [name, Object.fromEntries(entries)])) };
  const temporary = `${path}.tmp-${process.pid}`;
  writeFileSync(temporary, JSON.stringify(file));
  renameSync(temporary, path);
}

const statOf = (path: string): { stat: string; changedMs: number } => {
  const stat = statSync(path, { bigint: true });
  return { stat: statKey(stat), changedMs: Number(stat.ctimeNs / 1_000_000n) };
};

export interface MemoRun<T> {
  /** Each file's entry, in the order given. */
  entries: MemoEntry<T>[];
  /** The memo to write for the next build: these files only. */
  next: Memo<T>;
  /** Files parsed this time (their entry was missing or their bytes changed). */
  parsed: number;
}

/**
 * Each file's entry: reused when its stat or its bytes are those recorded,
 * else parsed. `now` is the clock the racy rule reads (a test may move it).
 */
export function memoized<T>(files: readonly { path: string; name: string }[], previous: Memo<T>, parse: (path: string, bytes: Buffer) => T, now: () => number = Date.now): MemoRun<T> {
  const next: Memo<T> = new Map();
  let parsed = 0;
  const entries = files.map(({ path, name }) => {
    const { stat, changedMs } = statOf(path);
    const known = previous.get(name);
    let entry: MemoEntry<T>;
    if (known && known.stat === stat) {
      entry = known;
    } else {
      const bytes = readFileSync(path);
      const sha = createHash('sha256').update(bytes).digest('base64');
      const trusted = changedMs < now() - RACY_MS ? stat : null;
      if (known && known.sha === sha) {
        entry = { ...known, stat: trusted };
      } else {
        entry = { stat: trusted, sha, value: parse(path, bytes) };
        parsed++;
      }
    }
    next.set(name, entry);
    return entry;
  });
  return { entries, next, parsed };
}
