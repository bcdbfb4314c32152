/**
 * Writes the Pagefind bundle for a set of articles through Pagefind's Node
 * API: one custom record per article (see record.ts for what it holds), every
 * response's `errors` checked, the service closed whatever happens.
 *
 * Memory: the Pagefind service holds the whole index until `writeFiles`
 * (about 0.6 MB per article), so a large archive is indexed as several
 * bundles, one call per shard (e.g. per year), each closed before the next;
 * the browser merges them with `mergeIndex` (client.ts, `extraBundles`).
 */
import * as pagefind from 'pagefind';
import type { SearchArticle } from './record.ts';
import { INDEX_LANGUAGE, toCustomRecord } from './record.ts';
import type { ToSimplified } from './normalize.ts';

export interface BuildSearchIndexOptions {
  /** Consumed once, in order; an async source lets a caller stream files. */
  articles: Iterable<SearchArticle> | AsyncIterable<SearchArticle>;
  /** The bundle directory to write, e.g. `dist/pagefind`. */
  outDir: string;
  toSimplified: ToSimplified;
  /** Progress lines (default: none). */
  log?: ((line: string) => void) | undefined;
}

export interface BuildSearchIndexResult {
  records: number;
  outDir: string;
  milliseconds: number;
}

export class SearchIndexError extends Error {
  readonly problems: string[];

  constructor(step: string, problems: string[]) {
    super(`Pagefind ${step} failed:\n  ${problems.join('\n  ')}`);
    this.name = 'SearchIndexError';
    this.problems = problems;
  }
}

function assertNoErrors(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) throw new SearchIndexError(step, response.errors);
}

export async function buildSearchIndex(options: BuildSearchIndexOptions): Promise<BuildSearchIndexResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  let records = 0;
  try {
    const created = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
    assertNoErrors('createIndex', created);
    const index = created.index;
    if (!index) throw new SearchIndexError('createIndex', ['no index returned']);
    for await (const article of options.articles) {
      assertNoErrors(`addCustomRecord(${article.url})`, await index.addCustomRecord(toCustomRecord(article, options.toSimplified)));
      records += 1;
      if (records % 1000 === 0) log(`search: ${records} records added`);
    }
    if (records === 0) throw new SearchIndexError('addCustomRecord', ['no articles to index']);
    assertNoErrors('writeFiles', await index.writeFiles({ outputPath: options.outDir }));
  } finally {
    await pagefind.close();
  }
  const milliseconds = Math.round(performance.now() - started);
  log(`search: indexed ${records} articles into ${options.outDir} in ${(milliseconds / 1000).toFixed(1)} s`);
  return { records, outDir: options.outDir, milliseconds };
}
