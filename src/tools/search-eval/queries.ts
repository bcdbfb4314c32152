/**
 * The evaluation's query set, drawn from what the article pages show (the
 * corpus, corpus.ts) so it grows with the content: random 2–5 character substrings, words found by
 * Intl.Segmenter, author names, numbers and Latin tokens, plus the same words
 * typed in traditional characters and tokens typed full-width. Seeded, so a
 * run can be repeated.
 */
import type { CorpusArticle } from './corpus.ts';

export const QUERY_KINDS = ['substring', 'word', 'name', 'latin', 'traditional', 'fullwidth'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface EvalQuery {
  kind: QueryKind;
  query: string;
}

export interface QueryOptions {
  count: number;
  seed: number;
  /** Simplified → traditional (OpenCC cn → tw), for the `traditional` kind. */
  toTraditional: (text: string) => string;
}

/** Share of each kind in the set. */
const MIX: Record<QueryKind, number> = { substring: 0.35, word: 0.25, name: 0.1, latin: 0.15, traditional: 0.1, fullwidth: 0.05 };
const READABLE = /^[\p{L}\p{N}]+$/u;
const HAN = /\p{Script=Han}/u;
const LATIN_TOKEN = /[A-Za-z0-9][A-Za-z0-9.%]*[A-Za-z0-9%]|[A-Za-z]{2,}/g;

/** Mulberry32: small, fast, good enough to pick samples reproducibly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const toFullWidth = (text: string): string =>
  text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));

export function generateQueries(corpus: readonly CorpusArticle[], options: QueryOptions): EvalQuery[] {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const rawText = (entry: CorpusArticle) => entry.visible;
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const names = [...new Set(corpus.flatMap((entry) => entry.authors))];
  const latin = [...new Set(corpus.flatMap((entry) => rawText(entry).normalize('NFKC').match(LATIN_TOKEN) ?? []))];

  const substring = (): string | undefined => {
    const chars = Array.from(rawText(pick(corpus)!));
    const length = 2 + Math.floor(random() * 4);
    const start = Math.floor(random() * Math.max(1, chars.length - length));
    const candidate = chars.slice(start, start + length).join('');
    return READABLE.test(candidate) && HAN.test(candidate) ? candidate : undefined;
  };
  const word = (): string | undefined => {
    const lines = rawText(pick(corpus)!).split('\n');
    const words = [...segmenter.segment(pick(lines) ?? '')].filter((s) => s.isWordLike && s.segment.length >= 2 && HAN.test(s.segment));
    return pick(words)?.segment;
  };
  const makers: Record<QueryKind, () => string | undefined> = {
    substring,
    word,
    name: () => pick(names),
    latin: () => pick(latin),
    traditional: () => {
      const simplified = word();
      const traditional = simplified && options.toTraditional(simplified);
      return traditional !== simplified ? traditional : undefined;
    },
    fullwidth: () => {
      const token = pick(latin);
      return token && toFullWidth(token);
    },
  };

  const queries: EvalQuery[] = [];
  const seen = new Set<string>();
  for (const kind of QUERY_KINDS) {
    const wanted = Math.round(options.count * MIX[kind]);
    // A kind the corpus cannot supply (no authors, no Latin) gives up after a bounded number of tries.
    for (let made = 0, tries = 0; made < wanted && tries < wanted * 50; tries++) {
      const query = makers[kind]();
      if (!query || seen.has(query)) continue;
      seen.add(query);
      queries.push({ kind, query });
      made++;
    }
  }
  return queries;
}
