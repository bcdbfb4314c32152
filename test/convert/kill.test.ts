/**
 * A converter killed at any moment leaves the previous content complete: each
 * issue is wholly its old or wholly its new version, never a mix, and the next
 * run finishes the job.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseIssue } from '../../src/contract/read.ts';
import { articleFile } from '../../src/contract/paths.ts';
import { describe, expect, it } from 'vitest';
import { scratchContent, SEEDS_DIR, snapshot } from './run-cli.ts';

const CONVERT = fileURLToPath(new URL('../../scripts/convert.ts', import.meta.url));
const COPIES = 12;

function runConverter(dir: string, killAfterMs?: number): Promise<{ code: number | null; ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [CONVERT, '--content', dir, '--quiet'], { stdio: 'ignore' });
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, ms: Date.now() - started });
    });
  });
}

function writeIssues(dir: string, version: string): void {
  const seeds = readdirSync(SEEDS_DIR).sort();
  for (let copy = 0; copy < COPIES; copy += 1) {
    seeds.forEach((seed, i) => {
      const day = String(copy + 1).padStart(2, '0');
      const text = readFileSync(join(SEEDS_DIR, seed), 'utf8');
      writeFileSync(join(dir, 'raw', `${day}-${seed}`), `---\ndate: 2024-0${i + 1}-${day}\n---\n${text}\n\n# 版本说明\n\n这是第${version}版的内容。\n`);
    });
  }
}

/** Issues whose issue file and article folder disagree (a half-published issue). */
function inconsistencies(dir: string): string[] {
  const problems: string[] = [];
  const files = snapshot(dir);
  for (const [path, content] of Object.entries(files)) {
    if (!path.startsWith('issues/')) continue;
    const slug = path.slice('issues/'.length, -'.md'.length);
    const listed = parseIssue(path, content).data.articles.map((article) => articleFile(slug, article)).sort();
    const present = Object.keys(files).filter((file) => file.startsWith(`articles/${slug}/`)).sort();
    if (JSON.stringify(listed) !== JSON.stringify(present)) problems.push(slug);
    const versions = new Set(present.map((file) => /第(.)版的内容/.exec(files[file] ?? '')?.[1]).filter(Boolean));
    if (versions.size > 1) problems.push(`${slug} mixes versions`);
  }
  return problems;
}

describe('killing the converter', () => {
  it('never leaves a half-written issue, and the next run completes', async () => {
    const dir = scratchContent();
    writeIssues(dir, '一');
    const full = await runConverter(dir);
    expect(full.code).toBe(0);
    const old = snapshot(dir);
    expect(inconsistencies(dir)).toEqual([]);

    writeIssues(dir, '二');
    const timed = await runConverter(scratchContentCopy(dir));
    const fractions = [0.2, 0.5, 0.8, 0.9, 0.95, 0.98, 1.0, 1.05];
    let killedMidway = 0;
    for (const fraction of fractions) {
      const { code } = await runConverter(dir, Math.round(timed.ms * fraction));
      if (code !== 0) killedMidway += 1;
      expect(inconsistencies(dir)).toEqual([]);
      const now = snapshot(dir);
      // Every issue is there, old or new: nothing was lost.
      expect(Object.keys(now).filter((path) => path.startsWith('issues/')).length).toBe(Object.keys(old).filter((path) => path.startsWith('issues/')).length);
    }
    expect(killedMidway).toBeGreaterThan(0);

    expect((await runConverter(dir)).code).toBe(0);
    const final = snapshot(dir);
    expect(Object.values(final).filter((content) => content.includes('第一版的内容'))).toEqual([]);
    expect(inconsistencies(dir)).toEqual([]);
  }, 180_000);
});

/** A copy of a content dir's raw files, to time a full run without touching the original. */
function scratchContentCopy(dir: string): string {
  const copy = scratchContent();
  for (const name of readdirSync(join(dir, 'raw'))) writeFileSync(join(copy, 'raw', name), readFileSync(join(dir, 'raw', name)));
  return copy;
}
