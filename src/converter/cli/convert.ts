/**
 * `npm run convert`: every raw issue in <content>/raw → <content>/issues and
 * <content>/articles. Only this module reads and writes files; the converter
 * itself (src/converter) is pure. stdout carries the product (`--json`), stderr the
 * diagnostics. Exit codes: 0 ok, 1 a file failed (or a warning with
 * --strict), 2 usage, data-file or corrections error.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Writable } from 'node:stream';
import { convertBytes, type ConverterData } from '../pipeline.ts';
import { loadSegmentLexicon } from '../segment/load.ts';
import { DIVISION_FILES, DIVISIONS_DIR, loadLexicon } from '../lexicon/index.ts';
import { parseCorrections, type Corrections } from '../corrections/index.ts';
import { issueReport, serializeIssueFiles } from '../serialize/index.ts';
import { articleSchema } from '../../contract/schema.ts';
import { themeLabels } from '../../contract/themes.ts';
import type { EnrichedIssue, Message } from '../types.ts';
import { helpText, parseFlags, UsageError, type FlagSpec } from './args.ts';
import { commitIssue, contentLayout, isPublished, recover, stageIssue, unpublishIssue, type ContentLayout } from './files.ts';
import { converterFingerprint, hashBytes, readManifest, writeManifest, type Manifest } from './manifest.ts';
import { progressBar, summary, type IssueRow } from './report.ts';

const FLAGS: readonly FlagSpec[] = [
  { long: 'content', short: 'c', type: 'string', value: 'DIR', description: 'content directory holding raw/ (default: $CONTENT_DIR or ./content)' },
  { long: 'json', type: 'boolean', description: 'print one JSON document with every issue and article to stdout' },
  { long: 'check', type: 'boolean', description: 'convert without writing anything; exit 1 on any error' },
  { long: 'keep-going', short: 'k', type: 'boolean', description: 'publish the files that convert even when others fail (default: fail and publish nothing)' },
  { long: 'strict', type: 'boolean', description: 'treat warnings as errors (exit 1)' },
  { long: 'force', short: 'f', type: 'boolean', description: 're-convert every file, ignoring the cache of unchanged ones' },
  { long: 'verbose', short: 'v', type: 'boolean', description: 'list every warning (default: the first 30)' },
  { long: 'quiet', short: 'q', type: 'boolean', description: 'print only errors' },
  { long: 'help', short: 'h', type: 'boolean', description: 'show this help' },
];

const HELP = helpText(
  'npm run convert -- [options]',
  'Convert the raw newspaper issues in <content>/raw/*.txt into Markdown content collections:\n<content>/issues/<slug>.md and <content>/articles/<slug>/<article>.md.',
  FLAGS,
  'Editors\' fixes go in <content>/corrections.yaml (see README). Exit codes: 0 ok, 1 a file failed, 2 usage or data error.',
);

const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const RAW_EXTENSION = /\.txt$/i;
const MAX_LISTED_WARNINGS = 30;

export interface CliIo {
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean; columns?: number };
  env: Record<string, string | undefined>;
  cwd: string;
}

/** The project's data files with the given corrections: what every conversion, and `npm run accuracy`, runs on. */
export function converterData(corrections: Corrections): ConverterData {
  const dataDir = join(PROJECT_ROOT, 'data');
  return { segmentation: loadSegmentLexicon(dataDir), lexicon: loadLexicon(dataDir), corrections };
}

function loadConverterData(contentDir: string): { data: ConverterData; correctionsPath: string } {
  const correctionsPath = join(contentDir, 'corrections.yaml');
  const corrections: Corrections = existsSync(correctionsPath)
    ? parseCorrections(readFileSync(correctionsPath, 'utf8'), correctionsPath)
    : { file: correctionsPath, entries: [] };
  return { data: converterData(corrections), correctionsPath };
}

/** Slugs stay with the raw file that first held them; a new file never takes an existing file's slug. */
function allocateSlug(wanted: string, source: string, manifest: Manifest, taken: Map<string, string>): string {
  const previous = manifest.issues[source]?.slug;
  if (previous && (previous === wanted || previous.startsWith(`${wanted}-`)) && taken.get(previous) === source) return previous;
  let candidate = wanted;
  for (let n = 2; taken.has(candidate) && taken.get(candidate) !== source; n += 1) candidate = `${wanted}-${n}`;
  return candidate;
}

function formatMessage(source: string, message: Message): string {
  const at = message.place ? `:${message.place.line}${message.place.column ? `:${message.place.column}` : ''}` : '';
  return `${source}${at}: ${message.severity}: ${message.reason} [${message.ruleId}]`;
}

export async function runConvert(argv: readonly string[], io: CliIo): Promise<number> {
  const { flags } = parseFlags(argv, FLAGS);
  if (flags['help']) {
    io.stdout.write(HELP);
    return 0;
  }
  const say = (text: string) => {
    if (!flags['quiet']) io.stderr.write(text);
  };
  const contentDir = resolve(io.cwd, String(flags['content'] ?? io.env['CONTENT_DIR'] ?? 'content'));
  const layout: ContentLayout = contentLayout(contentDir);
  if (!existsSync(layout.raw)) throw new UsageError(`no raw issues: ${layout.raw} does not exist (put raw .txt issues there, or pass --content DIR)`);

  const { data, correctionsPath } = loadConverterData(contentDir);
  const writing = !flags['check'];
  const useCache = writing && !flags['json'] && !flags['force'];
  if (writing) for (const note of recover(layout)) say(`${note}\n`);

  const names = readdirSync(layout.raw).filter((name) => !name.startsWith('.')).sort();
  const skipped = names.filter((name) => !RAW_EXTENSION.test(name));
  if (skipped.length > 0) say(`ignored (not .txt): ${skipped.join(', ')}\n`);
  const sources = names.filter((name) => RAW_EXTENSION.test(name));

  const manifest = readManifest(layout.state);
  const fingerprint = converterFingerprint(PROJECT_ROOT, [correctionsPath, ...Object.values(DIVISION_FILES).map((name) => join(DIVISIONS_DIR, name))]);
  const sameConverter = manifest.converter === fingerprint;
  const articleRecord = articleSchema(themeLabels(data.lexicon.themes));
  const next: Manifest = { converter: fingerprint, issues: {} };
  const taken = new Map<string, string>(Object.entries(manifest.issues).filter(([source]) => sources.includes(source)).map(([source, entry]) => [entry.slug, source]));

  const rows: IssueRow[] = [];
  const reports: ReturnType<typeof issueReport>[] = [];
  const staged: string[] = [];
  const warnings: string[] = [];
  const progress = progressBar(io.stderr, sources.length, !flags['quiet']);
  const started = performance.now();
  let bytesConverted = 0;

  for (const [index, source] of sources.entries()) {
    progress.tick(index, source);
    const bytes = readFileSync(join(layout.raw, source));
    const hash = hashBytes(bytes);
    const previous = manifest.issues[source];
    if (useCache && sameConverter && previous?.hash === hash && existsSync(join(layout.issues, `${previous.slug}.md`))) {
      next.issues[source] = previous;
      rows.push({ source, status: 'unchanged', date: previous.date, articles: previous.articles, warnings: previous.warnings });
      continue;
    }
    bytesConverted += bytes.length;
    const result = convertBytes(bytes, source, data);
    if (!result.ok) {
      rows.push({ source, status: 'failed', reason: result.reason });
      if (previous) next.issues[source] = previous; // its last good output stays published
      continue;
    }
    const slug = allocateSlug(result.issue.slug, source, manifest, taken);
    taken.set(slug, source);
    const issue: EnrichedIssue = { ...result.issue, slug };
    const issueWarnings = issue.messages.filter((message) => message.severity === 'warning');
    warnings.push(...issueWarnings.map((message) => formatMessage(source, message)));
    rows.push({ source, status: writing ? 'converted' : 'checked', date: issue.date.date, slug, articles: issue.articles.length, warnings: issueWarnings.length, removed: issue.removed.length });
    next.issues[source] = { hash, slug, date: issue.date.date, articles: issue.articles.length, warnings: issueWarnings.length };
    if (flags['json']) reports.push(issueReport(issue));
    if (writing) {
      const files = serializeIssueFiles(issue, articleRecord);
      if (!isPublished(layout, slug, files)) {
        stageIssue(layout, slug, files);
        staged.push(slug);
      }
    }
  }
  progress.done();
  const seconds = (performance.now() - started) / 1000;

  const failures = rows.filter((row) => row.status === 'failed');
  const publish = writing && (failures.length === 0 || Boolean(flags['keep-going']));
  const gone = Object.keys(manifest.issues).filter((source) => !sources.includes(source));
  if (publish) {
    const live = new Set(Object.values(next.issues).map((entry) => entry.slug));
    for (const slug of staged) commitIssue(layout, slug);
    for (const entry of Object.values(manifest.issues)) if (!live.has(entry.slug)) unpublishIssue(layout, entry.slug);
    writeManifest(layout.state, next);
  } else if (writing) {
    recover(layout); // drops the staging area: nothing published changes
  }

  if (flags['json']) io.stdout.write(`${JSON.stringify({ issues: reports }, null, 2)}\n`);
  const shown = flags['verbose'] ? warnings : warnings.slice(0, MAX_LISTED_WARNINGS);
  if (shown.length > 0) say(`${shown.join('\n')}\n${warnings.length > shown.length ? `… and ${warnings.length - shown.length} more warnings (--verbose lists them)\n` : ''}\n`);
  say(summary(rows, { bytes: bytesConverted, seconds, removedSources: publish ? gone : [] }));
  for (const failure of failures) io.stderr.write(`error: ${join(layout.raw, failure.source)}: ${failure.reason}\n`);
  if (failures.length > 0 && writing) {
    io.stderr.write(publish
      ? `${failures.length} file(s) failed; the others were published and the failed files keep their previous output (--keep-going).\n`
      : `${failures.length} file(s) failed: nothing was published (fix them, or pass --keep-going to publish the rest).\n`);
  }
  if (failures.length > 0 && !publish) return 1;
  if (failures.length > 0 && !writing) return 1;
  if (flags['strict'] && warnings.length > 0) return 1;
  return 0;
}
