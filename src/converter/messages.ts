/**
 * The converter's diagnostics are vfile messages, as the unified ecosystem
 * reports them: `source` names the program (`baozhai`), `ruleId` the rule,
 * `place` the line (and column, when known) in the raw issue, `file` the raw
 * file, and `fatal` the severity (vfile's own encoding: true an error, false
 * a warning, undefined a note). The library only returns them; the CLI's
 * reporter prints them.
 */
import { VFileMessage } from 'vfile-message';
import { MESSAGE_SOURCE } from '../data-files/error.ts';
import type { Message, Place, Severity } from './types.ts';

const FATAL: Record<Severity, boolean | undefined> = { error: true, warning: false, info: undefined };

export function converterMessage(severity: Severity, ruleId: string, reason: string, place?: Place): Message {
  // A VFileMessage is an Error: its stack (the converter's own frames, never printed: the reporter prints
  // file and line) would be captured for each of the thousands of notes a large run makes.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  // vfile's Point wants a column; the converter often knows only the line, and vfile reads a missing column as unknown.
  const message = new VFileMessage(reason, { ruleId, source: MESSAGE_SOURCE, place: place as { line: number; column: number } | undefined });
  Error.stackTraceLimit = stackTraceLimit;
  message.fatal = FATAL[severity];
  return message;
}

export function severityOf(message: Pick<Message, 'fatal'>): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}

/** The messages of one conversion, each naming the raw file it is about. */
export function inFile(messages: readonly Message[], file: string): Message[] {
  for (const message of messages) message.file = file;
  return [...messages];
}
