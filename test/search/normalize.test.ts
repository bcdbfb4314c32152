import { describe, expect, it } from 'vitest';
import { fold, foldWithOffsets, queryParts } from '../../src/search/normalize.ts';
import { toSimplified } from '../../src/search/client/simplify.ts';

const identity = (text: string) => text;

describe('fold', () => {
  it('folds full-width letters, digits and punctuation to half-width and lower case', () => {
    expect(fold('ＰＭ２．５ ＧＥＰ', identity)).toBe('pm2.5 gep');
  });
  it('folds traditional characters to simplified', () => {
    expect(fold('垃圾分類 長護險', toSimplified)).toBe('垃圾分类 长护险');
  });
  it('collapses whitespace, including ideographic spaces and line breaks', () => {
    expect(fold('  排污权\u3000\n\n交易 ', identity)).toBe('排污权 交易');
  });
  it('maps every folded unit back to its source character', () => {
    const { folded, offsets } = foldWithOffsets('Ａ𠀀b', identity);
    expect(folded).toBe('a𠀀b');
    expect(offsets).toEqual([0, 1, 1, 3]);
  });
});

describe('query parts', () => {
  it('splits queries at spaces and drops repeats', () => {
    expect(queryParts('双林  人大 双林', identity)).toEqual(['双林', '人大']);
  });
});
