/**
 * Writing the content collections so that nothing is ever half-written:
 * every issue is first written complete into a staging area, then swapped into
 * place by renames. A converter killed at any moment leaves either the old or
 * the new version of each issue; the next run finishes or undoes any swap it
 * interrupted (`recover`).
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { OutputFile } from '../lib/serialize/index.ts';

export interface ContentLayout {
  root: string;
  raw: string;
  issues: string;
  articles: string;
  /** Converter state: manifest and staging. Dot-named so content globs skip it. */
  state: string;
  staging: string;
}

export function contentLayout(root: string): ContentLayout {
  const state = join(root, '.digest');
  return { root, raw: join(root, 'raw'), issues: join(root, 'issues'), articles: join(root, 'articles'), state, staging: join(state, 'staging') };
}

const TMP_PREFIX = '.tmp-';
const OLD_PREFIX = '.old-';

/** Write a file by writing a sibling temp file and renaming it over the target. */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `${TMP_PREFIX}${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  await writeFile(temp, content);
  await rename(temp, path);
}

/** Stage one issue's files under `staging/<slug>/` (nothing visible changes yet). */
export async function stageIssue(layout: ContentLayout, slug: string, files: readonly OutputFile[]): Promise<void> {
  const dir = join(layout.staging, slug);
  await rm(dir, { recursive: true, force: true });
  for (const file of files) {
    const target = join(dir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
}

/** Swap a staged issue into place: its article folder by two renames, its issue file by one. */
export async function commitIssue(layout: ContentLayout, slug: string): Promise<void> {
  const staged = join(layout.staging, slug);
  const live = join(layout.articles, slug);
  const incoming = join(layout.articles, `${TMP_PREFIX}${slug}`);
  const outgoing = join(layout.articles, `${OLD_PREFIX}${slug}`);
  await mkdir(layout.articles, { recursive: true });
  await mkdir(layout.issues, { recursive: true });

  await rm(incoming, { recursive: true, force: true });
  const stagedArticles = join(staged, 'articles', slug);
  if (existsSync(stagedArticles)) await rename(stagedArticles, incoming);
  else await mkdir(incoming);
  if (existsSync(live)) {
    await rm(outgoing, { recursive: true, force: true });
    await rename(live, outgoing);
  }
  await rename(incoming, live);
  await rename(join(staged, 'issues', `${slug}.md`), join(layout.issues, `${slug}.md`));
  await rm(outgoing, { recursive: true, force: true });
  await rm(staged, { recursive: true, force: true });
}

/** Remove an issue's published files (its raw file is gone, or it moved to another slug). */
export async function unpublishIssue(layout: ContentLayout, slug: string): Promise<void> {
  await rm(join(layout.issues, `${slug}.md`), { force: true });
  await rm(join(layout.articles, slug), { recursive: true, force: true });
}

async function entries(dir: string): Promise<string[]> {
  return existsSync(dir) ? readdir(dir) : [];
}

/** Finish or undo whatever an interrupted run left: restore half-swapped folders, drop temp files and staging. */
export async function recover(layout: ContentLayout): Promise<string[]> {
  const notes: string[] = [];
  for (const name of await entries(layout.articles)) {
    const path = join(layout.articles, name);
    if (name.startsWith(OLD_PREFIX)) {
      const live = join(layout.articles, name.slice(OLD_PREFIX.length));
      if (existsSync(live)) {
        await rm(path, { recursive: true, force: true });
      } else {
        await rename(path, live);
        notes.push(`restored ${live} from an interrupted run`);
      }
    } else if (name.startsWith(TMP_PREFIX)) {
      await rm(path, { recursive: true, force: true });
    }
  }
  for (const name of await entries(layout.issues)) {
    if (name.startsWith(TMP_PREFIX)) await rm(join(layout.issues, name), { force: true });
  }
  await rm(layout.staging, { recursive: true, force: true });
  return notes;
}
