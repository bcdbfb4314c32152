/**
 * Raw issues as they arrive from many hands: each case asserts the exact
 * outcome — the decoded text, the error message, or the rejected file.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { convert, scratchContent, SEEDS_DIR, snapshot } from './run-cli.ts';

/**
 * A purpose-made issue (test/fixtures/raw/six-articles.txt): a Jiangsu paper's
 * page with a dated dispatch, bylines before, after and under the text, curly
 * and corner quotes, full-width digits' neighbours and a Roman numeral, all
 * characters GBK can hold, so every encoding below carries the same text.
 */
const ISSUE = 'six-articles.txt';
const issueText = readFileSync(new URL('../fixtures/raw/six-articles.txt', import.meta.url), 'utf8');

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const units = [0xfeff, ...Array.from(text, (char) => char.charCodeAt(0))];
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  units.forEach((unit, i) => view.setUint16(i * 2, unit, littleEndian));
  return bytes;
}

/** The article files of a run, keyed by path without the raw file's name, for comparing encodings. */
function articlesOf(dir: string): string[] {
  return Object.entries(snapshot(dir))
    .filter(([path]) => path.startsWith('articles/'))
    .map(([, content]) => content.replace(/^source: .*$/m, ''));
}

describe('encodings and line endings give the same articles as clean UTF-8', async () => {
  const reference = scratchContent({ [ISSUE]: issueText });
  await convert(reference);
  const expected = articlesOf(reference);

  it.each([
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(issueText)])],
    ['GBK', iconv.encode(issueText, 'gbk')],
    ['GB18030', iconv.encode(issueText, 'gb18030')],
    ['UTF-16LE with BOM', utf16(issueText, true)],
    ['UTF-16BE with BOM', utf16(issueText, false)],
    ['CRLF line endings', issueText.replace(/\n/g, '\r\n')],
    ['CR line endings', issueText.replace(/\n/g, '\r')],
    ['trailing spaces, NBSP and zero-width characters', issueText.replace(/\n/g, ' \u00a0\n').replace(/。/g, '。\u200b')],
  ])('%s', async (_name, bytes) => {
    const dir = scratchContent({ [ISSUE]: bytes });
    const result = await convert(dir);
    expect(result.code).toBe(0);
    expect(articlesOf(dir)).toEqual(expected);
  });
});

describe('files that cannot be converted are rejected with their name and the reason', () => {
  it.each([
    ['empty.txt', new Uint8Array(), 'the file is empty (0 bytes) [file-unreadable]'],
    ['blank.txt', ' \n\t\n\u3000\n', 'the file has no text (only whitespace) [file-blank]'],
    ['binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'the file contains NUL bytes: it looks binary, not text (UTF-16 needs a byte-order mark) [file-unreadable]'],
    ['latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x64, 0xe9, 0x6a, 0xe0, 0x20, 0x76, 0x75, 0xe9]), 'the text is neither valid UTF-8 nor GB18030/GBK Chinese, and has no UTF-16 byte-order mark [file-unreadable]'],
    ['undated.txt', '# 标题一则\n\n正文第一段，讲述了一件事情。\n', 'no date: the text names no year and there is no header date; add a `---` header with `date: YYYY-MM-DD` or an issue correction [date-missing]'],
  ])('%s', async (name, bytes, reason) => {
    const dir = scratchContent({ [name]: bytes });
    const result = await convert(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(dir, 'raw', name)}: error: ${reason}\n`);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(snapshot(dir)).toEqual({});
  });
});

describe('names and ids', () => {
  it('accepts raw file names with spaces, Chinese characters and several dots', async () => {
    const names = ['浙江日报 2024.06.14.txt', 'a b.c.d.txt', '湖州日报.txt'];
    const dir = scratchContent(Object.fromEntries(names.map((name, i) => [name, `---\ndate: 2024-06-1${i + 1}\n---\n${issueText}`])));
    const result = await convert(dir);
    expect(result.code).toBe(0);
    const files = snapshot(dir);
    for (const name of names) expect(Object.values(files).some((content) => content.includes(`source: "${name}"`))).toBe(true);
    expect(Object.keys(files).filter((path) => path.startsWith('issues/'))).toEqual(['issues/2024-06-11.md', 'issues/2024-06-12.md', 'issues/2024-06-13.md']);
  });

  it('tells apart two raw files that would get the same slug, and keeps slugs with their files', async () => {
    const dir = scratchContent({ 'b.txt': issueText, 'c.txt': issueText });
    await convert(dir);
    const issues = Object.entries(snapshot(dir)).filter(([path]) => path.startsWith('issues/'));
    expect(issues.map(([path]) => path)).toEqual(['issues/2024-03-06-2.md', 'issues/2024-03-06.md']);
    expect(issues.find(([path]) => path === 'issues/2024-03-06.md')?.[1]).toContain('source: "b.txt"');

    // A new file sorting first does not take b.txt's slug.
    writeFileSync(join(dir, 'raw', 'a.txt'), issueText);
    await convert(dir);
    const after = Object.fromEntries(Object.entries(snapshot(dir)).filter(([path]) => path.startsWith('issues/')));
    expect(after['issues/2024-03-06.md']).toContain('source: "b.txt"');
    expect(after['issues/2024-03-06-2.md']).toContain('source: "c.txt"');
    expect(after['issues/2024-03-06-3.md']).toContain('source: "a.txt"');
  });

  it('ignores files that are not .txt, and says so', async () => {
    const dir = scratchContent({ 'notes.docx': 'x', [ISSUE]: issueText });
    const result = await convert(dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('ignored (not .txt): notes.docx');
  });
});

describe('sizes and shapes', () => {
  it('converts a 10 MB issue as a best effort, reporting what it did', async () => {
    const seeds = readdirSync(SEEDS_DIR).sort().map((name) => readFileSync(join(SEEDS_DIR, name), 'utf8'));
    const chunk = seeds.join('\n\n');
    const copies = Math.ceil(10_000_000 / Buffer.byteLength(chunk));
    const dir = scratchContent({ 'huge.txt': `---\ndate: 2024-01-02\n---\n${Array.from({ length: copies }, () => chunk).join('\n\n')}` });
    // Its time against a ten times smaller file is checked by npm run bench (scripts/bench-scaling.ts).
    const result = await convert(dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/1 converted/);
    expect(Number(/(\d+) removed passages/.exec(result.stderr)?.[1])).toBeGreaterThan(1000); // the repeated pages are removed as duplicates, and counted
    expect(Object.keys(snapshot(dir)).filter((path) => path.startsWith('articles/')).length).toBeGreaterThan(40);
  }, 120_000);
});

describe('degenerate shapes get a reported best effort', () => {
  it('a single enormous line with no headline becomes one titled article and a warning', async () => {
    const line = issueText.replace(/\s+/g, '').repeat(40).slice(0, 200_000);
    const dir = scratchContent({ 'oneline.txt': `---\ndate: 2024-01-02\n---\n${line}` });
    const result = await convert(dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/oneline\.txt:\d+: warning: .*\[headline-missing\]/);
    const articles = Object.entries(snapshot(dir)).filter(([path]) => path.startsWith('articles/'));
    expect(articles.length).toBeGreaterThan(0);
    for (const [, content] of articles) expect(content).toMatch(/^title: ".+…?"$/m);
  });

  it('a file with no blank lines still gives its articles', async () => {
    const titles = (dir: string) => Object.entries(snapshot(dir)).filter(([path]) => path.startsWith('articles/')).map(([, content]) => /^title: .*$/m.exec(content)?.[0]);
    const spaced = scratchContent({ [ISSUE]: issueText });
    const packed = scratchContent({ [ISSUE]: issueText.replace(/\n\s*\n/g, '\n') });
    expect((await convert(spaced)).code).toBe(0);
    expect((await convert(packed)).code).toBe(0);
    expect(titles(spaced).length).toBeGreaterThan(1);
    expect(titles(packed)).toEqual(titles(spaced));
  });
});

describe('corrections cannot reach outside the content directory', () => {
  it('uses names from a correction only as text, never as paths', async () => {
    const dir = scratchContent({ [ISSUE]: issueText });
    writeFileSync(join(dir, 'corrections.yaml'), ['- source: ../../escape.txt', '  issue: { date: 2024-01-02 }', `- source: ${ISSUE}`, '  issue: { date: 2024-01-03, page: ../../../../tmp/escape, paper: ../x }'].join('\n'));
    const result = await convert(dir);
    expect(result.code).toBe(0);
    const paths = Object.keys(snapshot(dir));
    expect(paths).toContain('issues/2024-01-03-ptmp-escape.md');
    for (const path of paths) expect(path).toMatch(/^(issues|articles)\/[a-z0-9-]+(\/[a-z0-9-]+)?\.md$/);
    expect(readdirSync(join(dir, '..')).some((name) => name.includes('escape'))).toBe(false);
  });
});

describe('unsafe text stays text', () => {
  it('escapes HTML, Markdown and frontmatter syntax from the raw text', async () => {
    const raw = [
      '# <script>alert(1)</script>标题: "引号" --- {x}',
      '',
      '本报讯(记者 陈晔)正文<img src=x onerror=alert(1)>，[点击](javascript:alert(1))，{{ 变量 }}。',
      '',
      '<iframe src="https://example.com"></iframe>第二段正文。',
    ].join('\n');
    const dir = scratchContent({ 'x.txt': `---\ndate: 2024-01-02\n---\n${raw}` });
    expect((await convert(dir)).code).toBe(0);
    const [article = ''] = Object.entries(snapshot(dir)).filter(([path]) => path.startsWith('articles/')).map(([, content]) => content);
    expect(article).toContain('title: "<script>alert(1)</script>标题： \\"引号\\" --- {x}"');
    expect(article).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(article).toContain('\\[点击\\]（javascript:alert(1)）'); // brackets escaped; half-width punctuation beside Chinese made full-width
    expect(article).toContain('\\<iframe src="https://example.com"\\>\\</iframe\\>第二段正文。');
  });
});
