import { describe, expect, it } from 'vitest';
import { EXIT, helpText, parseFlags, runCommand, UsageError } from '../../src/cli-kit/index.ts';
import { sink } from '../helpers/sink.ts';

const COMMAND = {
  usage: 'cmd [options]',
  summary: 'Does things.',
  flags: {
    content: { type: 'string', short: 'c', value: 'DIR', description: 'content directory' },
    json: { type: 'boolean', description: 'print JSON' },
    seed: { type: 'string', value: 'S', description: 'random seed', default: 'baozhai' },
  },
} as const;

describe('parseFlags', () => {
  it('reads long, short and inline values, with defaults', () => {
    expect({ ...parseFlags(['--json', '-c', 'x'], COMMAND).values }).toEqual({ json: true, content: 'x', seed: 'baozhai' });
    expect(parseFlags(['--content=a=b'], COMMAND).values.content).toBe('a=b');
  });

  it('takes positional arguments only when the command says so', () => {
    expect(() => parseFlags(['rest'], COMMAND)).toThrow(UsageError);
    expect(parseFlags(['rest'], { ...COMMAND, positionals: true }).positionals).toEqual(['rest']);
  });

  it('turns unknown options, missing values and values given to switches into usage errors', () => {
    expect(() => parseFlags(['--nope'], COMMAND)).toThrow(UsageError);
    expect(() => parseFlags(['--content'], COMMAND)).toThrow(UsageError);
    expect(() => parseFlags(['--json=1'], COMMAND)).toThrow(UsageError);
  });
});

describe('runCommand', () => {
  it('maps a usage error to one line on stderr and exit 2', async () => {
    const stderr = sink();
    const code = await runCommand('cmd', () => parseFlags(['--nope'], COMMAND) && EXIT.ok, stderr);
    expect(code).toBe(2);
    expect(stderr.text()).toMatch(/^cmd: Unknown option '--nope'.*see --help\n$/);
  });

  it('returns the command\'s own code, 0 when it returns nothing', async () => {
    expect(await runCommand('cmd', () => EXIT.failed, sink())).toBe(1);
    expect(await runCommand('cmd', async () => undefined, sink())).toBe(0);
  });

  it('reports an unexpected error as internal, exit 2', async () => {
    const stderr = sink();
    expect(await runCommand('cmd', () => { throw new TypeError('boom'); }, stderr)).toBe(2);
    expect(stderr.text()).toMatch(/^cmd: internal error: TypeError: boom/);
  });
});

describe('helpText', () => {
  it('lists every flag from the table, with its value name and default', () => {
    const help = helpText(COMMAND);
    expect(help).toMatch(/^Usage: cmd \[options\]\n\nDoes things\.\n\nOptions:\n/);
    expect(help).toContain('  -c, --content DIR  content directory\n');
    expect(help).toContain('      --json         print JSON\n');
    expect(help).toContain('      --seed S       random seed (default baozhai)\n');
  });
});
