/**
 * `npm run convert`: every raw issue in <content>/raw → <content>/issues and
 * <content>/articles. Only this module reads and writes files; the converter
 * itself (src/converter) is pure. stdout carries the product (`--json`), stderr the
 * diagnostics. Exit codes: 0 ok, 1 a file failed (or a warning with
 * --strict), 2 usage, data-file or corrections error.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Writable } from 'node:stream';
import { convertBytes, type ConverterData } from '../pipeline.ts';
import { loadSegmentLexicon } from '../segment/load.ts';
import { DIVISION_FILES, DIVISIONS_DIR } from '../../places/index.ts';
import { loadLexicon } from '../lexicon/index.ts';
import { parseCorrections, type Corrections } from '../corrections/index.ts';
import { issueReport, serializeIssueFiles } from '../serialize/index.ts';
import { FileMessageError } from '../../data-files/error.ts';
import { severityOf } from '../messages.ts';
import { articleSchema } from '../../contract/schema.ts';
import { themeLabels } from '../../contract/themes.ts';
import type { EnrichedIssue, Message } from '../types.ts';
import { EXIT, helpText, parseFlags, progressBar, SetupError, type TerminalStream } from '../../cli-kit/index.ts';
import { commitIssue, contentLayout, isPublished, recover, stageIssue, unpublishIssue, type ContentLayout } from './files.ts';
import { converterFingerprint, hashBytes, readManifest, writeManifest, type Manifest } from './manifest.ts';
import { summary, type IssueRow } from './report.ts';
import { formatMessage, formatMessages } from './reporter.ts';

const COMMAND = {
  usage: 'npm run convert -- [options]',
  summary: 'Convert the raw newspaper issues in <content>/raw/*.txt into Markdown content collections:\n<content>/issues/<slug>.md and <content>/articles/<slug>/<article>.md.',
  flags: {
    content: { type: 'string', short: 'c', value: 'DIR', description: 'content directory holding raw/ (default: $CONTENT_DIR or ./content)' },
    json: { type: 'boolean', description: 'print one JSON document with every issue and article to stdout' },
    check: { type: 'boolean', description: 'convert without writing anything; exit 1 on any error' },
    'keep-going': { type: 'boolean', short: 'k', description: 'publish the files that convert even when others fail (default: fail and publish nothing)' },
    strict: { type: 'boolean', description: 'treat warnings as errors (exit 1)' },
    force: { type: 'boolean', short: 'f', description: 're-convert every file, ignoring the cache of unchanged ones' },
    verbose: { type: 'boolean', short: 'v', description: 'list every warning (default: the first 30)' },
    quiet: { type: 'boolean', short: 'q', description: 'print only errors' },
    help: { type: 'boolean', short: 'h', description: 'show this help' },
  },
  footer: 'Editors\' fixes go in <content>/corrections.yaml (see README). Exit codes: 0 ok, 1 a file failed, 2 usage or data error.',
} as const;

const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const RAW_EXTENSION = /\.txt$/i;
const MAX_LISTED_WARNINGS = 30;

export interface CliIo {
  stdout: Writable;
  stderr: TerminalStream;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** The project's data files with the given corrections: what every conversion, and `npm run accuracy`, runs on. */
export function converterData(corrections: Corrections): ConverterData {
  const dataDir = join(PROJECT_ROOT, 'data');
  return { segmentation: loadSegmentLexicon(dataDir), lexicon: loadLexicon(dataDir), corrections };
}

/** A broken data file or corrections file stops the run before any issue: a setup error (exit 2), with its file and line. */
function loadConverterData(contentDir: string): { data: ConverterData; correctionsPath: string } {
  const correctionsPath = join(contentDir, 'corrections.yaml');
  try {
    const corrections: Corrections = existsSync(correctionsPath)
      ? parseCorrections(readFileSync(correctionsPath, 'utf8'), correctionsPath)
      : { file: correctionsPath, entries: [] };
    return { data: converterData(corrections), correctionsPath };
  } catch (error) {
    if (error instanceof FileMessageError) throw new SetupError(formatMessage(error));
    throw error;
  }
}

/** A path relative to `cwd` when it lies below it, else absolute. */
function shownPath(path: string, cwd: string): string {
  const below = relative(cwd, path);
  return below.startsWith('..') || isAbsolute(below) ? path : below;
}

/** Slugs stay with the raw file that first held them; a new file never takes an existing file's slug. */
function allocateSlug(wanted: string, source: string, manifest: Manifest, taken: Map<string, string>): string {
  const previous = manifest.issues[source]?.slug;
  if (previous && (previous === wanted || previous.startsWith(`${wanted}-`)) && taken.get(previous) === source) return previous;
  let candidate = wanted;
  for (let n = 2; taken.has(candidate) && taken.get(candidate) !== source; n += 1) candidate = `${wanted}-${n}`;
  return candidate;
}

export async function runConvert(argv: readonly string[], io: CliIo): Promise<number> {
  const { values: flags } = parseFlags(argv, COMMAND);
  if (flags.help) {
    io.stdout.write(helpText(COMMAND));
    return EXIT.ok;
  }
  const say = (text: string) => {
    if (!flags.quiet) io.stderr.write(text);
  };
  const contentDir = resolve(io.cwd, flags.content ?? io.env['CONTENT_DIR'] ?? 'content');
  const layout: ContentLayout = contentLayout(contentDir);
  if (!existsSync(layout.raw)) throw new SetupError(`no raw issues: ${layout.raw} does not exist (put raw .txt issues there, or pass --content DIR)`);

  const { data, correctionsPath } = loadConverterData(contentDir);
  const writing = !flags.check;
  const useCache = writing && !flags.json && !flags.force;
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
  const warnings: Message[] = [];
  const errors: Message[] = [];
  const progress = progressBar(io.stderr, sources.length, { unit: 'issues', enabled: !flags.quiet });
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
      rows.push({ source, status: 'failed' });
      errors.push(...result.messages.filter((message) => severityOf(message) === 'error'));
      if (previous) next.issues[source] = previous; // its last good output stays published
      continue;
    }
    const slug = allocateSlug(result.issue.slug, source, manifest, taken);
    taken.set(slug, source);
    const issue: EnrichedIssue = { ...result.issue, slug };
    const issueWarnings = issue.messages.filter((message) => severityOf(message) === 'warning');
    warnings.push(...issueWarnings);
    rows.push({ source, status: writing ? 'converted' : 'checked', date: issue.date.date, slug, articles: issue.articles.length, warnings: issueWarnings.length, removed: issue.removed.length });
    next.issues[source] = { hash, slug, date: issue.date.date, articles: issue.articles.length, warnings: issueWarnings.length };
    if (flags.json) reports.push(issueReport(issue));
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

  if (flags.json) io.stdout.write(`${JSON.stringify({ issues: reports }, null, 2)}\n`);
  // Messages name their raw file as the converter was given it; shown as a path from here, a terminal or editor opens the place.
  const path = (file: string) => shownPath(join(layout.raw, file), io.cwd);
  if (warnings.length > 0) say(`${formatMessages(warnings, { limit: flags.verbose ? Infinity : MAX_LISTED_WARNINGS, moreHint: '--verbose lists them', path })}\n`);
  say(summary(rows, { bytes: bytesConverted, seconds, removedSources: publish ? gone : [] }));
  io.stderr.write(formatMessages(errors, { path }));
  if (failures.length > 0 && writing) {
    io.stderr.write(publish
      ? `${failures.length} file(s) failed; the others were published and the failed files keep their previous output (--keep-going).\n`
      : `${failures.length} file(s) failed: nothing was published (fix them, or pass --keep-going to publish the rest).\n`);
  }
  if (failures.length > 0 && !publish) return EXIT.failed;
  if (failures.length > 0 && !writing) return EXIT.failed;
  if (flags.strict && warnings.length > 0) return EXIT.failed;
  return EXIT.ok;
}
