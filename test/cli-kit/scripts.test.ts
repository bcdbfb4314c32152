/**
 * Every script answers --help on stdout with exit 0, and a flag it does not
 * know with one line on stderr and exit 2, before doing any work.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPTS_DIR = fileURLToPath(new URL('../../scripts/', import.meta.url));
const SCRIPTS = readdirSync(SCRIPTS_DIR).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).sort();

const run = (script: string, flag: string) => spawnSync(process.execPath, [`${SCRIPTS_DIR}${script}`, flag], { encoding: 'utf8', timeout: 60_000 });

describe('every script', () => {
  it('is found', () => {
    expect(SCRIPTS).toEqual(expect.arrayContaining(['accuracy.ts', 'bench.ts', 'build.ts', 'build-search.ts', 'convert.ts', 'corpus.ts', 'search-eval.ts']));
  });

  it.each(SCRIPTS)('%s: --help prints its usage to stdout and exits 0', (script) => {
    const result = run(script, '--help');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Usage: /);
  });

  it.each(SCRIPTS)('%s: an unknown flag is a usage error, exit 2', (script) => {
    const result = run(script, '--no-such-flag');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Unknown option '--no-such-flag'/);
    expect(result.stdout).toBe('');
  });
});
