/**
 * A one-line progress bar on stderr, redrawn in place: only on a terminal (a
 * log or a pipe gets nothing) and only when there is enough to wait for.
 */
import type { Writable } from 'node:stream';

export type TerminalStream = Writable & { isTTY?: boolean; columns?: number };

export interface Progress {
  tick(done: number, label: string): void;
  done(): void;
}

const SILENT: Progress = { tick() {}, done() {} };
const BAR_WIDTH = 24;

export interface ProgressOptions {
  /** What is counted: `12/40 issues`. */
  unit?: string;
  /** Fewer items than this finish too soon to need a bar. */
  minimum?: number;
  /** False for a quiet run. */
  enabled?: boolean;
}

export function progressBar(stream: TerminalStream, total: number, { unit = 'items', minimum = 10, enabled = true }: ProgressOptions = {}): Progress {
  if (!enabled || !stream.isTTY || total < minimum) return SILENT;
  const started = Date.now();
  return {
    tick(done, label) {
      const filled = Math.round((done / total) * BAR_WIDTH);
      const seconds = (Date.now() - started) / 1000;
      const perSecond = seconds > 0 ? done / seconds : 0;
      const text = `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${unit} · ${perSecond.toFixed(0)}/s · ${label}`;
      stream.write(`\r${text.slice(0, (stream.columns ?? 100) - 1)}\u001b[K`);
    },
    done() {
      stream.write('\r\u001b[K');
    },
  };
}
