import { describe, expect, it } from 'vitest';
import { helpText, parseFlags, UsageError, type FlagSpec } from './args.ts';

const SPECS: FlagSpec[] = [
  { long: 'content', short: 'c', type: 'string', value: 'DIR', description: 'content directory' },
  { long: 'json', type: 'boolean', description: 'print JSON' },
];

describe('parseFlags', () => {
  it('reads long, short and inline values', () => {
    expect(parseFlags(['--json', '-c', 'x', 'rest'], SPECS)).toEqual({ flags: { json: true, content: 'x' }, positional: ['rest'] });
    expect(parseFlags(['--content=a=b'], SPECS).flags).toEqual({ content: 'a=b' });
  });

  it('rejects unknown options and missing values', () => {
    expect(() => parseFlags(['--nope'], SPECS)).toThrow(UsageError);
    expect(() => parseFlags(['--content'], SPECS)).toThrow(/needs a value/);
    expect(() => parseFlags(['--json=1'], SPECS)).toThrow(/takes no value/);
  });
});

describe('helpText', () => {
  it('lists every flag from the table', () => {
    const help = helpText('cmd [options]', 'Does things.', SPECS);
    expect(help).toContain('-c, --content DIR  content directory');
    expect(help).toContain('    --json         print JSON');
  });
});
