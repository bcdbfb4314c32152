/**
 * The content contract end to end: the sample issues plus two written for
 * this test (test/fixtures/contract/raw: a `---` header block and running
 * heads, and an issue dated by a year alone), with the README's corrections
 * example, are converted, built into a site under a sub-path and indexed for
 * search in a temporary directory. Between them they hold every kind of
 * correction, every date source and every optional frontmatter field; the
 * test checks the files against the contract, then that the pages and the
 * search records show what the files say.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATE_SOURCES } from '../../src/contract/date.ts';
import { articleAddress, ARTICLES_DIR, issueAddress, ISSUES_DIR, joinBase } from '../../src/contract/paths.ts';
import { readArticle, readIssue, type ContentEntry } from '../../src/contract/read.ts';
import { articleSchema, issueSchema, type ArticleData, type IssueData } from '../../src/contract/schema.ts';
import { readThemes, themeLabels } from '../../src/contract/themes.ts';
import { buildSite, ROOT } from './helpers/dist.ts';

const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
/** The first ```yaml block after the Corrections heading: the example as printed. */
const example = /### Corrections[\s\S]*?```yaml\n([\s\S]*?)```/u.exec(readme)?.[1] ?? '';
const BASE = '/digest/';
const run = promisify(execFile);

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** Every result fragment of every shard: gzip of Pagefind's signature and a JSON object. */
function fragments(bundle: string): Fragment[] {
  return readdirSync(bundle, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.pf_fragment'))
    .map((name) => {
      const text = gunzipSync(readFileSync(join(bundle, name))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
    });
}

describe('convert → site → search, through the content contract', () => {
  const root = mkdtempSync(join(tmpdir(), 'digest-e2e-'));
  const content = join(root, 'content');
  const out = join(root, 'dist');
  const schema = articleSchema(themeLabels(readThemes(join(ROOT, 'data'))));
  let issues: (ContentEntry<IssueData> & { slug: string })[] = [];
  let articles: (ContentEntry<ArticleData> & { text: string })[] = [];
  let records: Fragment[] = [];
  const article = (title: string) => {
    const found = articles.find((entry) => entry.data.title === title);
    if (!found) throw new Error(`no article titled ${title}: ${articles.map((entry) => entry.data.title).join(', ')}`);
    return found;
  };
  const issue = (slug: string) => {
    const found = issues.find((entry) => entry.slug === slug);
    if (!found) throw new Error(`no issue ${slug}`);
    return found;
  };
  const page = (address: string) => readFileSync(join(out, address, 'index.html'), 'utf8');
  const record = (data: ArticleData) => records.find((fragment) => fragment.url === joinBase(BASE, articleAddress(data.issue, data.slug)));

  beforeAll(async () => {
    cpSync(resolve(ROOT, 'content/raw'), join(content, 'raw'), { recursive: true });
    cpSync(resolve(ROOT, 'test/fixtures/contract/raw'), join(content, 'raw'), { recursive: true });
    writeFileSync(join(content, 'corrections.yaml'), example);
    await run(process.execPath, [join(ROOT, 'scripts/convert.ts'), '--content', content, '--quiet'], { cwd: ROOT });
    const env = { CONTENT_DIR: content, ASTRO_CACHE_DIR: join(root, 'astro-cache'), BASE_PATH: BASE };
    await buildSite(out, env);
    await run(process.execPath, [join(ROOT, 'scripts/build-search.ts'), '--no-cache'], { cwd: ROOT, env: { ...process.env, ...env, OUT_DIR: out } });

    issues = readdirSync(join(content, ISSUES_DIR)).sort().map((name) => ({ ...readIssue(join(content, ISSUES_DIR, name)), slug: name.replace(/\.md$/, '') }));
    articles = readdirSync(join(content, ARTICLES_DIR), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => {
        const file = join(content, ARTICLES_DIR, name);
        return { ...readArticle(file, schema), text: readFileSync(file, 'utf8') };
      });
    records = fragments(join(out, 'pagefind'));
  }, 600_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is the example the README prints: a set, a split, a merge and an issue correction', () => {
    for (const action of ['set:', 'split:', 'merge:', 'issue:']) expect(example).toContain(action);
  });

  it('writes files the contract reads back, dated by every source, with every optional field', () => {
    expect(new Set(issues.map((entry) => entry.data.dateSource))).toEqual(new Set(DATE_SOURCES));
    const issueFiles = issues.map((entry) => readFileSync(join(content, ISSUES_DIR, `${entry.slug}.md`), 'utf8')).join('\n');
    for (const field of Object.keys(issueSchema.shape)) expect(issueFiles, `issue field ${field}`).toMatch(new RegExp(`^${field}:`, 'm'));
    const articleFiles = articles.map((entry) => entry.text).join('\n');
    for (const field of Object.keys(schema.shape)) expect(articleFiles, `article field ${field}`).toMatch(new RegExp(`^${field}:`, 'm'));
    // Optional fields inside lists: an author's organisation, a caption's credit.
    expect(articleFiles).toMatch(/^ {4}org: /m);
    expect(articleFiles).toMatch(/^ {4}credit: /m);
  });

  it('applies each kind of correction, and the pages and records show the corrected values', () => {
    const set = article('政银企携手纾困解难');
    expect(set.data).toMatchObject({ city: '温州', theme: '经济营商', authors: [{ name: '小西', role: null }] });
    const setPage = page(articleAddress(set.data.issue, set.data.slug));
    expect(setPage).toContain('小西');
    expect(setPage).toContain('经济营商');
    expect(record(set.data)?.meta).toMatchObject({ city: '温州', theme: '经济营商', authors: '小西' });

    const split = article('山福镇推进农村垃圾分类');
    expect(split.body.trim()).toMatch(/^同时，为推进农村开展垃圾分类/u);
    expect(page(articleAddress(split.data.issue, split.data.slug))).toContain('<h1>山福镇推进农村垃圾分类</h1>');
    expect(record(split.data)?.content).toContain('同时，为推进农村开展垃圾分类');

    // The merged article is a subheading of the one before it, in its file, on its page and in its record.
    expect(articles.map((entry) => entry.data.title)).not.toContain('主题论坛话安全生产');
    const merged = articles.find((entry) => entry.body.includes('## 主题论坛话安全生产'));
    expect(merged).toBeDefined();
    if (!merged) return;
    expect(page(articleAddress(merged.data.issue, merged.data.slug))).toMatch(/<h2[^>]*>主题论坛话安全生产<\/h2>/u);
    expect(record(merged.data)?.content).toContain('主题论坛话安全生产');

    const dated = issue('2024-06-14');
    expect(dated.data).toMatchObject({ dateSource: 'correction', paper: '浙江日报' });
    const issuePage = page(issueAddress('2024-06-14'));
    expect(issuePage).toContain('浙江日报');
    expect(issuePage).toContain('2024年6月14日');
    // A known date carries no 推定 (inferred) mark.
    expect(issuePage).not.toMatch(/class="[^"]*inferred/u);
  });

  it('shows each date as known as its source makes it', () => {
    const printed = page(issueAddress('2025-03-08-p3'));
    expect(printed).toContain('2025年3月8日');
    expect(printed).toContain('星期六');
    expect(printed).not.toMatch(/class="[^"]*inferred/u);
    const yearOnly = page(issueAddress('2023-01-01'));
    expect(yearOnly).toMatch(/<time datetime="2023-01-01">2023年<\/time>/u);
    expect(yearOnly).toMatch(/class="inferred"/u);
    expect(yearOnly).not.toContain('星期');
    // The archive's list of issues prints it the same way.
    expect(page('/issues/')).toMatch(/<time datetime="2023-01-01">2023年<\/time>/u);
    expect(record(article('东海区入选2023年第二批典型案例').data)?.meta.date).toBe('2023-01-01');
    const inferred = issues.filter((entry) => ['dateline', 'text'].includes(entry.data.dateSource));
    for (const entry of inferred) expect(page(issueAddress(entry.slug)), entry.slug).toMatch(/class="inferred"/u);
  });

  it('shows every optional field on the article page, and search finds the text of it', () => {
    const full = article('宁波舟山港集装箱吞吐量创新高');
    expect(full.data).toMatchObject({ subtitle: '——一季度同比增长一成', page: 'A3', pageName: '要闻', captions: [{ text: '港区夜景', credit: '拍友 蒋友青 摄' }] });
    expect(full.data.authors).toContainEqual({ name: '李明', role: null, org: '共享联盟·北仑' });
    const shown = page(articleAddress(full.data.issue, full.data.slug));
    for (const text of ['——一季度同比增长一成', '共享联盟·北仑', 'A3', '要闻', '港区夜景', '拍友 蒋友青 摄', 'www.nbport.com.cn/a_b']) expect(shown, text).toContain(text);
    const indexed = record(full.data);
    expect(indexed?.meta.title).toBe('宁波舟山港集装箱吞吐量创新高');
    // The body as the page shows it: the URL's escape read, the caption and its credit after the text.
    for (const text of ['——一季度同比增长一成', '共享联盟·北仑 李明', 'www.nbport.com.cn/a_b', '港区夜景 拍友 蒋友青 摄']) expect(indexed?.content, text).toContain(text);

    const untitled = article('市民在公园里赏花');
    expect(untitled.data.titleGenerated).toBe(true);
    expect(page(articleAddress(untitled.data.issue, untitled.data.slug))).toContain('原版无标题，标题取自正文首句');
  });

  it('indexes every article once, at the address the contract gives its page', () => {
    expect(records.map((fragment) => fragment.url).sort()).toEqual(articles.map((entry) => joinBase(BASE, articleAddress(entry.data.issue, entry.data.slug))).sort());
    for (const entry of articles) expect(readdirSync(join(out, articleAddress(entry.data.issue, entry.data.slug)))).toContain('index.html');
  });
});
