import { describe, expect, it } from 'vitest';
import { articleFeedItem, sanitizeFeedHtml } from '../../../src/site/lib/feed.ts';
import { buildSiteModel } from '../../../src/site/lib/model.ts';
import { markdownToHtml } from 'satteri';
import { MARKDOWN_FEATURES, TABLE_REGION_LABEL, scrollableTables, unlinkLiterals } from '../../../src/site/lib/markdown.ts';
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

describe('the site\'s Markdown processor', () => {
  const render = async (markdown: string) => (await markdownToHtml(markdown, { features: MARKDOWN_FEATURES, mdastPlugins: [unlinkLiterals], hastPlugins: [scrollableTables] })).html.trim();

  it('wraps each table in a focusable, labelled region', async () => {
    expect(await render('x\n\n| 甲 |\n| --- |\n| 1 |')).toBe(
      `<p>x</p>\n<div class="table-scroll" role="region" tabindex="0" aria-label="${TABLE_REGION_LABEL}"><table>\n<thead>\n<tr>\n<th>甲</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n</tr>\n</tbody>\n</table></div>`,
    );
  });

  it('shows URLs and addresses of the printed text as text, and keeps quotes and dashes as printed', async () => {
    expect(await render('详见 www.zj.gov.cn 或 https\\://a.cn/x，来信 ask@zj.cn。“好”--是')).toBe('<p>详见 www.zj.gov.cn 或 https://a.cn/x，来信 ask@zj.cn。“好”--是</p>');
    // A literal runs to the next space, over the converter's escapes: they read as the characters they stand for.
    expect(await render('见https://a.cn/x"\\>\\</iframe\\>第二段 完')).toBe('<p>见https://a.cn/x"&gt;&lt;/iframe&gt;第二段 完</p>');
    expect(await render('网址www.a.cn/\\_x\\!')).toBe('<p>网址www.a.cn/_x!</p>');
  });
});
