/**
 * The Markdown of article bodies: the dialect the converter writes and the
 * site renders (Sätteri, Astro's native processor), and the plain text a
 * reader sees on the page, which search indexes. One parser for both, so
 * search finds the words the page shows and no Markdown syntax.
 */
import { markdownToMdast, type MdastNode } from 'satteri';

/** What the parser reads: GFM without footnotes (tables are what the converter needs), no smart punctuation. */
export const MARKDOWN_FEATURES = { gfm: { footnotes: false }, smartPunctuation: false } as const;

/** A backslash escape of ASCII punctuation, which CommonMark reads as the character itself. */
const ESCAPED_PUNCTUATION = /\\([!-/:-@[-`{-~])/gu;
/** An odd run of backslashes at the end: the last one escapes the character the literal stopped before. */
const DANGLING_ESCAPE = /(?<!\\)(?:\\\\)*\\$/u;

/**
 * The text a literal link shows. Every link in an article is a URL or address
 * of the printed text (the converter escapes `[` and `<`), and GFM's autolink
 * literal runs over the converter's escapes as written, stopping before `<` or
 * trailing punctuation with the escaping backslash inside it: its escapes are
 * read the way the text around it is, and that last backslash goes with the
 * character it escaped, already shown after it.
 */
export function literalLinkText(text: string): string {
  return text.replace(DANGLING_ESCAPE, (run) => run.slice(0, -1)).replace(ESCAPED_PUNCTUATION, '$1');
}

function inlineText(node: MdastNode): string {
  if (node.type === 'link' && node.children.every((child) => child.type === 'text')) return literalLinkText(node.children.map((child) => child.value).join(''));
  if ('value' in node && node.type !== 'html') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  return 'children' in node ? node.children.map(inlineText).join('') : '';
}

/**
 * A body's text as its page shows it, one block a line: paragraphs and
 * subheadings, each table row with its cells apart (so no match spans two
 * cells), any other text a node holds; raw HTML shows nothing.
 */
export function bodyText(markdown: string): string {
  const lines: string[] = [];
  const visit = (node: MdastNode): void => {
    if (node.type === 'table') {
      for (const row of node.children) lines.push(row.children.map(inlineText).join(' '));
    } else if (node.type === 'paragraph' || node.type === 'heading') {
      lines.push(inlineText(node));
    } else if ('children' in node) {
      node.children.forEach(visit);
    } else if ('value' in node && node.type !== 'html') {
      lines.push(node.value);
    }
  };
  visit(markdownToMdast(markdown, { features: MARKDOWN_FEATURES, position: false }));
  return lines.filter((line) => line.trim()).join('\n');
}
