import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SetupError, UsageError } from '../../src/cli-kit/index.ts';
import { parseArticle, parseIssue } from '../../src/contract/read.ts';
import { articleSchema } from '../../src/contract/schema.ts';
import { readThemes, themeLabels } from '../../src/contract/themes.ts';
import { convert, scratchContent, snapshot } from './run-cli.ts';

describe('npm run convert on the sample issues', () => {
  it('writes one file per issue and per article, deterministically, and skips unchanged files', async () => {
    const dir = scratchContent({}, { seeds: true });
    const first = await convert(dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toMatch(/5 issues · 5 converted · 0 unchanged · 0 failed · \d+ articles/);
    const files = snapshot(dir);
    expect(Object.keys(files).filter((path) => path.startsWith('issues/'))).toHaveLength(5);

    const again = await convert(dir);
    expect(again.stderr).toMatch(/0 converted · 5 unchanged/);
    const forced = await convert(dir, '--force');
    expect(forced.stderr).toMatch(/5 converted · 0 unchanged/);
    expect(snapshot(dir)).toEqual(files);
  });

  it('writes frontmatter the content contract reads back', async () => {
    const dir = scratchContent({}, { seeds: true });
    await convert(dir);
    const files = Object.entries(snapshot(dir));
    const schema = articleSchema(themeLabels(readThemes(join(import.meta.dirname, '../../data'))));
    expect(files.filter(([path]) => path.startsWith('issues/')).map(([path, content]) => parseIssue(path, content).data.dateSource)).toHaveLength(5);
    for (const [path, content] of files.filter(([name]) => name.startsWith('articles/'))) expect(parseArticle(path, content, schema).data.title).not.toBe('');
  });

  it('removes the pages of a raw file that is gone', async () => {
    const dir = scratchContent({}, { seeds: true });
    await convert(dir);
    const before = snapshot(dir);
    rmSync(join(dir, 'raw', '003_25df68110ca78dc9.txt'));
    const result = await convert(dir);
    expect(result.stderr).toContain('unpublished (raw file gone): 003_25df68110ca78dc9.txt');
    const after = snapshot(dir);
    const goneIssue = Object.keys(before).find((path) => path.startsWith('issues/') && before[path]?.includes('003_25df68110ca78dc9.txt'));
    expect(goneIssue).toBeDefined();
    expect(after[goneIssue ?? '']).toBeUndefined();
    expect(Object.keys(after).length).toBeLessThan(Object.keys(before).length);
    expect(Object.values(after).some((content) => content.includes('003_25df68110ca78dc9.txt'))).toBe(false);
  });

  it('prints one JSON document with --json and nothing else on stdout', async () => {
    const dir = scratchContent({}, { seeds: true });
    const { code, stdout } = await convert(dir, '--json', '--check');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { issues: { source: string; slug: string; date: string; dateSource: string; warnings: unknown[]; removed: unknown[]; articles: Record<string, unknown>[] }[] };
    expect(report.issues).toHaveLength(5);
    const [issue] = report.issues;
    expect(Object.keys(issue ?? {})).toEqual(['source', 'slug', 'title', 'date', 'dateSource', 'warnings', 'removed', 'articles']);
    expect(Object.keys(issue?.articles[0] ?? {})).toEqual(['order', 'slug', 'title', 'titleGenerated', 'subtitle', 'authors', 'page', 'pageName', 'city', 'place', 'theme', 'tags', 'summary', 'body', 'captions']);
    expect(existsSync(join(dir, 'issues'))).toBe(false);
  });

  it('lists each article\'s photo captions with their credits in --json, as the article page shows them', async () => {
    const { stdout } = await convert(scratchContent({}, { seeds: true }), '--json', '--check');
    const report = JSON.parse(stdout) as { issues: { source: string; articles: { title: string; captions: { text: string; credit: string | null }[] }[] }[] };
    const captioned = report.issues.flatMap((issue) => issue.articles.filter((article) => article.captions.length > 0).map((article) => [issue.source, article.title, article.captions]));
    expect(captioned).toContainEqual(['001_fb229eccf6daddfc.txt', '主题论坛话安全生产', [{ text: '主题论坛现场', credit: '浙江省交通投资集团高速公路温州管理中心供图' }]]);
    expect(captioned).toContainEqual(['002_83bbc0ccf697ed6e.txt', '嘉兴国家高新区（高照街道）：72件“微实事”书写群众“幸福账单”', [
      { text: '人大高照街道（嘉兴高新区）工委组织议员考察秀社区龙盛名邸小区“民生微实事”智慧停车项目', credit: '图片由嘉兴国家高新区（高照街道）提供' },
    ]]);
    for (const [, , captions] of captioned) for (const caption of captions as { text: string; credit: string | null }[]) expect(Object.keys(caption)).toEqual(['text', 'credit']);
  });

  it('--help lists the options on stdout', async () => {
    const { code, stdout } = await convert(scratchContent(), '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('--keep-going');
  });
});

describe('diagnostics', () => {
  it('prints each warning on one line: raw file, line, severity, reason, rule id', async () => {
    const dir = scratchContent({ 'a.txt': '---\ndate: 2024-01-02\n---\n正文第一段，讲述了一件事情，没有标题。\n\n# 标题一则\n\n正文第二段，讲述了另一件事情。\n' });
    const { code, stderr } = await convert(dir, '--check');
    expect(code).toBe(0);
    expect(stderr).toMatch(new RegExp(`^${join(dir, 'raw', 'a.txt')}:4: warning: no headline above the text from line 4: .* \\[headline-missing\\]$`, 'm'));
  });

  it('exits 1 on a warning with --strict', async () => {
    const dir = scratchContent({ 'a.txt': '---\ndate: 2024-01-02\n---\n正文第一段，讲述了一件事情，没有标题。\n' });
    expect((await convert(dir, '--check', '--strict')).code).toBe(1);
  });

  it('refuses unknown flags and a content directory without raw/ as usage and setup errors (exit 2)', async () => {
    const dir = scratchContent();
    await expect(convert(dir, '--no-such-flag')).rejects.toThrow(UsageError);
    await expect(convert(join(dir, 'nowhere'))).rejects.toThrow(SetupError);
    await expect(convert(dir, '--check', '--content')).rejects.toMatchObject({ exitCode: 2 });
  });
});

describe('failures', () => {
  const GOOD = '---\ndate: 2024-01-02\n---\n# 标题一则\n\n正文第一段，讲述了一件事情。\n';

  it('by default publishes nothing when any file fails, and lists every failure', async () => {
    const dir = scratchContent({ 'a.txt': GOOD, 'b.txt': '', 'c.txt': '   \n\n' });
    const result = await convert(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(dir, 'raw', 'b.txt')}: error: the file is empty (0 bytes) [file-unreadable]\n`);
    expect(result.stderr).toContain(`${join(dir, 'raw', 'c.txt')}: error: the file has no text (only whitespace) [file-blank]\n`);
    expect(result.stderr).toContain('2 file(s) failed: nothing was published');
    expect(snapshot(dir)).toEqual({});
  });

  it('with --keep-going publishes the rest and keeps a failed file\'s previous good output', async () => {
    const dir = scratchContent({ 'a.txt': GOOD, 'b.txt': GOOD.replace('标题一则', '标题二则') });
    expect((await convert(dir)).code).toBe(0);
    const before = snapshot(dir);
    writeFileSync(join(dir, 'raw', 'b.txt'), new Uint8Array([0, 1, 2, 3]));
    writeFileSync(join(dir, 'raw', 'a.txt'), GOOD.replace('一件事情', '另一件事情'));
    const result = await convert(dir, '--keep-going');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('b.txt: error: the file contains NUL bytes');
    const after = snapshot(dir);
    const bPaths = Object.keys(before).filter((path) => before[path]?.includes('"b.txt"'));
    for (const path of bPaths) expect(after[path]).toBe(before[path]);
    expect(Object.values(after).some((content) => content.includes('另一件事情'))).toBe(true);
  });

  it('--check writes nothing and exits 1 on an error', async () => {
    const dir = scratchContent({ 'a.txt': GOOD, 'b.txt': '' });
    const result = await convert(dir, '--check');
    expect(result.code).toBe(1);
    expect(snapshot(dir)).toEqual({});
  });

  it('an invalid corrections file stops the run with its line and reason', async () => {
    const dir = scratchContent({ 'a.txt': GOOD });
    writeFileSync(join(dir, 'corrections.yaml'), '- source: a.txt\n  article: 1\n  set: { cty: 温州 }\n');
    await expect(convert(dir)).rejects.toThrow(/corrections\.yaml:1: error: set: Unrecognized key: "cty".* \[corrections-invalid\]$/);
  });

  it('applies corrections and reports one that matches nothing', async () => {
    const dir = scratchContent({ 'a.txt': GOOD });
    writeFileSync(
      join(dir, 'corrections.yaml'),
      ['- source: a.txt', '  article: 标题一则', '  set: { city: 温州, theme: 经济营商 }', '- source: a.txt', '  article: 不存在', '  set: { city: 杭州 }', '- source: a.txt', '  issue: { date: 2023-03-04 }'].join('\n'),
    );
    const result = await convert(dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/corrections\.yaml:4: article "不存在" matches nothing in a\.txt/);
    const files = snapshot(dir);
    const article = Object.entries(files).find(([path]) => path.startsWith('articles/'))?.[1] ?? '';
    expect(article).toContain('city: "温州"');
    expect(article).toContain('theme: "经济营商"');
    expect(article).toContain('date: "2023-03-04"');
    expect(article).toContain('dateInferred: false');
    expect(Object.keys(files)).toContain('issues/2023-03-04.md');
    expect(readFileSync(join(dir, 'corrections.yaml'), 'utf8')).toContain('不存在');
  });
});
