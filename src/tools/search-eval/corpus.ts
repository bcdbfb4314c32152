/**
 * The evaluation's corpus and ground truth, read from the built article
 * pages as a reader sees them, not from what the index was built from: the
 * visible text of each page's `<article>` element (dist HTML parsed with
 * hast), folded by this module's own code (NFKC, lower case, OpenCC
 * traditional → simplified, whitespace runs to one space), and a plain
 * substring search over it. Nothing here comes from the indexer's code, so a
 * word the indexer leaves out or folds wrongly shows up as a miss.
 *
 * Not counted as article text: what no reader sees (`hidden`,
 * `.visually-hidden`, scripts, styles, attributes; `aria-hidden` text is
 * seen, only not read aloud) and
 * the site's furniture the template marks `data-pagefind-ignore` (field
 * labels such as 地点, the reading time, 本期目录), which is the same on
 * every page.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root } from 'hast';
import * as OpenCC from 'opencc-js';

export interface CorpusArticle {
  /** Page URL, base included. */
  url: string;
  /** What the reader sees of the article, block elements on lines of their own. */
  visible: string;
  /** Folded headline, subtitle and byline: matches there rank first. */
  heading: string;
  /** Folded visible text. */
  text: string;
  /** The labels the page shows, for filters: theme and city chips, the date, the author links. */
  theme: string;
  city: string;
  date: string;
  authors: string[];
}

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** The oracle's folding: what a reader would accept as the same text. */
export function foldForTruth(text: string): string {
  return toSimplified(text.normalize('NFKC').toLowerCase()).replace(/\s+/gu, ' ').trim();
}

/** A query's parts as a reader means them: words separated by spaces, each to be found. */
export const truthParts = (query: string): string[] => [...new Set(foldForTruth(query).split(' ').filter(Boolean))];

const INVISIBLE_TAGS = new Set(['script', 'style', 'template', 'noscript', 'head']);
/** Elements that start a line of their own in the rendered page (the ones the article page uses). */
const BLOCK_TAGS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th', 'blockquote', 'header', 'footer', 'aside', 'section', 'article', 'figure', 'figcaption', 'br', 'hr', 'pre']);

const classes = (element: Element): string[] => {
  const value = element.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
};

function unseen(element: Element): boolean {
  const { properties } = element;
  return (
    INVISIBLE_TAGS.has(element.tagName) ||
    properties['hidden'] !== undefined && properties['hidden'] !== false ||
    properties['dataPagefindIgnore'] !== undefined ||
    classes(element).includes('visually-hidden')
  );
}

/** The visible text under `node`: inline text runs together, block elements on their own lines; table cells apart. */
export function visibleText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') {
    if (unseen(node)) return '';
    const inner = node.children.map((child) => visibleText(child)).join('');
    return BLOCK_TAGS.has(node.tagName) ? `\n${inner}\n` : inner;
  }
  return 'children' in node ? node.children.map((child) => visibleText(child)).join('') : '';
}

function findAll(node: Nodes, test: (element: Element) => boolean, found: Element[] = []): Element[] {
  if (node.type === 'element' && test(node)) found.push(node);
  if ('children' in node) for (const child of node.children) findAll(child, test, found);
  return found;
}

const lines = (text: string): string =>
  text
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f]+/gu, ' ').trim())
    .filter(Boolean)
    .join('\n');

/** One built article page → what its reader sees; undefined when the page has no `<article>`. */
export function readArticlePage(html: string, url: string): CorpusArticle | undefined {
  const tree: Root = fromHtml(html);
  const article = findAll(tree, (element) => element.tagName === 'article')[0];
  if (!article) return undefined;
  const text = (test: (element: Element) => boolean) => findAll(article, test).map((element) => lines(visibleText(element)));
  const heading = text((element) => element.tagName === 'h1' || classes(element).includes('subtitle') || classes(element).includes('byline'));
  const chips = findAll(article, (element) => classes(element).includes('kicker')).flatMap((kicker) => findAll(kicker, (element) => element.tagName === 'a'));
  const time = findAll(article, (element) => element.tagName === 'time')[0];
  const authors = findAll(article, (element) => classes(element).includes('author')).flatMap((author) => findAll(author, (element) => element.tagName === 'a'));
  const visible = lines(visibleText(article));
  return {
    url,
    visible,
    heading: foldForTruth(heading.join('\n')),
    text: foldForTruth(visible),
    theme: chips[0] ? lines(visibleText(chips[0])) : '',
    city: chips[1] ? lines(visibleText(chips[1])) : '',
    date: String(time?.properties['dateTime'] ?? ''),
    authors: authors.map((link) => lines(visibleText(link))),
  };
}

/** Every article page of a built site (`<dist>/articles/<issue>/<slug>/index.html`), in path order. */
export async function loadCorpus(distDir: string, base: string): Promise<CorpusArticle[]> {
  const dir = join(distDir, 'articles');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && entry.name === 'index.html').map((entry) => join(entry.parentPath, entry.name)).sort();
  // One file at a time: an archive of 75,000 pages read all at once runs out of file handles.
  const corpus: CorpusArticle[] = [];
  for (const file of files) {
    const path = relative(distDir, file).split(sep).slice(0, -1).join('/');
    const page = readArticlePage(await readFile(file, 'utf8'), `${base}${path}/`);
    if (page) corpus.push(page);
  }
  if (corpus.length === 0) throw new Error(`no article pages under ${dir}: run npm run build first`);
  return corpus;
}

/** URLs of the articles whose visible text contains every part of the query, and of those whose headline or byline does. */
export function groundTruth(corpus: readonly CorpusArticle[], query: string): { all: Set<string>; inTitle: Set<string> } {
  const parts = truthParts(query);
  const all = new Set<string>();
  const inTitle = new Set<string>();
  for (const article of corpus) {
    if (!parts.every((part) => article.text.includes(part))) continue;
    all.add(article.url);
    if (parts.every((part) => article.heading.includes(part))) inTitle.add(article.url);
  }
  return { all, inTitle };
}
