/**
 * The printed forms of a byline, each recognised on its own:
 *
 *   name line      陈 茜 甘凌峰 · 本报记者 蒋欣如 通讯员 慕荣雪 · ■ 张立忠 · 倪俊杰 · □记者 丁霞 报道
 *   lead           本报讯（记者 陈晔）… · 本报湖州9月4日电（记者 叶诗蕾 共享联盟·湖州 陆晓芬）…
 *                  天门日报讯（全媒体记者鄢紫见习记者许威）… · 本报讯 徐金星报道 近日… · 本报讯 近日…
 *   trailing       …说。（郭明珠 顾志鹏） · a line that is only （金燕翔） or 聂杨波 · …氛围。汪诚
 *   photo credit   拍友 蒋友青 摄 · …管理中心供图 · 图片由…提供
 *
 * Text is expected after punctuation normalisation (full-width brackets), but
 * half-width brackets are accepted too.
 */
import { alternatives } from '../data/pattern.ts';
import type { Author } from '../types.ts';
import { joinPaddedRoles, mentionsRole, parseAuthors, splitTokens } from './names.ts';
import { isBareName } from './person.ts';
import type { BylineRoles, MarkerKind } from './roles.ts';

export interface Byline {
  /** The byline as printed. */
  text: string;
  authors: Author[];
  /** 本报湖州9月4日电, 水母网9月5日讯: present when the byline opens with an outlet dateline that says more than 本报讯. */
  dateline?: string;
}

/** Longest name line: a handful of names with their roles. */
const MAX_NAME_LINE = 40;

export function parseNameLine(text: string, roles: BylineRoles): Byline | undefined {
  const trimmed = text.trim();
  if (trimmed.length > MAX_NAME_LINE) return undefined;
  const authors = parseAuthors(trimmed, roles);
  return authors ? { text: trimmed, authors } : undefined;
}

export interface SplitByline extends Byline {
  /** The paragraph without the byline. */
  rest: string;
}


/** No punctuation, brackets or quotes inside an outlet dateline. */
const DATELINE_CHAR = '[^\\s（()）,，。、：:；;“”"]';

/**
 * An outlet dateline (电头) opening a report:
 *   the paper itself, a place, a day:   本报讯 · 本报曲阜讯 · 本报湖州9月4日电
 *   an outlet's name, then a day:       天门日报讯 · 海曙新闻网讯 · 晨刊讯 · 水母网9月5日讯
 *                                       浙江在线-普陀新闻网12月03日讯 · 新华社北京1月2日电
 * After an outlet's name a place is read only with a day after it, so that
 * ordinary words (社区网格员通讯…) are not taken for one.
 */
function datelinePattern(roles: BylineRoles): RegExp {
  const self = alternatives(roles.markers('self'));
  const outlet = alternatives(roles.markers('outlet'));
  const dispatch = alternatives(roles.markers('dispatch'));
  const day = '\\d{1,2}月\\d{1,2}日';
  return new RegExp(
    `^(?:(?:${self})${DATELINE_CHAR}{0,6}?(?:${day})?|${DATELINE_CHAR}{1,14}?(?:${outlet})(?:${DATELINE_CHAR}{0,8}?${day})?)(?:${dispatch})`,
    'u',
  );
}

const patterns = new WeakMap<BylineRoles, RegExp>();
function datelineOf(paragraph: string, roles: BylineRoles): { dateline: string; selfOnly: boolean } | undefined {
  let pattern = patterns.get(roles);
  if (!pattern) {
    pattern = datelinePattern(roles);
    patterns.set(roles, pattern);
  }
  const match = pattern.exec(paragraph);
  if (!match) return undefined;
  const dateline = match[0];
  // 本报讯 says only that the paper reports: not worth keeping as a dateline.
  const selfOnly = roles.markers('self').flatMap((self) => roles.markers('dispatch').map((dispatch) => self + dispatch));
  return { dateline, selfOnly: selfOnly.includes(dateline) };
}

const BRACKET = /^\s*[（(]([^（）()]{1,80})[）)]\s*/u;

/**
 * Does the paragraph open a report: an outlet dateline with the report's text
 * after it (本报讯 连日来…, 水母网9月5日讯（记者 宋晓娜）近日…)? A dateline
 * with nothing after it but its byline is a stray line, not a story's start.
 */
export function opensReport(paragraph: string, roles: BylineRoles): boolean {
  const opener = datelineOf(paragraph, roles);
  return opener !== undefined && paragraph.slice(opener.dateline.length).replace(BRACKET, '').trim() !== '';
}
/** Longest byline printed without brackets at the head of a paragraph (本报讯 见习记者何良玉报道 昨日…). */
const MAX_BARE_LEAD = 30;
const LEAD_END = /^(?:[:：]\s*|\s+)/u;
/** A clause ends inside text, never inside a byline (names are separated by spaces or 、). */
const CLAUSE_MARK = /[，,。；;]/u;

function withDateline(text: string, authors: Author[], opener: { dateline: string; selfOnly: boolean }, rest: string): SplitByline {
  return { text: text.trim(), authors, ...(opener.selfOnly ? {} : { dateline: opener.dateline }), rest };
}

/**
 * A byline printed without brackets at the head of a paragraph: ending in a
 * credit word (徐金星报道, 记者刘文钊摄影报道), or else opening with a role
 * ({@link roleLed}). Nothing but those words sets it apart from the text, so
 * every name must read as a person's.
 */
function bareLead(after: string, roles: BylineRoles): { text: string; authors: Author[]; rest: string } | undefined {
  for (const credit of roles.markers('credit')) {
    for (let end = after.indexOf(credit); end >= 0 && end <= MAX_BARE_LEAD; end = after.indexOf(credit, end + 1)) {
      const text = after.slice(0, end + credit.length);
      const close = LEAD_END.exec(after.slice(text.length));
      const authors = close && !CLAUSE_MARK.test(text) ? parseAuthors(text, roles) : undefined;
      if (close && authors?.every((author) => isBareName(author.name, roles.surnames))) return { text, authors, rest: after.slice(text.length + close[0].length) };
    }
  }
  return roleLed(after, roles);
}

const WORD = /\S+/gu;

/**
 * A byline printed bare with no credit word to close it (本报讯 记者 张三 通讯员 李四 近日，…):
 * it opens with a role, and runs over the words that are roles and names; the
 * first word that is neither starts the text.
 */
function roleLed(after: string, roles: BylineRoles): { text: string; authors: Author[]; rest: string } | undefined {
  if (!roles.gluedRoles.some((role) => after.startsWith(role.marker))) return undefined;
  let found: { text: string; authors: Author[] } | undefined;
  for (const word of after.matchAll(WORD)) {
    const text = after.slice(0, word.index + word[0].length);
    if (text.length > MAX_BARE_LEAD || CLAUSE_MARK.test(text)) break;
    const authors = parseAuthors(text, roles);
    if (authors?.every((author) => isBareName(author.name, roles.surnames))) found = { text, authors };
  }
  const rest = found ? after.slice(found.text.length).trimStart() : '';
  return found && rest !== '' ? { ...found, rest } : undefined;
}

/**
 * An outlet dateline at the start of a paragraph, with the byline after it:
 * in brackets (本报讯（记者 陈晔）), bare and ending in a credit word
 * (本报讯 徐金星报道 近日…), or none (本报讯 近日…, 晨刊讯 温州市是…); or, with
 * no dateline, a byline from a role to a credit word (记者 陈芮 文/摄 4月18日，…).
 */
export function splitLeadByline(paragraph: string, roles: BylineRoles): SplitByline | undefined {
  const opener = datelineOf(paragraph, roles);
  if (!opener) return roleLead(paragraph, roles);
  const after = paragraph.slice(opener.dateline.length);
  const bracket = BRACKET.exec(after);
  if (bracket) {
    const authors = parseAuthors(bracket[1] ?? '', roles, true);
    return authors ? withDateline(opener.dateline + bracket[0], authors, opener, after.slice(bracket[0].length)) : undefined;
  }
  const bare = bareLead(after.trimStart(), roles);
  if (bare) return withDateline(`${opener.dateline} ${bare.text}`, bare.authors, opener, bare.rest);
  // A dateline alone: set apart by a space or colon, or 本报讯 glued to the text (本报讯为创建…).
  const close = LEAD_END.exec(after);
  if (!close && !opener.selfOnly) return undefined;
  return withDateline(opener.dateline, [], opener, after.slice(close?.[0].length ?? 0));
}

/** Without a dateline, a role opens the byline, a credit word or the text closes it: 记者 陈芮 文/摄 4月18日，…. */
function roleLead(paragraph: string, roles: BylineRoles): SplitByline | undefined {
  if (!roles.gluedRoles.some((role) => paragraph.startsWith(role.marker))) return undefined;
  const bare = bareLead(paragraph, roles);
  return bare && bare.rest !== '' ? { text: bare.text, authors: bare.authors, rest: bare.rest } : undefined;
}

/**
 * A lead dateline whose bracket did not parse but reads like a byline (it uses
 * a role or credit word, or holds only short words): worth a warning.
 */
export function looksLikeLeadByline(paragraph: string, roles: BylineRoles): boolean {
  const opener = datelineOf(paragraph, roles);
  const inner = opener ? BRACKET.exec(paragraph.slice(opener.dateline.length))?.[1] : undefined;
  if (inner === undefined) return false;
  return mentionsRole(inner, roles) || splitTokens(inner).every((token) => /^\p{Script=Han}{1,4}$/u.test(token));
}

const SENTENCE_END_BEFORE = /[。！？!?…”’」』]$/u;
const TRAILING = /[（(]([^（）()]{1,60})[）)]$/u;
const SENTENCE_FINAL = new Set(['。', '！', '？', '!', '?', '…']);
const CLOSING_QUOTES = new Set(['”', '’', '」', '』']);
const TAIL_TEXT = /^[^（）()“”]{2,40}$/u;

/** The last sentence and what follows it: `…氛围。` + `汪诚`, `…节目。` + `记者周金友、洪菡婷`. */
function tailOf(paragraph: string): { rest: string; text: string } | undefined {
  let end = paragraph.length;
  while (end > 0 && !SENTENCE_FINAL.has(paragraph[end - 1] ?? '')) end -= 1;
  if (end === 0 || paragraph.length - end > 60) return undefined;
  if (CLOSING_QUOTES.has(paragraph[end] ?? '')) end += 1;
  const text = paragraph.slice(end).trim();
  return TAIL_TEXT.test(text) ? { rest: paragraph.slice(0, end), text } : undefined;
}

/**
 * A byline closing a paragraph after its last sentence, or making up the
 * whole paragraph: in brackets (（郭明珠 顾志鹏）, （记者 杨晓轩）, （戚善成 摄）), after
 * the last sentence with a role or credit word (…节目。记者周金友、洪菡婷), or a
 * line of names alone (聂杨波). Inside a sentence a bracket is an aside, never a
 * byline. Bare names glued to the last sentence are {@link splitClosingNames}'.
 */
export function splitTrailingByline(paragraph: string, roles: BylineRoles): SplitByline | undefined {
  const trimmed = paragraph.trim();
  const match = TRAILING.exec(trimmed);
  if (match) {
    const rest = trimmed.slice(0, match.index).trimEnd();
    if (rest !== '' && !SENTENCE_END_BEFORE.test(rest)) return undefined;
    const authors = parseAuthors(match[1] ?? '', roles, true);
    return authors ? { text: match[0], authors, rest } : undefined;
  }
  const tail = tailOf(trimmed);
  if (tail && !mentionsRole(tail.text, roles)) return undefined;
  const { rest, text } = tail ?? { rest: '', text: trimmed };
  if (text.length > MAX_NAME_LINE) return undefined;
  const authors = parseAuthors(text, roles);
  return authors ? { text, authors, rest } : undefined;
}

/**
 * Bare names glued to the last sentence of an article (…营造了浓厚的迎新氛围。汪诚).
 * Only the article's last paragraph may end so: anywhere else the same shape is
 * a sentence cut by a column break (…人都是满满的。公交车 / 司机张师傅说…).
 */
export function splitClosingNames(paragraph: string, roles: BylineRoles): SplitByline | undefined {
  const tail = tailOf(paragraph.trim());
  const authors = tail ? parseAuthors(tail.text, roles) : undefined;
  return tail && authors ? { ...tail, authors } : undefined;
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
  return roles.markers(kind);
}

/**
 * People credited before a credit word: scanning back from it, names and
 * single characters are taken up to a role marker (拍友), and on over each
 * earlier role with its names (记者 叶晖 通讯员 陈兴长 摄); anything else ends the
 * credit and belongs to the caption.
 */
function peopleCredit(tokens: readonly string[], roles: BylineRoles): Credit | undefined {
  const isRole = (token: string): boolean => roles.byToken.get(token)?.kind === 'role';
  // 通讯员周子健、黄翊宸 摄: a token that is itself roles and names belongs to the credit.
  const creditable = (token: string): boolean => !roles.byToken.has(token) && (CREDITABLE.test(token) || parseAuthors(token, roles) !== undefined);
  const namesBefore = (end: number): number => {
    let start = end;
    while (start > 0 && creditable(tokens[start - 1] ?? '')) start -= 1;
    return start;
  };
  let start = namesBefore(tokens.length - 1);
  while (start > 0 && isRole(tokens[start - 1] ?? '')) {
    start -= 1;
    const earlier = namesBefore(start);
    if (earlier === start || earlier === 0 || !isRole(tokens[earlier - 1] ?? '')) break;
    start = earlier;
  }
  const credit = tokens.slice(start).join(' ');
  const authors = parseAuthors(credit, roles);
  if (!authors) return undefined;
  return { caption: tokens.slice(0, start).join(' '), credit, authors };
}

const CREDITABLE = /^\p{Script=Han}{1,4}$/u;

/**
 * A photo credit at the end of a line: people then a credit word (拍友 蒋友青 摄),
 * or an organisation glued to one (…管理中心供图, 图片由…提供). The caption is
 * what precedes it, separated by a space.
 */
export function splitCredit(line: string, roles: BylineRoles): Credit | undefined {
  const tokens = joinPaddedRoles(splitTokens(line), roles);
  const last = tokens.at(-1) ?? '';
  if (roles.byToken.get(last)?.kind === 'credit') return peopleCredit(tokens, roles);
  // 通讯员 李丹摄: the credit word glued to the last name.
  const glued = roles.gluedCredits.find((credit) => last.length > credit.marker.length && last.endsWith(credit.marker));
  if (glued) return peopleCredit([...tokens.slice(0, -1), last.slice(0, -glued.marker.length), glued.marker], roles);

  const endsWith = (kind: MarkerKind): boolean => markersOf(roles, kind).some((m) => last.length > m.length && last.endsWith(m));
  const opened = markersOf(roles, 'credit-lead').some((m) => last.startsWith(m));
  // 提供 closes many ordinary sentences: it ends a credit only one that 图片由 opened.
  if (!endsWith('credit-org') && !(opened && endsWith('credit-close'))) return undefined;
  return { caption: tokens.slice(0, -1).join(' '), credit: last, authors: [] };
}
