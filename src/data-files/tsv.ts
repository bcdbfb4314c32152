/**
 * The one reader for the project's tab-separated data files (gazetteer, byline
 * roles, …): a header row names the columns, `#` starts a comment line, and a
 * malformed row fails with its file and line so an editor can fix it.
 */

import { FileMessageError } from './error.ts';

export class DataFileError extends FileMessageError {
  constructor(file: string, line: number, reason: string) {
    super('data-file-invalid', file, line, reason);
    this.name = 'DataFileError';
  }
}

export interface TsvRow {
  /** 1-based line in the file, for error messages. */
  line: number;
  fields: Record<string, string>;
}

/** Parse TSV text whose first non-comment line is the header. */
export function parseTsv(text: string, file: string, requiredColumns: readonly string[] = []): TsvRow[] {
  const rows: TsvRow[] = [];
  let header: string[] | undefined;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = raw.split('\t').map((cell) => cell.trim());
    if (!header) {
      header = cells;
      const missing = requiredColumns.filter((column) => !cells.includes(column));
      if (missing.length > 0) {
        throw new DataFileError(file, lineNumber, `header lacks column(s) ${missing.join(', ')}; expected ${requiredColumns.join('\\t')}`);
      }
      return;
    }
    if (cells.length > header.length) {
      throw new DataFileError(file, lineNumber, `expected at most ${header.length} tab-separated fields, found ${cells.length}`);
    }
    const fields: Record<string, string> = {};
    header.forEach((column, i) => {
      fields[column] = cells[i] ?? '';
    });
    for (const column of requiredColumns) {
      if (!fields[column]) throw new DataFileError(file, lineNumber, `empty required field "${column}"`);
    }
    rows.push({ line: lineNumber, fields });
  });
  if (!header) throw new DataFileError(file, 1, 'file is empty: expected a header row');
  return rows;
}
