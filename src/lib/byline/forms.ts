/**
 * The printed forms of a byline, each recognised on its own:
 *
 *   name line      陈 茜 甘凌峰 · 本报记者 蒋欣如 通讯员 慕荣雪 · ■ 张立忠 · 倪俊杰
 *   lead           本报讯（记者 陈晔）… · 本报湖州9月4日电（记者 叶诗蕾 共享联盟·湖州 陆晓芬）…
 *   trailing       …说。（郭明珠 顾志鹏） · a line that is only （金燕翔）
 *   photo credit   拍友 蒋友青 摄 · …管理中心供图 · 图片由…提供
 *
 * Text is expected after punctuation normalisation (full-width brackets), but
 * half-width brackets are accepted too.
 */
import type { Author } from '../types.ts';
import { parseAuthors, splitTokens } from './names.ts';
import type { BylineRoles, MarkerKind } from './roles.ts';

export interface Byline {
  /** The byline as printed. */
  text: string;
  authors: Author[];
  /** 本报湖州9月4日电: present when the byline opens with a dated dispatch line. */
  dateline?: string;
}

/** A square bullet (■, □, ▲ …) sometimes marks a columnist's byline. */
const BULLET = /^[■□▲△●◆◇]\s*/u;

/** Longest name line: a handful of names with their roles. */
const MAX_NAME_LINE = 40;

/** A four-character word: a name only rarely (欧阳文华), far more often half of a parallel headline (明志笃行 为民解忧). */
const FOUR_CHARACTERS = /^\p{Script=Han}{4}$/u;

export function parseNameLine(text: string, roles: BylineRoles): Byline | undefined {
  const trimmed = text.trim();
  if (trimmed.length > MAX_NAME_LINE) return undefined;
  const tokens = splitTokens(trimmed.replace(BULLET, ''));
  const authors = parseAuthors(tokens, roles);
  if (!authors) return undefined;
  // Without a role marker to say so, a line of four-character words is not a list of names.
  if (authors.every((author) => FOUR_CHARACTERS.test(author.name)) && tokens.every((token) => !roles.byToken.has(token))) return undefined;
  return { text: trimmed, authors };
}

/** 本报讯（…） / 本报湖州9月4日电（…） / 新华社北京1月2日电（…） at the start of a paragraph. */
const LEAD = /^(\S{1,20}?[讯电])\s*[（(]([^（）()]{1,80})[）)]\s*/u;

export interface SplitByline extends Byline {
  /** The paragraph without the byline. */
  rest: string;
}

export function splitLeadByline(paragraph: string, roles: BylineRoles): SplitByline | undefined {
  const match = LEAD.exec(paragraph);
  if (!match) return undefined;
  const [whole, opener = '', inner = ''] = match;
  const authors = parseAuthors(splitTokens(inner), roles);
  if (!authors) return undefined;
  const text = whole.trim();
  const dispatch = opener.endsWith('电') ? { dateline: opener } : {};
  return { text, authors, ...dispatch, rest: paragraph.slice(whole.length) };
}

/** A lead byline's opener whose bracket did not parse: worth a warning. */
export function looksLikeLeadByline(paragraph: string): boolean {
  return LEAD.test(paragraph);
}

const SENTENCE_END_BEFORE = /[。！？!?…”’」』]$/u;
const TRAILING = /[（(]([^（）()]{1,60})[）)]$/u;

/**
 * （郭明珠 顾志鹏） closing a paragraph after its last sentence, or making up
 * the whole paragraph. Inside a sentence a bracket is an aside, never a byline.
 */
export function splitTrailingByline(paragraph: string, roles: BylineRoles): SplitByline | undefined {
  const trimmed = paragraph.trim();
  const match = TRAILING.exec(trimmed);
  if (!match) return undefined;
  const rest = trimmed.slice(0, match.index).trimEnd();
  if (rest !== '' && !SENTENCE_END_BEFORE.test(rest)) return undefined;
  const authors = parseAuthors(splitTokens(match[1] ?? ''), roles);
  return authors ? { text: match[0], authors, rest } : undefined;
}

export interface Credit {
  /** The caption before the credit; empty when the line is only a credit. */
  caption: string;
  /** The credit as printed. */
  credit: string;
  /** People the credit names (拍友 蒋友青 摄); none for an organisation's 供图. */
  authors: Author[];
}

function markersOf(roles: BylineRoles, kind: MarkerKind): string[] {
  return [...roles.byToken.values()].filter((m) => m.kind === kind).map((m) => m.marker);
}

/**
 * People credited before a credit word: scanning back from it, names and
 * single characters are taken until a role marker (拍友), which is the credit's
 * first token; anything else ends the credit and belongs to the caption.
 */
function peopleCredit(tokens: readonly string[], roles: BylineRoles): Credit | undefined {
  let start = tokens.length - 1;
  while (start > 0) {
    const token = tokens[start - 1] ?? '';
    const kind = roles.byToken.get(token)?.kind;
    if (kind === 'role') {
      start -= 1;
      break;
    }
    if (kind !== undefined || !CREDITABLE.test(token)) break;
    start -= 1;
  }
  const authors = parseAuthors(tokens.slice(start), roles);
  if (!authors) return undefined;
  return { caption: tokens.slice(0, start).join(' '), credit: tokens.slice(start).join(' '), authors };
}

const CREDITABLE = /^\p{Script=Han}{1,4}$/u;

/**
 * A photo credit at the end of a line: people then a credit word (拍友 蒋友青 摄),
 * or an organisation glued to one (…管理中心供图, 图片由…提供). The caption is
 * what precedes it, separated by a space.
 */
export function splitCredit(line: string, roles: BylineRoles): Credit | undefined {
  const tokens = splitTokens(line);
  const last = tokens.at(-1) ?? '';
  if (roles.byToken.get(last)?.kind === 'credit') return peopleCredit(tokens, roles);

  const endsWith = (kind: MarkerKind): boolean => markersOf(roles, kind).some((m) => last.length > m.length && last.endsWith(m));
  const opened = markersOf(roles, 'credit-lead').some((m) => last.startsWith(m));
  // 提供 closes many ordinary sentences: it ends a credit only one that 图片由 opened.
  if (!endsWith('credit') && !(opened && endsWith('credit-close'))) return undefined;
  return { caption: tokens.slice(0, -1).join(' '), credit: last, authors: [] };
}
