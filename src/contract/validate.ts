/** Checking a record against a contract schema, with an error a person can act on. */
import type { z } from 'zod';

/** A content record the contract refuses: names the file, the field and what is wrong. */
export class ContentError extends Error {
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'ContentError';
  }
}

/** `data` checked against `schema`, with its defaults filled in; throws ContentError naming `file` and the first bad field. */
export function validate<Schema extends z.ZodType>(file: string, schema: Schema, data: unknown): z.output<Schema> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const field = issue?.path.length ? `field \`${issue.path.join('.')}\`: ` : '';
  throw new ContentError(file, `${field}${issue?.message ?? 'invalid frontmatter'}`);
}
