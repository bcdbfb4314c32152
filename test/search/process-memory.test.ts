import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { watchDescendantsPeak } from '../../src/search/index/process-memory.ts';

describe.skipIf(!existsSync('/proc/self'))('watchDescendantsPeak', () => {
  it('reports the children alone and with this process', async () => {
    const watch = watchDescendantsPeak(process.pid, 20);
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 400)']);
    await new Promise((done) => setTimeout(done, 250));
    const peak = await watch.stop();
    child.kill();
    expect(peak?.descendants).toBeGreaterThan(1_000_000);
    expect(peak?.withRoot).toBeGreaterThan((peak?.descendants ?? 0) + 1_000_000);
  });
});
