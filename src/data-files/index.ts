/**
 * The project's data files (data/) as every program reads them: tab-separated
 * tables (tsv.ts), word lists and unique keys (lists.ts), the text of a file
 * (read.ts), and the error that names the file and line an editor fixes
 * (error.ts). Shared: it imports no room.
 */
export * from './error.ts';
export * from './tsv.ts';
export * from './lists.ts';
export * from './read.ts';
