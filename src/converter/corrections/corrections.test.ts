import { describe, expect, it } from 'vitest';
import type { EnrichedArticle, SegmentedArticle } from '../types.ts';
import { applyFieldSets, applyStructural, correctionsFor, issueOverride, parseCorrections } from './index.ts';

const FILE = 'content/corrections.yaml';

function article(title: string, paragraphs: string[], line = 1): SegmentedArticle {
  return { title, authors: [], blocks: paragraphs.map((text, i) => ({ type: 'paragraph' as const, text, line: line + i + 1 })), captions: [], line };
}

function enriched(base: SegmentedArticle, order: number): EnrichedArticle {
  return { ...base, order, slug: `a${order}`, place: '温州', city: '温州', theme: '经济营商', themeTerms: [], tags: [], summary: '' };
}

describe('parseCorrections', () => {
  it('reads a list of corrections with their lines', () => {
    const parsed = parseCorrections(
      ['- source: a.txt', '  article: 政银企携手纾困解难', '  set: { city: 温州 }', '- source: a.txt', '  issue: { date: 2022-06-30 }'].join('\n'),
      FILE,
    );
    expect(parsed.entries.map((entry) => entry.line)).toEqual([1, 4]);
    expect(parsed.entries[0]?.entry.set).toEqual({ city: '温州' });
  });

  it('treats an empty file as no corrections', () => {
    expect(parseCorrections('# nothing yet\n', FILE).entries).toEqual([]);
  });

  it('fails with the line and the reason', () => {
    expect(() => parseCorrections('- source: a.txt\n  article: 1\n  set: { colour: red }\n', FILE)).toThrow(/corrections\.yaml:1: set: Unrecognized key/);
    expect(() => parseCorrections('- source: a.txt\n  issue: { date: 2022/06/30 }\n', FILE)).toThrow(/:1: issue\.date: expected a date as YYYY-MM-DD/);
    expect(() => parseCorrections('- source: a.txt\n  set: { city: 温州 }\n', FILE)).toThrow(/`article`.*is required/);
    expect(() => parseCorrections('- source: a.txt\n  article: x\n  merge: previous\n  set: { city: 温州 }\n', FILE)).toThrow(/exactly one of/);
    expect(() => parseCorrections('source: a.txt\n', FILE)).toThrow(/:1: expected a list/);
    expect(() => parseCorrections('- source: [a\n', FILE)).toThrow(/corrections\.yaml:\d+: /);
  });
});

describe('applying corrections', () => {
  const corrections = parseCorrections(
    [
      '- source: a.txt',
      '  article: 温州深“图”远虑推垃圾分类',
      '  split: { at: 同时，为推进农村, title: 山福镇推进农村垃圾分类 }',
      '- source: a.txt',
      '  article: 第三篇',
      '  merge: previous',
      '- source: a.txt',
      '  article: 2',
      '  set: { city: 温州, authors: [{ name: 林筠, role: 记者 }] }',
      '- source: a.txt',
      '  article: 已经不存在的标题',
      '  set: { theme: 生态环保 }',
      '- source: b.txt',
      '  issue: { date: 2022-06-30, paper: 浙江日报 }',
    ].join('\n'),
    FILE,
  );
  const own = correctionsFor(corrections, 'a.txt');

  it('splits and merges articles, and reports what it applied', () => {
    const articles = [article('温州深“图”远虑推垃圾分类', ['近年来，温州聚焦统筹推进。', '同时，为推进农村开展垃圾分类源头治理。']), article('第二篇', ['正文。']), article('第三篇', ['正文三。'])];
    const { articles: result, messages } = applyStructural(articles, own, corrections);
    expect(result.map((a) => a.title)).toEqual(['温州深“图”远虑推垃圾分类', '山福镇推进农村垃圾分类', '第二篇']);
    expect(result[2]?.blocks.map((block) => block.type)).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(messages.filter((m) => m.ruleId === 'correction-applied')).toHaveLength(2);
  });

  it('sets fields by order, and reports a correction that matches nothing with its line', () => {
    const articles = [enriched(article('第一篇', ['正文。']), 1), enriched(article('第二篇', ['正文。']), 2)];
    const { articles: result, messages } = applyFieldSets(articles, own, corrections);
    expect(result[1]?.authors).toEqual([{ name: '林筠', role: '记者' }]);
    expect(messages).toContainEqual(expect.objectContaining({ fatal: false, ruleId: 'correction-unmatched', reason: expect.stringContaining('corrections.yaml:10') }));
  });

  it('gives issue-level overrides for its own file only', () => {
    expect(issueOverride(own)).toBeUndefined();
    expect(issueOverride(correctionsFor(corrections, 'b.txt'))).toEqual({ values: { date: '2022-06-30', paper: '浙江日报' }, line: 13 });
  });
});
