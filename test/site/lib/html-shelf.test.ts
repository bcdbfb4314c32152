import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bucketOf, emptyShelf, readBucket, readStamp, removeStamp, SHELF_MODULE, ShelfWrites, shelfDir, shelfModulePlugin, shelvedHtml, writeStamp } from '../../../src/site/lib/html-shelf.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'html-shelf-'));

describe('bucketOf', () => {
  it('puts the articles of one issue in one bucket, and spreads issues over 256 buckets', () => {
    expect(bucketOf('2024-01-01-p1/a')).toBe(bucketOf('2024-01-01-p1/b-2'));
    expect(bucketOf('2024-01-01-p1/a')).toMatch(/^[0-9a-f]{2}$/);
    const issues = Array.from({ length: 2000 }, (_, day) => `2024-${day}-p1/a`);
    expect(new Set(issues.map(bucketOf)).size).toBeGreaterThan(240);
  });
});

describe('ShelfWrites', () => {
  it('writes only the buckets it changed, keeping the records it did not touch', () => {
    const dir = scratch();
    const first = new ShelfWrites();
    first.put('2024-01-01-p1/a', { digest: 'd1', html: '<p>甲</p>' });
    first.put('2024-01-01-p1/b', { digest: 'd2', html: '<p>乙</p>' });
    expect(first.empty).toBe(false);
    first.commit(dir);
    expect(first.empty).toBe(true);
    expect(readdirSync(dir)).toEqual([`${bucketOf('2024-01-01-p1/a')}.json`]);

    const second = new ShelfWrites();
    second.remove('2024-01-01-p1/a');
    second.put('2024-01-01-p1/c', { digest: 'd3', html: '<p>丙</p>' });
    second.commit(dir);
    expect(readBucket(dir, bucketOf('2024-01-01-p1/a'))).toEqual({
      '2024-01-01-p1/b': { digest: 'd2', html: '<p>乙</p>' },
      '2024-01-01-p1/c': { digest: 'd3', html: '<p>丙</p>' },
    });
  });

  it('reads a bucket never written as empty', () => {
    expect(readBucket(scratch(), '00')).toEqual({});
  });
});

describe('shelvedHtml', () => {
  it('serves the HTML of the digest asked for, and fails for any other', () => {
    const dir = scratch();
    const writes = new ShelfWrites();
    writes.put('2024-02-01-p1/a', { digest: 'd1', html: '<p>甲</p>' });
    writes.commit(dir);
    expect(shelvedHtml(dir, '2024-02-01-p1/a', 'd1')).toBe('<p>甲</p>');
    expect(() => shelvedHtml(dir, '2024-02-01-p1/a', 'd0')).toThrow(/No rendered HTML of 2024-02-01-p1\/a \(digest d0\)/);
    expect(() => shelvedHtml(dir, '2024-02-01-p1/z', 'd1')).toThrow(/No rendered HTML of 2024-02-01-p1\/z/);
  });

  it('reads a bucket again when it was rewritten after this process read it', () => {
    const dir = scratch();
    const writes = new ShelfWrites();
    writes.put('2024-03-01-p1/a', { digest: 'd1', html: '<p>旧</p>' });
    writes.commit(dir);
    expect(shelvedHtml(dir, '2024-03-01-p1/a', 'd1')).toBe('<p>旧</p>');
    writes.put('2024-03-01-p1/a', { digest: 'd2', html: '<p>新</p>' });
    writes.commit(dir);
    expect(shelvedHtml(dir, '2024-03-01-p1/a', 'd2')).toBe('<p>新</p>');
  });
});

describe('the stamp', () => {
  it('is read back as written, and is gone once removed or the shelf emptied', () => {
    const dir = join(scratch(), 'shelf');
    expect(readStamp(dir)).toBeUndefined();
    writeStamp(dir, 'one');
    expect(readStamp(dir)).toBe('one');
    removeStamp(dir);
    expect(readStamp(dir)).toBeUndefined();
    writeStamp(dir, 'two');
    emptyShelf(dir);
    expect(existsSync(dir)).toBe(false);
  });
});

describe('shelfDir and its module', () => {
  it('is a folder of Astro’s cache directory', () => {
    expect(shelfDir(pathToFileURL('/tmp/cache/'))).toBe('/tmp/cache/baozhai-article-html/');
  });

  it('tells the pages where the shelf is, and nothing else', async () => {
    const plugin = shelfModulePlugin('/tmp/cache/baozhai-article-html/');
    const id = plugin.resolveId(SHELF_MODULE);
    expect(id).toBeDefined();
    expect(plugin.resolveId('virtual:other')).toBeUndefined();
    expect(plugin.load(id ?? '')).toBe('export const shelfDir = "/tmp/cache/baozhai-article-html/";\n');
    expect(plugin.load('virtual:other')).toBeUndefined();
  });
});
