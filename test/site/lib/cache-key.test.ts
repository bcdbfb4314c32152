import { describe, expect, it } from 'vitest';
import { cacheKeyOf, shareInCacheKeys } from '../../../src/site/lib/cache-key.ts';

const view = (title: string) => ({ id: '2024-01-01/a', digest: 'd1', data: { title, tags: ['城市'] } });

describe('cacheKeyOf', () => {
  it('is the same for the same props and differs when anything shown differs', () => {
    expect(cacheKeyOf({ article: view('标题'), page: 1 })).toBe(cacheKeyOf({ article: view('标题'), page: 1 }));
    expect(cacheKeyOf({ article: view('标题'), page: 1 })).not.toBe(cacheKeyOf({ article: view('新标题'), page: 1 }));
    expect(cacheKeyOf({ article: view('标题'), page: 1 })).not.toBe(cacheKeyOf({ article: view('标题'), page: 2 }));
  });

  it('follows a shared view: a page listing a changed article gets a new key', () => {
    const before = view('标题');
    const after = view('改过的标题');
    shareInCacheKeys([before, after]);
    expect(cacheKeyOf({ related: [before] })).toBe(cacheKeyOf({ related: [before] }));
    expect(cacheKeyOf({ related: [before] })).not.toBe(cacheKeyOf({ related: [after] }));
  });

  it('keeps a shared view apart from props that merely look like its stand-in', () => {
    const shared = view('标题');
    shareInCacheKeys([shared]);
    expect(cacheKeyOf({ related: [shared] })).not.toBe(cacheKeyOf({ related: [view('标题')] }));
    expect(cacheKeyOf({ related: [shared] })).not.toBe(cacheKeyOf({ related: ['标题'] }));
  });

  it('changes with the configured site name, which every page shows', () => {
    const props = { article: view('标题') };
    const before = cacheKeyOf(props);
    process.env['SITE_NAME'] = '潮州日报文摘';
    try {
      expect(cacheKeyOf(props)).not.toBe(before);
    } finally {
      delete process.env['SITE_NAME'];
    }
  });
});
