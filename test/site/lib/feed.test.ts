import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { articleFeedItem, sanitizeFeedHtml } from '../../../src/lib/site/feed.ts';
import { buildSiteModel } from '../../../src/lib/site/model.ts';
import rehypeScrollableTables, { TABLE_REGION_LABEL } from '../../../src/lib/site/rehype-scrollable-tables.ts';
import { article, issue, taxonomy } from './factories.ts';

describe('sanitizeFeedHtml', () => {
  it('drops scripts, handlers and page-only attributes and makes links absolute', () => {
    const html = sanitizeFeedHtml(
      '<h2 id="x">小标题</h2><p onclick="x()">正文<a href="../b/">链接</a><script>alert(1)</script></p><div class="table-scroll" role="region" tabindex="0"><table><tr><td>1</td></tr></table></div>',
      'https://example.org/digest/articles/i/a/',
    );
    expect(html).toBe('<h2>小标题</h2><p>正文<a href="https://example.org/digest/articles/i/b/">链接</a></p><div><table><tbody><tr><td>1</td></tr></tbody></table></div>');
  });
});

describe('articleFeedItem', () => {
  it('builds an absolute link with the base, a noon-in-China date, creators and categories', () => {
    const site = buildSiteModel(
      [issue('2024-06-14', '2024-06-14', ['a'])],
      [article('2024-06-14', 'a', { authors: [{ name: '何<贤>君', role: null }], tags: ['排污权'], summary: '摘要', subtitle: '副题', captions: [{ text: '图', credit: '摄' }] })],
      taxonomy,
    );
    const [entry] = site.articles;
    if (!entry) throw new Error('fixture');
    const item = articleFeedItem(entry, '<p>正文</p>', { site: 'https://example.org', base: '/digest/' });
    expect(item.link).toBe('https://example.org/digest/articles/2024-06-14/a/');
    expect(item.pubDate.toISOString()).toBe('2024-06-14T04:00:00.000Z');
    expect(item.categories).toEqual(['生态环保', '湖州', '排污权']);
    expect(item.customData).toBe('<dc:creator>何&#60;贤&#62;君</dc:creator>');
    expect(item.content).toBe('<p><strong>副题</strong></p><p>正文</p><p><em>图 摄</em></p>');
    expect(item.description).toBe('摘要');
  });
});

describe('rehypeScrollableTables', () => {
  it('wraps each table in a focusable, labelled region', () => {
    const tree = fromHtml('<p>x</p><table><tr><td>1</td></tr></table>', { fragment: true });
    rehypeScrollableTables()(tree);
    expect(toHtml(tree)).toBe(
      `<p>x</p><div class="table-scroll" role="region" tabindex="0" aria-label="${TABLE_REGION_LABEL}"><table><tbody><tr><td>1</td></tr></tbody></table></div>`,
    );
  });
});
