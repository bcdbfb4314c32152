/**
 * Writes the Pagefind bundle for a set of articles through Pagefind's Node
 * API: one custom record per article (see record.ts for what it holds), every
 * response's `errors` checked, the service closed whatever happens; then puts
 * each article's readable text into its result fragment, and returns the
 * shard's part of the exact-match layer (build-layer.ts).
 *
 * Memory: the Pagefind service holds the whole index until `writeFiles`
 * (each record is a headline, meta and filters: see record.ts), so a large archive is
 * indexed as several bundles, one call per shard (build-archive.ts), each
 * closed before the next; the browser reads their fragments (client.ts).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { SearchArticle } from '../record.ts';
import { INDEX_LANGUAGE, excerptText, searchableText, toCustomRecord } from '../record.ts';
import { fold, type ToSimplified } from '../normalize.ts';
import { LayerPartBuilder, type LayerPart } from './build-layer.ts';
import { FRAGMENT_SIGNATURE, fragmentJson } from '../layer.ts';

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
  /** The shard's part of the exact-match layer. */
  layer: LayerPart;
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

/** Records sent to the Pagefind service before waiting for its answers. */
const IN_FLIGHT = 32;

/**
 * Replaces each written fragment's content (the text as Pagefind indexed it)
 * with the article's readable text exactly as the page prints it, which the
 * search page shows as the excerpt and checks long query parts against.
 * Returns each URL's fragment file, relative to `outDir`.
 */
function putDisplayText(outDir: string, displayText: ReadonlyMap<string, string>): Map<string, string> {
  const dir = join(outDir, 'fragment');
  const files = new Map<string, string>();
  // Synchronous: thousands of small files, and an asynchronous call costs a thread-pool round trip per open, stat, read and close, more than the read.
  for (const name of readdirSync(dir)) {
    const json = fragmentJson(gunzipSync(readFileSync(join(dir, name))).toString('utf8'));
    if (json === undefined) throw new SearchIndexError('fragment rewrite', [`${name} is not a Pagefind fragment`]);
    const fragment = json as { url: string; content: string };
    fragment.content = displayText.get(fragment.url) ?? '';
    files.set(fragment.url, `fragment/${name}`);
    writeFileSync(join(dir, name), gzipSync(FRAGMENT_SIGNATURE + JSON.stringify(fragment)));
  }
  return files;
}

function assertNoErrors(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) throw new SearchIndexError(step, response.errors);
}

export async function buildSearchIndex(options: BuildSearchIndexOptions): Promise<BuildSearchIndexResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  let records = 0;
  const layer = new LayerPartBuilder();
  let fragments = new Map<string, string>();
  const displayText = new Map<string, string>();
  try {
    const created = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
    assertNoErrors('createIndex', created);
    const index = created.index;
    if (!index) throw new SearchIndexError('createIndex', ['no index returned']);
    // Records are sent without waiting for each answer (up to IN_FLIGHT at a time), so reading and
    // folding the next articles overlaps Pagefind's indexing of the last ones.
    const pending = new Set<Promise<void>>();
    for await (const article of options.articles) {
      const folded = fold(searchableText(article), options.toSimplified);
      layer.add(article, folded, options.toSimplified);
      displayText.set(article.url, excerptText(article));
      const sent = index.addCustomRecord(toCustomRecord(article)).then((response) => {
        assertNoErrors(`addCustomRecord(${article.url})`, response);
      });
      pending.add(sent);
      void sent.then(() => pending.delete(sent), () => {});
      if (pending.size >= IN_FLIGHT) await Promise.race(pending);
      records += 1;
      if (records % 1000 === 0) log(`search: ${records} records added`);
    }
    await Promise.all(pending);
    if (records === 0) throw new SearchIndexError('addCustomRecord', ['no articles to index']);
    const added = performance.now();
    assertNoErrors('writeFiles', await index.writeFiles({ outputPath: options.outDir }));
    fragments = putDisplayText(options.outDir, displayText);
    log(`search: ${records} records added in ${((added - started) / 1000).toFixed(1)} s, written in ${((performance.now() - added) / 1000).toFixed(1)} s`);
  } finally {
    await pagefind.close();
  }
  const milliseconds = Math.round(performance.now() - started);
  log(`search: indexed ${records} articles into ${options.outDir} in ${(milliseconds / 1000).toFixed(1)} s`);
  return { records, layer: layer.finish(fragments), outDir: options.outDir, milliseconds };
}
