import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markdownToText, parseArticleFile } from '../../src/search/index/article-file.ts';

const file = `---
title: 义乌推动排污权管理
authors:
  - { name: 余依萍, role: 记者 }
  - { name: 何贤君, role: null }
byline: 本报讯(记者 余依萍)
city: 金华
place: 义乌
theme: 生态环保
issue: 2024-06-14
order: 1
date: 2024-06-14
slug: pai-wu-quan
captions:
  - { text: 环保红管家上门指导, credit: 拍友 蒋友青 摄 }
---

## 小标题

**排污权**网上电子竞价 [链接](https://example.org)

| 项目 | 数量 |
|---|---|
| 化学需氧量 | 400.207吨 |
`;

describe('parseArticleFile', () => {
  it('reads the frontmatter contract and builds the URL under the base', () => {
    const article = parseArticleFile('a.md', file, '/digest/', new Map([['2024-06-14', { title: '浙江法治报 2024年6月14日', date: '2024-06-14' }]]));
    expect(article).toMatchObject({
      url: '/digest/articles/2024-06-14/pai-wu-quan/',
      title: '义乌推动排污权管理',
      authors: ['余依萍', '何贤君'],
      // As the page's byline shows it: each author with role, not the printed line.
      byline: '记者 余依萍、何贤君',
      city: '金华',
      place: '义乌',
      date: '2024-06-14',
      printedDate: '2024年6月14日',
      issueTitle: '浙江法治报 2024年6月14日',
    });
    expect(article.body.split('\n')).toEqual(['小标题', '排污权网上电子竞价 链接', '项目 数量', '化学需氧量 400.207吨', '环保红管家上门指导 拍友 蒋友青 摄']);
  });
  it('prints the date as the page does: only the year when only the year is known; no issue title that is just the date', () => {
    const inferred = file.replace('date: 2024-06-14', 'date: 2024-06-14\ndateInferred: true');
    const issues = new Map([['2024-06-14', { title: '2024年6月14日', date: '2024-06-14', dateSource: 'year' }]]);
    expect(parseArticleFile('a.md', inferred, '/', issues)).toMatchObject({ printedDate: '2024年', issueTitle: undefined });
    expect(parseArticleFile('a.md', file, '/', issues)).toMatchObject({ printedDate: '2024年6月14日' });
  });
  it('keeps the printed byline when no author could be named', () => {
    const article = parseArticleFile('a.md', file.replace(/authors:\n(  - .*\n)+/, 'authors: []\n'), '/');
    expect(article.byline).toBe('本报讯(记者 余依萍)');
  });
  it('names the file and the field when the frontmatter is wrong', () => {
    expect(() => parseArticleFile('x.md', 'no frontmatter', '/')).toThrow(/^x\.md: no YAML frontmatter/);
    expect(() => parseArticleFile('x.md', file.replace('date: 2024-06-14', 'date: 6月14日'), '/')).toThrow(/x\.md: .*`date`/);
    expect(() => parseArticleFile('x.md', file.replace('title: 义乌推动排污权管理\n', ''), '/')).toThrow(/x\.md: .*`title`/);
  });
});

describe('markdownToText', () => {
  it('keeps table cells apart so no match spans two cells', () => {
    expect(markdownToText('| 甲 | 乙 |\n|---|---|\n| 丙 | 丁 |')).toBe('甲 乙\n丙 丁');
  });

  it('reads indented code the way remark does, blank lines inside it included', () => {
    expect(markdownToText('    排污权\n\t \n\n交易')).toBe('排污权\n \n交易');
  });

  it('gives what remark gives for the whole document, literal paragraphs or not', () => {
    // The reference: the whole source through remark at once, as markdownToText did before taking literal paragraphs as they stand.
    const remark = unified().use(remarkParse).use(remarkGfm);
    const reference = (source: string) => {
      const lines: string[] = [];
      type Node = { type: string; value?: string; alt?: string | null; children?: Node[] };
      const text = (node: Node): string => (node.value !== undefined && node.type !== 'html' ? node.value : node.type === 'image' ? (node.alt ?? '') : (node.children ?? []).map(text).join(''));
      const visit = (node: Node): void => {
        if (node.type === 'table') for (const row of node.children ?? []) lines.push((row.children ?? []).map(text).join(' '));
        else if (node.type === 'paragraph' || node.type === 'heading') lines.push(text(node));
        else if (node.children) node.children.forEach(visit);
        else if (node.value !== undefined && node.type !== 'html') lines.push(node.value);
      };
      visit(remark.parse(source) as Node);
      return lines.filter((line) => line.trim()).join('\n');
    };
    // Mostly literal text, so that lines with just one or two syntax characters in them come up often.
    const inline = fc.oneof(
      { arbitrary: fc.constantFrom('排污权', '2024年', '。', ' ', '1.', '1)', 'www.a.cn', 'a@b.cn', '#', '-', '+', '='), weight: 6 },
      { arbitrary: fc.constantFrom('*', '**', '_', '\\', '`', '[链接](x)', '[a]', '<b>', '&amp;', '|', '~~', '!', '  ', '\t'), weight: 1 },
    );
    // Mostly plain paragraphs too: a construct that can span blank lines sends the whole document through remark.
    const blockStart = fc.oneof(
      { arbitrary: fc.constant(''), weight: 12 },
      { arbitrary: fc.constantFrom('- ', '1. ', '> ', '## ', '    ', '\t', '   ', '[a]: /u', '```', '~~~', '<div>', '---', '===', '| a | b |\n|---|---|'), weight: 2 },
    );
    const block = fc.tuple(blockStart, fc.array(inline, { maxLength: 8 })).map(([start, pieces]) => start + pieces.join(''));
    const separator = fc.constantFrom('\n', '\n\n', '\n \n', '\n\n\n');
    const source = fc.array(fc.tuple(block, separator), { maxLength: 6 }).map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(source, (markdown) => {
        expect(markdownToText(markdown)).toBe(reference(markdown));
      }),
      { numRuns: 3000 },
    );
  });
});
