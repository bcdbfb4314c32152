/**
 * Exit codes every command of the project shares (ESLint's convention): 0 the
 * run did what it was asked, 1 it ran and found a problem (a file failed, a
 * figure is below its floor), 2 it could not run as asked (usage, setup,
 * internal error).
 */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error the command expected: printed as one line, exiting with its code. */
export class CliError extends Error {
  readonly exitCode: ExitCode;

  constructor(message: string, exitCode: ExitCode = EXIT.usage) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** Bad flags or arguments. */
export class UsageError extends CliError {
  override name = 'UsageError';
}

/** Something the command needs is missing or broken: an input directory, a data file, a build. */
export class SetupError extends CliError {
  override name = 'SetupError';
}
