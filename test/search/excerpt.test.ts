import { describe, expect, it } from 'vitest';
import { escapeHtml, excerpt, markAll, matchRanges } from '../../src/search/client/excerpt.ts';
import { toSimplified } from '../../src/search/client/simplify.ts';

describe('excerpt', () => {
  it('marks every occurrence in the original text, whatever its width or script', () => {
    expect(markAll('ＰＭ2.5 与 pm2.5', ['pm2.5'], toSimplified)).toBe('<mark>ＰＭ2.5</mark> 与 <mark>pm2.5</mark>');
    expect(markAll('推進垃圾分類', ['垃圾分类'], toSimplified)).toBe('推進<mark>垃圾分類</mark>');
  });
  it('escapes HTML in the article text', () => {
    expect(markAll('<b>排污权</b>', ['排污权'], toSimplified)).toBe('&lt;b&gt;<mark>排污权</mark>&lt;/b&gt;');
    expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;');
  });
  it('merges overlapping matches', () => {
    expect(matchRanges('哈哈哈', ['哈哈'], toSimplified)).toEqual([[0, 3]]);
  });
  it('centres the window on the first match and shows where text was cut', () => {
    const text = `${'前'.repeat(200)}排污权${'后'.repeat(200)}`;
    const html = excerpt(text, ['排污权'], toSimplified, { length: 30 });
    expect(html).toMatch(/^…前+<mark>排污权<\/mark>后+…$/);
    expect(html.replace(/<\/?mark>|…/g, '')).toHaveLength(30);
  });
  it('opens the text when nothing matches', () => {
    expect(excerpt('第一段\n第二段', [], toSimplified)).toBe('第一段 第二段');
  });
});
