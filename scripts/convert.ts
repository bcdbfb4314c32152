#!/usr/bin/env node
// Thin entry point: all behaviour lives in src/converter/cli/convert.ts.
import { enableCompileCache } from 'node:module';

// Type-stripping and compiling the converter's modules is a good part of a run's start-up; Node keeps
// the result in its compile cache (keyed by each file's content), so later runs skip it. The modules
// are imported dynamically because only modules loaded after this line use the cache.
enableCompileCache();
const { runConvert } = await import('../src/converter/cli/convert.ts');
const { UsageError } = await import('../src/converter/cli/args.ts');
const { DataFileError } = await import('../src/converter/data/tsv.ts');
const { CorrectionsError } = await import('../src/converter/corrections/index.ts');

try {
  process.exitCode = await runConvert(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });
} catch (error) {
  if (error instanceof UsageError || error instanceof DataFileError || error instanceof CorrectionsError) {
    process.stderr.write(`convert: ${error.message}\n`);
  } else {
    process.stderr.write(`convert: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exitCode = 2;
}
