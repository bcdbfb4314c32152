// Thin entry point: all behaviour lives in src/build/cli.ts.
import { main } from '../src/cli-kit/index.ts';
import { runBuild } from '../src/build/cli.ts';

main('build', () => runBuild(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }));
