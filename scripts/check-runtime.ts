// npm puts node_modules/.bin first on PATH, so this runs on the pinned Node
// (the `node` devDependency), not the machine's. Fail early if that pin broke.
// It imports nothing of the project (not even the CLI kit), so it runs and
// explains itself on whatever Node npm found.
import { parseArgs } from 'node:util';

const USAGE = 'Usage: node scripts/check-runtime.ts\n\nCheck that the Node running the project is ≥ 22.12 (Astro 7 and Vitest 5 need it). Exit 1 when it is older, 2 on a usage error.\n';

function check(): number {
  if (parseArgs({ options: { help: { type: 'boolean', short: 'h' } }, strict: true }).values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12)) {
    process.stderr.write(`Node ${process.versions.node} is too old: Astro 7 and Vitest 5 need ≥ 22.12. Run through npm (npm test, npm run …) so the pinned node@24 from devDependencies is used.\n`);
    return 1;
  }
  process.stderr.write(`runtime: Node ${process.versions.node}\n`);
  return 0;
}

try {
  process.exitCode = check();
} catch (error) {
  process.stderr.write(`check-runtime: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exitCode = 2;
}
