/**
 * Runs programs as child processes and reports how each ended. Stages run
 * side by side write interleaved output, so each line is tagged with its
 * stage's name; a stage's own line structure is kept (a partial last line is
 * flushed when the stage ends).
 */
import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';

export interface Stage {
  /** Tags its output lines and names it in the summary. */
  name: string;
  argv: readonly string[];
  env?: NodeJS.ProcessEnv;
}

export interface StageOutcome {
  name: string;
  /** The exit code, or 1 for a stage ended by a signal or that could not start. */
  exitCode: number;
  /** Why it failed, when it did not exit with a code of its own. */
  failure?: string;
  seconds: number;
}

/** Writes `chunk`'s complete lines, each after `tag`, and returns what is left of an unfinished last line. */
export function tagLines(pending: string, chunk: string, tag: string, out: Writable): string {
  const text = pending + chunk;
  const end = text.lastIndexOf('\n');
  if (end < 0) return text;
  out.write(text.slice(0, end + 1).replace(/^(?=.)/gm, tag));
  return text.slice(end + 1);
}

/** Runs one stage, its stdout and stderr tagged onto `out` (or passed through untagged when `tagged` is false). */
export function runStage(stage: Stage, out: Writable, tagged = true): Promise<StageOutcome> {
  const started = performance.now();
  const [command, ...args] = stage.argv;
  const tag = `${stage.name} │ `;
  return new Promise((resolve) => {
    const finish = (exitCode: number, failure?: string) =>
      resolve({ name: stage.name, exitCode, seconds: (performance.now() - started) / 1000, ...(failure ? { failure } : {}) });
    if (!command) return finish(1, 'no command');
    const child = spawn(command, args, { env: stage.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      let pending = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        if (tagged) pending = tagLines(pending, chunk, tag, out);
        else out.write(chunk);
      });
      stream.on('end', () => {
        if (pending) out.write(`${tag}${pending}\n`);
      });
    }
    child.on('error', (error) => finish(1, `could not start ${command}: ${error.message}`));
    child.on('close', (code, signal) => finish(code ?? 1, signal ? `ended by ${signal}` : undefined));
  });
}

/** Runs the stages at once; every stage runs to its end whatever the others do. */
export function runSideBySide(stages: readonly Stage[], out: Writable): Promise<StageOutcome[]> {
  return Promise.all(stages.map((stage) => runStage(stage, out)));
}
