/**
 * The converter's diagnostics are vfile messages, as the unified ecosystem
 * reports them: `source` names the program (`baozhai`), `ruleId` the rule,
 * `place` the line (and column, when known) in the raw issue, `file` the raw
 * file, and `fatal` the severity (vfile's own encoding: true an error, false
 * a warning, undefined a note). The library only returns them; the CLI's
 * reporter prints them.
 */
import { VFileMessage } from 'vfile-message';
import type { Message, Place, Severity } from './types.ts';

export const MESSAGE_SOURCE = 'baozhai';

const FATAL: Record<Severity, boolean | undefined> = { error: true, warning: false, info: undefined };

export function converterMessage(severity: Severity, ruleId: string, reason: string, place?: Place): Message {
  // vfile's Point wants a column; the converter often knows only the line, and vfile reads a missing column as unknown.
  const message = new VFileMessage(reason, { ruleId, source: MESSAGE_SOURCE, place: place as { line: number; column: number } | undefined });
  message.fatal = FATAL[severity];
  return message;
}

export function severityOf(message: Pick<Message, 'fatal'>): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}

/**
 * An error in a file the converter reads besides the raw issues (a data file,
 * the corrections): thrown, since nothing converts without it, and a vfile
 * message like the others. Its `message` also names the place, so that the
 * error reads whole wherever it is caught and printed.
 */
export class FileMessageError extends VFileMessage {
  constructor(ruleId: string, file: string, line: number, reason: string) {
    super(reason, { ruleId, source: MESSAGE_SOURCE, place: { line } as { line: number; column: number } });
    this.file = file;
    this.fatal = true;
    this.message = `${file}:${line}: ${reason}`;
  }
}

/** The messages of one conversion, each naming the raw file it is about. */
export function inFile(messages: readonly Message[], file: string): Message[] {
  for (const message of messages) message.file = file;
  return [...messages];
}
