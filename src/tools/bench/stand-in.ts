/**
 * Article Markdown written straight from the corpus ground truth, for timing
 * the floor when the converter cannot run yet (or fails). The bench says so
 * loudly: these are not the converter's articles, only the same text.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { stringify } from 'yaml';
import type { CorpusArticle, CorpusBlock } from '../corpus/index.ts';
import { filesUnder } from './dist-stats.ts';

interface TruthFile {
  name: string;
  header: { date: string };
  articles: CorpusArticle[];
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function blockMarkdown(block: CorpusBlock): string {
  if (block.type === 'heading') return `## ${block.text}`;
  if (block.type === 'paragraph') return block.text;
  const [header = [], ...rows] = block.rows;
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.map(cell).join(' | ')} |`).join('\n');
}

/** Writes `<contentDir>/articles/<issue>/<nn>.md` for every article in `<contentDir>/truth`; returns how many. */
export function writeStandInArticles(contentDir: string): number {
  let written = 0;
  for (const file of filesUnder(join(contentDir, 'truth'), '.json')) {
    const truth = JSON.parse(readFileSync(file, 'utf8')) as TruthFile;
    const issue = basename(file, '.json');
    const dir = join(contentDir, 'articles', issue);
    mkdirSync(dir, { recursive: true });
    truth.articles.forEach((article, index) => {
      const slug = String(index + 1).padStart(2, '0');
      const body = [...article.blocks.map(blockMarkdown), ...article.captions.map((caption) => `${caption.text} ${caption.credit}`)].join('\n\n');
      const frontmatter = { title: article.title, date: truth.header.date, issue, slug, authors: article.authors.map((author) => author.name) };
      writeFileSync(join(dir, `${slug}.md`), `---\n${stringify(frontmatter)}---\n\n${body}\n`);
      written++;
    });
  }
  return written;
}
