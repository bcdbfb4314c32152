/** Run the convert CLI in-process against a scratch content directory, capturing its streams. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { sink } from '../helpers/sink.ts';
import { runConvert } from '../../src/converter/cli/convert.ts';

export const SEEDS_DIR = new URL('../../content/raw/', import.meta.url).pathname;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A fresh content dir with `raw/` holding the given files (name → bytes or text). */
export function scratchContent(files: Record<string, string | Uint8Array> = {}, { seeds = false } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'digest-content-'));
  mkdirSync(join(dir, 'raw'));
  if (seeds) cpSync(SEEDS_DIR, join(dir, 'raw'), { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, 'raw', name), content);
  return dir;
}

export async function convert(contentDir: string, ...argv: string[]): Promise<CliResult> {
  const stdout = sink();
  const stderr = sink();
  const code = await runConvert(['--content', contentDir, ...argv], { stdout, stderr, env: {}, cwd: process.cwd() });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Every published file (issues/ and articles/) with its content, for byte comparisons. */
export function snapshot(contentDir: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const top of ['issues', 'articles']) {
    const root = join(contentDir, top);
    let names: string[] = [];
    try {
      names = readdirSync(root, { recursive: true, encoding: 'utf8' });
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const path = join(root, name);
      if (statSync(path).isFile()) result[relative(contentDir, path)] = readFileSync(path, 'utf8');
    }
  }
  return result;
}
