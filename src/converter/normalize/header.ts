/**
 * The optional `---` YAML header of a raw issue (paper, date, edition, page).
 * A header that cannot be read is an error naming its line: guessing the issue
 * metadata from a broken header would publish it under the wrong date.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { isCalendarDate } from '../../dates/day.ts';
import { converterMessage } from '../messages.ts';
import type { IssueHeader, Message, Severity } from '../types.ts';

export const HEADER_KEYS = ['paper', 'date', 'edition', 'page'] as const satisfies readonly (keyof IssueHeader)[];

export const NORMALIZE_RULES = ['header-unclosed', 'header-malformed', 'header-not-mapping', 'header-unknown-key', 'header-value', 'header-date'] as const;
export type NormalizeRule = (typeof NORMALIZE_RULES)[number];

const FENCE = /^---\s*$/;

export interface HeaderSplit {
  header: IssueHeader;
  /** Index (0-based) of the first line after the header; 0 when there is none. */
  bodyStart: number;
  messages: Message[];
}

function message(severity: Severity, ruleId: NormalizeRule, reason: string, line: number): Message {
  return converterMessage(severity, ruleId, reason, { line });
}

function isHeaderKey(key: string): key is (typeof HEADER_KEYS)[number] {
  return (HEADER_KEYS as readonly string[]).includes(key);
}

export interface HeaderRead {
  value: unknown;
  /** The raw line of each key, so a message points at the line to fix. */
  keyLines: Map<string, number>;
}

export function readYaml(headerLines: readonly string[]): HeaderRead | { messages: Message[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(headerLines.join('\n'), { lineCounter, uniqueKeys: true });
  // Header lines start at raw line 2.
  const rawLine = (offset: number): number => lineCounter.linePos(offset).line + 1;
  const messages: Message[] = document.errors.map((error) =>
    message('error', 'header-malformed', `malformed YAML header: ${error.message.split('\n')[0]}`, rawLine(error.pos[0])),
  );
  if (messages.length > 0) return { messages };
  const keyLines = new Map<string, number>();
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      if (isScalar(pair.key) && pair.key.range) keyLines.set(String(pair.key.value), rawLine(pair.key.range[0]));
    }
  }
  return { value: document.toJS(), keyLines };
}

/** `key: value` with a known key, and nothing after it but the value. */
const SIMPLE_LINE = /^(paper|date|edition|page): (.+)$/;
/**
 * Values YAML reads as exactly their text: a double-quoted string without
 * escapes; a plain one holding Chinese (so never a number, boolean or null),
 * with no ASCII beyond letters, digits and inner spaces; a YYYY-MM-DD date.
 */
const QUOTED_VALUE = /^"([^"\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]*)"$/;
const PLAIN_VALUE = /^(?! )(?=.*[\u00a0-\u2027\u202a-\ufefe\uff00-\uffff])[^\x00-\x1f\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x9f\u2028\u2029\ufeff]+$/;
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The common header (one `key: value` line per known key) read without the
 * YAML parser, which cost more than the rest of normalizing; anything else
 * (comments, quotes with escapes, unknown or repeated keys, numbers) gives
 * undefined and goes to the parser.
 */
export function simpleHeader(headerLines: readonly string[]): HeaderRead | undefined {
  const value: Record<string, string> = {};
  const keyLines = new Map<string, number>();
  for (const [index, line] of headerLines.entries()) {
    const match = SIMPLE_LINE.exec(line);
    if (match === null) return undefined;
    const [, key = '', text = ''] = match;
    if (keyLines.has(key)) return undefined;
    const quoted = QUOTED_VALUE.exec(text);
    if (quoted !== null) value[key] = quoted[1] ?? '';
    else if (PLAIN_DATE.test(text) || (PLAIN_VALUE.test(text) && !text.endsWith(' '))) value[key] = text;
    else return undefined;
    keyLines.set(key, index + 2);
  }
  return headerLines.length > 0 ? { value, keyLines } : undefined;
}

/** `lines` are the decoded raw lines; a header must open on the first one. */
export function splitHeader(lines: readonly string[]): HeaderSplit {
  if (!FENCE.test(lines[0] ?? '')) return { header: {}, bodyStart: 0, messages: [] };
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close < 0) {
    return { header: {}, bodyStart: 0, messages: [message('error', 'header-unclosed', 'the `---` header on line 1 is never closed by a `---` line', 1)] };
  }

  const read = simpleHeader(lines.slice(1, close)) ?? readYaml(lines.slice(1, close));
  if ('messages' in read) return { header: {}, bodyStart: close + 1, messages: read.messages };
  const { value, keyLines } = read;
  if (value === null || value === undefined) return { header: {}, bodyStart: close + 1, messages: [] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { header: {}, bodyStart: close + 1, messages: [message('error', 'header-not-mapping', 'the YAML header must be a mapping of paper, date, edition, page', 2)] };
  }

  const messages: Message[] = [];
  const header: IssueHeader = {};
  for (const [key, field] of Object.entries(value)) {
    const line = keyLines.get(key) ?? 2;
    if (!isHeaderKey(key)) {
      messages.push(message('warning', 'header-unknown-key', `unknown header key "${key}" ignored; expected one of ${HEADER_KEYS.join(', ')}`, line));
      continue;
    }
    if (typeof field !== 'string' && typeof field !== 'number') {
      messages.push(message('error', 'header-value', `header key "${key}" must be text, found ${field === null ? 'nothing' : typeof field}`, line));
      continue;
    }
    const text = String(field).trim();
    if (key === 'date' && !isCalendarDate(text)) {
      messages.push(message('error', 'header-date', `header date "${text}" is not a calendar date written YYYY-MM-DD (e.g. 2024-06-14)`, line));
      continue;
    }
    header[key] = text;
  }
  return { header, bodyStart: close + 1, messages };
}
