/**
 * The runner every entry point uses: run the command, set `process.exitCode`
 * (not `process.exit()`, so pending output flushes), and turn a thrown error
 * into one line on stderr. An expected error (CliError) is its message and
 * its code; anything else is a bug: its stack, exit 2.
 */
import type { Writable } from 'node:stream';
import { CliError, EXIT } from './exit.ts';

export type Run = () => number | void | Promise<number | void>;

/** Runs `run` and returns the exit code, writing a thrown error to `stderr` as `name: message`. */
export async function runCommand(name: string, run: Run, stderr: Writable): Promise<number> {
  try {
    return (await run()) ?? EXIT.ok;
  } catch (error) {
    if (error instanceof CliError) {
      stderr.write(`${name}: ${error.message}\n`);
      return error.exitCode;
    }
    stderr.write(`${name}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.usage;
  }
}

export function main(name: string, run: Run): void {
  void runCommand(name, run, process.stderr).then((code) => {
    process.exitCode = code;
  });
}
