// npm puts node_modules/.bin first on PATH, so this runs on the pinned Node
// (the `node` devDependency), not the machine's. Fail early if that pin broke.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Node ${process.versions.node} is too old: Astro 7 and Vitest 5 need ≥ 22.12. Run through npm (npm test, npm run …) so the pinned node@24 from devDependencies is used.`);
  process.exit(1);
}
console.error(`runtime: Node ${process.versions.node}`);
