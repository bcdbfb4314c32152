/**
 * The frontmatter as text: YAML (the `yaml` package) in the layout the
 * converter writes, double-quoted strings everywhere so no value can be read
 * back as a date, a boolean or YAML syntax. The shapes the contract's records
 * have (scalars, lists of scalars, lists of flat maps) are written and read
 * directly, in exactly the text `yaml` writes and the values it reads: calling
 * yaml for every file was a tenth of the converter's time, and its parser
 * five times the cost of the rest of reading an article back. Anything else
 * goes through yaml whole.
 */
import { parse, stringify } from 'yaml';

export const YAML_OPTIONS = { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 } as const;

/**
 * One scalar as `yaml` writes it with YAML_OPTIONS, or undefined where that
 * takes more than this: a string whose JSON form holds no escape is that JSON
 * form (yaml's double-quoted style starts from JSON.stringify and only rewrites
 * escapes), an integer other than -0 its digits.
 */
function plainScalar(value: unknown): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  // String(-0) is "0"; yaml writes -0, which reads back as the number it was.
  if (typeof value === 'number') return Number.isSafeInteger(value) && !Object.is(value, -0) ? String(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const json = JSON.stringify(value);
  return json.includes('\\') ? undefined : json;
}

/** A field name YAML reads as the string it is: lower camel case, and not a word YAML reads as null or a boolean. */
const PLAIN_KEY = /^(?!(?:null|true|false)$)[a-z][A-Za-z0-9]*$/u;

/** `yaml`'s output for the records' shapes, or undefined for anything else. */
function simpleYaml(data: Record<string, unknown>): string | undefined {
  let yaml = '';
  const keys = Object.keys(data);
  if (keys.length === 0 || !keys.every((key) => PLAIN_KEY.test(key))) return undefined;
  for (const [key, value] of Object.entries(data)) {
    if (!Array.isArray(value)) {
      const scalar = plainScalar(value);
      if (scalar === undefined) return undefined;
      yaml += `${key}: ${scalar}\n`;
      continue;
    }
    if (value.length === 0) {
      yaml += `${key}: []\n`;
      continue;
    }
    yaml += `${key}:\n`;
    for (const item of value) {
      const scalar = plainScalar(item);
      if (scalar !== undefined) {
        yaml += `  - ${scalar}\n`;
        continue;
      }
      if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
      const fields = Object.entries(item as Record<string, unknown>);
      if (fields.length === 0 || !fields.every(([field]) => PLAIN_KEY.test(field))) return undefined;
      for (const [index, [field, fieldValue]] of fields.entries()) {
        const fieldScalar = plainScalar(fieldValue);
        if (fieldScalar === undefined) return undefined;
        yaml += `${index === 0 ? '  - ' : '    '}${field}: ${fieldScalar}\n`;
      }
    }
  }
  return yaml;
}

/** `data` as a frontmatter block, `---` lines included. */
export function formatFrontmatter(data: Record<string, unknown>): string {
  const yaml = simpleYaml(data) ?? stringify(data, YAML_OPTIONS);
  return `---\n${yaml}---\n`;
}

/** The lines plainScalar and simpleYaml write; `.` stops at every character YAML may read as a line break. */
const KEY_VALUE = /^([a-z][A-Za-z0-9]*): (.+)$/u;
const LIST_KEY = /^([a-z][A-Za-z0-9]*):$/u;
const LIST_ITEM = /^ {2}- (.+)$/u;
const MAP_FIELD = /^ {4}([a-z][A-Za-z0-9]*): (.+)$/u;
/** A double-quoted string without escapes or control characters: the same characters in YAML and JSON. */
const PLAIN_STRING = /^"[^"\\\u0000-\u001f\u007f]*"$/u;
const INTEGER = /^(?:0|-?[1-9][0-9]*)$/u;
const NOT_PLAIN = Symbol('not plain');

/** The value of a scalar plainScalar writes, or NOT_PLAIN. */
function readScalar(text: string): unknown {
  if (text === 'null') return null;
  if (text === 'true' || text === 'false') return text === 'true';
  if (INTEGER.test(text)) return Number.isSafeInteger(Number(text)) ? Number(text) : NOT_PLAIN;
  return PLAIN_STRING.test(text) ? text.slice(1, -1) : NOT_PLAIN;
}

/** What `yaml` reads from text simpleYaml could have written, or undefined for any other text. */
function readSimpleYaml(yaml: string): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  let list: unknown[] | undefined;
  let map: Record<string, unknown> | undefined;
  const fresh = (key: string) => PLAIN_KEY.test(key) && !Object.hasOwn(data, key);
  // The block's last line break, if the caller kept it, ends the last line.
  for (const line of (yaml.endsWith('\n') ? yaml.slice(0, -1) : yaml).split('\n')) {
    const item = LIST_ITEM.exec(line);
    const field = item ? KEY_VALUE.exec(item[1] ?? '') : MAP_FIELD.exec(line);
    if (item && list) {
      map = undefined;
      if (field) {
        const value = readScalar(field[2] ?? '');
        if (value === NOT_PLAIN) return undefined;
        if (!PLAIN_KEY.test(field[1] ?? '')) return undefined;
        map = { [field[1] ?? '']: value };
        list.push(map);
        continue;
      }
      const value = readScalar(item[1] ?? '');
      if (value === NOT_PLAIN) return undefined;
      list.push(value);
      continue;
    }
    if (!item && field && map) {
      const [, key = '', text = ''] = field;
      const value = readScalar(text);
      if (value === NOT_PLAIN || !PLAIN_KEY.test(key) || Object.hasOwn(map, key)) return undefined;
      map[key] = value;
      continue;
    }
    if (list?.length === 0) return undefined;
    [list, map] = [undefined, undefined];
    const header = LIST_KEY.exec(line);
    if (header && fresh(header[1] ?? '')) {
      list = [];
      data[header[1] ?? ''] = list;
      continue;
    }
    const pair = KEY_VALUE.exec(line);
    if (!pair || !fresh(pair[1] ?? '')) return undefined;
    const value = pair[2] === '[]' ? [] : readScalar(pair[2] ?? '');
    if (value === NOT_PLAIN) return undefined;
    data[pair[1] ?? ''] = value;
  }
  return list?.length === 0 || Object.keys(data).length === 0 ? undefined : data;
}

/** The data of a frontmatter block's YAML (the text between its `---` lines); throws on YAML that does not parse. */
export function parseFrontmatter(yaml: string): unknown {
  return readSimpleYaml(yaml) ?? parse(yaml);
}
