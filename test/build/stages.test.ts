/**
 * The build's stages: output lines tagged with their stage, exit codes and
 * failures reported, stages side by side really at once.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runSideBySide, runStage, tagLines } from '../../src/build/stages.ts';

class Collect extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

const nodeRunning = (code: string): string[] => [process.execPath, '-e', code];

describe('tagLines', () => {
  it('tags complete lines, keeps the unfinished one for later, leaves empty lines bare', () => {
    const out = new Collect();
    const left = tagLines('pa', 'rt one\n\nline two\nunfin', 'site │ ', out);
    expect(out.text).toBe('site │ part one\n\nsite │ line two\n');
    expect(left).toBe('unfin');
  });

  it('writes nothing until a line ends', () => {
    const out = new Collect();
    expect(tagLines('', 'no newline yet', 'x │ ', out)).toBe('no newline yet');
    expect(out.text).toBe('');
  });
});

describe('runStage', () => {
  it('tags stdout and stderr lines, flushes a last line without newline, reports exit 0', async () => {
    const out = new Collect();
    const outcome = await runStage({ name: 'site', argv: nodeRunning("process.stdout.write('a\\n'); process.stderr.write('b')") }, out);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.failure).toBeUndefined();
    expect(out.text.split('\n').filter(Boolean).sort()).toEqual(['site │ a', 'site │ b']);
  });

  it('passes output through untagged when asked', async () => {
    const out = new Collect();
    await runStage({ name: 'convert', argv: nodeRunning("console.error('content/raw/a.txt:3: error: no date [date-missing]')") }, out, false);
    expect(out.text).toBe('content/raw/a.txt:3: error: no date [date-missing]\n');
  });

  it("reports a stage's own exit code", async () => {
    expect((await runStage({ name: 'search', argv: nodeRunning('process.exitCode = 2') }, new Collect())).exitCode).toBe(2);
  });

  it('reports a stage ended by a signal as failed, saying so', async () => {
    const outcome = await runStage({ name: 'site', argv: nodeRunning("process.kill(process.pid, 'SIGTERM')") }, new Collect());
    expect(outcome.exitCode).toBe(1);
    expect(outcome.failure).toBe('ended by SIGTERM');
  });

  it('reports a command that cannot start', async () => {
    const outcome = await runStage({ name: 'site', argv: ['/no/such/program'] }, new Collect());
    expect(outcome.exitCode).toBe(1);
    expect(outcome.failure).toMatch(/could not start \/no\/such\/program/);
  });
});

describe('runSideBySide', () => {
  it('runs the stages at once: each sees the other running', async () => {
    // Each stage writes its own mark, then waits until it sees the other's: run one after the other, the first would time out.
    const dir = await import('node:fs/promises').then((fs) => fs.mkdtemp('/tmp/side-by-side-'));
    const stage = (mine: string, theirs: string) => ({
      name: mine,
      argv: nodeRunning(
        `const fs = require('fs'); fs.writeFileSync('${dir}/${mine}', ''); const t = Date.now();` +
          `const wait = () => fs.existsSync('${dir}/${theirs}') ? process.exit(0) : Date.now() - t > 5000 ? process.exit(3) : setTimeout(wait, 20); wait();`,
      ),
    });
    const outcomes = await runSideBySide([stage('site', 'search'), stage('search', 'site')], new Collect());
    expect(outcomes.map((outcome) => [outcome.name, outcome.exitCode])).toEqual([['site', 0], ['search', 0]]);
  });

  it('lets every stage run to its end when one fails', async () => {
    const outcomes = await runSideBySide(
      [{ name: 'site', argv: nodeRunning('process.exit(1)') }, { name: 'search', argv: nodeRunning("setTimeout(() => console.log('done'), 200)") }],
      new Collect(),
    );
    expect(outcomes.map((outcome) => outcome.exitCode)).toEqual([1, 0]);
  });
});
