/**
 * Flags as data (after unified-args): one table is both `node:util`'s
 * `parseArgs` options and the source of `--help`. Parse errors become
 * UsageErrors (exit 2).
 */
import { parseArgs } from 'node:util';
import { UsageError } from './exit.ts';

export interface Flag {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  default?: string | boolean | string[];
  /** The value's name in `--help`: `--content DIR`. */
  value?: string;
  description: string;
}

export type FlagTable = Record<string, Flag>;

export interface Command<T extends FlagTable> {
  /** `npm run convert -- [options]` */
  usage: string;
  /** What the command does, a sentence or two. */
  summary: string;
  flags: T;
  /** Closing notes: environment variables, exit codes. */
  footer?: string;
  /** Whether the command takes arguments besides its flags. */
  positionals?: boolean;
}

const isParseArgsError = (error: unknown): error is Error =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('ERR_PARSE_ARGS');

export function parseFlags<const T extends FlagTable>(argv: readonly string[], command: Command<T>) {
  try {
    return parseArgs({ args: [...argv], options: command.flags, strict: true, allowPositionals: command.positionals ?? false });
  } catch (error) {
    if (isParseArgsError(error)) throw new UsageError(`${error.message}; see --help`);
    throw error;
  }
}

export function helpText(command: Command<FlagTable>): string {
  const rows = Object.entries(command.flags).map(([long, flag]) => {
    const names = `${flag.short ? `-${flag.short}, ` : '    '}--${long}${flag.value ? ` ${flag.value}` : ''}`;
    const fallback = flag.default === undefined || flag.default === false ? '' : ` (default ${String(flag.default)})`;
    return [names, `${flag.description}${fallback}`] as const;
  });
  const width = Math.max(...rows.map(([names]) => names.length));
  const options = rows.map(([names, description]) => `  ${names.padEnd(width)}  ${description}`);
  return [`Usage: ${command.usage}`, '', command.summary, '', 'Options:', ...options, ...(command.footer ? ['', command.footer] : [])].join('\n') + '\n';
}
