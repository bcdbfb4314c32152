/**
 * Text from a raw issue → Markdown that shows it as the text it is. Raw issues
 * may carry `<script>`, `[links](javascript:…)`, `*`, `#`… pasted from anywhere;
 * none of it may become markup. The one markup the converter itself produces,
 * `**strong**` (from the raw `<b>`), is restored after escaping. (GFM's
 * autolink literals ignore escapes; the site's unlinkLiterals, in
 * src/site/lib/markdown.ts, shows them as text.)
 */
import type { Block } from '../types.ts';

/** ASCII punctuation CommonMark/GFM may read as syntax anywhere in a line. */
const INLINE_SYNTAX = /[\\`*_[\]<>&|~!]/g;
/** Line starts that open a block (heading, list, quote, thematic break, setext, fence). */
const BLOCK_START = /^(\s*)([#>+=-]|\d+[.)])/;
const ESCAPED_STRONG = /\\\*\\\*(\S(?:.*?\S)?)\\\*\\\*/g;

export function escapeInline(text: string): string {
  return text
    .replace(INLINE_SYNTAX, (char) => `\\${char}`)
    .replace(ESCAPED_STRONG, '**$1**');
}

function escapeLine(text: string): string {
  return escapeInline(text).replace(BLOCK_START, (_match, space: string, opener: string) =>
    /^\d/.test(opener) ? `${space}${opener.slice(0, -1)}\\${opener.slice(-1)}` : `${space}\\${opener}`,
  );
}

function tableRow(cells: readonly string[], width: number): string {
  const padded = Array.from({ length: width }, (_, i) => escapeInline(cells[i] ?? '').trim() || ' ');
  return `| ${padded.join(' | ')} |`;
}

function tableMarkdown(rows: readonly (readonly string[])[]): string {
  const width = Math.max(1, ...rows.map((row) => row.length));
  const [header = [], ...body] = rows;
  return [tableRow(header, width), `|${' --- |'.repeat(width)}`, ...body.map((row) => tableRow(row, width))].join('\n');
}

export function blockMarkdown(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return escapeLine(block.text.trim());
    case 'heading':
      return `## ${escapeInline(block.text)}`;
    case 'table':
      return tableMarkdown(block.rows);
  }
}

export function bodyMarkdown(blocks: readonly Block[]): string {
  return blocks.map(blockMarkdown).join('\n\n');
}
