import fc from 'fast-check';
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

/** The oracle: every character of the NFC text folded on its own, whitespace runs collapsed, then simplified unless that changes the length. */
function foldOneByOne(text: string, toSimplified: (text: string) => string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  let index = 0;
  let lastWasSpace = true;
  for (const char of text.normalize('NFC')) {
    const piece = /\s/u.test(char) ? ' ' : char.normalize('NFKC').toLowerCase();
    if (!(piece === ' ' && lastWasSpace)) {
      lastWasSpace = piece === ' ';
      folded += piece;
      for (const _ of piece.split('')) offsets.push(index);
    }
    index += char.length;
  }
  const simplified = toSimplified(folded);
  return { folded: simplified.length === folded.length ? simplified : folded, offsets };
}

describe('fold, against folding one character at a time', () => {
  it('gives the same text and offsets', () => {
    // Kept runs (CJK, ASCII), capitals, full-width, whitespace of several kinds, NFKC to a space and a mark, NFC merging, a surrogate pair, lone surrogates, a control, traditional.
    const char = fc.constantFrom('排', '污', 'a', 'Z', '2', '.', ' ', '\n', '\t', '\u3000', '\u00a0', 'Ａ', '５', '\u00a8', 'e', '\u0301', '𠀀', '\ud83d', '\ude00', '\u0001', '數', '經');
    fc.assert(fc.property(fc.array(char, { maxLength: 30 }).map((chars) => chars.join('')), (text) => {
      const expected = foldOneByOne(text, toSimplified);
      expect(foldWithOffsets(text, toSimplified)).toEqual(expected);
      expect(fold(text, toSimplified)).toBe(expected.folded.trim());
    }));
  });
});

describe('query parts', () => {
  it('splits queries at spaces and drops repeats', () => {
    expect(queryParts('双林  人大 双林', identity)).toEqual(['双林', '人大']);
  });
});
