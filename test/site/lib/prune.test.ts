import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneSection } from '../../../src/lib/site/prune-pages.ts';

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
