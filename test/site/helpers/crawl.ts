/**
 * Follow every internal link of a served site: pages, stylesheets, icons,
 * feeds, sitemaps, canonical URLs and links inside feed content. Absolute
 * URLs on the built site's own origin (canonical, feeds) are mapped to the
 * local server. Records every broken link with the page that holds it.
 */

export interface CrawlOptions {
  /** The local server, e.g. http://127.0.0.1:4321 */
  origin: string;
  /** The URL the site was built for (SITE_URL), whose links are mapped to `origin`. */
  site: URL;
  /** Every internal path must start with this (the base). */
  base: string;
  /** Paths to start from (besides the base). */
  start: readonly string[];
}

export interface Problem {
  url: string;
  from: string;
  reason: string;
}

export interface CrawlResult {
  /** Path → HTTP status. */
  visited: Map<string, number>;
  /** Path → body, for the HTML and XML responses. */
  bodies: Map<string, string>;
  problems: Problem[];
}

const HTML_LINK = /\s(?:href|src)="([^"]*)"/g;
const XML_LINK = /<(?:link|loc|guid)>([^<]+)<\/(?:link|loc|guid)>/g;
const ID = /\sid="([^"]*)"/g;

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&amp;/g, '&');
}

export function extractLinks(body: string, contentType: string): string[] {
  if (contentType.includes('html')) return [...body.matchAll(HTML_LINK)].map((match) => unescapeXml(match[1] ?? ''));
  if (contentType.includes('xml')) {
    const text = unescapeXml(body);
    return [...text.matchAll(XML_LINK), ...text.matchAll(HTML_LINK)].map((match) => unescapeXml(match[1] ?? '').trim());
  }
  return [];
}

export async function crawl({ origin, site, base, start }: CrawlOptions): Promise<CrawlResult> {
  const visited = new Map<string, number>();
  const bodies = new Map<string, string>();
  const problems: Problem[] = [];
  const fragments: { path: string; id: string; from: string }[] = [];
  const queue: { path: string; from: string }[] = [base, ...start].map((path) => ({ path, from: '(start)' }));

  const toLocal = (raw: string, from: string): string | undefined => {
    if (raw === '' || raw.startsWith('mailto:') || raw.startsWith('data:') || raw.startsWith('javascript:')) return undefined;
    if (/[^\x21-\x7e]/.test(raw)) problems.push({ url: raw, from, reason: 'link not percent-encoded' });
    const url = new URL(raw, new URL(from.startsWith('/') ? from : '/', origin));
    if (url.origin === site.origin) return url.pathname + url.search + url.hash;
    if (url.origin === origin) return url.pathname + url.search + url.hash;
    problems.push({ url: raw, from, reason: 'external request (the site must not load anything from elsewhere)' });
    return undefined;
  };

  while (queue.length > 0) {
    const next = queue.shift();
    if (!next) break;
    const [pathAndQuery = '', hash] = next.path.split('#');
    const path = pathAndQuery.split('?')[0] ?? '';
    if (hash) fragments.push({ path, id: decodeURIComponent(hash), from: next.from });
    if (visited.has(path)) continue;
    if (!path.startsWith(base)) {
      problems.push({ url: path, from: next.from, reason: `outside the base ${base}` });
      visited.set(path, 0);
      continue;
    }
    const response = await fetch(origin + path);
    visited.set(path, response.status);
    if (response.status !== 200) {
      problems.push({ url: path, from: next.from, reason: `HTTP ${response.status}` });
      continue;
    }
    const type = response.headers.get('content-type') ?? '';
    if (!type.includes('html') && !type.includes('xml')) {
      await response.arrayBuffer();
      continue;
    }
    const body = await response.text();
    bodies.set(path, body);
    for (const raw of extractLinks(body, type)) {
      if (raw.startsWith('#')) {
        fragments.push({ path, id: decodeURIComponent(raw.slice(1)), from: path });
        continue;
      }
      const local = toLocal(raw, path);
      if (local !== undefined) queue.push({ path: local, from: path });
    }
  }

  for (const { path, id, from } of fragments) {
    const body = bodies.get(path);
    if (body === undefined) continue;
    const ids = new Set([...body.matchAll(ID)].map((match) => match[1]));
    if (!ids.has(id)) problems.push({ url: `${path}#${id}`, from, reason: 'no element with this id' });
  }
  return { visited, bodies, problems };
}
