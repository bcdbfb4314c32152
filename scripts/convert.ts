#!/usr/bin/env node
// Thin entry point: all behaviour lives in src/converter/cli/convert.ts.
import { enableCompileCache } from 'node:module';

// Type-stripping and compiling the converter's modules is a good part of a run's start-up; Node keeps
// the result in its compile cache (keyed by each file's content), so later runs skip it. The modules
// are imported dynamically because only modules loaded after this line use the cache.
enableCompileCache();
const { main } = await import('../src/cli-kit/index.ts');
const { runConvert } = await import('../src/converter/cli/convert.ts');

main('convert', () => runConvert(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }));
