/**
 * The browser's search engine over the sharded bundle written by
 * build-archive.ts: reads the manifest, asks the router (route.ts) which
 * shards can hold the query, opens a Pagefind instance for each of those
 * only (one Pagefind runtime and WebAssembly download per page, whatever
 * the number of shards), asks each the query in the words of normalize.ts
 * and merges the answers. Every query part becomes two Pagefind phrase
 * searches per shard (headline-and-byline words, all words); the records
 * found for all parts are the results, headline and byline matches first;
 * within each group by Pagefind's score (relevance) or, newest first, shard
 * after shard (shards hold disjoint date ranges, newest shard first). A year
 * filter only asks that year's shards. Loading a hit reads its fragment,
 * which holds the article's readable text for the excerpt.
 *
 * Why not Pagefind's mergeIndex: its merged search asks every merged index
 * for every query, which makes each query's download grow with the archive;
 * and it orders every result by score, losing newest-first across indexes.
 */
import { pagefindQuery, queryParts, type Field, type ToSimplified } from '../normalize.ts';
import { excerpt, markAll } from './excerpt.ts';
import { FILTER_KEYS, type FilterKey, type SearchMeta } from '../record.ts';
import { MANIFEST_FILE, parseManifest, routeFile, type ShardEntry, type ShardManifest } from '../shards.ts';
import { parseBucket, partKeys, bucketOf, routedShards } from '../route.ts';

/** The part of pagefind.js's instance API this client uses. */
interface PagefindResult {
  id: string;
  score: number;
  /** The fragment: `content` is the article's readable text (build-index.ts puts it there). */
  data(): Promise<{ url: string; content: string; meta: Record<string, string> }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface PagefindSearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface PagefindInstance {
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
}
interface PagefindModule {
  createInstance(options: { basePath: string; baseUrl: string; noWorker: boolean }): PagefindInstance;
}

/** The WebAssembly file of a Pagefind bundle (`wasm.<language>.pagefind`). */
const WASM_FILE = /\/wasm\.[\w-]+\.pagefind$/;

/**
 * Every shard's bundle holds the same Pagefind WebAssembly file, and each
 * Pagefind instance fetches the one in its own directory. Pagefind offers no
 * way to hand an instance the module, so the page's fetch answers every
 * request for that file under the bundle with the bytes of the first
 * download; all other requests pass through untouched.
 */
function shareWasm(bundleUrl: string): void {
  const plainFetch = window.fetch.bind(window);
  const bundle = new URL(bundleUrl, location.href).href;
  let wasm: Promise<ArrayBuffer> | undefined;
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href).href;
    if (!url.startsWith(bundle) || !WASM_FILE.test(url)) return plainFetch(input, init);
    wasm ??= plainFetch(input, init).then((response) => {
      if (!response.ok) throw new Error(`${response.status} fetching ${url}`);
      return response.arrayBuffer();
    });
    return wasm.then((bytes) => new Response(bytes.slice(0), { headers: { 'content-type': 'application/wasm' } }));
  };
}

/** Bytes of a file that may be gzip (our route buckets) or already decoded by the server's Content-Encoding. */
async function gunzipText(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
}

/**
 * Record URLs already carry the site's base (build-search.ts); left to
 * itself Pagefind would derive a base from the bundle URL and prefix it again.
 */
const RECORD_URLS_ARE_SITE_PATHS = { baseUrl: '/' };

export type SortOrder = 'relevance' | 'date';
export type Filters = Partial<Record<FilterKey, string>>;
export type Facets = Record<FilterKey, Record<string, number>>;

export interface SearchRequest {
  query: string;
  filters?: Filters | undefined;
  sort?: SortOrder | undefined;
}

export interface HitView extends SearchMeta {
  url: string;
  /** Title as HTML, matches marked. */
  titleHtml: string;
  /** Excerpt as HTML, matches marked. */
  excerptHtml: string;
}

export interface SearchHit {
  id: string;
  /** The title holds every query part. */
  inTitle: boolean;
  /** Fragment → view. */
  load(): Promise<HitView>;
}

export interface SearchResponse {
  /** The folded query parts every hit contains. */
  parts: string[];
  hits: SearchHit[];
  /** Counts per filter value among the hits (for the first part when there are several). */
  facets: Facets;
}

export interface SearchClientOptions {
  /** URL of the bundle directory holding `shards.json`, ending in `/` (e.g. `${BASE_URL}pagefind/`). */
  bundleUrl: string;
  /** Loads the traditional → simplified converter (simplify.ts) on first use. */
  loadSimplifier: () => Promise<ToSimplified>;
  /** Whether the converter could change `text` (traditional.ts); when not, it is not loaded. */
  mayBeTraditional: (text: string) => boolean;
}

export interface SearchClient {
  /** Starts loading Pagefind and the converter; search() awaits the same work. */
  warm(): Promise<void>;
  search(request: SearchRequest): Promise<SearchResponse>;
  /** Every filter value in the index with its article count. */
  allFacets(): Promise<Facets>;
}

const unchanged: ToSimplified = (text) => text;

const emptyFacets = (): Facets => ({ theme: {}, city: {}, year: {}, author: {} });

function toFacets(counts: Record<string, Record<string, number>>): Facets {
  const facets = emptyFacets();
  for (const key of FILTER_KEYS) facets[key] = counts[key] ?? {};
  return facets;
}

function pagefindOptions(request: SearchRequest): PagefindSearchOptions {
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = request.filters?.[key];
    if (value) filters[key] = value;
  }
  return { filters, sort: request.sort === 'date' ? { date: 'desc' } : {} };
}

function addFacets(total: Facets, counts: Record<string, Record<string, number>>): void {
  for (const key of FILTER_KEYS) {
    for (const [value, count] of Object.entries(counts[key] ?? {})) total[key][value] = (total[key][value] ?? 0) + count;
  }
}

const ids = (response: PagefindResponse): Set<string> => new Set(response.results.map((result) => result.id));
const intersect = (sets: Set<string>[]): Set<string> =>
  sets.reduce((common, set) => new Set([...common].filter((id) => set.has(id))));

/** One shard's answer: its title and other hits in its own order, and its facet counts. */
interface ShardAnswer {
  title: PagefindResult[];
  rest: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}

async function askShard(pagefind: PagefindInstance, parts: readonly string[], options: PagefindSearchOptions): Promise<ShardAnswer> {
  if (parts.length === 0) {
    const response = await pagefind.search(null, options);
    return { title: [], rest: response.results, filters: response.filters };
  }
  const run = (field: Field) => Promise.all(parts.map((part) => pagefind.search(pagefindQuery(part, field), options)));
  const [bodies, titles] = await Promise.all([run('body'), run('title')]);
  const [firstBody, firstTitle] = [bodies[0], titles[0]];
  if (!firstBody || !firstTitle) return { title: [], rest: [], filters: {} };
  const found = intersect(bodies.map(ids));
  const inTitle = new Set([...intersect(titles.map(ids))].filter((id) => found.has(id)));
  return {
    title: firstTitle.results.filter((result) => inTitle.has(result.id)),
    rest: firstBody.results.filter((result) => found.has(result.id) && !inTitle.has(result.id)),
    filters: firstBody.filters,
  };
}

export function createSearchClient(options: SearchClientOptions): SearchClient {
  let ready: Promise<{ manifest: ShardManifest; module: PagefindModule }> | undefined;
  const load = () => {
    ready ??= (async () => {
      const manifestUrl = `${options.bundleUrl}${MANIFEST_FILE}`;
      const response = await fetch(manifestUrl);
      if (!response.ok) throw new Error(`${response.status} fetching ${manifestUrl}`);
      const manifest = parseManifest(await response.json(), manifestUrl);
      shareWasm(options.bundleUrl);
      // Every shard's pagefind.js is the same file: load one, open the shards with it.
      const module = (await import(/* @vite-ignore */ `${options.bundleUrl}${manifest.shards[0]?.path}pagefind.js`)) as PagefindModule;
      return { manifest, module };
    })();
    return ready;
  };
  /** The folding for `text`: with the converter only when it could change something. */
  const simplifierFor = async (text: string): Promise<ToSimplified> => (options.mayBeTraditional(text) ? options.loadSimplifier() : unchanged);

  // Shards are opened when a query first needs them. Pagefind's WebAssembly module is one per page:
  // an instance instantiates it in the background after init() resolves, and two instances doing so
  // together would each instantiate it, the second orphaning the first's memory ("memory access out
  // of bounds"). So the first shard opened is searched empty (which waits for the module and fetches
  // nothing) before any other starts.
  const opened = new Map<number, Promise<PagefindInstance>>();
  let first: Promise<unknown> | undefined;
  const openShard = async (index: number): Promise<PagefindInstance> => {
    const { manifest, module } = await load();
    let instance = opened.get(index);
    if (!instance) {
      const entry = manifest.shards[index]!;
      const previous = first;
      instance = (async () => {
        await previous;
        const pagefind = module.createInstance({ basePath: `${options.bundleUrl}${entry.path}`, noWorker: true, ...RECORD_URLS_ARE_SITE_PATHS });
        await pagefind.init();
        await pagefind.search('');
        return pagefind;
      })();
      first ??= instance;
      opened.set(index, instance);
    }
    return instance;
  };

  const buckets = new Map<number, Promise<Map<string, bigint>>>();
  const bucket = (number: number): Promise<Map<string, bigint>> => {
    let loaded = buckets.get(number);
    if (!loaded) {
      const url = `${options.bundleUrl}${routeFile(number)}`;
      loaded = fetch(url).then(async (response) => {
        if (!response.ok) throw new Error(`${response.status} fetching ${url}`);
        return parseBucket(await gunzipText(response));
      });
      buckets.set(number, loaded);
    }
    return loaded;
  };
  /** The manifest indexes of the shards that may hold every part (all shards when there are no parts). */
  const route = async (manifest: ShardManifest, parts: readonly string[]): Promise<number[]> => {
    const keys = [...new Set(parts.flatMap(partKeys))];
    const masks = new Map<string, bigint>();
    await Promise.all(keys.map(async (key) => masks.set(key, (await bucket(bucketOf(key, manifest.routeBuckets))).get(key) ?? 0n)));
    return routedShards(parts, (key) => masks.get(key) ?? 0n, manifest.shards.length);
  };

  // Excerpts are marked with the query's folding: an article's text is simplified Chinese, and loading the
  // converter for the few traditional characters it may quote would cost every search its download.
  const view = (result: PagefindResult, parts: string[], toSimplified: ToSimplified) => async (): Promise<HitView> => {
    const { url, content: text, meta } = await result.data();
    const { title = '', date = '', issue = '', city = '', theme = '', authors = '' } = meta;
    return {
      url, title, date, issue, city, theme, authors,
      titleHtml: markAll(title, parts, toSimplified),
      excerptHtml: excerpt(text, parts, toSimplified),
    };
  };

  return {
    async warm() {
      // The newest shard is the one every browse and most searches start with.
      await openShard(0);
    },

    async allFacets() {
      return toFacets((await load()).manifest.facets);
    },

    async search(request) {
      const [{ manifest }, toSimplified] = await Promise.all([load(), simplifierFor(request.query)]);
      const parts = queryParts(request.query, toSimplified);
      const searchOptions = pagefindOptions(request);
      if (parts.length === 0 && Object.keys(searchOptions.filters ?? {}).length === 0) return { parts, hits: [], facets: emptyFacets() };
      const year = request.filters?.year;
      const asked = (await route(manifest, parts)).filter((index) => !year || manifest.shards[index]!.year === year);
      const answers = await Promise.all(asked.map(async (index) => askShard(await openShard(index), parts, searchOptions)));
      const hit = (inTitle: boolean, shard: ShardEntry, result: PagefindResult): SearchHit => ({
        id: `${shard.id}/${result.id}`,
        inTitle,
        load: view(result, parts, toSimplified),
      });
      const group = (pick: (answer: ShardAnswer) => PagefindResult[], inTitle: boolean): SearchHit[] => {
        // Shards come newest first, each in its own order: concatenated, that is newest first overall.
        const ranked = answers.flatMap((answer, i) => pick(answer).map((result) => ({ result, shard: manifest.shards[asked[i]!]! })));
        if (request.sort !== 'date') ranked.sort((a, b) => b.result.score - a.result.score);
        return ranked.map(({ result, shard }) => hit(inTitle, shard, result));
      };
      const facets = emptyFacets();
      for (const answer of answers) addFacets(facets, answer.filters);
      const hits = [...group((answer) => answer.title, true), ...group((answer) => answer.rest, false)];
      return { parts, hits, facets };
    },
  };
}
