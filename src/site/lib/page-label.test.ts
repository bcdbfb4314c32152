import { describe, expect, it } from 'vitest';
import { pageLabel } from './page-label.ts';

describe('pageLabel', () => {
  it('says a page as readers of the paper do', () => {
    expect(pageLabel('05', '城事')).toBe('第5版 · 城事');
    expect(pageLabel('A3', '要闻')).toBe('A3版 · 要闻');
    expect(pageLabel('Q02', undefined)).toBe('Q02版');
    expect(pageLabel(undefined, '区县')).toBe('区县');
    expect(pageLabel(undefined, undefined)).toBeUndefined();
  });
});
