/**
 * The search client room (src/search/client/): the code that runs in the
 * reader's browser and searches `dist/pagefind/`; the site's search page
 * (src/site/lib/search-page.ts) drives it and owns what the reader sees.
 *
 * The browser's search engine over the bundle written by build-archive.ts:
 * reads the manifest, finds the matching articles in the exact-match layer
 * (layer.ts: each query key's list from its hashed bucket file in each
 * segment, lists intersected, filters as lists too), orders them (headline and byline
 * matches first for relevance, newest first within; newest first throughout
 * by date), and loads a hit's card and Pagefind fragment (its readable
 * text, for the excerpt) only when the page shows it. A query part longer
 * than three characters is found through its triples, and each such hit is
 * checked against its text when loaded.
 *
 * Why not Pagefind's own search in the browser: every shard it opens costs
 * its metadata and a chunk per query word, so a common query, found in
 * every shard, would cost more the larger the archive (layer.ts).
 */
import { fold, queryParts, type ToSimplified } from '../normalize.ts';
import { excerpt, markAll } from './excerpt.ts';
import { FILTER_KEYS, type FilterKey, type SearchMeta } from '../record.ts';
import { MANIFEST_FILE, parseManifest, type ShardManifest } from '../shards.ts';
import {
  CARDS_PER_BLOCK, bucketFile, fragmentJson, bucketOf, cardFile, decodeBucket, decodeList, filterKey, holdsEvery, intersect, listFile, partKeys, segmentOf, titleKey,
  type BucketEntry, type Card, type LayerSegment,
} from '../layer.ts';

/** Hits whose card and text collect() loads at once: bounded, so a query with thousands of hits does not open thousands of requests. */
const COLLECT_BATCH = 64;

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
  /** The article's number in the layer (0 = newest). */
  id: number;
  /** The headline or byline holds every query part. */
  inTitle: boolean;
  /** Known to match without loading its text (no query part longer than three characters). */
  exact: boolean;
  /** The article page's URL (from its card). */
  url(): Promise<string>;
  /** Card and fragment → view; undefined when the text does not hold the query after all (only when not `exact`). */
  load(): Promise<HitView | undefined>;
}

export interface SearchResponse {
  /** The folded query parts every hit contains. */
  parts: string[];
  hits: SearchHit[];
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
  /** Starts loading the manifest; search() awaits the same work. */
  warm(): Promise<void>;
  search(request: SearchRequest): Promise<SearchResponse>;
  /** Every filter value in the index with its article count. */
  allFacets(): Promise<Facets>;
  /** URLs and title flags of every hit, hits that need it checked: what the evaluation scores. */
  collect(request: SearchRequest): Promise<{ url: string; inTitle: boolean }[]>;
}

const unchanged: ToSimplified = (text) => text;

/** Bytes of a gzip file, or of one a server already decoded through Content-Encoding. */
async function gunzipped(response: Response): Promise<Uint8Array> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
}

/** Memoised fetch of a bundle file, decoded once. */
function fileCache<T>(bundleUrl: string, decode: (bytes: Uint8Array) => T): (path: string) => Promise<T> {
  const files = new Map<string, Promise<T>>();
  return (path) => {
    let file = files.get(path);
    if (!file) {
      const url = `${bundleUrl}${path}`;
      file = fetch(url).then(async (response) => {
        if (!response.ok) throw new Error(`${response.status} fetching ${url}`);
        return decode(await gunzipped(response));
      });
      // A failed fetch is tried again by the next search.
      file.catch(() => files.delete(path));
      files.set(path, file);
    }
    return file;
  };
}

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const range = (first: number, last: number): Uint32Array => Uint32Array.from({ length: last - first + 1 }, (_, i) => first + i);

export function createSearchClient(options: SearchClientOptions): SearchClient {
  let ready: Promise<ShardManifest> | undefined;
  const load = () => {
    ready ??= (async () => {
      const manifestUrl = `${options.bundleUrl}${MANIFEST_FILE}`;
      const response = await fetch(manifestUrl);
      if (!response.ok) throw new Error(`${response.status} fetching ${manifestUrl}`);
      return parseManifest(await response.json(), manifestUrl);
    })();
    ready.catch(() => {
      ready = undefined;
    });
    return ready;
  };
  /** The folding for `text`: with the converter only when it could change something. */
  const simplifierFor = async (text: string): Promise<ToSimplified> => (options.mayBeTraditional(text) ? options.loadSimplifier() : unchanged);

  const bucket = fileCache<Map<string, BucketEntry>>(options.bundleUrl, decodeBucket);
  const ownList = fileCache<Uint32Array>(options.bundleUrl, decodeList);
  const cards = fileCache<Card[]>(options.bundleUrl, (bytes) => JSON.parse(text(bytes)) as Card[]);
  const fragment = fileCache<{ content: string }>(options.bundleUrl, (bytes) => {
    const json = fragmentJson(text(bytes));
    if (json === undefined) throw new Error('not a Pagefind fragment');
    return json as { content: string };
  });

  /** A key's articles in one segment, in the archive's numbers. */
  const segmentList = async (segment: LayerSegment, offset: number, key: string): Promise<Uint32Array> => {
    const number = bucketOf(key, segment.buckets);
    const entry = (await bucket(segment.path + bucketFile(number))).get(key);
    if (entry === undefined) return new Uint32Array();
    const local = typeof entry === 'number' ? await ownList(segment.path + listFile(number, entry)) : decodeList(entry);
    return offset === 0 ? local : local.map((value) => value + offset);
  };
  /** A key's articles, ascending (newest first); empty when no article has it. */
  const list = async (manifest: ShardManifest, key: string): Promise<Uint32Array> => {
    let offset = 0;
    const lists = await Promise.all(manifest.layer.segments.map((segment) => {
      const found = segmentList(segment, offset, key);
      offset += segment.articles;
      return found;
    }));
    // Segments come newest first, so their lists follow one another in order.
    const joined = new Uint32Array(lists.reduce((sum, found) => sum + found.length, 0));
    let at = 0;
    for (const found of lists) {
      joined.set(found, at);
      at += found.length;
    }
    return joined;
  };
  const all = async (manifest: ShardManifest, keys: readonly string[]): Promise<Uint32Array | undefined> => {
    const lists = await Promise.all(keys.map((key) => list(manifest, key)));
    lists.sort((a, b) => a.length - b.length);
    return lists.reduce<Uint32Array | undefined>((common, next) => (common ? intersect(common, next) : next), undefined);
  };
  const card = async (manifest: ShardManifest, number: number): Promise<Card> => {
    const at = segmentOf(manifest.layer, number);
    const found = at && (await cards(at.segment.path + cardFile(Math.floor(at.local / CARDS_PER_BLOCK))))[at.local % CARDS_PER_BLOCK];
    if (!found) throw new Error(`no card for article ${number}`);
    return found;
  };

  /** Whether a card's article holds every part: in its heading only (`heading`), or anywhere. */
  const holds = async (found: Card, parts: readonly string[], heading: boolean): Promise<boolean> => {
    const texts = heading ? [found.title, found.heading] : [found.theme, found.city, found.title, found.heading, found.issue, found.extra, (await fragment(found.fragment)).content];
    const joined = texts.join('\n');
    return holdsEvery(fold(joined, await simplifierFor(joined)), parts);
  };

  // Excerpts are marked with the query's folding: an article's text is simplified Chinese, and loading the
  // converter for the few traditional characters it may quote would cost every search its download.
  const view = async (manifest: ShardManifest, number: number, parts: string[], toSimplified: ToSimplified, exact: boolean): Promise<HitView | undefined> => {
    const found = await card(manifest, number);
    const { content } = await fragment(found.fragment);
    if (!exact && !(await holds(found, parts, false))) return undefined;
    const { url, title, date, issue, city, theme, authors } = found;
    return {
      url, title, date, issue, city, theme, authors,
      titleHtml: markAll(title, parts, toSimplified),
      excerptHtml: excerpt(content, parts, toSimplified),
    };
  };

  /** The articles every part and filter allows, and those whose heading holds every part; undefined: no constraint at all. */
  const match = async (manifest: ShardManifest, parts: readonly string[], filters: Filters | undefined) => {
    const constraints: Promise<Uint32Array | undefined>[] = [];
    for (const key of FILTER_KEYS) {
      const value = filters?.[key];
      if (!value) continue;
      if (key === 'year') {
        const years = manifest.layer.years[value];
        constraints.push(Promise.resolve(years ? range(...years) : new Uint32Array()));
      } else {
        constraints.push(list(manifest, filterKey(key, value)));
      }
    }
    const keys = parts.map(partKeys);
    for (const { keys: partKeyList } of keys) constraints.push(all(manifest, partKeyList));
    const title = parts.length > 0 ? all(manifest, keys.flatMap((part) => part.keys.map(titleKey))) : undefined;
    const lists = (await Promise.all(constraints)).filter((found) => found !== undefined);
    if (lists.length === 0) return undefined;
    lists.sort((a, b) => a.length - b.length);
    const matches = lists.reduce((common, next) => intersect(common, next));
    return { matches, inTitle: title ? intersect(matches, (await title) ?? new Uint32Array()) : new Uint32Array(), exact: keys.every((part) => part.exact) };
  };

  const search = async (request: SearchRequest): Promise<SearchResponse> => {
    const [manifest, toSimplified] = await Promise.all([load(), simplifierFor(request.query)]);
    const parts = queryParts(request.query, toSimplified);
    const found = await match(manifest, parts, request.filters);
    if (!found) return { parts, hits: [] };
    const titled = new Set(found.inTitle);
    const hit = (id: number): SearchHit => {
      const inTitle = titled.has(id);
      return {
        id,
        inTitle,
        exact: found.exact,
        url: async () => (await card(manifest, id)).url,
        load: () => view(manifest, id, parts, toSimplified, found.exact),
      };
    };
    const order = request.sort === 'date' ? [...found.matches] : [...found.inTitle, ...found.matches.filter((id) => !titled.has(id))];
    return { parts, hits: order.map(hit) };
  };

  return {
    async warm() {
      await load();
    },

    async allFacets() {
      return (await load()).facets;
    },

    search,

    async collect(request) {
      const [{ parts, hits }, manifest] = await Promise.all([search(request), load()]);
      const collected: { url: string; inTitle: boolean }[] = [];
      for (let at = 0; at < hits.length; at += COLLECT_BATCH) {
        const batch = await Promise.all(hits.slice(at, at + COLLECT_BATCH).map(async (hit) => {
          if (hit.exact) return { url: await hit.url(), inTitle: hit.inTitle };
          const found = await card(manifest, hit.id);
          if (!(await holds(found, parts, false))) return undefined;
          return { url: found.url, inTitle: hit.inTitle && (await holds(found, parts, true)) };
        }));
        for (const entry of batch) if (entry) collected.push(entry);
      }
      return collected;
    },
  };
}
