/**
 * The theme list every program shows and validates against: the `themes:`
 * entries of data/taxonomy/themes.yaml, in display order. The converter's
 * lexicon reads the same file for the cue terms that pick an article's theme;
 * what a theme is called and where its pages live is read here.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { ThemeLabels } from './schema.ts';
import { SLUG } from './slug.ts';

/** The theme list, relative to the data directory. */
export const THEMES_FILE = 'taxonomy/themes.yaml';

const themeSchema = z.object({
  /** 生态环保: what pages and frontmatter call the theme. */
  label: z.string().min(1),
  /** ecology: its pages' URL segment. */
  slug: z.string().regex(SLUG, { message: 'expected lowercase ASCII words joined by "-"' }),
  description: z.string().default(''),
});

export type ContentTheme = z.infer<typeof themeSchema>;

const themeFileSchema = z.object({ themes: z.array(themeSchema).min(1) });

export class ThemeFileError extends Error {
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'ThemeFileError';
  }
}

/** The themes of the data directory `dataDir`, in display order; a malformed list throws naming the file and field. */
export function readThemes(dataDir: string): ContentTheme[] {
  const path = join(dataDir, THEMES_FILE);
  const file = relative(process.cwd(), path) || path;
  const parsed = themeFileSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw new ThemeFileError(file, `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid theme list'}`);
  }
  return parsed.data.themes;
}

/** The labels z.enum needs: at least one, in display order. */
export function themeLabels(themes: readonly ContentTheme[]): ThemeLabels {
  const [first, ...rest] = themes.map((theme) => theme.label);
  if (first === undefined) throw new Error('no themes: the theme list is empty');
  return [first, ...rest];
}
