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

/** A backslash escape of ASCII punctuation, which CommonMark reads as the character itself. */
const ESCAPED_PUNCTUATION = /\\([!-/:-@[-`{-~])/gu;
/** An odd run of backslashes at the end: the last one escapes the character the literal stopped before. */
const DANGLING_ESCAPE = /(?<!\\)(?:\\\\)*\\$/u;

/**
 * Every link in an article is a literal URL or address of the printed text
 * (the converter escapes `[` and `<`): keep its text, drop the link. An
 * autolink literal runs over the converter's escapes as written, and stops
 * before `<` or trailing punctuation with the escaping backslash inside it:
 * its escapes are read here the way the text around it is, and that last
 * backslash goes with the character it escaped, already shown after it.
 */
export const unlinkLiterals = defineMdastPlugin({
  name: 'baozhai:unlink-literals',
  link(node, ctx) {
    const literal = node.children.every((child) => child.type === 'text');
    const text = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
    const shown = text.replace(DANGLING_ESCAPE, (run) => run.slice(0, -1)).replace(ESCAPED_PUNCTUATION, '$1');
    ctx.replaceNode(node, literal ? { type: 'text', value: shown } : [...node.children]);
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
