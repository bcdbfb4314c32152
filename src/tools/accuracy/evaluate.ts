/**
 * The evaluation sets run through the converter in process, as
 * `npm run convert -- --json` would, then scored. The only module of the
 * accuracy tool that calls the converter; the scoring modules never do.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { converterData } from '../../converter/cli/convert.ts';
import { convertBytes, type ConverterData } from '../../converter/pipeline.ts';
import { issueReport } from '../../converter/serialize/index.ts';
import { loadGold } from './gold.ts';
import type { ConverterReport, ReportIssue } from './report.ts';
import { figures, scoreReport, type Figures, type IssueCounts } from './score.ts';
import { decodeRaw } from './text.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

export interface EvaluationSet {
  name: string;
  /** What the set is, for the table's heading. */
  label: string;
  raw: string;
  gold: string;
}

export const SETS = {
  samples: { name: 'samples', label: 'samples (content/raw)', raw: join(ROOT, 'content/raw'), gold: join(ROOT, 'test/fixtures/samples-gold') },
  devset: { name: 'devset', label: 'dev set (test/fixtures/realpages)', raw: join(ROOT, 'test/fixtures/realpages/issues'), gold: join(ROOT, 'test/fixtures/realpages/gold') },
  // Papers of nine provinces the dev set lacks, for scoring only: a rule fitted to it stops measuring generalisation.
  heldout: { name: 'heldout', label: 'held-out set (test/fixtures/heldout)', raw: join(ROOT, 'test/fixtures/heldout/issues'), gold: join(ROOT, 'test/fixtures/heldout/gold') },
} as const satisfies Record<string, EvaluationSet>;

export type SetName = keyof typeof SETS;

export interface IssueResult extends IssueCounts {
  /** Why the converter refused the issue, when it did. */
  refusal?: string;
  figures: Figures;
}

export interface SetResult {
  name: string;
  label: string;
  issues: IssueResult[];
  figures: Figures;
}

/** Accuracy is the converter's own: an editor's corrections would only hide its mistakes. */
export function uncorrectedData(): ConverterData {
  return converterData({ file: 'corrections.yaml', entries: [] });
}

/** Every raw issue of a directory converted, in file-name order, with the reasons of those refused. */
export function convertDirectory(rawDir: string, data: ConverterData): { report: ConverterReport; refusals: Map<string, string> } {
  const issues: ReportIssue[] = [];
  const refusals = new Map<string, string>();
  for (const source of readdirSync(rawDir).filter((name) => name.endsWith('.txt')).sort()) {
    const result = convertBytes(readFileSync(join(rawDir, source)), source, data);
    if (result.ok) issues.push(issueReport(result.issue));
    else refusals.set(source, result.reason);
  }
  return { report: { issues }, refusals };
}

/** A report scored against a set's gold, with the raw files read from the set's raw directory. */
export function scoreSet(set: EvaluationSet, report: ConverterReport, refusals: ReadonlyMap<string, string> = new Map()): SetResult {
  const counts = scoreReport(loadGold(set.gold), report, (source) => decodeRaw(readFileSync(join(set.raw, source))));
  const issues = counts.map((issue): IssueResult => {
    const refusal = refusals.get(issue.source);
    return { ...issue, ...(refusal === undefined ? {} : { refusal }), figures: figures([issue]) };
  });
  return { name: set.name, label: set.label, issues, figures: figures(counts) };
}

export function evaluateSet(set: EvaluationSet, data: ConverterData): SetResult {
  const { report, refusals } = convertDirectory(set.raw, data);
  return scoreSet(set, report, refusals);
}
