/**
 * The optional `---` YAML header of a raw issue (paper, date, edition, page).
 * A header that cannot be read is an error naming its line: guessing the issue
 * metadata from a broken header would publish it under the wrong date.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { IssueHeader, Message } from '../types.ts';

export const HEADER_KEYS = ['paper', 'date', 'edition', 'page'] as const satisfies readonly (keyof IssueHeader)[];

export const NORMALIZE_RULES = ['header-unclosed', 'header-malformed', 'header-not-mapping', 'header-unknown-key', 'header-value'] as const;
export type NormalizeRule = (typeof NORMALIZE_RULES)[number];

const FENCE = /^---\s*$/;

export interface HeaderSplit {
  header: IssueHeader;
  /** Index (0-based) of the first line after the header; 0 when there is none. */
  bodyStart: number;
  messages: Message[];
}

function message(severity: Message['severity'], ruleId: NormalizeRule, reason: string, line: number): Message {
  return { severity, ruleId, source: 'normalize', reason, place: { line } };
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

  const header: IssueHeader = {};
  for (const [key, field] of Object.entries(value)) {
    if (!isHeaderKey(key)) {
      messages.push(message('warning', 'header-unknown-key', `unknown header key "${key}" ignored; expected one of ${HEADER_KEYS.join(', ')}`, 2));
      continue;
    }
    if (typeof field === 'string' || typeof field === 'number') {
      header[key] = String(field).trim();
    } else {
      messages.push(message('error', 'header-value', `header key "${key}" must be text, found ${field === null ? 'nothing' : typeof field}`, 2));
    }
  }
  return { header, bodyStart: close + 1, messages };
}
