/**
 * The converter's report as the scorer reads it: the JSON document
 * `npm run convert -- --json` prints. Typed loosely on purpose: the scorer
 * judges what is there and tolerates what it does not use.
 */

export interface ReportAuthor {
  name: string;
  role?: string | null;
}

export interface ReportArticle {
  title?: string | null;
  subtitle?: string | null;
  /** Author records, or bare names. */
  authors?: readonly (ReportAuthor | string)[] | null;
  city?: string | null;
  /** A theme label (生态环保), its English slug (ecology), or a record naming either. */
  theme?: string | { label?: string; name?: string; slug?: string } | null;
  body?: string | null;
  captions?: readonly unknown[] | null;
}

export interface ReportIssue {
  source?: string;
  /** ISO date; only its first ten characters are compared. */
  date?: string | null;
  title?: string | null;
  removed?: readonly unknown[] | null;
  articles?: readonly ReportArticle[] | null;
}

export interface ConverterReport {
  issues?: readonly ReportIssue[];
}

/** Parses a saved report; anything printed before the JSON document (npm's banner) is skipped. */
export function parseReport(text: string): ConverterReport {
  const start = text.indexOf('{');
  if (start < 0) throw new Error('not a converter report: no JSON object in it');
  return JSON.parse(text.slice(start)) as ConverterReport;
}
