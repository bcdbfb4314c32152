/**
 * The exact-match layer end to end without a browser: shard parts built from
 * articles, merged into the layer's files, searched by the client through a
 * fetch that serves those files (Node has fetch and DecompressionStream).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gzipSync } from 'node:zlib';
import { LayerPartBuilder, deserializePart, layerInfo, mergeParts, serializePart, type LayerLimits } from '../../src/search/index/build-layer.ts';
import { createSearchClient, type SearchRequest } from '../../src/search/client/client.ts';
import { excerptText, searchableText, type SearchArticle } from '../../src/search/record.ts';
import { fold } from '../../src/search/normalize.ts';
import { countFacets, planShards, shardManifest } from '../../src/search/shards.ts';
import { mayBeTraditional } from '../../src/search/traditional.ts';
import { toSimplified } from '../../src/search/client/simplify.ts';

const article = (slug: string, date: string, title: string, body: string, extra: Partial<SearchArticle> = {}): SearchArticle => ({
  url: `/articles/${date}/${slug}/`, title, authors: [], city: '湖州', theme: '生态环保', tags: [], issue: date, date, printedDate: date, body, ...extra,
});

const ARTICLES = [
  article('old-title', '2023-03-01', '排污权交易开市', '首批企业参与。'),
  article('apart', '2023-05-01', '环线通车', '建设生态环线，改善心态环境。'),
  article('body', '2024-02-01', '春耕', '全市推进排污权改革，推进生态环境治理。', { theme: '经济', city: '金华', authors: ['何贤君'] }),
  article('traditional', '2024-04-01', '簡報', '數字經濟發展。'),
  article('tagged', '2022-01-01', '小区新风', '居民点赞。', { tags: ['垃圾分类示范'], place: '吴兴区', subtitle: '湖州市区垃圾分类' }),
];

/** Builds the bundle's files (manifest, layer, fragments) from ARTICLES in shards of at most `cap`, the layer in two segments as the build makes it. */
function bundle(cap: number, limits?: LayerLimits): Map<string, Uint8Array> {
  const shards = planShards(ARTICLES, { closedYear: cap, newestYear: cap });
  const files = new Map<string, Uint8Array>();
  const parts = shards.map((shard) => {
    const builder = new LayerPartBuilder();
    const fragments = new Map<string, string>();
    shard.items.forEach((item, i) => {
      builder.add(item, fold(searchableText(item), toSimplified), toSimplified);
      fragments.set(item.url, `fragment/${i}.pf_fragment`);
      files.set(`${shard.id}/fragment/${i}.pf_fragment`, gzipSync(`pagefind_dcd${JSON.stringify({ url: item.url, content: excerptText(item) })}`));
    });
    // Through the cache's file format, as a cached shard comes back.
    return { part: deserializePart(serializePart(builder.finish(fragments))), path: `${shard.id}/` };
  });
  const newestFirst = parts.reverse();
  const segments = [newestFirst.slice(0, 1), newestFirst.slice(1)].filter((group) => group.length > 0).map((group, i) => {
    const { files: segmentFiles, ...info } = mergeParts(group, limits);
    const path = `layer/${i}/`;
    for (const [name, bytes] of segmentFiles) files.set(path + name, bytes);
    return { path, ...info };
  });
  files.set('shards.json', Buffer.from(JSON.stringify(shardManifest(shards, countFacets(ARTICLES), layerInfo(segments)))));
  return files;
}

function client(files: Map<string, Uint8Array>) {
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    const path = url.slice('/pagefind/'.length);
    fetched.push(path);
    const bytes = files.get(path);
    return bytes ? new Response(new Blob([new Uint8Array(bytes)])) : new Response('', { status: 404 });
  });
  const search = createSearchClient({ bundleUrl: '/pagefind/', loadSimplifier: async () => toSimplified, mayBeTraditional });
  return { search, fetched };
}

const urls = async (search: ReturnType<typeof client>['search'], request: SearchRequest) => (await search.collect(request)).map(({ url }) => url.split('/')[3]);

afterEach(() => vi.unstubAllGlobals());

describe.each([
  ['one shard', 10, undefined],
  ['a shard per year, every list in its own file', 2, { bigListBytes: 0, bucketBytes: 1 }],
  ['a shard per article: the newest year in both segments', 1, undefined],
] as const)('the layer, %s', (_, cap, limits) => {
  const files = bundle(cap, limits);

  it('finds exactly the articles holding a part, headline matches first, newest first within', async () => {
    const { search } = client(files);
    expect(await urls(search, { query: '排污权' })).toEqual(['old-title', 'body']);
    expect(await urls(search, { query: '排污权', sort: 'date' })).toEqual(['body', 'old-title']);
    expect((await search.collect({ query: '排污权' })).map(({ inTitle }) => inTitle)).toEqual([true, false]);
  });

  it('checks a part longer than three characters against the text: triples that sit apart do not match', async () => {
    const { search } = client(files);
    const response = await search.search({ query: '生态环境' });
    expect(response.hits.map((hit) => hit.exact)).toEqual([false, false]);
    const views = await Promise.all(response.hits.map((hit) => hit.load()));
    expect(views.map((view) => view?.url.split('/')[3])).toEqual(['body', undefined]);
    expect(views[0]?.excerptHtml).toContain('<mark>生态环境</mark>');
    expect(await urls(search, { query: '生态环境' })).toEqual(['body']);
  });

  it('checks a long part against everything the page prints: subtitle, place and tags too', async () => {
    const { search } = client(files);
    expect(await urls(search, { query: '垃圾分类示范' })).toEqual(['tagged']);
    expect(await urls(search, { query: '吴兴区' })).toEqual(['tagged']);
    expect(await search.collect({ query: '市区垃圾分类' })).toEqual([{ url: '/articles/2022-01-01/tagged/', inTitle: true }]);
  });

  it('needs every part, folds traditional and full-width queries, and matches traditional text folded', async () => {
    const { search } = client(files);
    expect(await urls(search, { query: '推进 治理' })).toEqual(['body']);
    expect(await urls(search, { query: '排污權' })).toEqual(['old-title', 'body']);
    expect(await urls(search, { query: '数字经济发展' })).toEqual(['traditional']);
  });

  it('filters by theme, city, author and year, with or without a query', async () => {
    const { search } = client(files);
    expect(await urls(search, { query: '', filters: { year: '2023' } })).toEqual(['apart', 'old-title']);
    expect(await urls(search, { query: '排污权', filters: { theme: '经济' } })).toEqual(['body']);
    expect(await urls(search, { query: '', filters: { author: '何贤君', city: '金华' } })).toEqual(['body']);
    expect(await urls(search, { query: '排污权', filters: { year: '1999' } })).toEqual([]);
    expect(await urls(search, { query: '' })).toEqual([]);
  });

  it('reads only the files a query needs', async () => {
    const { search, fetched } = client(files);
    const response = await search.search({ query: '排污权' });
    expect(fetched.filter((path) => path.includes('fragment') || path.includes('/c/'))).toEqual([]);
    await response.hits[0]!.load();
    expect(fetched.filter((path) => path.includes('fragment'))).toHaveLength(1);
  });
});
