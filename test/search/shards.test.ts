import { describe, expect, it } from 'vitest';
import { countFacets, parseManifest, planShards, shardManifest } from '../../src/search/shards.ts';

const day = (date: string, count: number) => Array.from({ length: count }, (_, i) => ({ date, n: `${date}#${i}` }));

describe('planShards', () => {
  const caps = (closedYear: number, newestYear = closedYear) => ({ closedYear, newestYear });
  it('makes one shard per year when years are small, oldest first, in date order', () => {
    const shards = planShards([...day('2024-03-01', 2), ...day('2023-05-01', 1), ...day('2024-01-01', 1)], caps(10));
    expect(shards.map((s) => s.id)).toEqual(['2023', '2024']);
    expect(shards[1]!.items.map((item) => item.date)).toEqual(['2024-01-01', '2024-03-01', '2024-03-01']);
  });
  it('packs whole days from 1 January when a year is too big, never splitting a day', () => {
    const shards = planShards([...day('2024-01-01', 3), ...day('2024-01-02', 3), ...day('2024-01-03', 3)], caps(5));
    expect(shards.map((s) => [s.id, s.items.length])).toEqual([['2024-1', 3], ['2024-2', 3], ['2024-3', 3]]);
    expect(planShards(day('2024-01-01', 9), caps(5)).map((s) => s.items.length)).toEqual([9]);
  });
  it('gives past years the large cap and the newest year the small one', () => {
    const shards = planShards([...day('2023-01-01', 4), ...day('2023-01-02', 4), ...day('2024-01-01', 2), ...day('2024-01-02', 2)], caps(10, 3));
    expect(shards.map((s) => [s.id, s.items.length])).toEqual([['2023', 8], ['2024-1', 2], ['2024-2', 2]]);
  });
  it('keeps earlier shards unchanged when days are added at the end', () => {
    const before = planShards([...day('2024-01-01', 3), ...day('2024-01-02', 2)], caps(5));
    const after = planShards([...day('2024-01-01', 3), ...day('2024-01-02', 2), ...day('2024-01-03', 2)], caps(5));
    expect(after[0]!.items).toEqual(before[0]!.items);
    expect(after).toHaveLength(2);
  });
  it('rejects a shard size below one', () => {
    expect(() => planShards([], caps(0))).toThrow(RangeError);
  });
});

describe('manifest', () => {
  const articles = [
    { theme: '生态环保', city: '湖州', date: '2023-05-01', authors: ['何贤君', '何贤君'] },
    { theme: '生态环保', city: '金华', date: '2024-01-01', authors: [] },
  ];
  it('counts every filter value once per article', () => {
    expect(countFacets(articles)).toEqual({
      theme: { 生态环保: 2 }, city: { 湖州: 1, 金华: 1 }, year: { 2023: 1, 2024: 1 }, author: { 何贤君: 1 },
    });
  });
  it('lists shards newest first with their years and date ranges, and round-trips through parseManifest', () => {
    const manifest = shardManifest(planShards(articles, { closedYear: 10, newestYear: 10 }), countFacets(articles), { segments: [{ path: 'layer/a/', articles: 1, buckets: 3 }, { path: 'layer/b/', articles: 1, buckets: 1 }], years: { 2024: [0, 0], 2023: [1, 1] } });
    expect(manifest.shards).toEqual([
      { id: '2024', path: '2024/', articles: 1, year: '2024', first: '2024-01-01', last: '2024-01-01' },
      { id: '2023', path: '2023/', articles: 1, year: '2023', first: '2023-05-01', last: '2023-05-01' },
    ]);
    expect(parseManifest(JSON.parse(JSON.stringify(manifest)), 'x')).toEqual(manifest);
  });
  it('names the manifest and the problem when it is malformed', () => {
    expect(() => parseManifest({ version: 4, shards: [] }, '/pagefind/shards.json')).toThrow(/shards\.json: lists no shards/);
    const shards = [{ id: '2024', path: '2024/', year: '2024' }];
    expect(() => parseManifest({ version: 4, shards, facets: {}, layer: { buckets: 3, years: {} } }, 'm')).toThrow(/m: has no layer segments/);
    expect(() => parseManifest({ version: 4, shards, facets: {}, layer: { segments: [{ path: 'layer/a', articles: 1, buckets: 1 }], years: {} } }, 'm')).toThrow(/malformed layer segment/);
    expect(() => parseManifest({ version: 9 }, 'm')).toThrow(/m: version 9/);
  });
});
