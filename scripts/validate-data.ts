/**
 * `node scripts/validate-data.ts [--data DIR]`: check every data file.
 * The lexicon's files (gazetteer, taxonomy) are parsed and cross-checked; any
 * other .tsv under the data directory must at least be well-formed TSV.
 * Problems go to stderr as `file:line: error: reason [rule-id]`, one per line, and the exit
 * code is 1; on success a JSON summary goes to stdout. Exit 2: usage error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Writable } from 'node:stream';
import { EXIT, helpText, main, parseFlags } from '../src/cli-kit/index.ts';
import { formatMessages } from '../src/converter/cli/reporter.ts';
import { DataFileError, parseTsv } from '../src/data-files/tsv.ts';
import { buildLexicon, LEXICON_FILES, lexiconProblems, readLexiconSources } from '../src/converter/lexicon/index.ts';

const DEFAULT_DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));

function tsvFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsvFiles(path);
    return entry.name.endsWith('.tsv') ? [path] : [];
  });
}

export function validateData(dataDir: string): { problems: DataFileError[]; summary: Record<string, number> } {
  let sources;
  try {
    sources = readLexiconSources(dataDir);
  } catch (error) {
    if (error instanceof DataFileError) return { problems: [error], summary: {} };
    throw error;
  }
  const problems = lexiconProblems(sources);
  const lexiconPaths = new Set(Object.values(LEXICON_FILES).map((path) => join(dataDir, path)));
  for (const path of tsvFiles(dataDir)) {
    if (lexiconPaths.has(path)) continue;
    try {
      parseTsv(readFileSync(path, 'utf8'), relative(process.cwd(), path) || path);
    } catch (error) {
      if (!(error instanceof DataFileError)) throw error;
      problems.push(error);
    }
  }
  if (problems.length > 0) return { problems, summary: {} };
  const lexicon = buildLexicon(sources);
  return {
    problems,
    summary: {
      provinces: lexicon.provinces.length,
      cities: lexicon.cities.length,
      tiledCities: lexicon.cities.filter((city) => city.tile).length,
      counties: lexicon.counties.length,
      places: lexicon.places.length,
      themes: lexicon.themes.length,
      cueTerms: lexicon.cueTerms.forms.size,
      stopwords: lexicon.stopwords.size,
    },
  };
}

const COMMAND = {
  usage: 'node scripts/validate-data.ts [--data DIR]',
  summary: 'Check every data file: problems go to stderr as file:line: reason (exit 1), a JSON summary to stdout.',
  flags: {
    data: { type: 'string', value: 'DIR', description: 'the data directory (default: the project\'s data/)' },
    help: { type: 'boolean', short: 'h', description: 'show this help' },
  },
} as const;

export function runValidateData(argv: readonly string[], io: { stdout: Writable; stderr: Writable }): number {
  const { values } = parseFlags(argv, COMMAND);
  if (values.help) {
    io.stdout.write(helpText(COMMAND));
    return EXIT.ok;
  }
  const dataDir = values.data ?? DEFAULT_DATA_DIR;
  const { problems, summary } = validateData(dataDir);
  io.stderr.write(formatMessages(problems));
  if (problems.length > 0) {
    io.stderr.write(`${problems.length} problem(s) in the data files\n`);
    return EXIT.failed;
  }
  io.stdout.write(`${JSON.stringify({ ok: true, dataDir, ...summary })}\n`);
  return EXIT.ok;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main('validate-data', () => runValidateData(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }));
}
