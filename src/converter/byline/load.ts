/** The only file access of the byline module: read data/bylines/roles.tsv and the surname list. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import surnames from 'chinese-surnames/index.json' with { type: 'json' };
import { parseBylineRoles, type BylineRoles } from './roles.ts';

export const ROLES_FILE = join('bylines', 'roles.tsv');

/** Surnames from the maintained `chinese-surnames` package (1,062 single and compound surnames). */
export function loadBylineRoles(dataDir: string): BylineRoles {
  const file = join(dataDir, ROLES_FILE);
  return parseBylineRoles(readFileSync(file, 'utf8'), file, surnames);
}
