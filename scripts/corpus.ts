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
import { parseArgs } from 'node:util';
import { defaultLayout, extractLexicon, generateCorpus, type Lexicon, type NoiseCounts } from '../src/tools/corpus/index.ts';

const FLAGS = [
  { long: 'issues', type: 'string', value: 'N', description: 'number of issues (pages) to generate; required' },
  { long: 'out', type: 'string', value: 'DIR', description: 'content directory to write DIR/raw/*.txt into; required' },
  { long: 'seed', type: 'string', value: 'S', description: 'random seed: the same seed gives byte-identical issues', default: 'baozhai' },
  { long: 'start', type: 'string', value: 'DATE', description: 'date of the first issue, YYYY-MM-DD', default: '2024-01-01' },
  { long: 'first', type: 'string', value: 'K', description: 'write only issues K…N-1 (append to a corpus made with the same seed)', default: '0' },
  { long: 'seeds', type: 'string', value: 'DIR', description: 'real issues whose sentences, headlines and names are recombined', default: 'content/raw' },
  { long: 'paper', type: 'string', value: 'NAME', description: 'paper named in the headers (default: one picked by the seed)' },
  { long: 'truth', type: 'boolean', description: 'also write the clean articles of each issue to DIR/truth/*.json' },
  { long: 'force', type: 'boolean', description: 'remove raw issues already in DIR/raw before writing from issue 0' },
  { long: 'help', type: 'boolean', description: 'show this help' },
] as const;

function usage(): string {
  const rows = FLAGS.map((flag) => {
    const name = `--${flag.long}${'value' in flag ? ` ${flag.value}` : ''}`;
    const fallback = 'default' in flag ? ` (default ${flag.default})` : '';
    return `  ${name.padEnd(18)} ${flag.description}${fallback}`;
  });
  return ['Usage: npm run corpus -- --issues N --out DIR [options]', '', ...rows].join('\n');
}

class UsageError extends Error {}

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

function main(): void {
  const options = Object.fromEntries(
    FLAGS.map((flag) => [flag.long, { type: flag.type, ...('default' in flag ? { default: flag.default } : {}) }]),
  ) as Record<string, { type: 'string' | 'boolean'; default?: string }>;
  const { values } = parseArgs({ options, strict: true });
  if (values['help']) {
    process.stdout.write(`${usage()}\n`);
    return;
  }
  const issues = positiveInteger(values['issues'] as string | undefined, 'issues', 1);
  const first = positiveInteger(values['first'] as string, 'first', 0);
  if (first >= issues) throw new UsageError(`--first ${first} leaves nothing to write for --issues ${issues}`);
  const outValue = values['out'] as string | undefined;
  if (!outValue) throw new UsageError('--out DIR is required');
  const out = resolve(outValue);
  const rawDir = join(out, 'raw');
  const truthDir = join(out, 'truth');
  const seed = values['seed'] as string;
  const paper = values['paper'] as string | undefined;
  const lexicon = readSeeds(resolve(values['seeds'] as string));

  const existing = existsSync(rawDir) ? readdirSync(rawDir).filter((name) => name.endsWith('.txt')) : [];
  if (first === 0 && existing.length > 0) {
    if (!values['force']) throw new UsageError(`${rawDir} already holds ${existing.length} issues; pass --force to replace them`);
    for (const name of existing) rmSync(join(rawDir, name));
    rmSync(truthDir, { recursive: true, force: true });
  }
  mkdirSync(rawDir, { recursive: true });
  if (values['truth']) mkdirSync(truthDir, { recursive: true });

  const progress = process.stderr.isTTY && issues - first >= 200;
  const started = performance.now();
  const noise: NoiseCounts = {};
  let written = 0;
  let articles = 0;
  let bytes = 0;
  for (const issue of generateCorpus(lexicon, defaultLayout, { seed, issues, first, start: values['start'] as string, paper })) {
    writeFileSync(join(rawDir, `${issue.name}.txt`), issue.text);
    if (values['truth']) {
      writeFileSync(join(truthDir, `${issue.name}.json`), `${JSON.stringify({ name: issue.name, header: issue.header, articles: issue.articles, noise: issue.noise }, null, 1)}\n`);
    }
    written++;
    articles += issue.articles.length;
    bytes += Buffer.byteLength(issue.text);
    addNoise(noise, issue.noise);
    if (progress && written % 50 === 0) process.stderr.write(`\rcorpus: ${written}/${issues - first} issues, ${(bytes / 1e6).toFixed(1)} MB`);
  }
  const seconds = (performance.now() - started) / 1000;
  if (progress) process.stderr.write('\n');
  process.stderr.write(`corpus: wrote ${written} issues (${articles} articles, ${(bytes / 1e6).toFixed(1)} MB) to ${rawDir} in ${seconds.toFixed(1)} s\n`);
  process.stdout.write(`${JSON.stringify({ out, seed, first, issues: written, articles, bytes, seconds: Number(seconds.toFixed(3)), noise })}\n`);
}

try {
  main();
} catch (error) {
  if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
    process.stderr.write(`corpus: ${error.message}\n\n${usage()}\n`);
    process.exitCode = 2;
  } else if (error instanceof RangeError) {
    process.stderr.write(`corpus: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`corpus: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
}
