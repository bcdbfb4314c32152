import { describe, expect, it } from 'vitest';
import data from '../../data/search/traditional-chars.json' with { type: 'json' };
import { changedCharacters } from '../../src/search/index/traditional-source.ts';
import { mayBeTraditional } from '../../src/search/traditional.ts';
import { toSimplified } from '../../src/search/client/simplify.ts';

describe('when the traditional → simplified dictionaries are needed', () => {
  it('the list of characters starting a dictionary key matches the installed opencc-js (else: npm run search:traditional)', async () => {
    expect(data.chars).toBe(await changedCharacters());
  });
  it('says yes for traditional text and no for text the converter leaves alone', () => {
    expect(mayBeTraditional('垃圾分類')).toBe(true);
    expect(mayBeTraditional('長護險')).toBe(true);
    expect(mayBeTraditional('排污权 PM2.5')).toBe(false);
  });
  it('never says no for text the converter would change', () => {
    const sample = '排污權交易 垃圾分類 溫州 產業工人 乾燥 著作 髮型 一目瞭然 臺灣 鄉村振興 ＰＭ２．５ 數字經濟 共同富裕 生态环境';
    for (const char of new Set(Array.from(sample))) {
      if (toSimplified(char) !== char) expect(mayBeTraditional(char), char).toBe(true);
    }
    for (const word of sample.split(' ')) if (toSimplified(word) !== word) expect(mayBeTraditional(word), word).toBe(true);
  });
});
