import { resolve } from 'node:path';

/** The converter's output directory: `CONTENT_DIR` (relative to the project root) or `content`. */
export function contentDir(root: string = process.cwd()): string {
  return resolve(root, process.env.CONTENT_DIR ?? 'content');
}
