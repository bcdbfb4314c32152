/**
 * A plain static file server, like any static host: files under `root` are
 * served below `prefix` (`/` or `/digest/`), `dir/` serves `dir/index.html`,
 * request paths are percent-decoded (so UTF-8 file names work), and anything
 * else is a 404 with the site's 404.html.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** http://127.0.0.1:port */
  origin: string;
  close(): Promise<void>;
}

async function fileAt(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) return fileAt(join(path, 'index.html'));
  } catch {
    // Missing: a 404.
  }
  return undefined;
}

export async function serveStatic(root: string, prefix = '/'): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      response.writeHead(400).end('bad request');
      return;
    }
    const inside = decoded.startsWith(prefix) ? decoded.slice(prefix.length) : undefined;
    const target = inside === undefined ? undefined : normalize(join(root, inside));
    const file = target && (target + sep).startsWith(normalize(root + sep)) ? await fileAt(target) : undefined;
    if (file) {
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(response);
      return;
    }
    const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('not found'));
    response.writeHead(404, { 'Content-Type': TYPES['.html'] }).end(notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
