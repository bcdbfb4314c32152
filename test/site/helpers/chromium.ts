/**
 * Whether the browser tests can run. Outside CI a machine without Chromium
 * skips them with a loud message; in CI (CI set) a missing browser fails the
 * run, so a green CI always means the browser tests ran.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

/** True when Chromium is there; false (after a warning) when it is not and this is not CI; throws in CI. */
export function chromiumAvailable(what: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  const reason = `no Chromium at ${CHROMIUM} (apt-get install -y chromium fonts-noto-cjk)`;
  if (process.env['CI']) throw new Error(`${what} cannot run in CI: ${reason}`);
  console.warn(`\n*** SKIPPING ${what}: ${reason}. ***\n`);
  return false;
}
