/**
 * An evaluation set's scores as a plain-text table: one row per issue, then
 * the total, then the refusals and the gold headlines no article matched.
 */
import { formatTable } from '../../cli-kit/index.ts';
import type { IssueResult, SetResult } from './evaluate.ts';
import type { Figures } from './score.ts';

const HEADER = ['issue', 'gold/found/matched', 'headline P', 'R', 'F1', 'author P', 'R', 'F1', 'city', 'theme', 'date', 'conservation'];

const rate = (value: number) => value.toFixed(3);

function figureCells(figures: Figures): string[] {
  const { articles, headline, authors } = figures;
  return [
    `${articles.gold}/${articles.found}/${articles.matched}`,
    rate(headline.precision), rate(headline.recall), rate(headline.f1),
    rate(authors.precision), rate(authors.recall), rate(authors.f1),
    rate(figures.city), rate(figures.theme),
  ];
}

function issueRow(issue: IssueResult): string[] {
  if (!issue.converted) return [issue.source, `${issue.gold}/–/–`, ...Array<string>(8).fill('–'), 'refused', '–'];
  const date = issue.date ? (issue.date.right ? 'right' : `${issue.date.got || 'none'} ≠ ${issue.date.want}`) : '–';
  return [issue.source, ...figureCells(issue.figures), date, issue.figures.conservation.toFixed(4)];
}

/** The one-line summary, worded as the dev set's reference scorer words it. */
export function summaryLine(figures: Figures): string {
  const { headline, authors, date } = figures;
  return `headline F1 ${rate(headline.f1)} (P ${rate(headline.precision)} R ${rate(headline.recall)}), authors F1 ${rate(authors.f1)} (P ${rate(authors.precision)} R ${rate(authors.recall)}), city ${rate(figures.city)}, theme ${rate(figures.theme)}, conservation ${figures.conservation.toFixed(4)}, date ${rate(date.rate)} (${date.right}/${date.dated}), refused ${figures.refused}`;
}

export function setTable(result: SetResult): string {
  const { figures } = result;
  const total = ['total', ...figureCells(figures), figures.date.dated > 0 ? `${figures.date.right}/${figures.date.dated}` : '–', figures.conservation.toFixed(4)];
  const lines = [`${result.label}`, formatTable(HEADER, [...result.issues.map(issueRow), total]), summaryLine(figures)];
  for (const issue of result.issues) {
    if (!issue.converted) lines.push(`refused ${issue.source}: ${issue.refusal ?? 'not in the report'}`);
    if (issue.missed.length > 0) lines.push(`missed in ${issue.source}: ${issue.missed.join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}
