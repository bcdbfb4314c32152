/**
 * The running head (报眉) a page prints above its articles, read into its
 * parts. Its conventions, whatever the paper:
 *   - it is one short line without sentence punctuation;
 *   - it carries the issue date (2025年2月17日, 2026.02.05, 二〇二五年十月十五日)
 *     with the weekday, the page (第5版, A3, A03·要闻, Q02, 05) or the page's
 *     staff (编辑 何一帆 美编 祝小溪), or it is the first line of the issue;
 *   - or it is a page line without a date (第03版：城事, 第5版 · 区县, A3 要闻)
 *     or a staff line (责任编辑：王敏 美术编辑：李强);
 *   - the page's name (版名) follows its number; the masthead is the other name.
 */
import type { PageHead } from '../../types.ts';
import type { FurnitureCues } from './cues.ts';
import { findPrintedDate } from './printed-date.ts';


/** Sentence punctuation never stands in a running head. */
const SENTENCE = /[。！？；，!?;]/u;
/** Longest running head read (characters): masthead, date, weekday, page, name and three staff credits. */
const MAX_HEAD = 90;
/** Separators between the parts of a head: spaces, bars, colons, brackets. */
const SEPARATORS = /[\s|｜:：【】[\]、]+/u;
const MIDDLE_DOT = /[·•・]/u;
/** A name token of the head: a few Han characters, perhaps joined by a middle dot (城事·延伸). */
const NAME = /^\p{Script=Han}{2,12}(?:[·•・]\p{Script=Han}{2,8})?$/u;
const STAFF_NAME = /^\p{Script=Han}{2,4}$/u;
const CODE = /^[A-Z]{1,2}\d{1,3}$/u;
const NUMBER = /^\d{1,2}$/u;
const MAY_BE_HEAD = /[\d０-９〇版]/u;

interface Parts {
  date?: { date: string; text: string };
  weekday: boolean;
  page?: string;
  pageName?: string;
  paper?: string;
  staff: boolean;
  /** Tokens that are none of the above. */
  others: string[];
  /** The masthead printed in 【】, which the head names as such. */
  bracketed?: string;
}

function pageNumber(token: string, cues: FurnitureCues): string | undefined {
  const unit = cues.pageUnit;
  if (token.startsWith('第') && token.endsWith(unit)) {
    const inner = token.slice(1, -unit.length).trim();
    return /^(?:[A-Z]?\d{1,3}|[一二三四五六七八九十]{1,3})$/u.test(inner) ? inner : undefined;
  }
  if (token.endsWith(unit) && CODE.test(token.slice(0, -unit.length))) return token.slice(0, -unit.length);
  return CODE.test(token) ? token : undefined;
}

/** Longest staff credit read as one role: a duty before the role word (值班编辑, 文字编辑, 版面设计). */
const MAX_STAFF_ROLE = 6;

function staffRole(token: string, cues: FurnitureCues): { role: string; rest: string } | undefined {
  const role = cues.staffRoles.find((word) => token.startsWith(word));
  if (role !== undefined) return { role, rest: token.slice(role.length) };
  const duty = token.length <= MAX_STAFF_ROLE ? cues.staffRoles.find((word) => token.endsWith(word)) : undefined;
  return duty === undefined ? undefined : { role: token, rest: '' };
}

function readParts(text: string, cues: FurnitureCues): Parts {
  const parts: Parts = { weekday: false, staff: false, others: [] };
  const bracketed = /^【([^】]{2,12})】/u.exec(text);
  if (bracketed?.[1]) parts.bracketed = bracketed[1];
  const date = findPrintedDate(text);
  let rest = text;
  if (date) {
    parts.date = { date: date.date, text: date.text };
    rest = `${text.slice(0, date.index)} ${text.slice(date.index + date.text.length)}`;
  }
  // A03·区域新闻: a page code joined to the page's name; 城事·延伸 stays one name.
  const tokens = rest
    .split(SEPARATORS)
    .flatMap((token) => {
      const [code = '', ...name] = token.split(MIDDLE_DOT);
      return name.length > 0 && pageNumber(code, cues) !== undefined ? [code, name.join('·')] : [token];
    })
    .filter((token) => token !== '' && !/^[·•・]+$/u.test(token));
  let afterPage = false;
  let staffNames = 0;
  for (const [index, token] of tokens.entries()) {
    const role = staffRole(token, cues);
    if (role && (role.rest === '' || STAFF_NAME.test(role.rest))) {
      parts.staff = true;
      staffNames = role.rest === '' ? 3 : 2;
      afterPage = false;
      continue;
    }
    if (staffNames > 0 && STAFF_NAME.test(token)) {
      staffNames -= 1;
      continue;
    }
    staffNames = 0;
    if (cues.weekdays.includes(token)) {
      parts.weekday = true;
      continue;
    }
    if (cues.lunar.some((word) => token.startsWith(word))) continue;
    const page = pageNumber(token, cues) ?? (index === 0 && NUMBER.test(token) ? token : undefined);
    if (page !== undefined && parts.page === undefined) {
      parts.page = page;
      afterPage = true;
      continue;
    }
    if (afterPage && parts.pageName === undefined && NAME.test(token)) parts.pageName = token;
    else if (parts.paper === undefined && NAME.test(token) && token !== parts.bracketed) parts.paper = token;
    else if (token === parts.bracketed) parts.paper ??= token;
    else parts.others.push(token);
    afterPage = false;
  }
  if (parts.bracketed !== undefined && parts.paper !== parts.bracketed) {
    // 【齐鲁观察】…Q02 城乡: the bracket names the masthead, any name after the page is the page's.
    if (parts.paper !== undefined && parts.pageName === undefined) parts.pageName = parts.paper;
    parts.paper = parts.bracketed;
  }
  return parts;
}

function toHeader(parts: Parts, text: string, line: number): PageHead {
  return {
    text,
    line,
    ...(parts.paper === undefined ? {} : { paper: parts.paper }),
    ...(parts.date === undefined ? {} : { date: parts.date.date }),
    ...(parts.page === undefined ? {} : { page: parts.page }),
    ...(parts.pageName === undefined ? {} : { pageName: parts.pageName }),
  };
}

/**
 * The running head printed on `text`, or undefined when the line is not one.
 * `first`: the line opens the issue, where a masthead with a bare date
 * (禾湖周末 2026.02.05) is the head; further down such a line could be a
 * notice's signature (某某局 2024年6月1日) and needs a weekday, page or staff.
 */
export function readPageHead(raw: string, line: number, cues: FurnitureCues, first: boolean): PageHead | undefined {
  // A head prints a date or a page (digits, 〇, 版) or its staff: most lines show none of them.
  if (raw.length > MAX_HEAD || !(MAY_BE_HEAD.test(raw) || cues.staffRoles.some((role) => raw.includes(role)))) return undefined;
  const text = raw.normalize('NFKC').replace(/^#{1,6}\s+/u, '').trim();
  // A tab separates table cells (序号	名称	日期), never the parts of a head.
  if (text.length > MAX_HEAD || SENTENCE.test(text) || raw.includes('\t')) return undefined;
  const parts = readParts(text, cues);
  const marked = parts.weekday || parts.page !== undefined || parts.staff;
  // A dated head with its weekday and page may carry one more name than a bare one (a supplement's title).
  const room = parts.date && parts.weekday && parts.page !== undefined ? 2 : 1;
  if (parts.others.length > room || parts.others.some((token) => token.length > 12)) return undefined;
  if (parts.date) {
    const bare = parts.others.length === 0 && (parts.paper !== undefined || parts.bracketed !== undefined);
    return marked || (first && bare) ? toHeader(parts, raw.trim(), line) : undefined;
  }
  // No date: a page line (第03版：城事, A3 要闻) or a staff line, with nothing else on it.
  if (parts.others.length > 0 || parts.weekday) return undefined;
  const pageLine = parts.page !== undefined && parts.paper === undefined && (/第/u.test(text) || parts.pageName !== undefined);
  const staffLine = parts.staff && parts.page === undefined && parts.paper === undefined && parts.pageName === undefined;
  return pageLine || staffLine ? toHeader(parts, raw.trim(), line) : undefined;
}
