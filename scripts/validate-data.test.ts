import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sink } from '../test/helpers/sink.ts';
import { runValidateData } from './validate-data.ts';

const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));
const SCRIPT = fileURLToPath(new URL('./validate-data.ts', import.meta.url));

/** A copy of data/ to break. */
function dataCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'validate-data-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}

function edit(dir: string, path: string, change: (text: string) => string): void {
  const file = join(dir, path);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

describe('validate-data', () => {
  it('passes the shipped data and prints a JSON summary', () => {
    const stdout = sink();
    const stderr = sink();
    expect(runValidateData([], { stdout, stderr })).toBe(0);
    const summary = JSON.parse(stdout.text());
    expect(summary).toMatchObject({ ok: true, provinces: 31, tiledCities: 11, themes: 10 });
    expect(summary.cities).toBeGreaterThan(330);
    expect(summary.counties).toBeGreaterThan(2800);
    expect(stderr.text()).toBe('');
  });

  it('lists every problem as file:line: reason on stderr and exits 1', () => {
    const dir = dataCopy();
    try {
      edit(dir, 'gazetteer/counties.tsv', (text) => text.replace('义乌市\t义乌\t金华', '义乌市\t义乌\t金化'));
      edit(dir, 'taxonomy/themes.yaml', (text) => text.replace('slug: urban', 'slug: Urban!'));
      edit(dir, 'bylines/roles.tsv', (text) => `${text}\n${'x\t'.repeat(12)}\n`);
      const stdout = sink();
      const stderr = sink();
      expect(runValidateData(['--data', dir], { stdout, stderr })).toBe(1);
      const lines = stderr.text().trim().split('\n');
      expect(lines[0]).toMatch(/gazetteer\/counties\.tsv:\d+: error: unknown city "金化".* \[data-file-invalid\]$/);
      expect(lines[1]).toMatch(/taxonomy\/themes\.yaml:\d+: error: theme 城市建设: slug must be lowercase.* \[data-file-invalid\]$/);
      expect(lines[2]).toMatch(/bylines\/roles\.tsv:\d+: error: expected at most \d+ tab-separated fields.* \[data-file-invalid\]$/);
      expect(lines.at(-1)).toBe('3 problem(s) in the data files');
      expect(stdout.text()).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names a missing file', () => {
    const dir = dataCopy();
    try {
      rmSync(join(dir, 'taxonomy/stopwords.txt'));
      const stderr = sink();
      expect(runValidateData(['--data', dir], { stdout: sink(), stderr })).toBe(1);
      expect(stderr.text()).toMatch(/taxonomy\/stopwords\.txt:1: error: file not found/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs as a CLI: exit 0 on good data, 2 on a bad argument', () => {
    const node = process.execPath;
    expect(JSON.parse(execFileSync(node, [SCRIPT], { encoding: 'utf8' })).ok).toBe(true);
    const bad = spawnSync(node, [SCRIPT, '--nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^validate-data: Unknown option '--nope'/);
  });
});
