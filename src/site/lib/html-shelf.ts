/**
 * Rendered article HTML kept beside Astro's data store instead of in it.
 * Astro reads, parses, serialises and compares its whole store in every
 * build, and the HTML was ~60 % of its characters (10,000 issues: ~150 M of
 * 250 M). On the shelf it is written only when an article changes and read
 * only by the pages that show it.
 *
 * The shelf is 256 bucket files in the cache directory; the articles of one
 * issue folder share a bucket, so publishing an issue rewrites one bucket,
 * and a full build writes 256 files, not one per article. Each record keeps
 * the digest of the entry it was rendered from: a page asks for the HTML of
 * the digest its entry has, and a record of any other digest is never served.
 *
 * The shelf and the store are written apart, so a build that stops between
 * the two could leave them from different builds. The shelf carries a stamp,
 * a token the store records too (in the collection's meta store, saved with
 * the entries); a loader that finds them different renders the collection
 * again (see lean-store.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export interface ShelvedHtml {
  /** The digest of the entry the HTML was rendered from (Astro's `digest`, as a string). */
  digest: string;
  html: string;
}

type Bucket = Record<string, ShelvedHtml>;

/** The shelf's directory in Astro's cache directory. */
export function shelfDir(cacheDir: URL): string {
  return fileURLToPath(new URL('baozhai-article-html/', cacheDir));
}

/** The bucket of an entry id (`<issue>/<article>`): a hash of its folder, so one issue's articles share one. */
export function bucketOf(id: string): string {
  const folder = id.split('/', 1)[0] ?? id;
  return createHash('sha256').update(folder).digest('hex').slice(0, 2);
}

function bucketFile(dir: string, bucket: string): string {
  return join(dir, `${bucket}.json`);
}

export function readBucket(dir: string, bucket: string): Bucket {
  try {
    return JSON.parse(readFileSync(bucketFile(dir, bucket), 'utf8')) as Bucket;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

/** Replaces a file by a rename, so a reader finds the old or the new one, never a part. */
function replaceFile(file: string, text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

/** The changes of one build, written bucket by bucket when committed. */
export class ShelfWrites {
  /** bucket → id → its new record, or null when the entry is gone. */
  readonly #changes = new Map<string, Map<string, ShelvedHtml | null>>();

  get empty(): boolean {
    return this.#changes.size === 0;
  }

  put(id: string, shelved: ShelvedHtml): void {
    this.#bucket(id).set(id, shelved);
  }

  remove(id: string): void {
    this.#bucket(id).set(id, null);
  }

  /** Writes every bucket with a change into `dir` and forgets the changes. */
  commit(dir: string): void {
    mkdirSync(dir, { recursive: true });
    for (const [name, changes] of this.#changes) {
      const bucket = readBucket(dir, name);
      for (const [id, shelved] of changes) {
        if (shelved) bucket[id] = shelved;
        else delete bucket[id];
      }
      replaceFile(bucketFile(dir, name), JSON.stringify(bucket));
    }
    this.#changes.clear();
  }

  #bucket(id: string): Map<string, ShelvedHtml | null> {
    const name = bucketOf(id);
    let changes = this.#changes.get(name);
    if (!changes) this.#changes.set(name, (changes = new Map()));
    return changes;
  }
}

const STAMP_FILE = 'stamp';

/** The shelf's stamp, or undefined when it has none (never written, or changing). */
export function readStamp(dir: string): string | undefined {
  try {
    return readFileSync(join(dir, STAMP_FILE), 'utf8');
  } catch {
    return undefined;
  }
}

export function writeStamp(dir: string, stamp: string): void {
  mkdirSync(dir, { recursive: true });
  replaceFile(join(dir, STAMP_FILE), stamp);
}

/** Removes the whole shelf (every entry is about to be rendered again). */
export function emptyShelf(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function removeStamp(dir: string): void {
  rmSync(join(dir, STAMP_FILE), { force: true });
}

/** Buckets read by this process's pages. */
const readBuckets = new Map<string, Bucket>();

/**
 * The HTML of entry `id` rendered from `digest`. A bucket read earlier is read
 * again when it lacks that record (the dev server re-renders entries while it
 * runs); a shelf without it fails the page rather than show other HTML.
 */
export function shelvedHtml(dir: string, id: string, digest: string): string {
  const name = bucketOf(id);
  const key = bucketFile(dir, name);
  let shelved = readBuckets.get(key)?.[id];
  if (shelved?.digest !== digest) {
    readBuckets.set(key, readBucket(dir, name));
    shelved = readBuckets.get(key)?.[id];
  }
  if (shelved?.digest !== digest) {
    throw new Error(`No rendered HTML of ${id} (digest ${digest}) in ${dir}: delete Astro's cache directory and build again`);
  }
  return shelved.html;
}

/** The module that tells pages where the shelf is (the loader finds it from its config). */
export const SHELF_MODULE = 'virtual:baozhai/html-shelf';
const RESOLVED_SHELF_MODULE = `\0${SHELF_MODULE}`;

export function shelfModulePlugin(dir: string) {
  return {
    name: 'baozhai:html-shelf',
    resolveId: (id: string) => (id === SHELF_MODULE ? RESOLVED_SHELF_MODULE : undefined),
    load: (id: string) => (id === RESOLVED_SHELF_MODULE ? `export const shelfDir = ${JSON.stringify(dir)};\n` : undefined),
  };
}

export function htmlShelf(): AstroIntegration {
  return {
    name: 'baozhai:html-shelf',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [shelfModulePlugin(shelfDir(config.cacheDir))] } });
      },
    },
  };
}
