/**
 * Scores of a search evaluation run: how much of what should be found was
 * found (recall), how much of what was found should have been (precision),
 * whether exact and title matches came first, how fast and how heavy.
 */
import type { QueryKind } from './queries.ts';

export interface QueryOutcome {
  kind: QueryKind;
  query: string;
  /** URLs in the order the search page ranks them, with its title-match flag. */
  returned: { url: string; inTitle: boolean }[];
  /** Ground truth: articles containing the query, and those whose title does. */
  relevant: ReadonlySet<string>;
  relevantInTitle: ReadonlySet<string>;
  /** Input event → first page of results rendered (typing delay included). */
  firstResultsMs: number;
  /** Bytes the server sent for this query (index chunks, fragments of the first page). */
  bytes: number;
  /** The same on a freshly opened search page (Pagefind loaded, no index chunk cached). */
  coldFirstResultsMs: number;
  coldBytes: number;
}

export interface Summary {
  queries: number;
  recall: number;
  precision: number;
  /** Share of queries with results whose matches all rank above non-matches and whose title matches all rank above the rest. */
  exactFirst: number;
  /** Queries whose result set differs from the ground truth. */
  mismatched: number;
  /** While typing one query after another in the same page. */
  firstResultsMs: Spread;
  bytesPerQuery: Spread;
  /** On a freshly opened page, as after following a shared link. */
  coldFirstResultsMs: Spread;
  coldBytesPerQuery: Spread;
  byKind: Partial<Record<QueryKind, { queries: number; recall: number; precision: number }>>;
}

export interface Spread {
  median: number;
  p95: number;
}

const spread = (values: readonly number[]): Spread => ({ median: percentile(values, 50), p95: percentile(values, 95) });

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

/** Matches before non-matches, and title matches before the rest. */
export function ranksExactFirst(outcome: QueryOutcome): boolean {
  let seenMiss = false;
  let seenNonTitle = false;
  for (const { url } of outcome.returned) {
    const hit = outcome.relevant.has(url);
    const title = outcome.relevantInTitle.has(url);
    if ((hit && seenMiss) || (title && seenNonTitle)) return false;
    if (!hit) seenMiss = true;
    if (!title) seenNonTitle = true;
  }
  return true;
}

function counts(outcomes: readonly QueryOutcome[]) {
  let found = 0;
  let relevant = 0;
  let returned = 0;
  for (const outcome of outcomes) {
    found += outcome.returned.filter(({ url }) => outcome.relevant.has(url)).length;
    relevant += outcome.relevant.size;
    returned += outcome.returned.length;
  }
  return { recall: relevant ? found / relevant : 1, precision: returned ? found / returned : 1 };
}

export function summarize(outcomes: readonly QueryOutcome[]): Summary {
  const withResults = outcomes.filter((outcome) => outcome.returned.length > 0);
  const byKind: Summary['byKind'] = {};
  for (const kind of new Set(outcomes.map((outcome) => outcome.kind))) {
    const ofKind = outcomes.filter((outcome) => outcome.kind === kind);
    byKind[kind] = { queries: ofKind.length, ...counts(ofKind) };
  }
  return {
    queries: outcomes.length,
    ...counts(outcomes),
    exactFirst: withResults.length ? withResults.filter(ranksExactFirst).length / withResults.length : 1,
    mismatched: outcomes.filter((o) => o.returned.length !== o.relevant.size || o.returned.some(({ url }) => !o.relevant.has(url))).length,
    firstResultsMs: spread(outcomes.map((outcome) => outcome.firstResultsMs)),
    bytesPerQuery: spread(outcomes.map((outcome) => outcome.bytes)),
    coldFirstResultsMs: spread(outcomes.map((outcome) => outcome.coldFirstResultsMs)),
    coldBytesPerQuery: spread(outcomes.map((outcome) => outcome.coldBytes)),
    byKind,
  };
}
