/**
 * Byline text → authors, a small grammar over the vocabulary in
 * data/bylines/roles.tsv:
 *
 *   byline  = { role | org | name | credit }
 *   role    governs the names after it until the next role (记者 陈晔 通讯员 徐英);
 *           printed with or without spaces (记者宋晓娜通讯员付一洲), padded (记 者),
 *           or after an outlet's name that becomes the authors' org (浙江在线记者 李灿, 县报道组)
 *   name    a person's name; names are separated by spaces, 、 or /; a name of two
 *           characters may be padded to the width of three (王 蓉, 龙 钰 戴 莹);
 *           names run together are split by the person-name recogniser (周金友洪菡婷)
 *   credit  after the names, says what they did (蒋友青 摄, 吴伟纲 邵进文/摄, 李丹摄, 徐金星报道)
 *
 * A byline without any role or credit word (（杨少林 施莉莉）, a bare name line)
 * must read as names by the recogniser (see parseAuthors), unless printed
 * padded: nothing else says it is one.
 */
import type { Author } from '../types.ts';
import { isBareName, isPersonName, splitPersonNames } from './person.ts';
import type { BylineMarker, BylineRoles } from './roles.ts';

/** Names of the minorities and transliterated names join their parts with a middle dot. */
const DOTTED_NAME = /^\p{Script=Han}{1,8}(?:·\p{Script=Han}{1,8})+$/u;
const SINGLE = /^\p{Script=Han}$/u;
const HAN_RUN = /^\p{Script=Han}+$/u;
/** Names a byline separates with spaces, 、 or a slash (文/摄, 邵进文/摄); a colon may close it (吴雷报道：). */
const SEPARATORS = /[\s\u3000、，,/／;；:：]+/u;
/** A bullet (■, □, ◎, ★ …) sometimes marks a byline. */
const BULLETS = /^[■□▲△▼▽●○◎◉◆◇★☆※]+/u;
/** Longest byline: five names with their roles fit in half of it; a sentence is longer. */
const MAX_BYLINE = 80;
/** Longest single name: a run of more characters is names printed together (周金友洪菡婷); one of four may be one name (欧阳文华). */
const MAX_NAME = 4;

export function splitTokens(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean);
}

type Piece = { kind: 'marker'; marker: BylineMarker } | { kind: 'org'; org: string; marker: BylineMarker } | { kind: 'text'; text: string; beforeRole: boolean };

function bylineTokens(text: string, roles: BylineRoles): string[] {
  return joinPaddedRoles(text.split(SEPARATORS).map((token) => token.replace(BULLETS, '')).filter(Boolean), roles);
}

/** A role padded like a name (记 者): its characters printed as tokens of their own are one token again. */
export function joinPaddedRoles(tokens: readonly string[], roles: BylineRoles): string[] {
  const joined: string[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const padded = [4, 3, 2].map((length) => tokens.slice(index, index + length)).find((run) => run.length > 1 && run.every((t) => SINGLE.test(t)) && roles.byToken.get(run.join(''))?.kind === 'role');
    joined.push(padded ? padded.join('') : (tokens[index] ?? ''));
    index += padded ? padded.length - 1 : 0;
  }
  return joined;
}

/** One token → markers and the text between them: 全媒体记者鄢紫见习记者许威 → 全媒体记者 鄢紫 见习记者 许威. */
function piecesOf(token: string, roles: BylineRoles): Piece[] {
  const exact = roles.byToken.get(token);
  if (exact) return [{ kind: 'marker', marker: exact }];
  const org = roles.orgPrefixes.find((prefix) => token.startsWith(prefix.marker));
  if (org) return [{ kind: 'org', org: token, marker: org }];
  const credit = roles.gluedCredits.find((c) => token.length > c.marker.length && token.endsWith(c.marker));
  if (credit) return [...piecesOf(token.slice(0, -credit.marker.length), roles), { kind: 'marker', marker: credit }];

  const pieces: Piece[] = [];
  let text = '';
  for (let index = 0; index < token.length; ) {
    const role = roles.gluedRoles.find((r) => token.startsWith(r.marker, index));
    if (!role) {
      text += token[index];
      index += 1;
      continue;
    }
    if (text !== '') pieces.push({ kind: 'text', text, beforeRole: true });
    pieces.push({ kind: 'marker', marker: role });
    text = '';
    index += role.marker.length;
  }
  if (text !== '') pieces.push({ kind: 'text', text, beforeRole: false });
  return pieces;
}

interface Reading {
  authors: Author[];
  /** Whether a role or credit said these are people. */
  marked: boolean;
  /** Names that neither padding nor a marker vouches for: the recogniser must. */
  unvouched: string[];
  /** Whether names printed together were split apart: only a role or credit makes that safe. */
  split: boolean;
}

function read(text: string, roles: BylineRoles): Reading | undefined {
  const authors: Author[] = [];
  const unvouched: string[] = [];
  let role: string | null = null;
  let org: string | undefined;
  let pendingOrg: string | undefined;
  let pendingSingle: string | undefined;
  let marked = false;
  let split = false;
  const add = (name: string, vouched: boolean): void => {
    authors.push(org === undefined ? { name, role } : { name, role, org });
    if (!vouched) unvouched.push(name);
  };

  for (const piece of bylineTokens(text, roles).flatMap((token) => piecesOf(token, roles))) {
    if (pendingSingle !== undefined) {
      // 王 蓉: two characters padded apart are one name, whatever the second one is.
      if (piece.kind !== 'text' || !SINGLE.test(piece.text)) return undefined;
      add(pendingSingle + piece.text, true);
      pendingSingle = undefined;
      continue;
    }
    if (piece.kind === 'org') {
      role = piece.marker.records;
      org = piece.org;
      marked = true;
      continue;
    }
    if (piece.kind === 'marker') {
      const { kind, records } = piece.marker;
      if (kind === 'role') {
        role = records;
        org = pendingOrg;
        pendingOrg = undefined;
      } else if (kind === 'credit') {
        // 记者 王三 摄: the credit says what the named people did for this item.
        if (records !== null) for (const author of authors) author.role = records;
      } else {
        return undefined;
      }
      marked = true;
      continue;
    }
    const run = piece.text;
    if (!HAN_RUN.test(run) && !DOTTED_NAME.test(run)) return undefined;
    if (piece.beforeRole && authors.length === 0 && role === null) {
      // 浙江在线记者, 今日桐乡记者, 县报道组: an outlet's name printed before the role.
      pendingOrg = run;
    } else if (piece.beforeRole && !isPersonName(run, roles.surnames)) {
      pendingOrg = run;
    } else if (SINGLE.test(run)) {
      pendingSingle = run;
    } else if (DOTTED_NAME.test(run)) {
      // 阿布都·热合曼: the middle dot of a transliterated name says it is one.
      add(run, true);
    } else if ([...run].length < MAX_NAME) {
      add(run, false);
    } else {
      // 周金友洪菡婷: names printed together; a four-character run no surname splits is one name (欧阳文华).
      const names = splitPersonNames(run, roles.surnames) ?? ([...run].length === MAX_NAME ? [run] : undefined);
      if (!names) return undefined;
      split ||= names.length > 1;
      for (const name of names) add(name, false);
    }
  }
  if (pendingSingle !== undefined || pendingOrg !== undefined || authors.length === 0) return undefined;
  return { authors, marked, unvouched, split };
}

/**
 * Authors a byline names, or undefined when some token is neither a marker nor
 * a name: the caller then leaves the text where it was.
 *
 * Without a role or credit word, the names must read as people's: each of
 * them, or, when several are printed together, enough of them that the others
 * are taken as pen names (（小西 陈越超）); words none of which is a name
 * (（待续）, 城事 民生) are no byline. `enclosed`: printed in brackets, which set a
 * byline apart as a role would (（张三）); bare names (…氛围。汪诚) must also be
 * no dictionary word (强化).
 */
export function parseAuthors(text: string, roles: BylineRoles, enclosed = false): Author[] | undefined {
  const reading = text.length <= MAX_BYLINE ? read(text, roles) : undefined;
  if (!reading) return undefined;
  if (reading.marked) return reading.authors;
  if (reading.split) return undefined;
  const placeEnds = roles.markers('place-end');
  const recognised = enclosed ? isPersonName : isBareName;
  if (reading.unvouched.some((name) => placeEnds.some((end) => name.endsWith(end)))) return undefined;
  if (reading.unvouched.every((name) => recognised(name, roles.surnames))) return reading.authors;
  // Pen names among names: as many names as not, each a name beyond doubt (来源 starts with a surname too).
  const named = reading.unvouched.filter((name) => isBareName(name, roles.surnames)).length;
  const vouched = reading.authors.length - reading.unvouched.length;
  return named > 0 && (named + vouched) * 2 >= reading.authors.length ? reading.authors : undefined;
}

/** Does the text use the byline vocabulary at all (a role or credit word)? For warnings about bylines that fail. */
export function mentionsRole(text: string, roles: BylineRoles): boolean {
  return roles.gluedRoles.some((role) => text.includes(role.marker)) || roles.gluedCredits.some((credit) => text.includes(credit.marker));
}
