/**
 * npm run corpus -- --issues N --out DIR [--seed S] …
 *
 * Writes N generated raw issues to DIR/raw/*.txt (DIR then works as a
 * CONTENT_DIR), one file at a time so memory stays flat at any N. With
 * --truth, the clean articles behind each page go to DIR/truth/*.json.
 * stdout: one JSON summary. stderr: progress (on a TTY) and errors.
 * Exit codes: 0 ok, 1 failed while generating, 2 bad usage or seeds.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXIT, helpText, main, parseFlags, progressBar, UsageError } from '../src/cli-kit/index.ts';
import { defaultLayout, extractLexicon, generateCorpus, type Lexicon, type NoiseCounts } from '../src/tools/corpus/index.ts';

const COMMAND = {
  usage: 'npm run corpus -- --issues N --out DIR [options]',
  summary: 'Write N generated raw issues to DIR/raw/*.txt, recombined from real ones; one JSON summary on stdout.',
  flags: {
    issues: { type: 'string', value: 'N', description: 'number of issues (pages) to generate; required' },
    out: { type: 'string', value: 'DIR', description: 'content directory to write DIR/raw/*.txt into; required' },
    seed: { type: 'string', value: 'S', description: 'random seed: the same seed gives byte-identical issues', default: 'baozhai' },
    start: { type: 'string', value: 'DATE', description: 'date of the first issue, YYYY-MM-DD', default: '2024-01-01' },
    first: { type: 'string', value: 'K', description: 'write only issues K…N-1 (append to a corpus made with the same seed)', default: '0' },
    seeds: { type: 'string', value: 'DIR', description: 'real issues whose sentences, headlines and names are recombined', default: 'content/raw' },
    paper: { type: 'string', value: 'NAME', description: 'paper named in the headers (default: one picked by the seed)' },
    truth: { type: 'boolean', description: 'also write the clean articles of each issue to DIR/truth/*.json' },
    force: { type: 'boolean', description: 'remove raw issues already in DIR/raw before writing from issue 0' },
    help: { type: 'boolean', description: 'show this help' },
  },
  footer: 'Exit codes: 0 ok, 1 failed while generating, 2 bad usage or seeds.',
} as const;

function positiveInteger(value: string | undefined, flag: string, min: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) throw new UsageError(`--${flag} must be an integer ≥ ${min}, got "${value ?? ''}"`);
  return number;
}

function readSeeds(dir: string): Lexicon {
  if (!existsSync(dir)) throw new UsageError(`seed directory ${dir} does not exist`);
  const names = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort();
  if (names.length === 0) throw new UsageError(`seed directory ${dir} holds no .txt issues`);
  try {
    return extractLexicon(
      names.map((name) => ({ name: join(dir, name), text: readFileSync(join(dir, name), 'utf8') })),
      defaultLayout,
    );
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function addNoise(total: NoiseCounts, noise: NoiseCounts): void {
  for (const [kind, count] of Object.entries(noise) as [keyof NoiseCounts, number][]) total[kind] = (total[kind] ?? 0) + count;
}

function generate(): number {
  const { values } = parseFlags(process.argv.slice(2), COMMAND);
  if (values.help) {
    process.stdout.write(helpText(COMMAND));
    return EXIT.ok;
  }
  const issues = positiveInteger(values.issues, 'issues', 1);
  const first = positiveInteger(values.first, 'first', 0);
  if (first >= issues) throw new UsageError(`--first ${first} leaves nothing to write for --issues ${issues}`);
  if (!values.out) throw new UsageError('--out DIR is required');
  const out = resolve(values.out);
  const rawDir = join(out, 'raw');
  const truthDir = join(out, 'truth');
  const { seed, paper } = values;
  const lexicon = readSeeds(resolve(values.seeds));

  const existing = existsSync(rawDir) ? readdirSync(rawDir).filter((name) => name.endsWith('.txt')) : [];
  if (first === 0 && existing.length > 0) {
    if (!values.force) throw new UsageError(`${rawDir} already holds ${existing.length} issues; pass --force to replace them`);
    for (const name of existing) rmSync(join(rawDir, name));
    rmSync(truthDir, { recursive: true, force: true });
  }
  mkdirSync(rawDir, { recursive: true });
  if (values.truth) mkdirSync(truthDir, { recursive: true });

  const progress = progressBar(process.stderr, issues - first, { unit: 'issues', minimum: 200 });
  const started = performance.now();
  const noise: NoiseCounts = {};
  let written = 0;
  let articles = 0;
  let bytes = 0;
  for (const issue of generateCorpus(lexicon, defaultLayout, { seed, issues, first, start: values.start, paper })) {
    writeFileSync(join(rawDir, `${issue.name}.txt`), issue.text);
    if (values.truth) {
      writeFileSync(join(truthDir, `${issue.name}.json`), `${JSON.stringify({ name: issue.name, header: issue.header, articles: issue.articles, noise: issue.noise }, null, 1)}\n`);
    }
    written++;
    articles += issue.articles.length;
    bytes += Buffer.byteLength(issue.text);
    addNoise(noise, issue.noise);
    if (written % 50 === 0) progress.tick(written, `${(bytes / 1e6).toFixed(1)} MB`);
  }
  progress.done();
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`corpus: wrote ${written} issues (${articles} articles, ${(bytes / 1e6).toFixed(1)} MB) to ${rawDir} in ${seconds.toFixed(1)} s\n`);
  process.stdout.write(`${JSON.stringify({ out, seed, first, issues: written, articles, bytes, seconds: Number(seconds.toFixed(3)), noise })}\n`);
  return EXIT.ok;
}

main('corpus', () => {
  try {
    return generate();
  } catch (error) {
    // The generator throws a RangeError for options it cannot honour (a bad --start date, an unknown --paper).
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
});
