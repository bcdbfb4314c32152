import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  generatedPages,
  goneRouteFiles,
  linkPagesCopyToOutput,
  pruneSection,
  readPageList,
  removePages,
  separatePagesCopy,
  skipCopyWrites,
  writePageList,
  type PageCopyWriter,
} from '../../../src/site/lib/incremental-output.ts';

describe('pruneSection', () => {
  it('removes the pages the build did not keep, and the folders they leave empty', () => {
    const root = mkdtempSync(join(tmpdir(), 'prune-'));
    const page = (path: string) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), '<html></html>');
      return join(root, path);
    };
    const kept = page('articles/2024-01-01/a/index.html');
    page('articles/2024-01-01/gone/index.html');
    page('articles/2023-12-31/gone/index.html');
    const removed = pruneSection(root, 'articles', new Set([kept]));
    expect(removed.sort()).toEqual(['articles/2023-12-31/gone/index.html', 'articles/2024-01-01/gone/index.html']);
    expect(readdirSync(join(root, 'articles'))).toEqual(['2024-01-01']);
    expect(readdirSync(join(root, 'articles/2024-01-01'))).toEqual(['a']);
  });

  it('leaves a section that was never built alone', () => {
    const root = mkdtempSync(join(tmpdir(), 'prune-'));
    expect(pruneSection(root, 'authors', new Set())).toEqual([]);
  });
});

describe('linkPagesCopyToOutput', () => {
  it('replaces a cache of page copies with a link to the output, once', () => {
    const root = mkdtempSync(join(tmpdir(), 'pages-copy-'));
    const [cacheDir, outDir] = [join(root, 'cache'), join(root, 'dist')];
    mkdirSync(join(cacheDir, 'dist/articles'), { recursive: true });
    writeFileSync(join(cacheDir, 'dist/articles/old.html'), 'stale copy');
    expect(linkPagesCopyToOutput(cacheDir, outDir)).toBe(true);
    expect(lstatSync(join(cacheDir, 'dist')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(cacheDir, 'dist'))).toBe(outDir);
    // What Astro writes as its copy lands on the output's own file.
    writeFileSync(join(cacheDir, 'dist/page.html'), 'page');
    expect(readFileSync(join(outDir, 'page.html'), 'utf8')).toBe('page');
    expect(linkPagesCopyToOutput(cacheDir, outDir)).toBe(false);
  });

  it('follows the output when a build writes somewhere else', () => {
    const root = mkdtempSync(join(tmpdir(), 'pages-copy-'));
    const cacheDir = join(root, 'cache');
    linkPagesCopyToOutput(cacheDir, join(root, 'dist'));
    expect(linkPagesCopyToOutput(cacheDir, join(root, 'dist-sub'))).toBe(true);
    expect(readlinkSync(join(cacheDir, 'dist'))).toBe(join(root, 'dist-sub'));
  });
});

describe('goneRouteFiles', () => {
  const manifest = (cacheDir: string, routes: string[]) => {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(join(cacheDir, 'incremental-build.json'), JSON.stringify({ version: 1, routes: Object.fromEntries(routes.map((route) => [route, { paths: {} }])) }));
  };

  it('names the route files of the last build that are gone, so their page copies are kept apart from the output', () => {
    const root = mkdtempSync(join(tmpdir(), 'routes-'));
    mkdirSync(join(root, 'src/site/pages/issues'), { recursive: true });
    writeFileSync(join(root, 'src/site/pages/issues/index.astro'), '');
    manifest(join(root, 'cache'), ['src/site/pages/issues/index.astro', 'src/pages/issues/[issue].astro']);
    expect(goneRouteFiles(join(root, 'cache'), root)).toEqual(['src/pages/issues/[issue].astro']);
  });

  it('finds nothing gone without a previous build', () => {
    const root = mkdtempSync(join(tmpdir(), 'routes-'));
    expect(goneRouteFiles(join(root, 'cache'), root)).toEqual([]);
  });
});

describe('separatePagesCopy', () => {
  it('turns the link to the output back into an empty directory of its own, leaving the output alone', () => {
    const root = mkdtempSync(join(tmpdir(), 'pages-copy-'));
    const [cacheDir, outDir] = [join(root, 'cache'), join(root, 'dist')];
    linkPagesCopyToOutput(cacheDir, outDir);
    writeFileSync(join(outDir, 'page.html'), 'page');
    separatePagesCopy(cacheDir);
    expect(lstatSync(join(cacheDir, 'dist')).isDirectory()).toBe(true);
    expect(readdirSync(join(cacheDir, 'dist'))).toEqual([]);
    expect(readFileSync(join(outDir, 'page.html'), 'utf8')).toBe('page');
  });
});

describe('skipCopyWrites', () => {
  it('makes the page-copy write a no-op and leaves the rest of the cache alone', async () => {
    const written: string[] = [];
    class Cache {
      async writeOutputFile(file: string): Promise<void> {
        written.push(file);
      }
      async restoreOutputFile(): Promise<boolean> {
        return true;
      }
    }
    const restore = Cache.prototype.restoreOutputFile;
    expect(skipCopyWrites(Cache as unknown as PageCopyWriter)).toBe(true);
    await new Cache().writeOutputFile('articles/a/index.html');
    expect(written).toEqual([]);
    expect(Cache.prototype.restoreOutputFile).toBe(restore);
  });

  it('changes nothing in a cache without that method', () => {
    class Cache {}
    expect(skipCopyWrites(Cache as unknown as PageCopyWriter)).toBe(false);
    expect('writeOutputFile' in Cache.prototype).toBe(false);
  });

  it('finds the method where the installed Astro keeps it', async () => {
    // An Astro upgrade that moves or renames it fails here, not silently in the build.
    const file = join(dirname(createRequire(import.meta.url).resolve('astro')), 'core/build/incremental.js');
    const { IncrementalBuildCache } = (await import(pathToFileURL(file).href)) as { IncrementalBuildCache: PageCopyWriter };
    expect(typeof IncrementalBuildCache.prototype.writeOutputFile).toBe('function');
    expect(IncrementalBuildCache.prototype.writeOutputFile.length).toBe(3);
  });
});

describe('the page list between builds', () => {
  const page = (root: string, path: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), '<html></html>');
    return join(root, path);
  };

  it('removes the pages the last build made and this one did not, and the folders they leave empty', () => {
    const root = mkdtempSync(join(tmpdir(), 'page-list-'));
    page(root, 'articles/2024-01-01/a/index.html');
    page(root, 'articles/2024-01-01/gone/index.html');
    page(root, 'articles/2023-12-31/gone/index.html');
    const removed = removePages(root, ['articles/2024-01-01/gone/index.html', 'articles/2023-12-31/gone/index.html', 'themes/already-gone/index.html']);
    expect(removed).toEqual(['articles/2024-01-01/gone/index.html', 'articles/2023-12-31/gone/index.html']);
    expect(readdirSync(join(root, 'articles'))).toEqual(['2024-01-01']);
    expect(readdirSync(join(root, 'articles/2024-01-01'))).toEqual(['a']);
  });

  it('lists only the pages of generated sections, relative to the output', () => {
    const root = '/site/dist';
    expect(generatedPages(root, ['/site/dist/articles/a/b/index.html', '/site/dist/index.html', '/site/dist/_astro/x.css', '/site/dist/articles-old/x.html'])).toEqual([
      join('articles', 'a', 'b', 'index.html'),
    ]);
  });

  it('trusts a list only for the output it was made for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'page-list-'));
    const file = join(dir, 'cache/pages.json');
    writePageList(file, '/site/dist', ['articles/a/index.html']);
    expect(readPageList(file, '/site/dist')).toEqual(['articles/a/index.html']);
    expect(readPageList(file, '/site/dist-sub')).toBeUndefined();
    expect(readPageList(join(dir, 'missing.json'), '/site/dist')).toBeUndefined();
    writeFileSync(file, '{"outDir": "/site/dist", "pages": nonsense');
    expect(readPageList(file, '/site/dist')).toBeUndefined();
  });
});
