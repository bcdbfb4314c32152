import { describe, expect, it } from 'vitest';
import { bucketCount, bucketOf, parseBucket, partKeys, routeBuckets, routeKeys, routedShards } from '../../src/search/route.ts';

describe('route keys', () => {
  it('are every character and every neighbouring pair within a whitespace run', () => {
    expect([...routeKeys('排污权 pm2')].sort()).toEqual(['2', 'm', 'm2', 'p', 'pm', '排', '排污', '权', '污', '污权'].sort());
    expect(partKeys('排污权')).toEqual(['排污', '污权']);
    expect(partKeys('排')).toEqual(['排']);
  });
});

describe('the router', () => {
  // Manifest order: shard 0 is the newest.
  const shards = [routeKeys('垃圾分类进小区'), routeKeys('排污权交易'), routeKeys('排污权 分类')];
  const { buckets, files } = routeBuckets(shards);
  const masks = new Map([...files.values()].flatMap((text) => [...parseBucket(text)]));
  const maskOf = (key: string) => masks.get(key) ?? 0n;

  it('stores each key once, in the bucket its hash names', () => {
    for (const [bucket, text] of files) for (const key of parseBucket(text).keys()) expect(bucketOf(key, buckets)).toBe(bucket);
    expect(masks.get('排污')).toBe(0b110n);
    expect(bucketCount(513)).toBe(2);
  });
  it('sends a query only to the shards holding all of its pairs, and never drops a shard that holds it', () => {
    expect(routedShards(['排污权'], maskOf, 3)).toEqual([1, 2]);
    expect(routedShards(['排污权', '交易'], maskOf, 3)).toEqual([1]);
    expect(routedShards(['分类'], maskOf, 3)).toEqual([0, 2]);
    expect(routedShards(['类'], maskOf, 3)).toEqual([0, 2]);
    expect(routedShards(['权分'], maskOf, 3)).toEqual([]);
  });
});
