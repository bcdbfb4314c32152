/**
 * The shapes the lexicon's own data files share besides those of every data
 * file (src/data-files): lists in table cells, YAML mappings; each failure a
 * DataFileError with the file and line an editor fixes.
 */
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node } from 'yaml';
import { DataFileError, type DataText } from '../../data-files/index.ts';

export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[,，]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
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
