/**
 * Raw text that looks like code is shown to the reader as the text it is: no
 * markup from a raw issue reaches a page or a feed, only what the converter
 * produces itself (the known `<b>` becomes `<strong>`). Pages and feed items
 * are parsed as HTML, so the checks see elements and attributes, not strings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastText } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { convert, scratchContent } from '../convert/run-cli.ts';
import { buildSite, listFiles } from './helpers/dist.ts';

const RAW = [
  '---',
  'date: 2024-03-05',
  'paper: 测试<script>晚报</script>',
  '---',
  '# 标题<script>alert("title")</script>: "引号" 与 {冒号}',
  '',
  '本报讯(记者 陈晔)正文<img src=x onerror=alert(1)>，请看[链接](javascript:alert(2))和<a href="javascript:alert(3)">另一个</a>。',
  '',
  '<iframe src="https://example.com/x"></iframe>第二段写到 {{ 变量 }} 与 <b>加粗的原文</b>，网址https://example.com/y。',
  '',
  '---',
  'title: 伪造的头部',
  '---',
  '',
  '第三段：<style>body{display:none}</style>样式也只是文字。',
].join('\n');

/** Every way raw text could have become active markup. */
function problems(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (['img', 'iframe', 'object', 'embed'].includes(node.tagName)) found.push(`<${node.tagName}>`);
    if (node.tagName === 'style' && hastText(node).includes('display:none')) found.push('<style> from the text');
    if (node.tagName === 'script' && /alert/.test(hastText(node))) found.push('<script> from the text');
    for (const [name, value] of Object.entries(node.properties ?? {})) {
      if (/^on/i.test(name)) found.push(`${node.tagName}[${name}]`);
      if (typeof value === 'string' && /^\s*javascript:/i.test(value)) found.push(`${node.tagName}[${name}=${value}]`);
    }
    if (node.tagName === 'a' && String(node.properties?.['href'] ?? '').includes('example.com')) found.push('link made from raw text');
  });
  return found;
}

describe('unsafe raw text on built pages and feeds', () => {
  let dist = '';
  let pages: { path: string; tree: Root }[] = [];

  beforeAll(async () => {
    const content = scratchContent({ 'unsafe.txt': RAW });
    const result = await convert(content);
    expect(result.code, result.stderr).toBe(0);
    dist = await buildSite('dist-unsafe', { CONTENT_DIR: content });
    pages = listFiles(dist)
      .filter((file) => file.endsWith('.html'))
      .map((path) => ({ path, tree: fromHtml(readFileSync(join(dist, path), 'utf8')) }));
  }, 180_000);

  it('no page contains markup from the raw text', () => {
    expect(pages.some((page) => page.path.startsWith('articles/'))).toBe(true);
    for (const { path, tree } of pages) expect(problems(tree), path).toEqual([]);
  });

  it('shows the raw text as text', () => {
    const article = pages.find((page) => page.path.startsWith('articles/'));
    const text = article ? hastText(article.tree) : '';
    expect(text).toContain('标题<script>alert("title")</script>');
    expect(text).toContain('正文<img src=x onerror=alert(1)>');
    expect(text).toMatch(/<iframe src=.https:\/\/example\.com\/x.><\/iframe>第二段/); // quotes may be typeset
    expect(text).toContain('{{ 变量 }}');
    expect(text).toContain('网址https://example.com/y。');
    let strong = '';
    if (article) visit(article.tree, 'element', (node: Element) => void (node.tagName === 'strong' && (strong = hastText(node))));
    expect(strong).toBe('加粗的原文');
  });

  it('feeds carry the text, never the markup', async () => {
    const feeds = listFiles(dist).filter((file) => file.endsWith('rss.xml'));
    expect(feeds.length).toBeGreaterThan(0);
    const parser = new Parser({ customFields: { item: [['content:encoded', 'encoded']] } });
    for (const file of feeds) {
      const feed = await parser.parseString(readFileSync(join(dist, file), 'utf8'));
      for (const item of feed.items as (Parser.Item & { encoded?: string })[]) {
        const tree = fromHtml(item.encoded ?? '', { fragment: true });
        expect(problems(tree), `${file}: ${item.title}`).toEqual([]);
      }
      if (file === 'rss.xml') expect(feed.items.some((item) => (item.title ?? '').includes('<script>alert("title")</script>'))).toBe(true);
    }
  });
});
