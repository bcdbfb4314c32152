/**
 * Reading converted content back, typed and validated: what search and the
 * tests use instead of parsing the files their own way. The frontmatter is
 * YAML (frontmatter.ts, in the layout the converter writes) checked against
 * schema.ts; a bad file throws ContentError naming the file and field.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { parseFrontmatter } from './frontmatter.ts';
import { ContentError, validate } from './validate.ts';
import { issueSchema, type ArticleData, type ArticleSchema, type IssueData } from './schema.ts';

/** An entry's frontmatter, parsed and validated, and its Markdown body. */
export interface ContentEntry<Data> {
  data: Data;
  body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function parseEntry<Schema extends z.ZodType>(file: string, source: string, schema: Schema): ContentEntry<z.output<Schema>> {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new ContentError(file, 'no YAML frontmatter (expected the file to start with ---)');
  let data: unknown;
  try {
    data = parseFrontmatter(match[1] ?? '');
  } catch (error) {
    throw new ContentError(file, `frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  return { data: validate(file, schema, data), body: source.slice(match[0].length) };
}

/** The contents of an issue file (`issues/<slug>.md`); `file` names it in errors. */
export function parseIssue(file: string, source: string): ContentEntry<IssueData> {
  return parseEntry(file, source, issueSchema);
}

/** The contents of an article file; `schema` is articleSchema(themeLabels), made once per run. */
export function parseArticle(file: string, source: string, schema: ArticleSchema): ContentEntry<ArticleData> {
  return parseEntry(file, source, schema);
}

export function readIssue(file: string): ContentEntry<IssueData> {
  return parseIssue(file, readFileSync(file, 'utf8'));
}

/** Reads an article file; `schema` is articleSchema(themeLabels), made once per run. */
export function readArticle(file: string, schema: ArticleSchema): ContentEntry<ArticleData> {
  return parseArticle(file, readFileSync(file, 'utf8'), schema);
}
