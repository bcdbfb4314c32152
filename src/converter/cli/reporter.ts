/**
 * The one printer of converter diagnostics, one line each in the format
 * compilers and linters use, so terminals and editors link to the place:
 *
 *   content/raw/a.txt:12:3: warning: reason [rule-id]
 *
 * (vfile-reporter prints a block per file with a summary and colours; the
 * convert CLI's stderr keeps one grep-able line per message instead.)
 */
import type { VFileMessage } from 'vfile-message';
import { severityOf } from '../messages.ts';

/** `path` shows a message's file as the reader should see it (by default, as the message names it). */
export function formatMessage(message: VFileMessage, path: (file: string) => string = (file) => file): string {
  const place = message.line ? `:${message.line}${message.column ? `:${message.column}` : ''}` : '';
  return `${message.file ? path(message.file) : '<input>'}${place}: ${severityOf(message)}: ${message.reason}${message.ruleId ? ` [${message.ruleId}]` : ''}`;
}

export interface ReportOptions {
  /** List at most this many; the rest are counted. */
  limit?: number;
  /** What `--verbose` is called here, named in the "and N more" line. */
  moreHint?: string;
  path?: (file: string) => string;
}

/** The messages' lines, each ending in a newline; empty when there are none. */
export function formatMessages(messages: readonly VFileMessage[], { limit = Infinity, moreHint = '', path }: ReportOptions = {}): string {
  const shown = messages.slice(0, limit);
  const lines = shown.map((message) => formatMessage(message, path));
  if (messages.length > shown.length) lines.push(`… and ${messages.length - shown.length} more${moreHint ? ` (${moreHint})` : ''}`);
  return lines.map((line) => `${line}\n`).join('');
}
