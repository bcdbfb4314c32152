/**
 * The evaluation's corpus and ground truth: the article files the index was
 * built from, folded exactly as the index and the browser fold them, and a
 * plain substring search over that text.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArticleFile } from '../article-file.ts';
import { containsAll, fold, type ToSimplified } from '../normalize.ts';
import { searchableText, type SearchArticle } from '../record.ts';

export interface CorpusArticle {
  article: SearchArticle;
  /** Folded title (+ subtitle): title matches rank first. */
  title: string;
  /** Folded searchable text (title, subtitle, byline, body). */
  text: string;
}

export async function loadCorpus(contentDir: string, base: string, toSimplified: ToSimplified): Promise<CorpusArticle[]> {
  const dir = join(contentDir, 'articles');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.md')).map((entry) => join(entry.parentPath, entry.name)).sort();
  if (files.length === 0) throw new Error(`no article files under ${dir}`);
  // One file at a time: an archive of 75,000 articles read all at once runs out of file handles.
  const corpus: CorpusArticle[] = [];
  for (const file of files) {
    const article = parseArticleFile(relative(process.cwd(), file), await readFile(file, 'utf8'), base);
    corpus.push({
      article,
      title: fold([article.title, article.subtitle].filter(Boolean).join('\n'), toSimplified),
      text: fold(searchableText(article), toSimplified),
    });
  }
  return corpus;
}

/** URLs of the articles containing every part, and of those whose title does. */
export function groundTruth(corpus: readonly CorpusArticle[], parts: readonly string[]): { all: Set<string>; inTitle: Set<string> } {
  const all = new Set<string>();
  const inTitle = new Set<string>();
  for (const { article, title, text } of corpus) {
    if (!containsAll(text, parts)) continue;
    all.add(article.url);
    if (containsAll(title, parts)) inTitle.add(article.url);
  }
  return { all, inTitle };
}
