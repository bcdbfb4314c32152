/**
 * What the last run published, per raw file: the content hash it was made
 * from and the slug it was published under. It makes re-runs incremental (an
 * unchanged file under an unchanged converter is skipped), keeps slugs stable
 * (the first holder keeps a slug), and tells which outputs belong to raw files
 * that are gone.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeFileAtomic } from './files.ts';

export interface ManifestEntry {
  /** sha256 of the raw bytes. */
  hash: string;
  slug: string;
  date: string;
  articles: number;
  warnings: number;
}

export interface Manifest {
  /** Fingerprint of the converter code, data files and corrections that produced the entries. */
  converter: string;
  issues: Record<string, ManifestEntry>;
}

const MANIFEST_FILE = 'manifest.json';

export function emptyManifest(): Manifest {
  return { converter: '', issues: {} };
}

export function readManifest(stateDir: string): Manifest {
  const path = join(stateDir, MANIFEST_FILE);
  if (!existsSync(path)) return emptyManifest();
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
    return typeof parsed.converter === 'string' && parsed.issues ? parsed : emptyManifest();
  } catch {
    // A damaged manifest only costs a full re-conversion.
    return emptyManifest();
  }
}

export function writeManifest(stateDir: string, manifest: Manifest): void {
  const sorted = Object.fromEntries(Object.entries(manifest.issues).sort(([a], [b]) => a.localeCompare(b)));
  writeFileAtomic(join(stateDir, MANIFEST_FILE), `${JSON.stringify({ converter: manifest.converter, issues: sorted }, null, 1)}\n`);
}

export function hashBytes(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile() && !/\.test\.ts$/.test(path))
    .sort();
}

/**
 * What under data/ belongs to other programs and never decides the
 * converter's output: the search index's data. The site, the search programs
 * and the tools live outside src/converter and src/contract, so editing them
 * re-converts nothing.
 */
const NOT_THE_CONVERTER = [join('data', 'search')];

/** The code that decides the output: the converter's room, the content contract it writes to, and the shared modules it reads. */
const CONVERTER_CODE = [join('src', 'converter'), join('src', 'contract'), join('src', 'dates'), join('src', 'places'), join('src', 'data-files')];

/**
 * Hash of everything that decides the output besides the raw file itself, so
 * that a changed converter, contract, data file or correction re-converts everything.
 * src/dates, src/places and src/data-files are shared with the other
 * programs: the converter's issue titles print their date with the first,
 * its lexicon builds on the place directory, and it reads its data files with
 * the last.
 */
export function converterFingerprint(projectRoot: string, extraFiles: readonly string[]): string {
  const hash = createHash('sha256');
  const own = (file: string) => !NOT_THE_CONVERTER.some((dir) => relative(projectRoot, file).startsWith(`${dir}/`));
  const files = [...CONVERTER_CODE.flatMap((dir) => filesUnder(join(projectRoot, dir))), ...filesUnder(join(projectRoot, 'data')), ...extraFiles.filter(existsSync)].filter(own);
  for (const file of files) {
    hash.update(relative(projectRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}
