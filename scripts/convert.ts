#!/usr/bin/env node
// Thin entry point: all behaviour lives in src/cli/convert.ts.
import { runConvert } from '../src/cli/convert.ts';
import { UsageError } from '../src/cli/args.ts';
import { DataFileError } from '../src/lib/data/tsv.ts';
import { CorrectionsError } from '../src/lib/corrections/index.ts';

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
