/** The only file access of the byline module: read data/bylines/roles.tsv. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBylineRoles, type BylineRoles } from './roles.ts';

export const ROLES_FILE = join('bylines', 'roles.tsv');

export function loadBylineRoles(dataDir: string): BylineRoles {
  const file = join(dataDir, ROLES_FILE);
  return parseBylineRoles(readFileSync(file, 'utf8'), file);
}
