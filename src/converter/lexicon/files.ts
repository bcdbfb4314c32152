/**
 * The shapes the lexicon's own data files share: word lists, slugs, lists in
 * table cells, keys that must be unique, YAML mappings; each failure a
 * DataFileError with the file and line an editor fixes.
 */
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node } from 'yaml';
import { DataFileError } from '../data/tsv.ts';
import type { DataText } from './model.ts';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[,，]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
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

export interface YamlFile {
  file: string;
  lineOf: (node: Node | null | undefined) => number;
  root: Node;
}

export function parseYamlFile({ text, file }: DataText): YamlFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const firstError = document.errors[0];
  if (firstError) throw new DataFileError(file, lineAt(firstError.pos[0]), `invalid YAML: ${firstError.message.split('\n')[0]}`);
  if (!isMap(document.contents)) throw new DataFileError(file, 1, 'expected a mapping at the top level');
  return { file, root: document.contents, lineOf: (node) => (node?.range ? lineAt(node.range[0]) : 1) };
}

export function mapEntry(map: Node, key: string): Node | null {
  if (!isMap(map)) return null;
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
  return (pair?.value as Node | null | undefined) ?? null;
}

export function stringList(yaml: YamlFile, map: Node, key: string): string[] {
  const node = mapEntry(map, key);
  if (!isSeq(node) || node.items.length === 0) throw new DataFileError(yaml.file, yaml.lineOf(node ?? map), `"${key}" must be a non-empty list of words`);
  return node.items.map((item) => {
    if (!isScalar(item) || (typeof item.value !== 'string' && typeof item.value !== 'number') || String(item.value).trim() === '') {
      throw new DataFileError(yaml.file, yaml.lineOf(item as Node), `"${key}" holds a non-word item`);
    }
    return String(item.value);
  });
}

export function requiredString(yaml: YamlFile, map: Node, key: string, where: string): string {
  const node = mapEntry(map, key);
  if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
    throw new DataFileError(yaml.file, yaml.lineOf(node ?? map), `${where}: "${key}" must be a non-empty string`);
  }
  return node.value.trim();
}

// Rows carry no line numbers past parsing, so recover them by the row's first field.
export function lineOf(text: string, first: string): number {
  return text.split(/\r?\n/).findIndex((line) => line.split('\t')[0]?.trim() === first) + 1;
}
