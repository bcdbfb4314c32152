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

export const TABLE_REGION_LABEL = '表格（可左右滑动）';

/** Every link in an article is a literal URL or address of the printed text: keep its text, drop the link. */
export const unlinkLiterals = defineMdastPlugin({
  name: 'baozhai:unlink-literals',
  link(node, ctx) {
    ctx.replaceNode(node, [...node.children]);
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

/** What the parser reads: GFM without footnotes (tables are what the converter needs), no smart punctuation. */
export const MARKDOWN_FEATURES = { gfm: { footnotes: false }, smartPunctuation: false } as const;

export const markdownProcessor = () => satteri({ features: MARKDOWN_FEATURES, mdastPlugins: [unlinkLiterals], hastPlugins: [scrollableTables] });
