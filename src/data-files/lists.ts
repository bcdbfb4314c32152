/**
 * The shapes data files share beyond tables: one word a line, keys that must
 * be unique; each failure a DataFileError with the file and line an editor fixes.
 */
import { DataFileError } from './tsv.ts';

/** A data file's text and the path its errors name. */
export interface DataText {
  /** Path shown in error messages, e.g. data/gazetteer/cities.tsv. */
  file: string;
  text: string;
}

/** Registers unique keys, failing on the second occurrence with the first one's line. */
export function uniqueKeys(file: string, what: string) {
  const seen = new Map<string, number>();
  return (key: string, line: number): void => {
    const first = seen.get(key);
    if (first !== undefined) throw new DataFileError(file, line, `duplicate ${what} "${key}" (first on line ${first})`);
    seen.set(key, line);
  };
}

/** One entry per line; `#` starts a comment. */
export function parseWordList({ text, file }: DataText, what: string): string[] {
  const words: string[] = [];
  const unique = uniqueKeys(file, what);
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const word = raw.trim();
      if (word === '' || word.startsWith('#')) return;
      if (/\s/.test(word)) throw new DataFileError(file, index + 1, `a ${what} must be one word without spaces, got "${word}"`);
      unique(word, index + 1);
      words.push(word);
    });
  if (words.length === 0) throw new DataFileError(file, 1, `no ${what} listed`);
  return words;
}

// Rows carry no line numbers past parsing, so recover them by the row's first field.
export function lineOf(text: string, first: string): number {
  return text.split(/\r?\n/).findIndex((line) => line.split('\t')[0]?.trim() === first) + 1;
}
