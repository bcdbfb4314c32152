/**
 * The optional `---` YAML header of a raw issue (paper, date, edition, page).
 * A header that cannot be read is an error naming its line: guessing the issue
 * metadata from a broken header would publish it under the wrong date.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { IssueHeader, Message } from '../types.ts';

export const HEADER_KEYS = ['paper', 'date', 'edition', 'page'] as const satisfies readonly (keyof IssueHeader)[];

export const NORMALIZE_RULES = ['header-unclosed', 'header-malformed', 'header-not-mapping', 'header-unknown-key', 'header-value', 'header-date'] as const;
export type NormalizeRule = (typeof NORMALIZE_RULES)[number];

const FENCE = /^---\s*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface HeaderSplit {
  header: IssueHeader;
  /** Index (0-based) of the first line after the header; 0 when there is none. */
  bodyStart: number;
  messages: Message[];
}

function message(severity: Message['severity'], ruleId: NormalizeRule, reason: string, line: number): Message {
  return { severity, ruleId, source: 'normalize', reason, place: { line } };
}

/** A calendar date written YYYY-MM-DD (2024-13-01 and 2024-02-30 are not). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isHeaderKey(key: string): key is (typeof HEADER_KEYS)[number] {
  return (HEADER_KEYS as readonly string[]).includes(key);
}

/** `lines` are the decoded raw lines; a header must open on the first one. */
export function splitHeader(lines: readonly string[]): HeaderSplit {
  if (!FENCE.test(lines[0] ?? '')) return { header: {}, bodyStart: 0, messages: [] };
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close < 0) {
    return { header: {}, bodyStart: 0, messages: [message('error', 'header-unclosed', 'the `---` header on line 1 is never closed by a `---` line', 1)] };
  }

  const lineCounter = new LineCounter();
  const document = parseDocument(lines.slice(1, close).join('\n'), { lineCounter, uniqueKeys: true });
  // Header lines start at raw line 2.
  const rawLine = (offset: number): number => lineCounter.linePos(offset).line + 1;
  const messages: Message[] = document.errors.map((error) =>
    message('error', 'header-malformed', `malformed YAML header: ${error.message.split('\n')[0]}`, rawLine(error.pos[0])),
  );
  if (messages.length > 0) return { header: {}, bodyStart: close + 1, messages };

  const value: unknown = document.toJS();
  if (value === null || value === undefined) return { header: {}, bodyStart: close + 1, messages };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { header: {}, bodyStart: close + 1, messages: [message('error', 'header-not-mapping', 'the YAML header must be a mapping of paper, date, edition, page', 2)] };
  }

  // The raw line of each key, so a message points at the line to fix.
  const keyLines = new Map<string, number>();
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      if (isScalar(pair.key) && pair.key.range) keyLines.set(String(pair.key.value), rawLine(pair.key.range[0]));
    }
  }
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
    if (key === 'date' && !isIsoDate(text)) {
      messages.push(message('error', 'header-date', `header date "${text}" is not a calendar date written YYYY-MM-DD (e.g. 2024-06-14)`, line));
      continue;
    }
    header[key] = text;
  }
  return { header, bodyStart: close + 1, messages };
}
