/**
 * A digest of papers from anywhere in China: an issue of a Hubei paper builds
 * city pages for its cities, the cities page groups them under their
 * province beside Zhejiang's tile map (it has a story from 杭州), and the
 * site's name and tagline come from the build's settings, not from the
 * sample papers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastText } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { convert, scratchContent } from '../convert/run-cli.ts';
import { buildSite } from './helpers/dist.ts';

const RAW = [
  '---',
  'date: 2025-06-09',
  'paper: 荆楚日报',
  '---',
  '# 垃圾分类活动走进陆羽社区',
  '',
  '天门日报讯（全媒体记者 鄢紫）近日，天门市竟陵街道陆羽社区开展垃圾分类宣传活动，向居民讲解分类知识。',
  '',
  '社区工作人员表示，将持续推进垃圾分类工作。',
  '',
  '# 通城推进乡村振兴',
  '',
  '本报讯（记者 夏正锋）咸宁市通城县各村因地制宜，一村一策推进乡村振兴。',
  '',
  '通城县农业农村局介绍，今年已建成示范村12个。',
  '',
  '# 荆楚客商赴杭州考察',
  '',
  '本报讯（记者 吴帆）日前，我省客商一行赴浙江省杭州市考察数字经济产业，杭州市有关部门介绍了营商环境。',
].join('\n');

const page = (dist: string, path: string) => fromHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'));

const classes = (node: Element) => (node.properties?.['className'] as string[] | undefined) ?? [];

/** Elements under `tree` with this tag name and, when given, this class. */
function elements(tree: Root | Element, tag: string, className?: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === tag && (className === undefined || classes(node).includes(className))) found.push(node);
  });
  return found;
}

describe('a digest of papers outside Zhejiang', () => {
  let dist = '';

  beforeAll(async () => {
    const content = scratchContent({ 'hubei.txt': RAW });
    const result = await convert(content);
    expect(result.code, result.stderr).toBe(0);
    dist = await buildSite('dist-nationwide', { CONTENT_DIR: content, SITE_NAME: '荆楚报摘', SITE_TAGLINE: '湖北地方报纸文摘' });
  }, 180_000);

  it('renders a page for each city, titled with its official name and listing its articles', () => {
    expect(existsSync(join(dist, 'cities', 'tianmen', 'index.html'))).toBe(true);
    const tianmen = page(dist, 'cities/tianmen');
    expect(elements(tianmen, 'h1').map((node) => hastText(node))).toContain('天门市');
    expect(hastText(tianmen)).toContain('垃圾分类活动走进陆羽社区');
    expect(hastText(page(dist, 'cities/xianning'))).toContain('通城推进乡村振兴');
  });

  it('groups the cities page by province: Zhejiang with its tile map, then Hubei as a list', () => {
    const sections = elements(page(dist, 'cities'), 'section', 'cities');
    expect(sections.map((section) => elements(section, 'h2').map((node) => hastText(node)).join())).toEqual(['浙江', '湖北']);
    const [zhejiang, hubei] = sections as [Element, Element];
    expect(elements(zhejiang, 'figure', 'tile-map')).toHaveLength(1);
    expect(elements(zhejiang, 'a', 'tile')).toHaveLength(11);
    expect(elements(hubei, 'figure', 'tile-map')).toHaveLength(0);
    expect(elements(hubei, 'a').map((node) => String(node.properties?.['href']))).toEqual(['/cities/tianmen/', '/cities/xianning/']);
  });

  it('names the site from its settings', () => {
    const home = page(dist, '');
    expect(elements(home, 'title').map((node) => hastText(node))).toEqual(['荆楚报摘 Digest · 湖北地方报纸文摘']);
    expect(elements(home, 'p', 'tagline').map((node) => hastText(node))).toEqual(['湖北地方报纸文摘']);
    const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(feed).toContain('<title>荆楚报摘 · 最新文章</title>');
    expect(readFileSync(join(dist, 'cities', 'tianmen', 'rss.xml'), 'utf8')).toContain('<title>荆楚报摘 · 地区：天门市</title>');
  });
});
