/**
 * Aligned plain-text tables for a terminal. Widths are terminal columns, not
 * string lengths: a CJK character takes two (fast-string-width follows
 * Unicode's East Asian Width).
 */
import stringWidth from 'fast-string-width';

export type Align = 'left' | 'right';

export interface TableOptions {
  /** Per column; columns not named are left-aligned. */
  align?: readonly Align[];
  /** A rule of `─` under the header (default true). */
  rule?: boolean;
}

function pad(text: string, width: number, align: Align): string {
  const room = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return align === 'right' ? room + text : text + room;
}

export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], { align = [], rule = true }: TableOptions = {}): string {
  const widths = header.map((title, column) => Math.max(stringWidth(title), ...rows.map((row) => stringWidth(row[column] ?? ''))));
  const line = (cells: readonly string[]) => widths.map((width, column) => pad(cells[column] ?? '', width, align[column] ?? 'left')).join('  ').trimEnd();
  return [line(header), ...(rule ? [widths.map((width) => '─'.repeat(width)).join('  ')] : []), ...rows.map(line)].join('\n');
}
