/**
 * Scores a converter report against gold, with the definitions of the dev
 * set's reference scorer (realpages `score.py`), so both give the same figures:
 *
 * - headlines: gold articles are matched in gold order, each to the first
 *   unmatched report article with the same headline (`sameHeadline`);
 *   precision over report articles, recall over gold articles;
 * - authors, city, theme: judged on matched articles only;
 * - issue date: over converted issues whose gold states the printed date;
 * - conservation: Han characters of the raw file found again in the report.
 *
 * Pure: the caller reads files.
 */
import type { GoldArticle, GoldIssue } from './gold.ts';
import { goldSource } from './gold.ts';
import type { ConverterReport, ReportArticle, ReportAuthor, ReportIssue } from './report.ts';
import { hanCounts, norm } from './text.ts';

/**
 * The main headline must match. Printing it with its subtitle or overline
 * before or after it, or taking one for the other, is accepted: which line of
 * a stack is the headline is the page designer's call more than the reader's.
 * (Two lines swapped join back into one of the accepted forms.)
 */
export function sameHeadline(gold: Pick<GoldArticle, 'title' | 'subtitle'>, article: ReportArticle): boolean {
  const [goldTitle, goldSub] = [norm(gold.title), norm(gold.subtitle)];
  const [title, sub] = [norm(article.title), norm(article.subtitle)];
  const accepted = new Set([goldTitle, goldSub + goldTitle, goldTitle + goldSub]);
  return accepted.has(title) || accepted.has(title + sub) || accepted.has(sub + title);
}

/** Same city, or one name containing the other (湘西 / 湘西州, 天门 / 天门市). */
export function cityAgrees(goldCity: string | null | undefined, city: string | null | undefined): boolean {
  const [want, got] = [(goldCity ?? '').trim(), (city ?? '').trim()];
  return norm(want) === norm(got) || (want !== '' && got !== '' && (want.includes(got) || got.includes(want)));
}

const THEME_BY_SLUG: Readonly<Record<string, string>> = {
  ecology: '生态环保', party: '党建廉政', governance: '基层治理', economy: '经济营商', rural: '乡村振兴',
  labor: '劳动社保', transport: '交通建设', culture: '文化旅游', talent: '科技人才', urban: '城市建设',
};

/** The theme's label, whether the report gives the label, the slug or a record. */
export function themeLabel(theme: ReportArticle['theme']): string {
  const named = typeof theme === 'object' && theme !== null ? (theme.label || theme.name || theme.slug) : theme;
  const label = (named ?? '').trim();
  return THEME_BY_SLUG[label.toLowerCase()] ?? label;
}

/** The editor's theme, or the defensible second reading. */
export function themeAgrees(gold: Pick<GoldArticle, 'theme' | 'theme_alt'>, theme: ReportArticle['theme']): boolean {
  const label = themeLabel(theme);
  return label === gold.theme || label === gold.theme_alt;
}

export interface AuthorCounts {
  tp: number;
  fp: number;
  fn: number;
}

const authorName = (author: ReportAuthor | string): string => (typeof author === 'string' ? author : author.name);

/** Authors compare as sets of names per article: order and roles are not judged. */
export function authorCounts(goldAuthors: readonly string[], authors: ReportArticle['authors']): AuthorCounts {
  const want = new Set(goldAuthors.map(norm));
  const got = new Set((authors ?? []).map((author) => norm(authorName(author))));
  const tp = [...got].filter((name) => want.has(name)).length;
  return { tp, fp: got.size - tp, fn: want.size - tp };
}

/**
 * Everything of the report that carries the page's text: per article the
 * title, subtitle, author names, the author records (names and roles, so a
 * name counts twice, as in score.py), body and captions; per issue what it
 * reports removed and its title.
 */
function reportedText(issue: ReportIssue): string {
  const articles = (issue.articles ?? []).map((article) => {
    const authors = article.authors ?? [];
    return [article.title ?? '', article.subtitle ?? '', authors.map(authorName).join(''), JSON.stringify(authors), article.body ?? '', JSON.stringify(article.captions ?? [])].join('');
  });
  return articles.join('') + JSON.stringify(issue.removed ?? []) + JSON.stringify(issue.title ?? '');
}

export interface HanCounts {
  raw: number;
  kept: number;
}

/** Han characters of the raw issue found again in the report, each occurrence counted once. */
export function conservation(rawText: string, issue: ReportIssue): HanCounts {
  const reported = hanCounts(reportedText(issue));
  let raw = 0;
  let kept = 0;
  for (const [char, count] of hanCounts(rawText)) {
    raw += count;
    kept += Math.min(count, reported.get(char) ?? 0);
  }
  return { raw, kept };
}

export interface IssueCounts {
  source: string;
  /** False when the report has no such issue: the converter refused it. */
  converted: boolean;
  gold: number;
  found: number;
  matched: number;
  city: number;
  theme: number;
  authors: AuthorCounts;
  /** Only for converted issues whose gold states the date the page prints. */
  date?: { want: string; got: string; right: boolean };
  han: HanCounts;
  /** Gold headlines no report article matched. */
  missed: string[];
}

/** Pairs each gold article with the first unmatched report article of the same headline. */
export function matchArticles(gold: readonly GoldArticle[], articles: readonly ReportArticle[]): { gold: GoldArticle; article: ReportArticle | undefined }[] {
  const used = new Set<number>();
  return gold.map((wanted) => {
    const index = articles.findIndex((article, position) => !used.has(position) && sameHeadline(wanted, article));
    if (index < 0) return { gold: wanted, article: undefined };
    used.add(index);
    return { gold: wanted, article: articles[index] };
  });
}

export function scoreIssue(gold: GoldIssue, issue: ReportIssue | undefined, rawText: () => string): IssueCounts {
  const source = goldSource(gold);
  if (!issue) {
    return { source, converted: false, gold: gold.articles.length, found: 0, matched: 0, city: 0, theme: 0, authors: { tp: 0, fp: 0, fn: 0 }, han: { raw: 0, kept: 0 }, missed: [] };
  }
  const articles = issue.articles ?? [];
  const pairs = matchArticles(gold.articles, articles);
  const matched = pairs.flatMap(({ gold: wanted, article }) => (article ? [{ wanted, article }] : []));
  const authors = matched.map(({ wanted, article }) => authorCounts(wanted.authors, article.authors));
  const got = String(issue.date ?? '').slice(0, 10);
  return {
    source,
    converted: true,
    gold: gold.articles.length,
    found: articles.length,
    matched: matched.length,
    city: matched.filter(({ wanted, article }) => cityAgrees(wanted.city, article.city)).length,
    theme: matched.filter(({ wanted, article }) => themeAgrees(wanted, article.theme)).length,
    authors: {
      tp: authors.reduce((sum, counts) => sum + counts.tp, 0),
      fp: authors.reduce((sum, counts) => sum + counts.fp, 0),
      fn: authors.reduce((sum, counts) => sum + counts.fn, 0),
    },
    ...(gold.date ? { date: { want: gold.date, got, right: got === gold.date } } : {}),
    han: conservation(rawText(), issue),
    missed: pairs.filter(({ article }) => !article).map(({ gold: wanted }) => wanted.title),
  };
}

/** Every gold issue scored against the report issue of the same raw file name. */
export function scoreReport(golds: readonly GoldIssue[], report: ConverterReport, rawText: (source: string) => string): IssueCounts[] {
  const bySource = new Map((report.issues ?? []).map((issue) => [(issue.source ?? '').split('/').at(-1) ?? '', issue]));
  return golds.map((gold) => scoreIssue(gold, bySource.get(goldSource(gold)), () => rawText(goldSource(gold))));
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export interface Figures {
  articles: { gold: number; found: number; matched: number };
  headline: PrecisionRecall;
  authors: PrecisionRecall;
  /** Share of matched articles with the gold city. */
  city: number;
  /** Share of matched articles with the gold theme or its second reading. */
  theme: number;
  /** Issue dates exactly right, over converted issues whose page prints one; 1 when there are none. */
  date: { right: number; dated: number; rate: number };
  conservation: number;
  /** Gold issues the report lacks. */
  refused: number;
}

function precisionRecall(hits: number, found: number, wanted: number): PrecisionRecall {
  const precision = hits / Math.max(1, found);
  const recall = hits / Math.max(1, wanted);
  return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall) };
}

export function figures(issues: readonly IssueCounts[]): Figures {
  const sum = (count: (issue: IssueCounts) => number) => issues.reduce((total, issue) => total + count(issue), 0);
  const matched = sum((issue) => issue.matched);
  const tp = sum((issue) => issue.authors.tp);
  const dated = sum((issue) => (issue.date ? 1 : 0));
  const right = sum((issue) => (issue.date?.right ? 1 : 0));
  return {
    articles: { gold: sum((issue) => issue.gold), found: sum((issue) => issue.found), matched },
    headline: precisionRecall(matched, sum((issue) => issue.found), sum((issue) => issue.gold)),
    authors: precisionRecall(tp, tp + sum((issue) => issue.authors.fp), tp + sum((issue) => issue.authors.fn)),
    city: sum((issue) => issue.city) / Math.max(1, matched),
    theme: sum((issue) => issue.theme) / Math.max(1, matched),
    date: { right, dated, rate: dated > 0 ? right / dated : 1 },
    conservation: sum((issue) => issue.han.kept) / Math.max(1, sum((issue) => issue.han.raw)),
    refused: sum((issue) => (issue.converted ? 0 : 1)),
  };
}
