import { describe, expect, it } from 'vitest';
import { articleAddress, articleFile, entryId, issueAddress, issueFile, joinBase } from './paths.ts';

describe('content paths', () => {
  it('put issues and articles where the collections glob them', () => {
    expect(issueFile('2024-06-14')).toBe('issues/2024-06-14.md');
    expect(articleFile('2024-06-14', 'yi-dui-yi')).toBe('articles/2024-06-14/yi-dui-yi.md');
    expect(entryId('2024-06-14/yi-dui-yi.md')).toBe('2024-06-14/yi-dui-yi');
  });

  it('publish each entry at one site path, under any base', () => {
    expect(issueAddress('2024-06-14')).toBe('/issues/2024-06-14/');
    expect(articleAddress('2024-06-14', 'yi-dui-yi')).toBe('/articles/2024-06-14/yi-dui-yi/');
    expect(joinBase('/', articleAddress('2024-06-14', 'yi-dui-yi'))).toBe('/articles/2024-06-14/yi-dui-yi/');
    expect(joinBase('/digest/', articleAddress('2024-06-14', 'yi-dui-yi'))).toBe('/digest/articles/2024-06-14/yi-dui-yi/');
    expect(joinBase('/digest', 'authors/张伟/')).toBe('/digest/authors/%E5%BC%A0%E4%BC%9F/');
  });
});
