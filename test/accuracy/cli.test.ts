import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli-kit/index.ts';
import { runAccuracy } from '../../src/tools/accuracy/cli.ts';
import { sink } from '../helpers/sink.ts';

function run(...argv: string[]) {
  const stdout = sink();
  const stderr = sink();
  const code = runAccuracy(argv, { stdout, stderr, cwd: process.cwd() });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('npm run accuracy', () => {
  it('prints a table per set with a row per issue and the total', () => {
    const { code, stdout, stderr } = run('--set', 'samples');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^samples \(content\/raw\)\nissue +gold\/found\/matched +headline P/);
    expect(stdout.match(/^00\d_[0-9a-f]+\.txt /gmu)).toHaveLength(5);
    expect(stdout).toMatch(/^total +45\/45\/45 /mu);
  });

  it('prints JSON on stdout and the tables on stderr with --json', () => {
    const { stdout, stderr } = run('--set', 'devset', '--json');
    const { sets } = JSON.parse(stdout) as { sets: { name: string; issues: { source: string; refusal?: string }[]; figures: { articles: { gold: number } } }[] };
    expect(sets.map((set) => [set.name, set.issues.length, set.figures.articles.gold])).toEqual([['devset', 12, 72]]);
    expect(stderr).toMatch(/^dev set/);
  });

  it('with --check exits 1 and names each figure below its floor', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accuracy-floors-'));
    const floors = join(dir, 'floors.json');
    writeFileSync(floors, JSON.stringify({ samples: { headlineF1: 1, theme: 1.5 } }));
    const { code, stdout } = run('--set', 'samples', '--check', '--floors', floors);
    expect(code).toBe(1);
    expect(stdout).toMatch(/below the floors:\nsamples: theme 1\.0000 is below its floor 1\.5\n$/u);
  });

  it('scores a saved report with --report', () => {
    const { code, stdout } = run('--report', 'test/fixtures/realpages/perfect-report.json');
    expect(code).toBe(0);
    expect(stdout).toContain('headline F1 1.000 (P 1.000 R 1.000), authors F1 1.000 (P 1.000 R 1.000), city 1.000, theme 1.000, conservation 1.0000, date 1.000 (11/11), refused 0');
  });

  it('refuses unknown sets and options', () => {
    expect(() => run('--set', 'other')).toThrow(UsageError);
    expect(() => run('--bogus')).toThrow(UsageError);
    expect(() => run('--gold', 'x')).toThrow(UsageError);
  });
});
