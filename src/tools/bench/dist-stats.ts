/**
 * What a build left behind: size and file count of the output, of its search
 * index, and the weight of one typical article page (HTML plus the CSS and JS
 * it loads before any search).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface TreeStats {
  bytes: number;
  files: number;
}

export interface Weight {
  bytes: number;
  gzipBytes: number;
}

export interface PageWeight {
  /** The page, relative to the output directory. */
  page: string;
  html: Weight;
  css: Weight & { files: number };
  js: Weight & { files: number };
}

export function filesUnder(dir: string, extension?: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && (!extension || entry.name.endsWith(extension)))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export function treeStats(dir: string): TreeStats {
  const files = filesUnder(dir);
  return { bytes: files.reduce((sum, file) => sum + statSync(file).size, 0), files: files.length };
}

function weigh(contents: Buffer[]): Weight {
  return {
    bytes: contents.reduce((sum, content) => sum + content.length, 0),
    gzipBytes: contents.reduce((sum, content) => sum + gzipSync(content).length, 0),
  };
}

/**
 * The output file a root-relative or page-relative URL points at. The site may
 * be built under a base path the bench does not know, so leading path segments
 * are dropped until a file matches.
 */
function resolveAsset(outDir: string, pageUrl: string, href: string): string | undefined {
  if (/^(?:[a-z]+:)?\/\//i.test(href) || href.startsWith('data:')) return undefined;
  const path = posix.resolve(posix.dirname(pageUrl), href.split(/[?#]/)[0] ?? '');
  const segments = path.split('/').filter(Boolean);
  for (let drop = 0; drop < segments.length; drop++) {
    const candidate = join(outDir, ...segments.slice(drop));
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function attributeValues(html: string, tag: RegExp, attribute: string): string[] {
  const values: string[] = [];
  for (const [element] of html.matchAll(tag)) {
    const value = new RegExp(`\\s${attribute}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(element);
    const found = value?.[1] ?? value?.[2] ?? value?.[3];
    if (found) values.push(found);
  }
  return values;
}

/** Weigh an HTML page and the stylesheets and scripts it links (each counted once). */
export function pageWeight(outDir: string, pageFile: string): PageWeight {
  const html = readFileSync(pageFile);
  const text = html.toString('utf8');
  const pageUrl = `/${relative(outDir, pageFile).split(sep).join('/')}`;
  const assets = (hrefs: string[]): Buffer[] =>
    [...new Set(hrefs.map((href) => resolveAsset(outDir, pageUrl, href)).filter((file): file is string => file !== undefined))].map((file) => readFileSync(file));
  const stylesheets = attributeValues(text, /<link\b[^>]*rel=["']?stylesheet["']?[^>]*>/gi, 'href');
  const scripts = [
    ...attributeValues(text, /<script\b[^>]*\ssrc=[^>]*>/gi, 'src'),
    ...attributeValues(text, /<link\b[^>]*rel=["']?modulepreload["']?[^>]*>/gi, 'href'),
  ];
  const css = assets(stylesheets);
  const js = assets(scripts);
  return {
    page: relative(outDir, pageFile),
    html: weigh([html]),
    css: { ...weigh(css), files: css.length },
    js: { ...weigh(js), files: js.length },
  };
}

/**
 * The built page of the article whose Markdown is the median size: the
 * `…/<issue>/<article>/index.html` (or `.html`) matching `articles/<issue>/<article>.md`.
 */
export function typicalArticlePage(articlesDir: string, outDir: string): string | undefined {
  const articles = filesUnder(articlesDir, '.md')
    .map((file) => ({ id: relative(articlesDir, file).replace(/\.md$/, '').split(sep).join('/'), size: statSync(file).size }))
    .sort((a, b) => a.size - b.size || a.id.localeCompare(b.id));
  const pages = new Map<string, string>();
  for (const file of filesUnder(outDir, '.html')) {
    const url = relative(outDir, file).split(sep).join('/').replace(/(?:\/index)?\.html$/, '');
    pages.set(url, file);
  }
  const byId = (id: string): string | undefined => {
    for (const [url, file] of pages) if (url === id || url.endsWith(`/${id}`)) return file;
    return undefined;
  };
  // Try the median first, then its neighbours, in case that one article was dropped by the site.
  const middle = Math.floor(articles.length / 2);
  for (let offset = 0; offset < Math.min(articles.length, 20); offset++) {
    const article = articles[middle + (offset % 2 === 0 ? offset / 2 : -(offset + 1) / 2)];
    const page = article && byId(article.id);
    if (page) return page;
  }
  return undefined;
}
