/**
 * The browser's search engine over the sharded bundle written by
 * build-archive.ts: reads the manifest, opens one Pagefind instance per shard
 * (each loads its own small metadata), asks each the query in the words of
 * normalize.ts and merges the answers. Every query part becomes two Pagefind
 * phrase searches per shard (title words, all words); the records found for
 * all parts are the results, title matches first; within each group by
 * Pagefind's score (relevance) or, newest first, shard after shard (shards
 * hold disjoint date ranges, newest shard first). A year filter only asks
 * that year's shards. Loading a hit builds its excerpt from the article's
 * own text.
 *
 * Why not Pagefind's mergeIndex: its merged search orders every result by
 * score, which loses the newest-first order across indexes, and it cannot
 * skip the indexes a year filter rules out.
 */
import { pagefindQuery, queryParts, type Field, type ToSimplified } from './normalize.ts';
import { excerpt, markAll } from './excerpt.ts';
import { FILTER_KEYS, type FilterKey, type SearchMeta } from './record.ts';
import { MANIFEST_FILE, parseManifest, type ShardEntry } from './shards.ts';

/** The part of pagefind.js's instance API this client uses. */
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; meta: Record<string, string> }>;
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
  createInstance(options: { basePath: string; baseUrl: string }): PagefindInstance;
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

export interface HitView extends Omit<SearchMeta, 'text'> {
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
}

export interface SearchClient {
  /** Starts loading Pagefind and the converter; search() awaits the same work. */
  warm(): Promise<void>;
  search(request: SearchRequest): Promise<SearchResponse>;
  /** Every filter value in the index with its article count. */
  allFacets(): Promise<Facets>;
}

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

interface Shard {
  entry: ShardEntry;
  pagefind: PagefindInstance;
}

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
  let ready: Promise<{ shards: Shard[]; facets: Facets; toSimplified: ToSimplified }> | undefined;
  const load = () => {
    ready ??= (async () => {
      const manifestUrl = `${options.bundleUrl}${MANIFEST_FILE}`;
      const [manifest, toSimplified] = await Promise.all([
        fetch(manifestUrl).then(async (response) => {
          if (!response.ok) throw new Error(`${response.status} fetching ${manifestUrl}`);
          return parseManifest(await response.json(), manifestUrl);
        }),
        options.loadSimplifier(),
      ]);
      // Every shard's pagefind.js is the same file: load one, open every shard with it.
      const module = (await import(/* @vite-ignore */ `${options.bundleUrl}${manifest.shards[0]?.path}pagefind.js`)) as PagefindModule;
      // Pagefind's WebAssembly module is one per page. An instance loads it in the background after
      // init() resolves, and two instances loading it together would each instantiate it, the second
      // orphaning the first's memory ("memory access out of bounds"). An empty search waits until the
      // first instance is ready and fetches nothing; the others then reuse its module.
      const open = async (entry: ShardEntry): Promise<Shard> => {
        const pagefind = module.createInstance({ basePath: `${options.bundleUrl}${entry.path}`, ...RECORD_URLS_ARE_SITE_PATHS });
        await pagefind.init();
        await pagefind.search('');
        return { entry, pagefind };
      };
      const [newest, ...older] = manifest.shards;
      const first = await open(newest!);
      const shards = [first, ...(await Promise.all(older.map(open)))];
      return { shards, facets: toFacets(manifest.facets), toSimplified };
    })();
    return ready;
  };

  const view = (result: PagefindResult, parts: string[], toSimplified: ToSimplified) => async (): Promise<HitView> => {
    const { url, meta } = await result.data();
    const { text = '', title = '', date = '', issue = '', city = '', theme = '', authors = '' } = meta;
    return {
      url, title, date, issue, city, theme, authors,
      titleHtml: markAll(title, parts, toSimplified),
      excerptHtml: excerpt(text, parts, toSimplified),
    };
  };

  return {
    async warm() {
      await load();
    },

    async allFacets() {
      return (await load()).facets;
    },

    async search(request) {
      const { shards, toSimplified } = await load();
      const parts = queryParts(request.query, toSimplified);
      const searchOptions = pagefindOptions(request);
      if (parts.length === 0 && Object.keys(searchOptions.filters ?? {}).length === 0) return { parts, hits: [], facets: emptyFacets() };
      const year = request.filters?.year;
      const asked = shards.filter((shard) => !year || shard.entry.year === year);
      const answers = await Promise.all(asked.map((shard) => askShard(shard.pagefind, parts, searchOptions)));
      const hit = (inTitle: boolean, shard: Shard, result: PagefindResult): SearchHit => ({
        id: `${shard.entry.id}/${result.id}`,
        inTitle,
        load: view(result, parts, toSimplified),
      });
      const group = (pick: (answer: ShardAnswer) => PagefindResult[], inTitle: boolean): SearchHit[] => {
        // Shards come newest first, each in its own order: concatenated, that is newest first overall.
        const ranked = answers.flatMap((answer, i) => pick(answer).map((result) => ({ result, shard: asked[i]! })));
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
