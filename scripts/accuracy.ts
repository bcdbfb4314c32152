#!/usr/bin/env node
// Thin entry point: all behaviour lives in src/tools/accuracy/cli.ts.
import { main } from '../src/cli-kit/index.ts';
import { runAccuracy } from '../src/tools/accuracy/cli.ts';

main('accuracy', () => runAccuracy(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }));
