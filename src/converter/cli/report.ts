/**
 * The run's summary a person reads on stderr: a table of the issues, then the totals.
 */
import { formatTable } from '../../cli-kit/index.ts';

export interface IssueRow {
  source: string;
  status: 'converted' | 'unchanged' | 'failed' | 'checked';
  date?: string;
  slug?: string;
  articles?: number;
  warnings?: number;
  removed?: number;
}

export interface RunTotals {
  bytes: number;
  seconds: number;
  removedSources: string[];
}

/** Per-issue rows are listed up to this many issues; beyond it only failures are. */
const MAX_LISTED_ISSUES = 40;

export function summary(rows: readonly IssueRow[], totals: RunTotals): string {
  const count = (status: IssueRow['status']) => rows.filter((row) => row.status === status).length;
  const sum = (field: 'articles' | 'warnings' | 'removed') => rows.reduce((total, row) => total + (row[field] ?? 0), 0);
  const listed = rows.length <= MAX_LISTED_ISSUES ? rows : rows.filter((row) => row.status === 'failed');
  const table = formatTable(
    ['raw file', 'status', 'date', 'articles', 'warnings', 'removed'],
    listed.map((row) => [row.source, row.status, row.date ?? '', String(row.articles ?? ''), String(row.warnings ?? ''), String(row.removed ?? '')]),
  );
  const megabytes = totals.bytes / 1e6;
  const rate = totals.seconds > 0 ? megabytes / totals.seconds : 0;
  const parts = [
    `${rows.length} issues`,
    `${count('converted') + count('checked')} converted`,
    `${count('unchanged')} unchanged`,
    `${count('failed')} failed`,
    `${sum('articles')} articles`,
    `${sum('warnings')} warnings`,
    `${sum('removed')} removed passages`,
  ];
  const lines = [table, '', `${parts.join(' · ')}`, `${megabytes.toFixed(2)} MB converted in ${totals.seconds.toFixed(2)} s (${rate.toFixed(1)} MB/s)`];
  if (totals.removedSources.length > 0) lines.push(`unpublished (raw file gone): ${totals.removedSources.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
