/**
 * Determinism across processes: the five sample issues converted by two
 * separate converter processes (different time zones, run side by side) give
 * byte-identical files. Running a pure function twice in one process could not
 * show a dependence on the clock, the time zone, hash or iteration order
 * between runs, or state left by an earlier conversion.
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../site/helpers/dist.ts';
import { scratchContent, snapshot } from './run-cli.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function convertInChild(timeZone: string): Promise<string> {
  const dir = scratchContent({}, { seeds: true });
  dirs.push(dir);
  return promisify(execFile)(process.execPath, [join(ROOT, 'scripts/convert.ts'), '--content', dir, '--quiet'], {
    cwd: ROOT,
    env: { ...process.env, TZ: timeZone },
  }).then(() => dir);
}

describe('the converter, run in two processes', () => {
  it('writes byte-identical content', async () => {
    const [first, second] = await Promise.all([convertInChild('UTC'), convertInChild('Pacific/Kiritimati')]);
    const files = snapshot(first);
    expect(Object.keys(files).filter((path) => path.startsWith('articles/')).length).toBeGreaterThan(40);
    expect(snapshot(second)).toEqual(files);
  });
});
