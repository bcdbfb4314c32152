/**
 * What a person reads on stderr: a progress bar on a terminal, the warnings
 * with file and line, and a summary table at the end.
 */
import type { Writable } from 'node:stream';

export interface IssueRow {
  source: string;
  status: 'converted' | 'unchanged' | 'failed' | 'checked';
  date?: string;
  slug?: string;
  articles?: number;
  warnings?: number;
  removed?: number;
  reason?: string;
}

export interface RunTotals {
  bytes: number;
  seconds: number;
  removedSources: string[];
}

/** Terminal width of a string: CJK characters take two columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[column] ?? ''))));
  const line = (cells: readonly string[]) => cells.map((cell, column) => pad(cell, widths[column] ?? 0)).join('  ').trimEnd();
  return [line(header), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
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

export interface Progress {
  tick(done: number, label: string): void;
  done(): void;
}

/** A one-line progress bar, only on a terminal and only when there is enough to wait for. */
export function progressBar(stream: Writable & { isTTY?: boolean; columns?: number }, total: number, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY || total < 10) return { tick() {}, done() {} };
  const started = Date.now();
  return {
    tick(done, label) {
      const width = 24;
      const filled = Math.round((done / total) * width);
      const seconds = (Date.now() - started) / 1000;
      const perSecond = seconds > 0 ? done / seconds : 0;
      stream.write(`\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} issues · ${perSecond.toFixed(0)}/s · ${label}`.slice(0, (stream.columns ?? 100) - 1) + '\u001b[K');
    },
    done() {
      stream.write('\r\u001b[K');
    },
  };
}
