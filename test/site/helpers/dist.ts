/**
 * The built sites the tests read. `dist/` comes from `npm run build` (the
 * README's flow); the sub-path variant is built here into `dist-sub/` with
 * BASE_PATH=/digest/, from the same CONTENT_DIR.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const DIST = join(ROOT, 'dist');
export const DIST_SUB = join(ROOT, 'dist-sub');
export const SUB_BASE = '/digest/';

/** Fail early and clearly when the site has not been built. */
export function requireDist(): string {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`No built site at ${relative(process.cwd(), DIST) || DIST}/index.html: run \`npm run build\` before \`npm test\`.`);
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
