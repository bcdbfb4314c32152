/**
 * `npm run build` step after `astro build`: index every article of the
 * content collection into `${OUT_DIR}/pagefind/` (see src/search/).
 *
 *   CONTENT_DIR  content collections (default content): articles/**\/*.md, issues/**\/*.md
 *   OUT_DIR      the built site (default dist)
 *   BASE_PATH    sub-path the site is served under (default /), prefixed to record URLs
 *
 * Articles are read one file at a time and handed to Pagefind as they are
 * read, so this process stays small; the Pagefind service holds the index
 * (about 0.6 MB per article: see src/search/build-index.ts for sharding).
 * Progress and timing go to stderr; exit 1 on bad input or a Pagefind error.
 */
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildSearchIndex } from '../src/search/build-index.ts';
import { parseArticleFile } from '../src/search/article-file.ts';
import { toSimplified } from '../src/search/simplify.ts';
import type { SearchArticle } from '../src/search/record.ts';

const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const base = process.env.BASE_PATH ?? '/';

async function markdownFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Issue slug → title, from the issues collection (file name = slug), when it exists. */
async function issueTitles(): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  for (const file of await markdownFiles(join(contentDir, 'issues'))) {
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(await readFile(file, 'utf8'))?.[1];
    const data: unknown = frontmatter ? parseYaml(frontmatter) : undefined;
    const title = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['title'] : undefined;
    const slug = relative(join(contentDir, 'issues'), file).replace(/\.md$/, '').replace(/\/index$/, '');
    if (typeof title === 'string') titles.set(slug, title);
  }
  return titles;
}

async function* articles(files: string[], titles: Map<string, string>): AsyncGenerator<SearchArticle> {
  for (const file of files) {
    yield parseArticleFile(relative(process.cwd(), file), await readFile(file, 'utf8'), base, titles);
  }
}

async function main(): Promise<void> {
  const files = await markdownFiles(join(contentDir, 'articles'));
  if (files.length === 0) throw new Error(`no article files under ${join(contentDir, 'articles')} (run npm run convert, or set CONTENT_DIR)`);
  if (!existsSync(outDir)) throw new Error(`${outDir} does not exist: run astro build first (or set OUT_DIR)`);
  console.error(`search: ${files.length} article files in ${relative(process.cwd(), contentDir) || '.'}, base ${base}`);
  await buildSearchIndex({
    articles: articles(files, await issueTitles()),
    outDir: join(outDir, 'pagefind'),
    toSimplified,
    log: (line) => console.error(line),
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
