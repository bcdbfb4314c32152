/** Reads a data file's text from disk; everything else in src/data-files is pure. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { DataText } from './lists.ts';
import { DataFileError } from './tsv.ts';

/** The file at `absolute`, named relative to the working directory; a missing or unreadable file is a DataFileError. */
export function readDataText(absolute: string): DataText {
  const file = relative(process.cwd(), absolute) || absolute;
  try {
    return { file, text: readFileSync(absolute, 'utf8') };
  } catch (error) {
    const reason = error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'file not found' : `cannot read: ${String(error)}`;
    throw new DataFileError(file, 1, reason);
  }
}
