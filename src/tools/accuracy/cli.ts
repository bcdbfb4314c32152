/**
 * `npm run accuracy`: flags, the sets to score, and where the tables and the
 * JSON go. stdout carries the product (the tables, or with --json the JSON
 * document, the tables then going to stderr). Exit codes: 0 scored, 1 --check
 * found a figure below its floor, 2 bad usage.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { EXIT, helpText, parseFlags, UsageError } from '../../cli-kit/index.ts';
import { evaluateSet, scoreSet, SETS, uncorrectedData, type SetName, type SetResult } from './evaluate.ts';
import { FLOORS_FILE, loadFloors, shortfalls } from './floors.ts';
import { parseReport } from './report.ts';
import { setTable } from './table.ts';

export const COMMAND = {
  usage: 'npm run accuracy -- [options]',
  summary: `Convert the sample issues and the real-pages dev set in process (no corrections) and score
them against their gold: headline and author precision, recall and F1, city, theme, issue
date, conservation and refused issues, per issue and in total.`,
  flags: {
    set: { type: 'string', multiple: true, value: 'NAME', description: 'samples, devset or heldout (repeatable; default all three)' },
    json: { type: 'boolean', default: false, description: 'print one JSON document to stdout (the tables go to stderr)' },
    check: { type: 'boolean', default: false, description: 'exit 1 when a figure is below its floor' },
    floors: { type: 'string', value: 'FILE', description: 'the floors for --check (default src/tools/accuracy/floors.json)' },
    report: { type: 'string', value: 'FILE', description: 'score a saved `npm run convert -- --json` report instead of converting' },
    gold: { type: 'string', value: 'DIR', description: "with --report: the gold directory (default: the dev set's)" },
    raw: { type: 'string', value: 'DIR', description: "with --report: the raw issues the report was made from (default: the dev set's)" },
    help: { type: 'boolean', default: false, description: 'show this help' },
  },
  footer: 'Exit codes: 0 scored, 1 a figure is below its floor (--check), 2 bad usage.',
} as const;

export interface AccuracyIo {
  stdout: Writable;
  stderr: Writable;
  cwd: string;
}

function options(argv: readonly string[]) {
  const { values } = parseFlags(argv, COMMAND);
  const sets = values.set ?? Object.keys(SETS);
  for (const name of sets) if (!(name in SETS)) throw new UsageError(`unknown set "${name}": use ${Object.keys(SETS).join(' or ')}`);
  if (values.report === undefined && (values.gold !== undefined || values.raw !== undefined)) throw new UsageError('--gold and --raw go with --report');
  if (values.report !== undefined && (values.check || values.set !== undefined)) throw new UsageError('--report scores a saved report; --set and --check apply to the sets converted here');
  return { ...values, sets: sets as SetName[] };
}

function results(opts: ReturnType<typeof options>, cwd: string): SetResult[] {
  if (opts.report !== undefined) {
    const set = { name: 'report', label: `report ${opts.report}`, raw: resolve(cwd, opts.raw ?? SETS.devset.raw), gold: resolve(cwd, opts.gold ?? SETS.devset.gold) };
    return [scoreSet(set, parseReport(readFileSync(resolve(cwd, opts.report), 'utf8')))];
  }
  const data = uncorrectedData();
  return opts.sets.map((name) => evaluateSet(SETS[name], data));
}

export function runAccuracy(argv: readonly string[], io: AccuracyIo): number {
  const opts = options(argv);
  if (opts.help) {
    io.stdout.write(helpText(COMMAND));
    return EXIT.ok;
  }
  const scored = results(opts, io.cwd);
  const floors = opts.check ? loadFloors(opts.floors === undefined ? FLOORS_FILE : resolve(io.cwd, opts.floors)) : {};
  const short = scored.flatMap((result) => shortfalls(result.figures, floors[result.name] ?? {}).map((reason) => `${result.name}: ${reason}`));
  const tables = scored.map(setTable).join('\n');
  const verdict = opts.check ? (short.length > 0 ? `\nbelow the floors:\n${short.join('\n')}\n` : '\nevery figure at or above its floor\n') : '';
  if (opts.json) {
    io.stdout.write(`${JSON.stringify({ sets: scored, ...(opts.check ? { shortfalls: short } : {}) }, null, 2)}\n`);
    io.stderr.write(tables + verdict);
  } else {
    io.stdout.write(tables + verdict);
  }
  return short.length > 0 ? EXIT.failed : EXIT.ok;
}
