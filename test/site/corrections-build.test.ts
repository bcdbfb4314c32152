/**
 * The corrections example the README teaches, end to end: converted with the
 * five sample issues, built into a site and a search index in a temporary
 * directory. An issue correction dates the issue (`dateSource: correction`),
 * which the site must accept and show as a known date, not an inference.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const readme = readFileSync(resolve('README.md'), 'utf8');
/** The first ```yaml block after the Corrections heading: the example as printed. */
const example = /### Corrections[\s\S]*?```yaml\n([\s\S]*?)```/u.exec(readme)?.[1] ?? '';

describe('the README corrections example', () => {
  const root = mkdtempSync(join(tmpdir(), 'digest-corrections-'));
  const content = join(root, 'content');
  const out = join(root, 'dist');

  beforeAll(() => {
    cpSync(resolve('content/raw'), join(content, 'raw'), { recursive: true });
    writeFileSync(join(content, 'corrections.yaml'), example);
    execFileSync(process.execPath, ['scripts/convert.ts', '--content', content, '--quiet'], { stdio: 'pipe' });
    // Vitest puts Vite's BASE_URL, MODE, … into process.env; a child Astro build must not inherit them.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST)$/.test(key)));
    const env = { ...inherited, CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: join(root, 'astro-cache'), BASE_PATH: '/' };
    execFileSync('astro', ['build'], { env, stdio: 'pipe' });
    execFileSync(process.execPath, ['scripts/build-search.ts'], { env, stdio: 'pipe' });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is the example the README prints, with an issue correction in it', () => {
    expect(example).toContain('issue: { date: 2024-06-14, paper: 浙江日报 }');
  });

  it('converts, builds and indexes: the corrected issue is dated by the correction and shown as known', () => {
    const issueFile = readFileSync(join(content, 'issues', '2024-06-14.md'), 'utf8');
    expect(issueFile).toContain('dateSource: "correction"');
    expect(issueFile).toContain('paper: "浙江日报"');
    const page = readFileSync(join(out, 'issues', '2024-06-14', 'index.html'), 'utf8');
    expect(page).toContain('浙江日报');
    expect(page).toContain('2024年6月14日');
    // A known date carries no 推定 (inferred) mark.
    expect(page).not.toMatch(/class="[^"]*inferred/u);
    expect(existsSync(join(out, 'pagefind'))).toBe(true);
    expect(readdirSync(join(out, 'articles', '2024-06-14')).length).toBeGreaterThan(0);
  });
});
