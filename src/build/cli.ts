/**
 * The build room (src/build/): `npm run build` as one program. It runs the
 * other programs as they are run by hand, in the order their inputs allow:
 * the converter first (the site and the search index both read its
 * content), then the site (Astro) and the search index side by side: neither
 * reads the other's output, and on two cores the search index's
 * single-threaded work and the Pagefind service use the core Astro leaves.
 * It imports no other room: each stage is a child process.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { EXIT, helpText, parseFlags } from '../cli-kit/index.ts';
import { runSideBySide, runStage, type Stage, type StageOutcome } from './stages.ts';

const ROOT = join(import.meta.dirname, '../..');

const COMMAND = {
  usage: 'npm run build -- [options]',
  summary: 'Convert content/raw/, then build the site (Astro) and the search index side by side into dist/.',
  flags: {
    'no-convert': { type: 'boolean', description: 'build from the content already converted' },
    report: { type: 'string', value: 'FILE', description: 'write each stage’s exit code and wall time as JSON to FILE' },
    help: { type: 'boolean', short: 'h', description: 'show this help' },
  },
  footer: `Environment: what each stage reads (CONTENT_DIR, OUT_DIR, BASE_PATH, SITE_URL, ASTRO_CACHE_DIR, SEARCH_CACHE_DIR: see README).
Output: every stage's progress on stderr, the site's and the search index's lines tagged with their stage; stdout stays empty.
Exit codes: 0 built, 1 a stage failed (the others still ran to their end), 2 bad usage.`,
} as const;

const node = (script: string, ...args: string[]): string[] => [process.execPath, join(ROOT, script), ...args];

export const STAGES = {
  convert: { name: 'convert', argv: node('scripts/convert.ts') },
  site: { name: 'site', argv: node('node_modules/astro/bin/astro.mjs', 'build') },
  search: { name: 'search', argv: node('scripts/build-search.ts') },
} satisfies Record<string, Stage>;

const summary = (outcomes: readonly StageOutcome[]): string =>
  `build: ${outcomes.map((outcome) => `${outcome.name} ${outcome.exitCode === 0 ? 'ok' : `failed (${outcome.failure ?? `exit ${outcome.exitCode}`})`} in ${outcome.seconds.toFixed(1)} s`).join(', ')}\n`;

export async function runBuild(argv: readonly string[], io: { stdout: Writable; stderr: Writable }): Promise<number> {
  const { values } = parseFlags(argv, COMMAND);
  if (values.help) {
    io.stdout.write(helpText(COMMAND));
    return EXIT.ok;
  }
  const outcomes: StageOutcome[] = [];
  // The converter's diagnostics are `file:line: …` lines an editor jumps from: passed through untagged.
  if (!values['no-convert']) outcomes.push(await runStage(STAGES.convert, io.stderr, false));
  if (outcomes.every((outcome) => outcome.exitCode === 0)) outcomes.push(...(await runSideBySide([STAGES.site, STAGES.search], io.stderr)));
  io.stderr.write(summary(outcomes));
  if (values.report) await writeFile(values.report, `${JSON.stringify({ stages: outcomes })}\n`);
  return outcomes.every((outcome) => outcome.exitCode === 0) ? EXIT.ok : EXIT.failed;
}
