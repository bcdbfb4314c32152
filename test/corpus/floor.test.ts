import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'floor-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bench/floor', () => {
  it('renders every article of $CONTENT_DIR/articles with the repository node_modules, one page per path', () => {
    // Two issues whose articles share the slug `01`: the floor must key pages by path, not by slug.
    for (const issue of ['2024-01-01_01', '2024-01-01_02']) {
      mkdirSync(join(dir, 'content/articles', issue), { recursive: true });
      writeFileSync(join(dir, 'content/articles', issue, '01.md'), `---\ntitle: 标题${issue}\ndate: 2024-01-01\nissue: ${issue}\nslug: "01"\nextra: [kept]\n---\n\n正文第一段。\n\n## 小标题\n`);
    }
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', 'bench/floor'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: join(dir, 'content'), OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    expect(result.status, result.stderr + result.stdout).toBe(0);
    for (const issue of ['2024-01-01_01', '2024-01-01_02']) {
      const page = join(dir, 'dist', issue, '01/index.html');
      expect(existsSync(page)).toBe(true);
      expect(readFileSync(page, 'utf8')).toContain(`<h1>标题${issue}</h1>`);
    }
  }, 120_000);

  it('says which variable is missing', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', 'bench/floor'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: '', OUT_DIR: '', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr + result.stdout).toMatch(/set OUT_DIR/);
  }, 120_000);
});
