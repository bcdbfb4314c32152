/**
 * The sharded, cached build with the real Pagefind service on a handful of
 * articles: what is indexed, what comes from the cache, and when.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildArchiveIndex, codeFingerprint, type BuildArchiveOptions } from '../../src/search/index/build-archive.ts';
import { parseManifest } from '../../src/search/shards.ts';

/**
 * Every test builds its own content and cache under its own directory, so none
 * depends on what another left behind or on the order they run in.
 */
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function writeArticle(content: string, issue: string, slug: string, title: string, body: string): void {
  mkdirSync(join(content, 'articles', issue), { recursive: true });
  writeFileSync(
    join(content, 'articles', issue, `${slug}.md`),
    `---\ntitle: ${title}\nauthors: []\ncity: 湖州\nplace: 湖州\ntheme: 生态环保\nissue: ${issue}\norder: 1\nslug: ${slug}\ndate: ${issue}\nsource: ${issue}.txt\n---\n\n${body}\n`,
  );
}

/** Three articles over two years, a cache directory and a place for outputs. */
function archive() {
  const root = mkdtempSync(join(tmpdir(), 'digest-archive-'));
  roots.push(root);
  const content = join(root, 'content');
  writeArticle(content, '2023-05-01', 'a', '排污权交易', '义乌推动排污权管理。');
  writeArticle(content, '2023-05-01', 'b', '产业工人', '产业工人队伍建设。');
  writeArticle(content, '2024-06-14', 'c', '垃圾分类', '垃圾分类进小区。');
  const options = (out: string, extra: Partial<BuildArchiveOptions> = {}): BuildArchiveOptions => ({
    contentDir: content, outDir: join(root, out), base: '/', cacheDir: join(root, 'cache'), shardCaps: { closedYear: 10, newestYear: 10 }, toSimplified: (text) => text, fingerprint: 'code-v1', ...extra,
  });
  return { root, content, options };
}
const cachedIds = (result: { shards: { id: string; cached: boolean }[] }) => result.shards.filter((s) => s.cached).map((s) => s.id);

describe('buildArchiveIndex', () => {
  it('writes one bundle per year and a manifest, newest first, without Pagefind UI files', async () => {
    const { root, options } = archive();
    const result = await buildArchiveIndex(options('out'));
    expect(result.shards.map((s) => [s.id, s.articles, s.cached])).toEqual([['2023', 2, false], ['2024', 1, false]]);
    const manifest = parseManifest(JSON.parse(readFileSync(join(root, 'out', 'shards.json'), 'utf8')), 'shards.json');
    expect(manifest.shards.map((s) => s.path)).toEqual(['2024/', '2023/']);
    expect(manifest.facets.year).toEqual({ 2023: 2, 2024: 1 });
    const files = readdirSync(join(root, 'out', '2023'));
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'pagefind-worker.js', 'index', 'fragment']));
    expect(files.some((name) => name.includes('-ui.'))).toBe(false);
  });

  it('takes unchanged shards from the cache and re-indexes only the shard whose article changed', async () => {
    const { root, content, options } = archive();
    expect(cachedIds(await buildArchiveIndex(options('first')))).toEqual([]);
    const lines: string[] = [];
    const unchanged = await buildArchiveIndex(options('second', { log: (line) => lines.push(line) }));
    // The files' parses come from the scan memo too.
    expect(lines[0]).toMatch(/\(0 article and 0 issue files parsed/);
    expect(cachedIds(unchanged)).toEqual(['2023', '2024']);
    expect(readdirSync(join(root, 'second', '2023', 'fragment')).sort()).toEqual(readdirSync(join(root, 'first', '2023', 'fragment')).sort());
    // The layer merged from cached parts is the layer merged from fresh ones.
    const layerFiles = (out: string) => readdirSync(join(root, out, 'layer'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [join(entry.parentPath, entry.name).slice(join(root, out).length), readFileSync(join(entry.parentPath, entry.name)).toString('base64')])
      .sort();
    expect(layerFiles('second')).toEqual(layerFiles('first'));
    writeArticle(content, '2024-06-14', 'c', '垃圾分类', '垃圾分类进小区，居民点赞。');
    lines.length = 0;
    const edited = await buildArchiveIndex(options('third', { log: (line) => lines.push(line) }));
    expect(cachedIds(edited)).toEqual(['2023']);
    expect(lines[0]).toMatch(/\(1 article and 0 issue files parsed/);
  });

  it('merges again only the layer segment whose shards changed: the newest shard (head) or the older ones (base)', async () => {
    const { root, content, options } = archive();
    const segments = async (out: string) => (await buildArchiveIndex(options(out))).manifest.layer.segments.map((segment) => segment.path);
    const [head, base] = await segments('first');
    const baseFile = (out: string) => statSync(join(root, out, base!, 'k', '0.bin')).ino;
    writeArticle(content, '2024-06-14', 'c', '垃圾分类', '垃圾分类进小区，居民点赞。');
    const [newHead, sameBase] = await segments('second');
    expect(newHead).not.toBe(head);
    expect(sameBase).toBe(base);
    // Linked from the cache entry the first build wrote, not merged and written again.
    expect(baseFile('second')).toBe(baseFile('first'));
    writeArticle(content, '2023-05-01', 'b', '产业工人', '产业工人队伍建设，技能提升。');
    const [headAgain, newBase] = await segments('third');
    expect(headAgain).toBe(newHead);
    expect(newBase).not.toBe(base);
  });

  it('re-indexes everything when the search code or the base path changes, or without a cache', async () => {
    const { root, options } = archive();
    expect(cachedIds(await buildArchiveIndex(options('cached')))).toEqual([]);
    expect(cachedIds(await buildArchiveIndex(options('code', { fingerprint: 'code-v2' })))).toEqual([]);
    expect(cachedIds(await buildArchiveIndex(options('base', { base: '/digest/' })))).toEqual([]);
    const uncached = await buildArchiveIndex(options('uncached', { cacheDir: undefined }));
    expect(cachedIds(uncached)).toEqual([]);
    expect(existsSync(join(root, 'uncached', '2024', 'pagefind-entry.json'))).toBe(true);
  });

  it('builds shards apart (one CI job each) and then assembles the bundle from the cache with the layer', async () => {
    const { root, options } = archive();
    const cacheDir = join(root, 'cache-ci');
    const apart = await buildArchiveIndex(options('out-ci', { cacheDir, onlyShard: '2023' }));
    expect(apart.shards.map((s) => [s.id, s.cached])).toEqual([['2023', false]]);
    expect(existsSync(join(root, 'out-ci'))).toBe(false);
    await buildArchiveIndex(options('out-ci', { cacheDir, onlyShard: '2024' }));
    const assembled = await buildArchiveIndex(options('out-ci', { cacheDir }));
    expect(cachedIds(assembled)).toEqual(['2023', '2024']);
    // Two segments: the newest shard (the head) and the older ones (the base).
    expect(assembled.manifest.layer.segments.map((segment) => segment.articles)).toEqual([1, 2]);
    for (const segment of assembled.manifest.layer.segments) expect(readdirSync(join(root, 'out-ci', segment.path, 'k')).length).toBe(segment.buckets);
    expect(Object.keys(assembled.manifest.layer.years).sort()).toEqual(['2023', '2024']);
    expect(readdirSync(join(root, 'out-ci', '2023'))).not.toContain('layer-part.bin.gz');
    await expect(buildArchiveIndex(options('out-ci', { cacheDir, onlyShard: '1999' }))).rejects.toThrow(/no shard 1999/);
  });

  it('names the file when an article cannot be read', async () => {
    const { content, options } = archive();
    writeFileSync(join(content, 'articles', '2024-06-14', 'bad.md'), 'no frontmatter');
    await expect(buildArchiveIndex(options('out'))).rejects.toThrow(/bad\.md: no YAML frontmatter/);
  });
});

describe('codeFingerprint', () => {
  it('changes with search\'s indexer, the content contract and the date formats records print, and with nothing else', async () => {
    const root = mkdtempSync(join(tmpdir(), 'digest-search-key-'));
    roots.push(root);
    const write = (path: string, text: string) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    const own = ['src/search/index/build-index.ts', 'src/search/record.ts', 'src/contract/schema.ts', 'src/dates/format.ts', 'node_modules/pagefind/package.json'];
    const others = ['src/search/client/client.ts', 'src/site/lib/search-page.ts', 'src/search/record.test.ts', 'src/site/lib/model.ts', 'src/site/lib/urls.ts', 'src/converter/segment/segment.ts', 'data/taxonomy/themes.yaml'];
    for (const path of [...own, ...others]) write(path, path.endsWith('.json') ? '{"version":"1.0.0"}' : 'v1');
    const before = await codeFingerprint(root);
    for (const path of others) {
      write(path, 'v2');
      expect(await codeFingerprint(root), path).toBe(before);
    }
    const seen = new Set([before]);
    for (const path of own) {
      write(path, path.endsWith('.json') ? '{"version":"2.0.0"}' : 'v2');
      const now = await codeFingerprint(root);
      expect(seen.has(now), path).toBe(false);
      seen.add(now);
    }
  });
});
