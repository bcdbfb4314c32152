import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BYLINE_STYLES,
  createRandom,
  defaultLayout,
  extractLexicon,
  generateCorpus,
  NOISE_KINDS,
  type GeneratedIssue,
  type NoiseCounts,
} from '../../src/tools/corpus/index.ts';
import { namesFromPaddedLine, splitSentences } from '../../src/tools/corpus/lexicon.ts';
import { punctuate } from '../../src/tools/corpus/compose.ts';

const SEED_DIR = join(import.meta.dirname, '../../content/raw');
const seeds = readdirSync(SEED_DIR)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, text: readFileSync(join(SEED_DIR, name), 'utf8') }));
const lexicon = extractLexicon(seeds, defaultLayout);
const generate = (seed: string, issues: number, first = 0): GeneratedIssue[] => [...generateCorpus(lexicon, defaultLayout, { seed, issues, first })];
const sample = generate('noise-sample', 200);

describe('random', () => {
  it('repeats a seed and forks independently of how far the parent ran', () => {
    const a = createRandom('s');
    const b = createRandom('s');
    expect(Array.from({ length: 5 }, () => a.float())).toEqual(Array.from({ length: 5 }, () => b.float()));
    expect(a.fork('x').float()).toBe(createRandom('s').fork('x').float());
    expect(createRandom('s').float()).not.toBe(createRandom('t').float());
  });
});

describe('lexicon', () => {
  it('splits sentences but not inside quotation marks', () => {
    expect(splitSentences('他说:“很好。我们满意。”吴林土说。第二句!')).toEqual(['他说:“很好。我们满意。”吴林土说。', '第二句!']);
  });

  it('pairs padded single characters into names', () => {
    expect(namesFromPaddedLine('小 西 杰 克')).toEqual(['小西', '杰克']);
    expect(namesFromPaddedLine('戚祥浩 慕 煜')).toEqual(['戚祥浩', '慕煜']);
    expect(namesFromPaddedLine('富强 民主 文明 和谐')).toBeUndefined();
  });

  it('harvests sentences, headlines, names from every byline style and the seed table', () => {
    expect(lexicon.sentences.length).toBeGreaterThan(300);
    expect(lexicon.names).toEqual(expect.arrayContaining(['陈茜', '甘凌峰', '陈晔', '叶诗蕾', '陆晓芬', '徐英', '张立忠', '郭明珠', '顾志鹏', '蒋欣如']));
    expect(lexicon.places).toEqual(expect.arrayContaining(['湖州']));
    expect(lexicon.tables[0]?.rows.length).toBe(11);
    expect(lexicon.phrases).toEqual(expect.arrayContaining(['聚焦重点项目', '助推乡村振兴']));
  });

  it('does not take the head of a column-broken paragraph for a headline', () => {
    const headlines = [...lexicon.headlinesByStory.values()].flat();
    expect(headlines).toEqual(expect.arrayContaining(['聚焦重点项目 助推乡村振兴', '为什么建工匠学院']));
    expect(headlines).not.toContain('这是双林镇积极发挥人大代表履职担');
    expect(headlines).not.toContain('为增强“双考”的针对性,该县纪委监');
    expect(headlines).not.toContain('中国质量大会为何邀请龙港参加?');
  });

  it('refuses seeds that hold nothing to recombine', () => {
    expect(() => extractLexicon([{ name: 'empty.txt', text: '\n\n' }], defaultLayout)).toThrow(/empty\.txt.*no sentences/);
  });
});

describe('generateCorpus', () => {
  it('gives byte-identical issues for one seed and different ones for another', () => {
    const once = generate('determinism', 30).map((issue) => issue.text);
    const twice = generate('determinism', 30).map((issue) => issue.text);
    expect(twice).toEqual(once);
    expect(generate('other', 30).map((issue) => issue.text)).not.toEqual(once);
  });

  it('appends: issue N is the same whether generated alone or with the N before it', () => {
    const all = generate('append', 13);
    const tail = generate('append', 13, 12);
    expect(tail).toHaveLength(1);
    expect(tail[0]?.text).toBe(all[12]?.text);
    expect(tail[0]?.name).toBe(all[12]?.name);
  });

  it('is lazy: the first issue of an enormous corpus comes at once', () => {
    const first = generateCorpus(lexicon, defaultLayout, { seed: 'lazy', issues: 1e9 }).next();
    expect(first.done).toBe(false);
  });

  it('writes a dated header on every page, dates advancing like a daily paper', () => {
    const dates = sample.map((issue) => issue.header.date);
    expect(dates).toEqual([...dates].sort());
    const pagesPerDay = sample.length / new Set(dates).size;
    expect(pagesPerDay).toBeGreaterThan(5);
    expect(pagesPerDay).toBeLessThan(10);
    for (const issue of sample.slice(0, 20)) {
      expect(issue.text).toMatch(/^---\npaper: \S+日报\ndate: \d{4}-\d{2}-\d{2}\nedition: \S+\npage: "\d+"\n---\n/);
      expect(issue.name).toBe(`${issue.header.date}_${issue.header.page.padStart(2, '0')}`);
    }
    expect(new Set(sample.map((issue) => issue.name)).size).toBe(sample.length);
  });

  it('prints 6–10 stories of 600–2,500 characters per page', () => {
    for (const issue of sample) {
      const stories = issue.articles.filter((article) => article.kind === 'story');
      expect(stories.length).toBeGreaterThanOrEqual(6);
      expect(stories.length).toBeLessThanOrEqual(10);
      for (const story of stories) {
        const chars = story.blocks.reduce((sum, block) => sum + (block.type === 'paragraph' ? [...block.text].length : 0), 0);
        expect(chars).toBeGreaterThanOrEqual(600);
        expect(chars).toBeLessThan(2500 + 400);
      }
    }
  });

  it('recombines real seed sentences (figures and punctuation aside)', () => {
    const canonical = (text: string): string => punctuate(text, 'half-width').replace(/\d+/g, '0');
    const seedText = canonical(lexicon.sentences.map((sentence) => sentence.text).join(''));
    const paragraphs = sample.slice(0, 10).flatMap((issue) => issue.articles.flatMap((article) => article.blocks));
    for (const block of paragraphs) {
      if (block.type !== 'paragraph') continue;
      for (const sentence of splitSentences(block.text)) expect(seedText).toContain(canonical(sentence));
    }
  });

  it('carries every kind of noise and every byline style somewhere in 200 pages', () => {
    const total: NoiseCounts = {};
    for (const issue of sample) for (const [kind, n] of Object.entries(issue.noise) as [keyof NoiseCounts, number][]) total[kind] = (total[kind] ?? 0) + n;
    for (const kind of NOISE_KINDS) expect(total[kind], kind).toBeGreaterThan(0);
    for (const style of BYLINE_STYLES) expect(total[`byline:${style}`], style).toBeGreaterThan(0);
  });

  it('prints the noise as the seeds do', () => {
    const text = sample.map((issue) => issue.text).join('\n');
    expect(text).toMatch(/^# \S/m); // markdown headline
    expect(text).toMatch(/^## \S/m); // kicker or subtitle
    expect(text).toMatch(/^\p{Script=Han} \p{Script=Han}(?: \S+)*$/mu); // 陈 茜 …: padded names
    expect(text).toMatch(/^本报讯\((?:记者|通讯员|共享联盟·\S+) \S+/mu);
    expect(text).toMatch(/^本报\p{Script=Han}{2,3}\d{1,2}月\d{1,2}日电\(/mu);
    expect(text).toMatch(/^■ \S+/mu);
    expect(text).toMatch(/^本报记者 \S+ 通讯员 \S+$/mu);
    expect(text).toMatch(/。\((?:\p{Script=Han}{2,3} ?)+\)$/mu); // …。(郭明珠 顾志鹏)
    expect(text).toMatch(/^\((?:\p{Script=Han}{2,3} ?)+\)$/mu); // (郭明珠 顾志鹏) alone
    expect(text).toMatch(/^[^\t\n]+(?:\t[^\t\n]+){2,}\n[^\t\n]+(?:\t[^\t\n]+){2,}$/mu); // tab table rows
    expect(text).toMatch(/\n\n\n\n.+(?:摄|供图|提供)$/mu); // caption set apart
    expect(text).toMatch(/[,:]/u); // half-width punctuation
    expect(text).toMatch(/[，：]/u); // full-width punctuation
    // A column break: a paragraph that stops mid-sentence, then its continuation.
    expect(text).toMatch(/\p{Script=Han}\n\n\p{Script=Han}[^\n]*[。”]$/mu);
  });

  it('repeats paragraphs verbatim on some pages', () => {
    const repeated = sample.some((issue) => {
      const paragraphs = issue.text.split('\n\n').filter((chunk) => chunk.length > 40);
      return new Set(paragraphs).size < paragraphs.length;
    });
    expect(repeated).toBe(true);
  });
});

describe('npm run corpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cli = join(import.meta.dirname, '../../scripts/corpus.ts');

  it('writes N raw issues (and truth) and reports JSON on stdout', () => {
    const stdout = execFileSync(process.execPath, [cli, '--issues', '12', '--out', dir, '--seed', 'cli', '--truth', '--seeds', SEED_DIR], { encoding: 'utf8' });
    const summary = JSON.parse(stdout) as { issues: number; articles: number };
    expect(summary.issues).toBe(12);
    const raw = readdirSync(join(dir, 'raw'));
    expect(raw).toHaveLength(12);
    expect(readdirSync(join(dir, 'truth'))).toHaveLength(12);
    const again = generate('cli', 12);
    expect(readFileSync(join(dir, 'raw', `${again[3]?.name}.txt`), 'utf8')).toBe(again[3]?.text);
  });

  it('exits 2 with a reason on bad usage and refuses to mix corpora', () => {
    const bad = spawnSync(process.execPath, [cli, '--issues', 'many', '--out', dir], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--issues must be an integer/);
    const mixed = spawnSync(process.execPath, [cli, '--issues', '3', '--out', dir, '--seeds', SEED_DIR], { encoding: 'utf8' });
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toMatch(/already holds 12 issues; pass --force/);
  });
});
