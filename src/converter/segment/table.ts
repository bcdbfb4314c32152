/**
 * Tab-separated rows → a `table` block (first row the header). A row whose
 * cells are running prose (sentences, or cells longer than a table cell gets)
 * is a text flow pasted through tabs, as in a case list laid out in columns:
 * its cells become paragraph fragments for column-break joining instead, and
 * a space after a full stop inside a cell starts a new paragraph.
 */
import type { Block, Message } from '../types.ts';
import type { Item } from './items.ts';
import { segmentMessage } from './rules.ts';

/** Longest cell still read as a table cell. */
const MAX_CELL = 60;
const SENTENCE_INSIDE = /[。！？]/u;
const PARAGRAPH_BREAK_IN_CELL = /(?<=[。！？])\s+/u;

export function isTableRow(item: Item): boolean {
  return item.text.includes('\t');
}

function cellsOf(item: Item): string[] {
  return item.text.split('\t').map((cell) => cell.trim());
}

function isProseRow(cells: readonly string[]): boolean {
  return cells.some((cell) => cell.length > MAX_CELL || SENTENCE_INSIDE.test(cell));
}

/** Blocks for a run of consecutive tab-separated rows. */
export function tableBlocks(rows: readonly Item[]): { blocks: Block[]; messages: Message[] } {
  const blocks: Block[] = [];
  const messages: Message[] = [];
  let table: { type: 'table'; rows: string[][]; line: number } | undefined;

  for (const row of rows) {
    const cells = cellsOf(row);
    if (isProseRow(cells)) {
      table = undefined;
      messages.push(segmentMessage('info', 'table-prose-row', `tab-separated row of ${cells.length} prose cells read as paragraphs, not a table`, row.line));
      for (const cell of cells) {
        for (const text of cell.split(PARAGRAPH_BREAK_IN_CELL)) if (text !== '') blocks.push({ type: 'paragraph', text, line: row.line });
      }
      continue;
    }
    if (!table) {
      table = { type: 'table', rows: [], line: row.line };
      blocks.push(table);
    }
    table.rows.push(cells);
  }
  return { blocks, messages };
}
