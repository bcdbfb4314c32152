/**
 * Byline tokens → authors. Printed bylines pad two-character names to the
 * width of three (`陈 茜 甘凌峰`), so consecutive single characters pair up
 * into one name; role markers (记者) govern the names after them until the
 * next marker, and an organisation token (共享联盟·湖州) starts a group of its own.
 */
import type { Author } from '../types.ts';
import type { BylineMarker, BylineRoles } from './roles.ts';

const NAME = /^\p{Script=Han}{2,4}$/u;
/** Names of the minorities and transliterated names join their parts with a middle dot. */
const DOTTED_NAME = /^\p{Script=Han}{1,8}(?:·\p{Script=Han}{1,8})+$/u;
const SINGLE = /^\p{Script=Han}$/u;

export function splitTokens(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean);
}

function orgOf(token: string, roles: BylineRoles): BylineMarker | undefined {
  return roles.orgPrefixes.find((org) => token.startsWith(org.marker));
}

/** `记者陈晔` → [记者, 陈晔]: a role printed without its space. */
function splitGluedRole(token: string, roles: BylineRoles): string[] {
  if (roles.byToken.has(token)) return [token];
  const role = roles.rolePrefixes.find((marker) => token.startsWith(marker.marker) && NAME.test(token.slice(marker.marker.length)));
  return role ? [role.marker, token.slice(role.marker.length)] : [token];
}

/**
 * Authors named by byline tokens, or undefined when a token is neither a
 * marker nor a name: the caller then leaves the text where it was.
 * Credit words (摄) give their role to the names before them.
 */
export function parseAuthors(tokens: readonly string[], roles: BylineRoles): Author[] | undefined {
  const authors: Author[] = [];
  let role: string | null = null;
  let org: string | undefined;
  let pendingSingle: string | undefined;
  let sawName = false;

  for (const token of tokens.flatMap((t) => splitGluedRole(t, roles))) {
    const marker = roles.byToken.get(token);
    if (pendingSingle !== undefined && !SINGLE.test(token)) return undefined;
    if (marker?.kind === 'role') {
      role = marker.records;
      org = undefined;
    } else if (marker?.kind === 'credit') {
      // 记者 王三 摄: the credit says what the named people did for this item.
      if (marker.records !== null) for (const author of authors) author.role = marker.records;
    } else if (marker?.kind === 'credit-lead' || marker?.kind === 'credit-close') {
      return undefined;
    } else if (orgOf(token, roles)) {
      role = orgOf(token, roles)?.records ?? null;
      org = token;
    } else if (SINGLE.test(token)) {
      if (pendingSingle === undefined) {
        pendingSingle = token;
        continue;
      }
      authors.push(author(pendingSingle + token, role, org));
      pendingSingle = undefined;
      sawName = true;
    } else if (NAME.test(token) || DOTTED_NAME.test(token)) {
      authors.push(author(token, role, org));
      sawName = true;
    } else {
      return undefined;
    }
  }
  return pendingSingle === undefined && sawName ? authors : undefined;
}

function author(name: string, role: string | null, org: string | undefined): Author {
  return org === undefined ? { name, role } : { name, role, org };
}
