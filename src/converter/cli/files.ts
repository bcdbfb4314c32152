/**
 * Writing the content collections so that nothing is ever half-written:
 * every issue is first written complete into a staging area, then swapped into
 * place by renames. A converter killed at any moment leaves either the old or
 * the new version of each issue; the next run finishes or undoes any swap it
 * interrupted (`recover`).
 *
 * Synchronous on purpose: a run writes thousands of small files one after
 * another, and awaiting each open, write and close through the thread pool
 * cost more than the writing itself.
 */
import { existsSync, mkdirSync as mkdir, readdirSync as readdir, readFileSync, renameSync as rename, rmSync as rm, writeFileSync as writeFile } from 'node:fs';
import { dirname, join } from 'node:path';
import type { OutputFile } from '../serialize/index.ts';

export interface ContentLayout {
  root: string;
  raw: string;
  issues: string;
  articles: string;
  /** Converter state: manifest and staged issue files. Dot-named so content globs skip it. */
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
export function writeFileAtomic(path: string, content: string): void {
  mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `${TMP_PREFIX}${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  writeFile(temp, content);
  rename(temp, path);
}

/**
 * Where a file of the issue waits until commit: the issue file in the
 * staging folder, the article folder beside the live ones as
 * `articles/.tmp-<slug>/` (content globs skip dot-names, and `recover` drops
 * what a failed run left), so that the commit is renames only, with no
 * folders to create and remove per issue.
 */
function stagedPath(layout: ContentLayout, slug: string, path: string): string {
  if (path.startsWith('articles/')) return join(layout.articles, `${TMP_PREFIX}${path.slice('articles/'.length)}`);
  return join(layout.staging, `${slug}.md`);
}

/** Stage one issue's files (nothing visible changes yet). */
export function stageIssue(layout: ContentLayout, slug: string, files: readonly OutputFile[]): void {
  rm(join(layout.articles, `${TMP_PREFIX}${slug}`), { recursive: true, force: true });
  const made = new Set<string>();
  for (const file of files) {
    const target = stagedPath(layout, slug, file.path);
    const folder = dirname(target);
    if (!made.has(folder)) mkdir(folder, { recursive: true });
    made.add(folder);
    writeFile(target, file.content);
  }
}

/**
 * Are exactly these files already published for the issue (same article
 * files, same bytes)? Then re-publishing it would only rewrite and delete
 * every file for nothing: reading them back is far cheaper, and unchanged
 * files keep their times for whatever builds from them.
 */
export function isPublished(layout: ContentLayout, slug: string, files: readonly OutputFile[]): boolean {
  const articlePrefix = `articles/${slug}/`;
  const articles = files.filter((file) => file.path.startsWith(articlePrefix)).map((file) => file.path.slice(articlePrefix.length));
  if (articles.length + 1 !== files.length) return false;
  const liveArticles = join(layout.articles, slug);
  if (!existsSync(liveArticles) || JSON.stringify(readdir(liveArticles).sort()) !== JSON.stringify([...articles].sort())) return false;
  return files.every((file) => {
    const path = join(layout.root, file.path);
    return existsSync(path) && readFileSync(path, 'utf8') === file.content;
  });
}

/** Swap a staged issue into place: its article folder by two renames, its issue file by one. */
export function commitIssue(layout: ContentLayout, slug: string): void {
  const live = join(layout.articles, slug);
  const incoming = join(layout.articles, `${TMP_PREFIX}${slug}`);
  const outgoing = join(layout.articles, `${OLD_PREFIX}${slug}`);
  if (!existsSync(incoming)) mkdir(incoming, { recursive: true });
  if (existsSync(live)) {
    rm(outgoing, { recursive: true, force: true });
    rename(live, outgoing);
  }
  rename(incoming, live);
  mkdir(layout.issues, { recursive: true });
  rename(join(layout.staging, `${slug}.md`), join(layout.issues, `${slug}.md`));
  rm(outgoing, { recursive: true, force: true });
}

/** Remove an issue's published files (its raw file is gone, or it moved to another slug). */
export function unpublishIssue(layout: ContentLayout, slug: string): void {
  rm(join(layout.issues, `${slug}.md`), { force: true });
  rm(join(layout.articles, slug), { recursive: true, force: true });
}

function entries(dir: string): string[] {
  return existsSync(dir) ? readdir(dir) : [];
}

/** Finish or undo whatever an interrupted run left: restore half-swapped folders, drop temp files and staging. */
export function recover(layout: ContentLayout): string[] {
  const notes: string[] = [];
  for (const name of entries(layout.articles)) {
    const path = join(layout.articles, name);
    if (name.startsWith(OLD_PREFIX)) {
      const live = join(layout.articles, name.slice(OLD_PREFIX.length));
      if (existsSync(live)) {
        rm(path, { recursive: true, force: true });
      } else {
        rename(path, live);
        notes.push(`restored ${live} from an interrupted run`);
      }
    } else if (name.startsWith(TMP_PREFIX)) {
      rm(path, { recursive: true, force: true });
    }
  }
  for (const name of entries(layout.issues)) {
    if (name.startsWith(TMP_PREFIX)) rm(join(layout.issues, name), { force: true });
  }
  rm(layout.staging, { recursive: true, force: true });
  return notes;
}
