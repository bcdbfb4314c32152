/**
 * The browser's search engine: Pagefind's JS API over the bundle written by
 * build-index.ts, asked in the words of normalize.ts. Knows only the bundle
 * URL. Every query part becomes two Pagefind phrase searches (title words,
 * all words); the records found for all parts are the results, title matches
 * first, each in Pagefind's order (relevance or newest first). Loading a hit
 * re-checks the match on the article's own text and builds its excerpt.
 */
import { containsAll, fold, pagefindQuery, queryParts, type Field, type ToSimplified } from './normalize.ts';
import { excerpt, markAll } from './excerpt.ts';
import { FILTER_KEYS, type FilterKey, type SearchMeta } from './record.ts';

/** The part of pagefind.js's instance API this client uses. */
interface PagefindResult {
  id: string;
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
  mergeIndex(bundleUrl: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
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
  /** Fragment → view; null when the article's text does not hold the query after all. */
  load(): Promise<HitView | null>;
}

export interface SearchResponse {
  /** The folded query parts every hit contains. */
  parts: string[];
  hits: SearchHit[];
  /** Counts per filter value among the hits (for the first part when there are several). */
  facets: Facets;
}

export interface SearchClientOptions {
  /** URL of the Pagefind bundle directory, ending in `/` (e.g. `${BASE_URL}pagefind/`). */
  bundleUrl: string;
  /** More bundles (e.g. one per year) searched together with it through `mergeIndex`. */
  extraBundles?: readonly string[] | undefined;
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

const ids = (response: PagefindResponse): Set<string> => new Set(response.results.map((result) => result.id));
const intersect = (sets: Set<string>[]): Set<string> =>
  sets.reduce((common, set) => new Set([...common].filter((id) => set.has(id))));

export function createSearchClient(options: SearchClientOptions): SearchClient {
  let ready: Promise<{ pagefind: PagefindInstance; toSimplified: ToSimplified }> | undefined;
  const load = () => {
    ready ??= (async () => {
      const [module, toSimplified] = await Promise.all([
        import(/* @vite-ignore */ `${options.bundleUrl}pagefind.js`) as Promise<PagefindModule>,
        options.loadSimplifier(),
      ]);
      const pagefind = module.createInstance({ basePath: options.bundleUrl, ...RECORD_URLS_ARE_SITE_PATHS });
      await pagefind.init();
      for (const bundle of options.extraBundles ?? []) await pagefind.mergeIndex(bundle, RECORD_URLS_ARE_SITE_PATHS);
      return { pagefind, toSimplified };
    })();
    return ready;
  };

  const view = (result: PagefindResult, parts: string[], toSimplified: ToSimplified) => async (): Promise<HitView | null> => {
    const { url, meta } = await result.data();
    const { text = '', title = '', date = '', issue = '', city = '', theme = '', authors = '' } = meta;
    if (parts.length > 0 && !containsAll(fold(`${title}\n${text}`, toSimplified), parts)) return null;
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
      const { pagefind } = await load();
      return toFacets(await pagefind.filters());
    },

    async search(request) {
      const { pagefind, toSimplified } = await load();
      const parts = queryParts(request.query, toSimplified);
      const searchOptions = pagefindOptions(request);
      const hit = (inTitle: boolean) => (result: PagefindResult): SearchHit => ({
        id: result.id,
        inTitle,
        load: view(result, parts, toSimplified),
      });
      if (parts.length === 0) {
        if (Object.keys(searchOptions.filters ?? {}).length === 0) return { parts, hits: [], facets: emptyFacets() };
        const response = await pagefind.search(null, searchOptions);
        return { parts, hits: response.results.map(hit(false)), facets: toFacets(response.filters) };
      }
      const run = (field: Field) => Promise.all(parts.map((part) => pagefind.search(pagefindQuery(part, field), searchOptions)));
      const [bodies, titles] = await Promise.all([run('body'), run('title')]);
      const [firstBody, firstTitle] = [bodies[0], titles[0]];
      if (!firstBody || !firstTitle) return { parts, hits: [], facets: emptyFacets() };
      const found = intersect(bodies.map(ids));
      const inTitle = new Set([...intersect(titles.map(ids))].filter((id) => found.has(id)));
      const hits = [
        ...firstTitle.results.filter((result) => inTitle.has(result.id)).map(hit(true)),
        ...firstBody.results.filter((result) => found.has(result.id) && !inTitle.has(result.id)).map(hit(false)),
      ];
      return { parts, hits, facets: toFacets(firstBody.filters) };
    },
  };
}
