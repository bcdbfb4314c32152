/**
 * npm run accuracy -- [--set samples|devset] [--json] [--check] [--report FILE [--gold DIR --raw DIR]]
 *
 * Converts the five sample issues and the real-pages dev set in process and
 * scores them against their gold (test/fixtures/samples-gold,
 * test/fixtures/realpages/gold) with the dev set's definitions: headline and
 * author precision, recall and F1, city, theme, issue date, conservation and
 * refused issues, per issue and in total. With --report, scores a saved
 * `npm run convert -- --json` report instead (dev set gold and raw files unless
 * --gold/--raw say otherwise).
 *
 * stdout: the tables, or with --json one JSON document (the tables go to stderr).
 * Exit codes: 0 scored, 1 --check found a figure below its floor
 * (scripts/accuracy/floors.json), 2 bad usage.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateSet, scoreSet, SETS, uncorrectedData, type SetName, type SetResult } from './accuracy/evaluate.ts';
import { loadFloors, shortfalls } from './accuracy/floors.ts';
import { parseReport } from './accuracy/report.ts';
import { setTable } from './accuracy/table.ts';

const HELP = `npm run accuracy -- [options]

Convert the sample issues and the real-pages dev set in process and score them against their gold.

  --set NAME     samples or devset (repeatable; default both)
  --json         print one JSON document to stdout (the tables go to stderr)
  --check        exit 1 when a figure is below its floor in scripts/accuracy/floors.json
  --report FILE  score a saved \`npm run convert -- --json\` report instead of converting
  --gold DIR     with --report: the gold directory (default: the dev set's)
  --raw DIR      with --report: the raw issues the report was made from (default: the dev set's)
  --help         show this help

Exit codes: 0 scored, 1 a figure is below its floor (--check), 2 bad usage.
`;

class UsageError extends Error {}

function options(argv: readonly string[]) {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      set: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      report: { type: 'string' },
      gold: { type: 'string' },
      raw: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const names = values.set ?? ['samples', 'devset'];
  for (const name of names) if (!(name in SETS)) throw new UsageError(`unknown set "${name}": use ${Object.keys(SETS).join(' or ')}`);
  if (values.report === undefined && (values.gold !== undefined || values.raw !== undefined)) throw new UsageError('--gold and --raw go with --report');
  if (values.report !== undefined && values.check) throw new UsageError('--check applies the floors of the converted sets, not to a saved report');
  return { ...values, sets: names as SetName[] };
}

function results(opts: ReturnType<typeof options>): SetResult[] {
  if (opts.report !== undefined) {
    const set = { name: 'report', label: `report ${opts.report}`, raw: resolve(opts.raw ?? SETS.devset.raw), gold: resolve(opts.gold ?? SETS.devset.gold) };
    return [scoreSet(set, parseReport(readFileSync(opts.report, 'utf8')))];
  }
  const data = uncorrectedData();
  return opts.sets.map((name) => evaluateSet(SETS[name], data));
}

function run(argv: readonly string[]): number {
  const opts = options(argv);
  if (opts.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const scored = results(opts);
  const floors = opts.report === undefined ? loadFloors() : {};
  const short = scored.flatMap((result) => shortfalls(result.figures, floors[result.name] ?? {}).map((reason) => `${result.name}: ${reason}`));
  const tables = scored.map(setTable).join('\n');
  const verdict = opts.check ? (short.length > 0 ? `\nbelow the floors:\n${short.join('\n')}\n` : '\nevery figure at or above its floor\n') : '';
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ sets: scored, shortfalls: short }, null, 2)}\n`);
    process.stderr.write(tables + verdict);
  } else {
    process.stdout.write(tables + verdict);
  }
  return opts.check && short.length > 0 ? 1 : 0;
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  const usage = error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
  process.stderr.write(`accuracy: ${usage ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
}
