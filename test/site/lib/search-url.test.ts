import { describe, expect, it } from 'vitest';
import { requestFromUrl, urlSearch } from '../../../src/site/lib/search-url.ts';

describe('search URL state', () => {
  it('reads query, filters and sort', () => {
    expect(requestFromUrl('?q=%E6%8E%92%E6%B1%A1%E6%9D%83&theme=生态环保&year=2024&sort=date&bogus=1')).toEqual({
      query: '排污权',
      filters: { theme: '生态环保', year: '2024' },
      sort: 'date',
    });
    expect(requestFromUrl('')).toEqual({ query: '', filters: {}, sort: 'relevance' });
  });
  it('writes only what is set, and round-trips', () => {
    const request = { query: ' 产业工人 ', filters: { city: '湖州', author: '倪俊杰' }, sort: 'relevance' as const };
    const search = urlSearch(request);
    expect(search).not.toContain('sort');
    expect(requestFromUrl(search)).toEqual({ ...request, query: '产业工人' });
    expect(urlSearch({ query: '', filters: {} })).toBe('');
  });
});
