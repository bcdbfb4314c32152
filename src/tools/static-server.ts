/**
 * The one static file server of the browser tests and `npm run search:eval`:
 * sirv serves a built site below its base path (`/` or `/digest/`) on
 * 127.0.0.1 as a static host does (`dir/` serves `dir/index.html`, UTF-8 file
 * names from percent-encoded paths, a missing page gets the site's 404.html
 * with status 404), and the server counts the response bytes it sends, which
 * the search evaluation reports.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

export interface StaticSite {
  /** `http://127.0.0.1:4321` */
  origin: string;
  /** Origin plus base, ending in `/`: `http://127.0.0.1:4321/digest/`. */
  url: string;
  /** Response body bytes sent since the last reset; with `searchOnly`, leaving out HTML and CSS (the page itself, not its search). */
  bytesSent(searchOnly?: boolean): number;
  resetBytes(): void;
  close(): Promise<void>;
}

/** The page's own files, left out of a search's bytes. */
const PAGE_TYPE = /^text\/(html|css)\b/;

export async function serveStatic(root: string, base = '/'): Promise<StaticSite> {
  const dir = resolve(root);
  const mount = encodeURI(base);
  const notFound = async (_request: IncomingMessage, response: ServerResponse) => {
    const page = await readFile(join(dir, '404.html')).catch(() => undefined);
    response.writeHead(404, { 'content-type': page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8' }).end(page ?? 'not found');
  };
  // dev: files are looked up per request, so a file written after the server started is served too.
  const files = sirv(dir, { dev: true, onNoMatch: (request, response) => void notFound(request, response) });
  let bytes = 0;
  let pageBytes = 0;

  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(mount)) {
      void notFound(request, response);
      return;
    }
    request.url = `/${url.slice(mount.length)}`;
    // Every page load downloads what it needs (a "fresh page" measurement is a cold one). Set here rather than
    // left to sirv's writeHead, so that Node keeps the response's headers readable for the count below.
    response.setHeader('cache-control', 'no-store');
    response.once('finish', () => {
      if (response.statusCode !== 200) return;
      const length = Number(response.getHeader('content-length') ?? 0);
      bytes += length;
      if (PAGE_TYPE.test(String(response.getHeader('content-type') ?? ''))) pageBytes += length;
    });
    files(request, response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    bytesSent: (searchOnly = false) => (searchOnly ? bytes - pageBytes : bytes),
    resetBytes: () => {
      bytes = 0;
      pageBytes = 0;
    },
    close: () =>
      new Promise((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        // Browsers keep connections alive; close() waits for them unless they are dropped.
        server.closeAllConnections();
      }),
  };
}
