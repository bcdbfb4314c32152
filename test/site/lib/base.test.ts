import { describe, expect, it } from 'vitest';
import { absoluteUrl, joinBase, pathWithBase, searchHref } from '../../../src/site/lib/base.ts';
import { pagePath, paths } from '../../../src/site/lib/urls.ts';

describe('joinBase', () => {
  it('prefixes the base once, with or without its trailing slash', () => {
    expect(joinBase('/', '/themes/ecology/')).toBe('/themes/ecology/');
    expect(joinBase('/digest/', '/themes/ecology/')).toBe('/digest/themes/ecology/');
    expect(joinBase('/digest', '/themes/ecology/')).toBe('/digest/themes/ecology/');
    expect(joinBase('/digest/', '/')).toBe('/digest/');
    expect(joinBase('/digest/', 'rss.xml')).toBe('/digest/rss.xml');
  });

  it('percent-encodes non-ASCII segments', () => {
    expect(joinBase('/', '/tags/生态/')).toBe('/tags/%E7%94%9F%E6%80%81/');
  });
});

describe('absoluteUrl and searchHref', () => {
  it('keeps a sub-path base in absolute URLs (unlike new URL("/x", site))', () => {
    expect(absoluteUrl('/articles/a/b/', 'https://example.org', '/digest/')).toBe('https://example.org/digest/articles/a/b/');
  });

  it('builds a search link with an encoded query', () => {
    expect(searchHref('排污权 & 环保', '/digest/')).toBe('/digest/search/?q=%E6%8E%92%E6%B1%A1%E6%9D%83%20%26%20%E7%8E%AF%E4%BF%9D');
  });

  it('uses the configured base by default (Vitest: /)', () => {
    expect(pathWithBase(paths.issues)).toBe('/issues/');
  });
});

describe('paths', () => {
  it('give trailing-slash page paths and numbered pages from 2 on', () => {
    expect(paths.article('2024-06-14', 'yi-dui-yi')).toBe('/articles/2024-06-14/yi-dui-yi/');
    expect(paths.theme('ecology')).toBe('/themes/ecology/');
    expect(paths.theme('ecology', 2)).toBe('/themes/ecology/2/');
    expect(pagePath('/authors/ni-jun-jie/', 1)).toBe('/authors/ni-jun-jie/');
    expect(paths.cityFeed('huzhou')).toBe('/cities/huzhou/rss.xml');
  });
});
