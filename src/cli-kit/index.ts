/** The small CLI kit the converter's CLI and every script share. */
export { helpText, parseFlags, type Command, type Flag, type FlagTable } from './args.ts';
export { CliError, EXIT, SetupError, UsageError, type ExitCode } from './exit.ts';
export { main, runCommand, type Run } from './main.ts';
export { progressBar, type Progress, type ProgressOptions, type TerminalStream } from './progress.ts';
export { formatTable, type Align, type TableOptions } from './table.ts';
