/**
 * Gold annotations, one JSON file per raw issue (format and conventions:
 * test/fixtures/realpages/README.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldArticle {
  title: string;
  /** The subtitle (副题), else the overline (引题), else null. */
  subtitle: string | null;
  /** People only, in print order. */
  authors: string[];
  city: string | null;
  theme: string;
  theme_alt: string | null;
}

export interface GoldIssue {
  /** The raw file's name, with or without `.txt`. */
  seed: string;
  /** The date the page header prints, null when it prints none. */
  date: string | null;
  articles: GoldArticle[];
}

/** The raw file a gold issue annotates. */
export function goldSource(gold: GoldIssue): string {
  return gold.seed.endsWith('.txt') ? gold.seed : `${gold.seed}.txt`;
}

/** Every gold issue of a directory, in file-name order. */
export function loadGold(dir: string): GoldIssue[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as GoldIssue);
}
