/**
 * npm run bench runs this first: the converter's time claims, measured where
 * timing belongs (not in unit tests, whose wall time depends on whatever else
 * the machine runs). Each case converts an input and the same input ten times
 * larger; ten times the input must take at most SCALING_LIMIT times the time
 * (linear, with room for noise). Best of three runs per size, in CPU time.
 *
 * stderr: a table. stdout: one JSON document. Exit code 1 when a case scales
 * worse than the limit, 2 on usage errors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXIT, formatTable, helpText, main, parseFlags } from '../src/cli-kit/index.ts';
import { loadLexicon } from '../src/converter/lexicon/index.ts';
import { normalize } from '../src/converter/normalize/index.ts';
import { convertText, type ConverterData } from '../src/converter/pipeline.ts';
import { loadSegmentLexicon, segment } from '../src/converter/segment/index.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DATA = join(ROOT, 'data');
const SAMPLES = join(ROOT, 'content/raw');
/** 10× the input in at most this many times the time: linear, with room for noise on a shared machine. */
const SCALING_LIMIT = 12;
const RUNS = 3;

const COMMAND = {
  usage: 'npm run bench:scaling',
  summary: `Time the converter on inputs and the same inputs ten times larger: ten times the input must take at most ${SCALING_LIMIT} times the CPU time. Table on stderr, JSON on stdout.`,
  flags: { help: { type: 'boolean', short: 'h', description: 'show this help' } },
  footer: 'Exit codes: 0 every case scales linearly, 1 one does not.',
} as const;

/** Text of `chars` characters made by repeating `unit`. */
const repeatTo = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

interface Case {
  name: string;
  /** The input for a size (1 or 10). */
  input: (scale: number) => string;
  run: (input: string) => void;
}

function cases(samples: readonly string[], data: ConverterData): Case[] {
  return [
    {
      // An issue printed as one line: no headline, one article titled from its first sentence.
      name: 'one line of issue 002 (50k, 500k chars)',
      input: (scale) => repeatTo(samples[2]!.replace(/\s+/gu, ''), 50_000 * scale),
      run: (line) => {
        segment(normalize(line, 'one-line.txt').issue, data.segmentation);
      },
    },
    {
      // The same with all five issues, whose paragraphs printed twice become repeats inside the one line.
      name: 'one line of all five issues (50k, 500k chars)',
      input: (scale) => repeatTo(samples.join('').replace(/\s+/gu, ''), 50_000 * scale),
      run: (line) => {
        segment(normalize(line, 'one-line.txt').issue, data.segmentation);
      },
    },
    {
      // A file holding the same pages over and over: the repeats are found as duplicates.
      name: 'repeated pages (1 MB, 10 MB)',
      input: (scale) => `---\ndate: 2024-01-02\n---\n${repeatTo(samples.join('\n\n') + '\n\n', 1_000_000 * scale / 3)}`,
      run: (text) => {
        if (!convertText(text, 'huge.txt', data).ok) throw new Error('the repeated pages did not convert');
      },
    },
  ];
}

/** CPU seconds, not wall time: the machine is shared, and another process's work must not count as ours. */
function bestSeconds(run: () => void): number {
  let best = Infinity;
  for (let index = 0; index < RUNS; index += 1) {
    const started = process.cpuUsage();
    run();
    const { user, system } = process.cpuUsage(started);
    best = Math.min(best, (user + system) / 1e6);
  }
  return best;
}

main('bench:scaling', () => {
  const { values } = parseFlags(process.argv.slice(2), COMMAND);
  if (values.help) {
    process.stdout.write(helpText(COMMAND));
    return EXIT.ok;
  }
  const samples = readdirSync(SAMPLES).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(join(SAMPLES, name), 'utf8'));
  const data: ConverterData = { segmentation: loadSegmentLexicon(DATA), lexicon: loadLexicon(DATA), corrections: { file: 'corrections.yaml', entries: [] } };
  const results = cases(samples, data).map(({ name, input, run }) => {
    const small = input(1);
    const large = input(10);
    const smallSeconds = bestSeconds(() => run(small));
    const largeSeconds = bestSeconds(() => run(large));
    const ratio = largeSeconds / smallSeconds;
    return { name, smallSeconds, largeSeconds, ratio, ok: ratio <= SCALING_LIMIT };
  });
  const rows = results.map(({ name, smallSeconds, largeSeconds, ratio, ok }) => [ok ? 'ok' : 'FAIL', name, `${smallSeconds.toFixed(3)} s`, `${largeSeconds.toFixed(3)} s`, `×${ratio.toFixed(1)}`]);
  process.stderr.write(`scaling: 10× the input, at most ${SCALING_LIMIT}× the time (best of ${RUNS}, CPU time)\n`);
  process.stderr.write(`${formatTable(['', 'case', '1×', '10×', 'ratio'], rows, { align: ['left', 'left', 'right', 'right', 'right'] })}\n`);
  process.stdout.write(`${JSON.stringify({ scalingLimit: SCALING_LIMIT, cases: results }, null, 2)}\n`);
  return results.every((result) => result.ok) ? EXIT.ok : EXIT.failed;
});
