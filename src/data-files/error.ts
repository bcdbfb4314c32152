/**
 * An error in a file a program reads besides its input (a data file, the
 * corrections): thrown, since nothing runs without it, and a vfile message
 * like the converter's diagnostics, so the converter reports it with them.
 * Its `message` also names the place, so that the error reads whole wherever
 * it is caught and printed.
 */
import { VFileMessage } from 'vfile-message';

/** The `source` of every message the project's programs report. */
export const MESSAGE_SOURCE = 'baozhai';

export class FileMessageError extends VFileMessage {
  constructor(ruleId: string, file: string, line: number, reason: string) {
    super(reason, { ruleId, source: MESSAGE_SOURCE, place: { line } as { line: number; column: number } });
    this.file = file;
    this.fatal = true;
    this.message = `${file}:${line}: ${reason}`;
  }
}
