/**
 * A converted article → what search indexes: the record's fields as the
 * article page prints them, and a body text that holds exactly the words
 * the page renders.
 */
import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastText } from 'hast-util-to-string';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { bodyText } from '../../src/contract/markdown.ts';
import { parseArticle } from '../../src/contract/read.ts';
import { articleSchema } from '../../src/contract/schema.ts';
import { bodyMarkdown } from '../../src/converter/serialize/markdown.ts';
import type { Block } from '../../src/converter/types.ts';
import { searchArticle, type IssueInfo } from '../../src/search/index/article-file.ts';
import { MARKDOWN_FEATURES, scrollableTables, unlinkLiterals } from '../../src/site/lib/markdown.ts';

const schema = articleSchema(['生态环保', '基层治理']);
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
source: 000_x.txt
captions:
  - { text: 环保红管家上门指导, credit: 拍友 蒋友青 摄 }
---

## 小标题

**排污权**网上电子竞价 [链接](https://example.org)

| 项目 | 数量 |
|---|---|
| 化学需氧量 | 400.207吨 |
`;

const record = (source: string, base = '/', issues: ReadonlyMap<string, IssueInfo> = new Map()) => {
  const { data, body } = parseArticle('a.md', source, schema);
  return searchArticle(data, body, base, issues);
};

describe('searchArticle', () => {
  it('maps the contract record and builds the URL under the base', () => {
    const article = record(file, '/digest/', new Map([['2024-06-14', { title: '浙江法治报 2024年6月14日', date: '2024-06-14', dateSource: 'header' }]]));
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
    const issues = new Map([['2024-06-14', { title: '2024年6月14日', date: '2024-06-14', dateSource: 'year' as const }]]);
    expect(record(inferred, '/', issues)).toMatchObject({ printedDate: '2024年', issueTitle: undefined });
    expect(record(file, '/', issues)).toMatchObject({ printedDate: '2024年6月14日' });
  });

  it('keeps the printed byline when no author could be named', () => {
    expect(record(file.replace(/authors:\n(  - .*\n)+/, 'authors: []\n')).byline).toBe('本报讯(记者 余依萍)');
  });
});

describe('the body text search indexes', () => {
  /** The text of the HTML the site renders for `markdown`, whitespace aside. */
  const pageText = async (markdown: string) => {
    const { html } = await markdownToHtml(markdown, { features: MARKDOWN_FEATURES, mdastPlugins: [unlinkLiterals], hastPlugins: [scrollableTables] });
    return hastText(fromHtml(html, { fragment: true })).replace(/\s+/gu, '');
  };

  it('holds the words the page shows for any body the converter writes', async () => {
    // Newspaper text with the characters Markdown reads as syntax, URLs and addresses among them.
    const piece = fc.oneof(
      { arbitrary: fc.constantFrom('排污权', '2024年', '。', '，', '“义乌”', '（上接第3版）', '1.', '3)', '#', '-', '+', '>', '='), weight: 6 },
      { arbitrary: fc.constantFrom('*', '**', '_', '\\', '`', '[链接](x)', '<b>', '&amp;', '|', '~~', '!', 'www.zj.gov.cn', 'a_b@qq.com', 'http://x.cn/a_b'), weight: 2 },
    );
    const text = fc.array(piece, { minLength: 1, maxLength: 8 }).map((pieces) => pieces.join(''));
    const block: fc.Arbitrary<Block> = fc.oneof(
      text.map((value) => ({ type: 'paragraph' as const, text: value, line: 1 })),
      text.map((value) => ({ type: 'heading' as const, text: value, line: 1 })),
      fc.array(fc.array(text, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }).map((rows) => ({ type: 'table' as const, rows, line: 1 })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(block, { minLength: 1, maxLength: 4 }), async (blocks) => {
        const markdown = bodyMarkdown(blocks);
        expect(bodyText(markdown).replace(/\s+/gu, '')).toBe(await pageText(markdown));
      }),
      { numRuns: 500 },
    );
  });
});
