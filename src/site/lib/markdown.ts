/**
 * How the site renders the converter's Markdown: Astro's native Markdown
 * processor (Sätteri) with GFM for tables, and nothing the converter did not
 * write. The converter escapes every inline and block marker of the raw text
 * (`~`, `[`, `<`, list and heading starts), so the only GFM syntax left to
 * turn newspaper text into markup is the autolink literal, which ignores
 * escapes: its URLs and e-mail addresses are put back as the text they were.
 * No smart punctuation: quotes and dashes stay as printed.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { literalLinkText, MARKDOWN_FEATURES } from '../../contract/markdown.ts';

export { MARKDOWN_FEATURES };

export const TABLE_REGION_LABEL = '表格（可左右滑动）';

/**
 * Every link in an article is a literal URL or address of the printed text
 * (the converter escapes `[` and `<`): keep the text it shows
 * (literalLinkText, which search indexes too), drop the link.
 */
export const unlinkLiterals = defineMdastPlugin({
  name: 'baozhai:unlink-literals',
  link(node, ctx) {
    const literal = node.children.every((child) => child.type === 'text');
    const text = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
    ctx.replaceNode(node, literal ? { type: 'text', value: literalLinkText(text) } : [...node.children]);
  },
});

/**
 * Each table in a focusable, labelled region that scrolls sideways, so an
 * eight-column table stays readable on a 360 px phone without widening the
 * page, and keyboard users can scroll it too.
 */
export const scrollableTables = defineHastPlugin({
  name: 'baozhai:scrollable-tables',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      ctx.wrapNode(node, { type: 'element', tagName: 'div', properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: TABLE_REGION_LABEL }, children: [] });
    },
  },
});

/**
 * The processor for astro.config.mjs. Astro keeps rendered Markdown between
 * builds and drops it only when the config, stringified, changes; functions
 * stringify to nothing, so `fingerprint` (a hash of this module and the
 * processor's versions) rides along in the options to make a change of
 * rendering code a change of config.
 */
export function markdownProcessor(fingerprint: string) {
  const processor = satteri({ features: MARKDOWN_FEATURES, mdastPlugins: [unlinkLiterals], hastPlugins: [scrollableTables] });
  Object.assign(processor.options, { fingerprint });
  return processor;
}
