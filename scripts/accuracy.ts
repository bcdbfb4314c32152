#!/usr/bin/env node
// Thin entry point: all behaviour lives in src/tools/accuracy/cli.ts.
import { runAccuracy, UsageError } from '../src/tools/accuracy/cli.ts';

try {
  process.exitCode = runAccuracy(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
} catch (error) {
  process.stderr.write(error instanceof UsageError ? `accuracy: ${error.message}\n` : `accuracy: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
}
