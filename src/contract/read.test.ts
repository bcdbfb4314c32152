import { describe, expect, it } from 'vitest';
import { parseArticle, parseIssue } from './read.ts';
import { articleSchema } from './schema.ts';

const schema = articleSchema(['生态环保', '基层治理']);
const article = `---
title: "义乌推动排污权管理"
authors:
  - name: "余依萍"
    role: "记者"
city: "金华"
place: "义乌"
theme: "生态环保"
issue: "2024-06-14"
order: 1
slug: "pai-wu-quan"
date: "2024-06-14"
source: "000_x.txt"
---

排污权网上电子竞价
`;

describe('reading content back', () => {
  it('gives the validated frontmatter, defaults filled in, and the Markdown body', () => {
    const { data, body } = parseArticle('articles/2024-06-14/pai-wu-quan.md', article, schema);
    expect(data).toMatchObject({ title: '义乌推动排污权管理', authors: [{ name: '余依萍', role: '记者' }], dateInferred: false, captions: [], tags: [] });
    expect(body).toBe('\n排污权网上电子竞价\n');
  });

  it('names the file and the field when a record breaks the contract', () => {
    const file = 'articles/2024-06-14/x.md';
    expect(() => parseArticle(file, 'no frontmatter', schema)).toThrow(/^articles\/2024-06-14\/x\.md: no YAML frontmatter/);
    expect(() => parseArticle(file, article.replace('"2024-06-14"\nsource', '"6月14日"\nsource'), schema)).toThrow(/x\.md: field `date`: expected a calendar date/);
    expect(() => parseArticle(file, article.replace('title: "义乌推动排污权管理"\n', ''), schema)).toThrow(/x\.md: field `title`/);
    expect(() => parseArticle(file, article.replace('theme: "生态环保"', 'theme: "体育"'), schema)).toThrow(/x\.md: field `theme`/);
    expect(() => parseArticle(file, article.replace('order: 1', 'order: [1'), schema)).toThrow(/x\.md: frontmatter is not valid YAML/);
    expect(() => parseIssue('issues/x.md', '---\ntitle: "x"\n---\n')).toThrow(/^issues\/x\.md: field `date`/);
  });
});
