import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bucketOf, decodeBucket, decodeList, encodeBucket, encodeList, filterKey, fragmentJson, holdsEvery, intersect, partKeys, shiftList, titleKey } from '../../src/search/layer.ts';

describe('partKeys', () => {
  it('looks up one to three characters as one exact key', () => {
    expect(partKeys('排')).toEqual({ keys: ['排'], exact: true });
    expect(partKeys('排污权')).toEqual({ keys: ['排污权'], exact: true });
  });
  it('looks up a longer part by its triples, to be checked against the text', () => {
    expect(partKeys('生态环境')).toEqual({ keys: ['生态环', '态环境'], exact: false });
  });
});

describe('marked keys', () => {
  it('never meet a text key', () => {
    expect(titleKey('排污')).not.toBe('排污');
    expect(filterKey('theme', '生态环保')).not.toContain('\uffff');
  });
});

describe('lists', () => {
  it('round-trip as gaps when sparse and as a bitmap when dense', () => {
    const sparse = [3, 1000, 70_000];
    const dense = Array.from({ length: 5000 }, (_, i) => 10 + i * 2);
    expect([...decodeList(encodeList(sparse))]).toEqual(sparse);
    expect([...decodeList(encodeList(dense))]).toEqual(dense);
    expect(encodeList(dense)[0]).toBe(1);
    expect(encodeList(dense).length).toBeLessThan(10_000 / 8 + 16);
    expect([...decodeList(encodeList([]))]).toEqual([]);
  });
  it('shift by an offset exactly as encoding the shifted numbers does, gaps or bitmap', () => {
    // Dense and sparse lists, and offsets that lengthen the first number's varint past the gaps/bitmap boundary.
    const lists = fc.uniqueArray(fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 100_000 })), { maxLength: 400 }).map((numbers) => numbers.sort((a, b) => a - b));
    fc.assert(fc.property(lists, fc.constantFrom(0, 1, 127, 128, 16_383, 16_384, 2_000_000), (numbers, offset) => {
      expect([...shiftList(encodeList(numbers), offset)]).toEqual([...encodeList(numbers.map((number) => number + offset))]);
    }));
    // 0…17 and 79: gaps take 21 bytes, as many as the bitmap's 10 and its allowance of 11; a first number of three bytes tips them over.
    const tipping = [...Array.from({ length: 18 }, (_, i) => i), 79];
    expect(encodeList(tipping)[0]).toBe(0);
    expect(shiftList(encodeList(tipping), 20_000)[0]).toBe(1);
  });
  it('write gaps as a kind byte, the count, the first number and each gap less one, in varints', () => {
    expect([...encodeList([3, 1000, 70_000])]).toEqual([0, 3, 3, 0xe4, 0x07, 0x87, 0x9b, 0x04]);
  });
  it('write a bitmap as a kind byte, the count, the first number and a bit per number from it', () => {
    expect([...encodeList(Array.from({ length: 16 }, (_, i) => 5 + i))]).toEqual([1, 16, 5, 0xff, 0xff]);
    expect([...encodeList(Array.from({ length: 20 }, (_, i) => 200 + i * 2))]).toEqual([1, 20, 0xc8, 0x01, 0x55, 0x55, 0x55, 0x55, 0x55]);
  });
  it('intersect keeps the numbers in both', () => {
    expect([...intersect(Uint32Array.from([1, 4, 9, 12]), Uint32Array.from([0, 4, 5, 12, 99]))]).toEqual([4, 12]);
  });
});

describe('buckets', () => {
  it('round-trip inline lists and own-file numbers', () => {
    const list = encodeList([0, 5]);
    const decoded = decodeBucket(encodeBucket([['排污', list], ['\uffff的', 3]]));
    expect([...(decoded.get('排污') as Uint8Array)]).toEqual([...list]);
    expect(decoded.get('\uffff的')).toBe(3);
  });
  it('hashes a key to the same bucket every time, within range', () => {
    expect(bucketOf('排污', 7)).toBe(bucketOf('排污', 7));
    expect(bucketOf('排污', 7)).toBeLessThan(7);
  });
});

describe('holdsEvery', () => {
  it('rejects a candidate whose triples sit apart', () => {
    expect(holdsEvery('生态环保 保护态环境', ['生态环境'])).toBe(false);
    expect(holdsEvery('推进生态环境治理', ['生态环境', '治理'])).toBe(true);
  });
});

describe('a headline key', () => {
  it('shares its text key\'s bucket, so a query fetches one file for both', () => {
    for (const key of ['排污', '权', '生态环']) expect(bucketOf(titleKey(key), 97)).toBe(bucketOf(key, 97));
  });
});

describe('fragmentJson', () => {
  it("reads a Pagefind result fragment's JSON after its signature, and nothing else", () => {
    expect(fragmentJson('pagefind_dcd{"url":"/a/","content":"排污权"}')).toEqual({ url: '/a/', content: '排污权' });
    expect(fragmentJson('{"url":"/a/"}')).toBeUndefined();
  });
});
