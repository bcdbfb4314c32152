/**
 * The issue's date, strongest evidence first: the `---` header block, then the
 * date the pages' running heads print (报眉), then what the text reports.
 *
 * Without a printed date:
 * Rule: an issue is published the day after the latest moment its text reports
 * as past. A dateline (本报湖州9月4日电) is the paper's own stamp and wins: the
 * issue is dated the day after it. Otherwise every date the text mentions
 * bounds the publication date from below:
 *   - a day (2024年4月23日, 2024-05-16, 6月28日上午): the day after;
 *   - a finished period (截至2022年5月底, 今年1至5月, 2024年上半年, 截至2023年底):
 *     the day after it ends;
 *   - a month (今年6月初, 4月以来): its first day;
 *   - a year (2024年第二批): 1 January (source `year`, the weakest).
 * Dates in a clause about the future (计划…竣工, 将…) and targets (到2025年)
 * are ignored. Days and months written without a year take the latest year
 * the issue mentions. The calendar words come from data/taxonomy/dates.yaml.
 */
import type { DateCues, Lexicon } from '../lexicon/index.ts';
import { isCalendarDate, isCalendarDay, isoDay } from '../../dates/day.ts';
import { alternatives } from '../data/pattern.ts';
import { converterMessage } from '../messages.ts';
import type { IssueDate, Message, PageHead, SegmentedIssue } from '../types.ts';
import { plainText } from './text.ts';

/** When nothing in the issue names a year: a valid date that no real issue has, for editors to correct. */
const MIN_YEAR = 1949;
const MAX_YEAR = 2100;
const EVIDENCE_CLAUSE_MAX = 16;
/** The day in a dateline: 9月5日. */
const STAMPED_DAY = /(\d{1,2})月(\d{1,2})日/u;

/**
 * How much a bound can be trusted, strongest first: a day; a period the text
 * says is over (截至5月底, 1至5月, 2024年上半年); a month named loosely (每年3月,
 * 今年6月初, 今年上半年); a year. The date is the latest bound of the strongest
 * kinds present: a loose month never overrides a reported day.
 */
type Precision = 'day' | 'period' | 'month' | 'year';
const PRECISION_TIERS: readonly (readonly Precision[])[] = [['day', 'period'], ['month'], ['year']];

interface Bound {
  /** null when the text gives no year: resolved with the issue's latest year. */
  year: number | null;
  month: number;
  day: number;
  precision: Precision;
  dateline: boolean;
  evidence: string;
}


interface Patterns {
  dateline: RegExp;
  fullDate: RegExp;
  isoDate: RegExp;
  monthRange: RegExp;
  monthDay: RegExp;
  yearMonth: RegExp;
  month: RegExp;
  firstHalf: RegExp;
  year: RegExp;
  clause: RegExp;
  /** A digit or a calendar unit: before 至, it makes a range, not a target. */
  dateChar: RegExp;
}

function patterns(cues: DateCues): Patterns {
  const [Y, M, D] = [cues.units.year, cues.units.month, cues.units.day].map((unit) => `(?:${alternatives([unit])})`);
  const until = `(?<until>${alternatives(cues.until)})?`;
  const end = `(?<end>${alternatives(cues.periodEnd)})?`;
  const thisYear = `(?:${alternatives(cues.thisYear)})?`;
  const pattern = (source: string) => new RegExp(source, 'gu');
  return {
    dateline: pattern(`(?:${alternatives(cues.datelinePrefixes)})\\p{Script=Han}{0,8}?(?<month>\\d{1,2})${M}(?<day>\\d{1,2})${D}(?:${alternatives(cues.datelineSuffixes)})`),
    fullDate: pattern(`(?<year>\\d{4})${Y}(?<month>\\d{1,2})${M}(?<day>\\d{1,2})${D}`),
    isoDate: /(?<!\d)(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})(?!\d)/gu,
    monthRange: pattern(`(?:(?<year>\\d{4})${Y}|${thisYear})(?<from>\\d{1,2})(?:${alternatives(cues.range)})(?<month>\\d{1,2})${M}`),
    monthDay: pattern(`(?<!\\d)(?<month>\\d{1,2})${M}(?<day>\\d{1,2})${D}`),
    yearMonth: pattern(`${until}(?<year>\\d{4})${Y}(?<month>\\d{1,2})${M}${end}`),
    month: pattern(`${until}(?<!\\d|${Y})(?<month>\\d{1,2})${M}${end}`),
    firstHalf: pattern(`(?:(?<year>\\d{4})${Y}|${thisYear})(?:${alternatives(cues.firstHalf)})`),
    year: pattern(`(?:(?<until>${alternatives(cues.until)})|(?<target>${alternatives(cues.targetPrefixes)}))?(?<!\\d)(?<year>\\d{4})${Y}${end}`),
    // A date's clause ends at punctuation, a table cell or a line.
    clause: /[^，,。；;！？!?：:\t\n]+/gu,
    dateChar: new RegExp(`(?:\\d|${Y}|${M}|${D})$`, 'u'),
  };
}

/** Blank out what a pattern matched so a later, looser pattern does not read it again. */
function consume(text: string, pattern: RegExp, onMatch: (groups: Record<string, string | undefined>, match: string, before: string) => void): string {
  return text.replace(pattern, (match: string, ...rest: unknown[]) => {
    const groups = rest.at(-1) as Record<string, string | undefined>;
    const offset = rest.at(-3) as number;
    onMatch(groups, match, text.slice(Math.max(0, offset - 1), offset));
    return ' '.repeat(match.length);
  });
}

/** A yearless date reads best with its clause (6月28日上午) when the clause is short. */
function inContext(match: string, clause: string): string {
  const trimmed = clause.trim();
  return trimmed.length <= EVIDENCE_CLAUSE_MAX ? trimmed : match.trim();
}

function clauseBounds(clause: string, cues: DateCues, p: Patterns): Bound[] {
  if (cues.future.some((word) => clause.includes(word))) return [];
  const bounds: Bound[] = [];
  const add = (year: number | null, month: number, day: number, precision: Precision, evidence: string) => {
    if (year !== null && (year < MIN_YEAR || year > MAX_YEAR)) return;
    // Bounds already point one step past what the text says (day + 1, month + 1): 32 and 13 are fine here.
    if (month < 1 || month > 13 || day < 1 || day > 32) return;
    bounds.push({ year, month, day, precision, dateline: false, evidence: evidence.trim() });
  };
  const number = (value: string | undefined) => (value === undefined ? null : Number(value));
  let rest = clause;
  rest = consume(rest, p.fullDate, (g, m) => add(number(g['year']), Number(g['month']), Number(g['day']) + 1, 'day', m));
  rest = consume(rest, p.isoDate, (g, m) => add(number(g['year']), Number(g['month']), Number(g['day']) + 1, 'day', m));
  rest = consume(rest, p.monthRange, (g, m) => add(number(g['year']), Number(g['month']) + 1, 1, 'period', m));
  rest = consume(rest, p.firstHalf, (g, m) => add(number(g['year']), 7, 1, g['year'] ? 'period' : 'month', m));
  rest = consume(rest, p.monthDay, (g, m) => add(null, Number(g['month']), Number(g['day']) + 1, 'day', inContext(m, clause)));
  rest = consume(rest, p.yearMonth, (g, m) => {
    const over = Boolean(g['until'] || g['end']);
    add(number(g['year']), Number(g['month']) + (over ? 1 : 0), 1, over ? 'period' : 'month', m);
  });
  rest = consume(rest, p.month, (g, m) => {
    const over = Boolean(g['until'] || g['end']);
    add(null, Number(g['month']) + (over ? 1 : 0), 1, over ? 'period' : 'month', inContext(m, clause));
  });
  consume(rest, p.year, (g, m, before) => {
    // 到2025年 is a target; 5月至2022年 is the end of a range.
    if (g['target'] && !p.dateChar.test(before)) return;
    const year = Number(g['year']);
    if (g['end']) add(year + 1, 1, 1, g['until'] ? 'period' : 'year', m);
    else add(year, 1, 1, 'year', m);
  });
  return bounds;
}

function issueTexts(issue: SegmentedIssue): string[] {
  return issue.articles.flatMap((article) => [
    article.title,
    article.subtitle ?? '',
    article.dateline ?? '',
    ...article.blocks.map((block) => (block.type === 'table' ? block.rows.map((row) => row.join('\t')).join('\n') : block.text)),
    ...article.captions.map((caption) => caption.text),
  ]).map(plainText);
}

function resolve(bound: Bound, year: number): string | null {
  const resolvedYear = bound.year ?? year;
  // Day + 1 and month + 1 may overflow into the next month or year; Date.UTC carries them.
  if (bound.precision === 'day' && !isCalendarDay(resolvedYear, bound.month, bound.day - 1)) return null;
  if (bound.month > 12 && bound.day !== 1) return null;
  return isoDay(resolvedYear, bound.month, bound.day);
}

/**
 * The date the running heads print: the first head's. Heads are printed per
 * page from one plate template, so two dates in one issue mean pages of two
 * issues were put together: worth an editor's look, not a guess.
 */
export function printedIssueDate(issue: Pick<SegmentedIssue, 'pageHeads'>): { date?: IssueDate; messages: Message[] } {
  const dated = issue.pageHeads.filter((head): head is PageHead & { date: string } => head.date !== undefined);
  const first = dated[0];
  if (!first) return { messages: [] };
  const date: IssueDate = { date: first.date, source: 'header', evidence: `line ${first.line}: ${first.text}` };
  const messages: Message[] = dated
    .filter((head) => head.date !== first.date)
    .map((head) =>
      converterMessage('warning', 'page-header-dates-differ', `the running head on line ${head.line} prints ${head.date}, the one on line ${first.line} ${first.date}: dated ${first.date}`, { line: head.line }),
    );
  return { date, messages };
}

/** The issue's date, or undefined when the text names no year at all (an editor must give one). */
export function inferIssueDate(issue: SegmentedIssue, lexicon: Pick<Lexicon, 'dates'>): IssueDate | undefined {
  const headerDate = issue.header.date?.trim();
  if (headerDate && isCalendarDate(headerDate)) return { date: headerDate, source: 'header', evidence: `date: ${headerDate}` };
  const printed = printedIssueDate(issue).date;
  if (printed) return printed;

  const p = patterns(lexicon.dates);
  const texts = issueTexts(issue);
  const bounds: Bound[] = [];
  // A dateline the byline reader found (水母网9月5日讯, 浙江在线12月12日讯) is a stamp whatever the outlet.
  for (const { dateline } of issue.articles) {
    const stamp = dateline === undefined ? null : STAMPED_DAY.exec(dateline);
    if (stamp) bounds.push({ year: null, month: Number(stamp[1]), day: Number(stamp[2]) + 1, precision: 'day', dateline: true, evidence: dateline ?? '' });
  }
  for (const text of texts) {
    const rest = consume(text, p.dateline, (g, m) => bounds.push({ year: null, month: Number(g['month']), day: Number(g['day']) + 1, precision: 'day', dateline: true, evidence: m }));
    for (const clause of rest.match(p.clause) ?? []) bounds.push(...clauseBounds(clause, lexicon.dates, p));
  }

  const years = bounds.flatMap((bound) => (bound.year === null ? [] : [bound.year]));
  const datelines = bounds.filter((bound) => bound.dateline);
  if (years.length === 0) {
    return undefined;
  }
  const issueYear = Math.max(...years);
  const tier = PRECISION_TIERS.find((precisions) => bounds.some((bound) => precisions.includes(bound.precision))) ?? [];
  const strongest = datelines.length > 0 ? datelines : bounds.filter((bound) => tier.includes(bound.precision));
  const candidates = strongest
    .map((bound) => ({ bound, date: resolve(bound, issueYear) }))
    .filter((candidate): candidate is { bound: Bound; date: string } => candidate.date !== null)
    .sort((a, b) => b.date.localeCompare(a.date));
  const latest = candidates[0];
  if (!latest) return { date: isoDay(issueYear, 1, 1), source: 'year', evidence: `${issueYear}` };
  const source = latest.bound.dateline ? 'dateline' : latest.bound.precision === 'year' ? 'year' : 'text';
  return { date: latest.date, source, evidence: latest.bound.evidence };
}
