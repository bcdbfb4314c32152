import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { SearchArticle } from '../../src/search/record.ts';

/** Writes a fragment per record the way Pagefind does (gzip of a signature and JSON), holding the record's encoded words. */
const writeFragments = (outputPath: string, urls: readonly string[]) => {
  mkdirSync(join(outputPath, 'fragment'), { recursive: true });
  urls.forEach((url, i) => writeFileSync(join(outputPath, 'fragment', `und_${i + 1}.pf_fragment`), gzipSync(`pagefind_dcd${JSON.stringify({ url, content: 'yabc abc', meta: {} })}`)));
};
const added: string[] = [];
const index = {
  addCustomRecord: vi.fn(async ({ url }: { url: string }) => {
    added.push(url);
    return { errors: [] as string[], file: { uniqueWords: 1, url: '', meta: {} } };
  }),
  writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => {
    writeFragments(outputPath, added.splice(0));
    return { errors: [] as string[], outputPath };
  }),
};
const createIndex = vi.fn(async () => ({ errors: [] as string[], index }));
const close = vi.fn(async () => null);
vi.mock('pagefind', () => ({ createIndex, close }));

const { buildSearchIndex, SearchIndexError } = await import('../../src/search/index/build-index.ts');
const { decodeBucket, decodeList } = await import('../../src/search/layer.ts');
const { toCustomRecord, INDEX_LANGUAGE, searchableText, headingText, shownByline } = await import('../../src/search/record.ts');

const article: SearchArticle = {
  url: '/digest/articles/2024-06-14/pai-wu-quan/',
  title: '义乌推动排污权管理',
  subtitle: '“一对一”跟踪',
  byline: '余依萍 何贤君',
  authors: ['余依萍', '何贤君'],
  city: '金华',
  place: '义乌',
  theme: '生态环保',
  tags: ['排污权交易'],
  issue: '2024-06-14',
  issueTitle: '浙江法治报 2024年6月14日 第7版',
  date: '2024-06-14',
  printedDate: '2024年6月14日',
  body: '排污权网上电子竞价。\nPM2.5 浓度',
};
const identity = (text: string) => text;

afterEach(() => {
  vi.clearAllMocks();
  added.length = 0;
});

describe('what a record makes findable', () => {
  it('is everything the article page prints: chips, headline, byline, date, issue, body, place and tags', () => {
    const lines = searchableText(article).split('\n');
    for (const printed of ['生态环保', '金华', '义乌推动排污权管理', '“一对一”跟踪', '余依萍 何贤君', '2024年6月14日', '浙江法治报 2024年6月14日 第7版', 'PM2.5 浓度', '义乌', '排污权交易']) {
      expect(lines).toContain(printed);
    }
    expect(searchableText({ ...article, place: '金华' }).split('\n').filter((line) => line === '金华')).toHaveLength(1);
  });
  it('ranks the headline and byline first', () => {
    expect(headingText(article)).toBe('义乌推动排污权管理\n“一对一”跟踪\n余依萍 何贤君');
  });
  it('shows a byline as the page does: organisation, role, name', () => {
    expect(shownByline([{ name: '叶诗蕾', role: '记者' }, { name: '陆晓芬', role: null, org: '共享联盟·湖州' }], '本报湖州9月4日电')).toBe('记者 叶诗蕾、共享联盟·湖州 陆晓芬');
    expect(shownByline([], '浙报观察')).toBe('浙报观察');
  });
});

describe('toCustomRecord', () => {
  it('carries filters, sort and display meta, and the headline alone as content (nothing queries its word index)', () => {
    const record = toCustomRecord(article);
    expect(record.language).toBe(INDEX_LANGUAGE);
    expect(record.url).toBe(article.url);
    expect(record.filters).toEqual({ theme: ['生态环保'], city: ['金华'], year: ['2024'], author: ['余依萍', '何贤君'] });
    expect(record.sort).toEqual({ date: '2024-06-14' });
    expect(record.meta).toMatchObject({ title: '义乌推动排污权管理', issue: '浙江法治报 2024年6月14日 第7版', authors: '余依萍、何贤君' });
    // Meta is indexed too: it holds only the short labels a result shows, never the article's text.
    expect(Object.keys(record.meta ?? {}).sort()).toEqual(['authors', 'city', 'date', 'issue', 'theme', 'title']);
    expect(record.content).toBe('义乌推动排污权管理');
  });
});


describe('buildSearchIndex', () => {
  it('adds one record per article, writes the bundle and closes the service', async () => {
    const lines: string[] = [];
    const outDir = mkdtempSync(join(tmpdir(), 'digest-index-'));
    const result = await buildSearchIndex({ articles: [article, { ...article, url: '/b/' }], outDir, toSimplified: identity, log: (line) => lines.push(line) });
    expect(createIndex).toHaveBeenCalledWith({ forceLanguage: INDEX_LANGUAGE });
    expect(index.addCustomRecord).toHaveBeenCalledTimes(2);
    expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: outDir });
    // The fragment a result loads holds the readable text for its excerpt, not the encoded words.
    const fragment = JSON.parse(gunzipSync(readFileSync(join(outDir, 'fragment', 'und_1.pf_fragment'))).toString('utf8').slice('pagefind_dcd'.length));
    expect(fragment.content).toBe('“一对一”跟踪\n余依萍 何贤君\n排污权网上电子竞价。\nPM2.5 浓度');
    // The layer part lists both articles under their words, newest (last added) first, each with its fragment.
    expect(result.layer.cards.map((card) => [card.url, card.fragment])).toEqual([['/b/', 'fragment/und_2.pf_fragment'], [article.url, 'fragment/und_1.pf_fragment']]);
    expect([...decodeList(decodeBucket(result.layer.lists).get('排污') as Uint8Array)]).toEqual([0, 1]);
    expect(close).toHaveBeenCalledOnce();
    expect(result.records).toBe(2);
    expect(lines.at(-1)).toMatch(/indexed 2 articles/);
  });
  it('turns an error in any response into one exception naming the step, and still closes', async () => {
    index.addCustomRecord.mockResolvedValueOnce({ errors: ['bad record'], file: { uniqueWords: 0, url: '', meta: {} } });
    const run = buildSearchIndex({ articles: [article], outDir: mkdtempSync(join(tmpdir(), 'digest-index-')), toSimplified: identity });
    await expect(run).rejects.toThrow(SearchIndexError);
    await expect(run).rejects.toThrow(/addCustomRecord\(\/digest\/articles\/2024-06-14\/pai-wu-quan\/\)[\s\S]*bad record/);
    expect(index.writeFiles).not.toHaveBeenCalled();
    expect(close).toHaveBeenCalledOnce();
  });
  it('refuses to write an empty index', async () => {
    await expect(buildSearchIndex({ articles: [], outDir: mkdtempSync(join(tmpdir(), 'digest-index-')), toSimplified: identity })).rejects.toThrow(/no articles/);
    expect(close).toHaveBeenCalledOnce();
  });
  it('fails when Pagefind cannot create the index', async () => {
    createIndex.mockResolvedValueOnce({ errors: ['unsupported option'], index: undefined as never });
    await expect(buildSearchIndex({ articles: [article], outDir: mkdtempSync(join(tmpdir(), 'digest-index-')), toSimplified: identity })).rejects.toThrow(/createIndex[\s\S]*unsupported option/);
    expect(close).toHaveBeenCalledOnce();
  });
});
