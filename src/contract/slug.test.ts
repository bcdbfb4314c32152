import { describe, expect, it } from 'vitest';
import { placeSlug, SLUG, slugify, uniqueSlugs } from './slug.ts';

describe('slugify', () => {
  it('turns Chinese into toneless pinyin and keeps Latin and digits', () => {
    expect(slugify('“一对一”跟踪,主动靠前服务')).toBe('yi-dui-yi-gen-zong-zhu-dong-kao');
    expect(slugify('5G 农业园')).toBe('5g-nong-ye-yuan');
    expect(slugify('吕义聪')).toBe('lv-yi-cong');
    expect(slugify('ＧＥＰ核算')).toBe('gep-he-suan');
  });

  it('limits the number of words', () => {
    expect(slugify('浙江工匠学院在杭成立', { maxWords: 4 })).toBe('zhe-jiang-gong-jiang');
  });

  it('gives an empty slug for text without letters', () => {
    expect(slugify('……！')).toBe('');
  });
});

describe('uniqueSlugs', () => {
  it('suffixes collisions in order and fills empty ones', () => {
    expect(uniqueSlugs(['a', 'a', '', 'a'], 'x')).toEqual(['a', 'a-2', 'x', 'a-3']);
  });
});

describe('placeSlug', () => {
  it('runs a place name\'s toneless pinyin together', () => {
    expect(placeSlug('浙江')).toBe('zhejiang');
    expect(placeSlug('阿克苏')).toBe('akesu');
    expect(placeSlug('……')).toBe('place');
  });
});

describe('SLUG', () => {
  it('accepts lowercase ASCII words joined by "-" and nothing else', () => {
    for (const slug of ['hangzhou', 'fuzhou-jiangxi', '5g']) expect(SLUG.test(slug)).toBe(true);
    for (const slug of ['Hangzhou', 'fuzhou--jiangxi', '-x', 'hang zhou', '杭州', '']) expect(SLUG.test(slug)).toBe(false);
  });
});
