/**
 * The built sites the tests read. `dist/` comes from `npm run build` (the
 * README's flow); the sub-path variant is built here into `dist-sub/` with
 * BASE_PATH=/digest/, from the same CONTENT_DIR.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const DIST = join(ROOT, 'dist');
export const DIST_SUB = join(ROOT, 'dist-sub');
export const SUB_BASE = '/digest/';

/** What `npm run build` reads: a file under any of these newer than the build means dist/ is stale. */
const BUILD_INPUTS = ['content', 'src', 'data', 'public', 'astro.config.mjs', 'scripts/build.ts', 'scripts/convert.ts', 'scripts/build-search.ts'];

/** The newest file under `path` (skipping the converter's own cache), as [mtime in ms, path]. */
function newestFile(path: string): [number, string] {
  if (!existsSync(path)) return [0, path];
  const stat = statSync(path);
  if (!stat.isDirectory()) return [stat.mtimeMs, path];
  let newest: [number, string] = [0, path];
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === '.digest' || entry.name.endsWith('.test.ts')) continue;
    const candidate = newestFile(join(path, entry.name));
    if (candidate[0] > newest[0]) newest = candidate;
  }
  return newest;
}

/**
 * Fail early and clearly when the site has not been built, or was built before
 * a change to what it is built from: tests must read the site the code makes
 * now, not whatever an earlier build left in dist/.
 */
export function requireDist(): string {
  const home = join(DIST, 'index.html');
  const shown = relative(process.cwd(), DIST) || DIST;
  if (!existsSync(home)) {
    throw new Error(`No built site at ${shown}/index.html: run \`npm run build\` before \`npm test\`.`);
  }
  // Incremental builds keep unchanged pages, so the build's time is that of the newest file it wrote.
  const [built] = newestFile(DIST);
  const [changed, input] = BUILD_INPUTS.map((name) => newestFile(join(ROOT, name))).reduce((a, b) => (b[0] > a[0] ? b : a));
  if (changed > built) {
    throw new Error(`${shown}/ is stale: ${relative(ROOT, input)} changed after the build (${new Date(changed).toISOString()} > ${new Date(built).toISOString()}); run \`npm run build\` before \`npm test\`.`);
  }
  return DIST;
}

/** The site URL the build used, read from the home page's canonical link. */
export function siteOrigin(dist: string): URL {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!canonical) throw new Error(`${dist}/index.html has no canonical link`);
  return new URL(canonical);
}

/**
 * The environment without the variables Vitest sets for its own Vite: an
 * inherited BASE_URL=/ would override Astro's `base` in `import.meta.env`.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return env;
}

/** Build the site with Astro into `outDir` (relative to the project), with extra environment such as CONTENT_DIR or BASE_PATH. */
export async function buildSite(outDir: string, env: Record<string, string> = {}): Promise<string> {
  const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  await promisify(execFile)(process.execPath, [astro, 'build', '--silent'], {
    cwd: ROOT,
    env: { ...buildEnv(), ...env, OUT_DIR: outDir },
    maxBuffer: 64 * 1024 * 1024,
  });
  const dist = resolve(ROOT, outDir);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`the build wrote no ${outDir}/index.html`);
  return dist;
}

/** Build the site under BASE_PATH=/digest/ into dist-sub/ (a few seconds). */
export function buildSubpathSite(): Promise<string> {
  return buildSite('dist-sub', { BASE_PATH: SUB_BASE });
}

/** Every file under `dir`, as paths relative to it with `/` separators. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}
