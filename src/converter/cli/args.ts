/**
 * Flags as data: one table drives parsing and `--help` (after unified-args).
 */

export interface FlagSpec {
  long: string;
  short?: string;
  /** 'boolean' flags take no value; 'string' flags take the next argument or `=value`. */
  type: 'boolean' | 'string';
  value?: string;
  description: string;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export type ParsedFlags = Record<string, string | boolean | undefined>;

export function parseFlags(argv: readonly string[], specs: readonly FlagSpec[]): { flags: ParsedFlags; positional: string[] } {
  const flags: ParsedFlags = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i] ?? '';
    if (!argument.startsWith('-') || argument === '-') {
      positional.push(argument);
      continue;
    }
    const [name = '', inlineValue] = argument.replace(/^--?/, '').split(/=(.*)/s, 2);
    const spec = specs.find((candidate) => candidate.long === name || candidate.short === name);
    if (!spec) throw new UsageError(`unknown option ${argument}; see --help`);
    if (spec.type === 'boolean') {
      if (inlineValue !== undefined) throw new UsageError(`--${spec.long} takes no value`);
      flags[spec.long] = true;
      continue;
    }
    const value = inlineValue ?? argv[i + 1];
    if (value === undefined || (inlineValue === undefined && value.startsWith('-'))) throw new UsageError(`--${spec.long} needs a value (${spec.value ?? 'value'})`);
    if (inlineValue === undefined) i += 1;
    flags[spec.long] = value;
  }
  return { flags, positional };
}

export function helpText(usage: string, summary: string, specs: readonly FlagSpec[], footer = ''): string {
  const rows = specs.map((spec) => {
    const names = [spec.short ? `-${spec.short}` : '  ', `--${spec.long}${spec.value ? ` ${spec.value}` : ''}`].join(', ').replace(/^ {2}, /, '    ');
    return [names, spec.description] as const;
  });
  const width = Math.max(...rows.map(([names]) => names.length));
  const lines = rows.map(([names, description]) => `  ${names.padEnd(width)}  ${description}`);
  return [`Usage: ${usage}`, '', summary, '', 'Options:', ...lines, footer && `\n${footer}`].filter((line) => line !== '').join('\n') + '\n';
}
