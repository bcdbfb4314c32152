import { describe, expect, it } from 'vitest';
import { markdownToText, parseArticleFile } from '../../src/search/article-file.ts';

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
    const article = parseArticleFile('a.md', file, '/digest/', new Map([['2024-06-14', '浙江法治报 2024年6月14日']]));
    expect(article).toMatchObject({
      url: '/digest/articles/2024-06-14/pai-wu-quan/',
      title: '义乌推动排污权管理',
      authors: ['余依萍', '何贤君'],
      byline: '本报讯(记者 余依萍)',
      date: '2024-06-14',
      issueTitle: '浙江法治报 2024年6月14日',
    });
    expect(article.body.split('\n')).toEqual(['小标题', '排污权网上电子竞价 链接', '项目 数量', '化学需氧量 400.207吨', '环保红管家上门指导 拍友 蒋友青 摄']);
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
});
