/**
 * GFM tables, and nothing else of GFM. The converter writes paragraphs,
 * `##` headings, `**strong**` and tables; full GFM would also turn URLs and
 * e-mail addresses in the newspaper text into links (its autolink literals
 * ignore backslash escapes), so only the table extension is switched on.
 */
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Processor } from 'unified';

export default function remarkGfmTables(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}
