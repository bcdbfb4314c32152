import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageWeight, treeStats, typicalArticlePage } from '../../src/tools/bench/dist-stats.ts';
import { canMeasureMemory, runMeasured } from '../../src/tools/bench/measure.ts';
import { countPages } from '../../src/tools/bench/page-counts.ts';
import { writeStandInArticles } from '../../src/tools/bench/stand-in.ts';

const dir = mkdtempSync(join(tmpdir(), 'bench-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, content: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
}

describe('runMeasured', () => {
  it.runIf(canMeasureMemory())('sees the memory of a grandchild process and the wall time', async () => {
    // The parent stays small; its child holds 300 MB for half a second.
    const grandchild = "const b = Buffer.alloc(300 * 2 ** 20, 1); setTimeout(() => b.length, 500);";
    const parent = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: 'inherit' });`;
    const measured = await runMeasured([process.execPath, '-e', parent], { cwd: dir, env: process.env, log: join(dir, 'measure.log') });
    expect(measured.exitCode).toBe(0);
    expect(measured.wallSeconds).toBeGreaterThan(0.4);
    expect(measured.peakRssBytes).toBeGreaterThan(300 * 2 ** 20);
    expect(measured.peakRssBytes).toBeLessThan(1.5 * 2 ** 30);
  });

  it.runIf(canMeasureMemory())('counts the CPU time of a child its parent never waited for', async () => {
    // The child spins for 1.5 s; the parent exits after 1 s without reaping it, so GNU time never sees it.
    const spinner = 'const end = Date.now() + 1500; while (Date.now() < end);';
    const parent = `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(spinner)}], { stdio: 'ignore' }); setTimeout(() => process.exit(0), 1000);`;
    const measured = await runMeasured([process.execPath, '-e', parent], { cwd: dir, env: process.env, log: join(dir, 'orphan.log') });
    expect(measured.exitCode).toBe(0);
    // At least a third of the child's second on this shared machine; the parent alone idles (~0.05 s).
    expect(measured.cpuSeconds).toBeGreaterThan(0.3);
  });

  it('reports a failing stage by its exit code and keeps its output', async () => {
    const measured = await runMeasured([process.execPath, '-e', "console.error('boom'); process.exit(3)"], { cwd: dir, env: process.env, log: join(dir, 'fail.log') });
    expect(measured.exitCode).toBe(3);
    expect(readFileSync(measured.log, 'utf8')).toContain('boom');
  });
});

describe('dist statistics', () => {
  const content = join(dir, 'content');
  const dist = join(dir, 'dist');
  write(join(content, 'articles/2024-01-01_01/a.md'), '---\ntitle: a\n---\n短');
  write(join(content, 'articles/2024-01-01_01/b.md'), '---\ntitle: b\n---\n中等长度的正文');
  write(join(content, 'articles/2024-01-01_01/c.md'), '---\ntitle: c\n---\n很长很长很长很长很长很长的正文');
  for (const id of ['a', 'b', 'c']) {
    write(
      join(dist, 'base/articles/2024-01-01_01', id, 'index.html'),
      `<html><head><link rel="stylesheet" href="/base/_astro/site.css"><link rel=stylesheet href="../../../_astro/site.css"><script type="module" src="/base/_astro/page.js"></script></head><body>${id}</body></html>`,
    );
  }
  write(join(dist, 'base/_astro/site.css'), 'body{margin:0}'.repeat(10));
  write(join(dist, 'base/_astro/page.js'), 'console.log(1);');
  write(join(dist, 'base/pagefind/index.pf'), 'x'.repeat(100));

  it('counts bytes and files of a tree', () => {
    expect(treeStats(join(dist, 'base/pagefind'))).toEqual({ bytes: 100, files: 1 });
    expect(treeStats(join(dir, 'missing'))).toEqual({ bytes: 0, files: 0 });
  });

  it('picks the page of the median-size article, under any base path', () => {
    expect(typicalArticlePage(join(content, 'articles'), dist)).toBe(join(dist, 'base/articles/2024-01-01_01/b/index.html'));
  });

  it('weighs a page with the stylesheets and scripts it links, each once', () => {
    const weight = pageWeight(dist, join(dist, 'base/articles/2024-01-01_01/b/index.html'));
    expect(weight.css).toMatchObject({ bytes: 140, files: 1 });
    expect(weight.js).toMatchObject({ bytes: 15, files: 1 });
    expect(weight.html.bytes).toBeGreaterThan(100);
    expect(weight.html.gzipBytes).toBeGreaterThan(0);
  });
});

describe('stand-in articles', () => {
  it('writes one Markdown file per ground-truth article, tables as GFM', () => {
    const content = join(dir, 'stand-in');
    write(
      join(content, 'truth/2024-01-01_01.json'),
      JSON.stringify({
        name: '2024-01-01_01',
        header: { date: '2024-01-01' },
        articles: [
          { title: '标题: 一', blocks: [{ type: 'paragraph', text: '正文。' }, { type: 'table', rows: [['序号', '名称'], ['1', 'a|b']] }], captions: [], authors: [] },
          { title: '标题二', blocks: [{ type: 'heading', text: '小标题' }], captions: [{ text: '图', credit: '张三 摄' }], authors: [{ name: '张三' }] },
        ],
      }),
    );
    expect(writeStandInArticles(content)).toBe(2);
    const first = readFileSync(join(content, 'articles/2024-01-01_01/01.md'), 'utf8');
    expect(first).toContain('title: "标题: 一"');
    expect(first).toContain('| 1 | a\\|b |');
    expect(readFileSync(join(content, 'articles/2024-01-01_01/02.md'), 'utf8')).toContain('## 小标题\n\n图 张三 摄');
  });
});

describe('countPages', () => {
  it('tells skipped pages from rendered ones in an Astro build log', () => {
    const log = [
      ' generating static routes ',
      '13:01:02 ▶ src/site/pages/articles/[issue]/[article].astro',
      '13:01:02   ├─ /articles/a/b/index.html (cached)',
      '13:01:02   ├─ /articles/a/c/index.html (restored)',
      '13:01:02   └─ /articles/a/d/index.html (+2ms) ',
      '13:01:03 ✓ Completed in 1.2s.',
    ].join('\n');
    expect(countPages(log)).toEqual({ skipped: 2, rendered: 1 });
  });
});
