/**
 * decode → **normalize** → segment: text of one raw issue → its header and
 * clean lines, each keeping its 1-based line number in the decoded text.
 */
import type { Message, NormalizedIssue } from '../types.ts';
import { splitHeader } from './header.ts';
import { normalizeSpaces } from './spaces.ts';

const LINE_BREAK = /\r\n|\r|\n/;

export function normalize(text: string, source: string): { issue: NormalizedIssue; messages: Message[] } {
  const rawLines = text.replace(/^\uFEFF/, '').split(LINE_BREAK);
  const { header, bodyStart, messages } = splitHeader(rawLines);
  const lines = rawLines.slice(bodyStart).map((raw, index) => ({ text: normalizeSpaces(raw), line: bodyStart + index + 1 }));
  return { issue: { source, header, lines }, messages };
}
