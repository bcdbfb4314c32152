import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyPositions } from '../../src/search/index/layer-keys.ts';
import { filterKey, partKeys, titleKey } from '../../src/search/layer.ts';

/** What an article adds: its folded text, its headline's, and whole keys (filter values). */
interface Added {
  text: string;
  headline: string;
  keys: string[];
}

function collect(articles: readonly Added[]): [string, number[]][] {
  const positions = new KeyPositions();
  articles.forEach(({ text, headline, keys }, position) => {
    positions.addText(position, text, false);
    positions.addText(position, headline, true);
    for (const key of keys) positions.addKey(position, key);
  });
  const lists: [string, number[]][] = [];
  // Each list is read before the next key overwrites it.
  for (const [key, list] of positions.lists()) lists.push([key, [...list]]);
  return lists;
}

/** The oracle: strings split with Array.from, a Set per article, a Map of lists; keys sorted by the default (code unit) order. */
function oracle(articles: readonly Added[]): [string, number[]][] {
  const lists = new Map<string, number[]>();
  const windows = (text: string): string[] =>
    text.split(' ').flatMap((run) => {
      const chars = Array.from(run);
      return chars.flatMap((_, i) => [1, 2, 3].filter((length) => i + length <= chars.length).map((length) => chars.slice(i, i + length).join('')));
    });
  articles.forEach(({ text, headline, keys }, position) => {
    const all = new Set([...windows(text), ...windows(headline).map(titleKey), ...keys]);
    for (const key of all) lists.set(key, [...(lists.get(key) ?? []), position]);
  });
  return [...lists.keys()].sort().map((key) => [key, lists.get(key)!.reverse()]);
}

describe('KeyPositions', () => {
  it('keeps every character, pair and triple within a run, none across a space, newest position first', () => {
    expect(collect([
      { text: '排污权 ab', headline: '', keys: [] },
      { text: 'b 污权', headline: '权', keys: [filterKey('city', '湖州')] },
    ])).toEqual([
      ['a', [0]], ['ab', [0]], ['b', [1, 0]],
      ['排', [0]], ['排污', [0]], ['排污权', [0]], ['权', [1, 0]], ['污', [1, 0]], ['污权', [1, 0]],
      ['\ufffecity=湖州', [1]],
      ['\uffff权', [1]],
    ]);
  });

  it('counts a surrogate pair as one character and keeps keys holding one as strings', () => {
    expect(collect([{ text: '𠀀ab', headline: '', keys: [] }]).map(([key]) => key)).toEqual(['a', 'ab', 'b', '𠀀', '𠀀a', '𠀀ab']);
  });

  it('merges a key written with U+FFFF in the text with the headline key it spells', () => {
    expect(collect([
      { text: '\uffff排', headline: '', keys: [] },
      { text: '', headline: '排', keys: [] },
    ])).toEqual([['排', [0]], ['\uffff', [0]], ['\uffff排', [1, 0]]]);
  });

  it('never yields a filter key from text that spells it', () => {
    expect(collect([{ text: 'theme=生态环保', headline: '', keys: [] }]).map(([key]) => key)).not.toContain(filterKey('theme', '生态环保'));
  });

  it('holds the key partKeys asks for every part of up to three characters, and the triples of a longer one', () => {
    const text = '推进生态环境治理 pm2.5';
    const keys = new Set(collect([{ text, headline: '', keys: [] }]).map(([key]) => key));
    for (const part of ['推', '生态', '环境治', '生态环境治理', 'pm2.5']) expect(partKeys(part).keys.every((key) => keys.has(key))).toBe(true);
  });

  it('gives exactly the keys and lists of the string version', () => {
    // Characters that pack and that do not: CJK, ASCII, space, NUL, a pair, lone surrogates, the marks.
    const char = fc.constantFrom('排', '污', '权', 'a', 'b', ' ', '\0', '𠀀', '😀', '\ud83d', '\ude00', '\ufffe', '\uffff', '\ud7ff', '\ue000');
    const text = fc.array(char, { maxLength: 24 }).map((chars) => chars.join(''));
    const article = fc.record({ text, headline: text, keys: fc.array(fc.constantFrom(filterKey('city', '湖州'), filterKey('author', '何贤君'), '排污'), { maxLength: 3 }) });
    fc.assert(fc.property(fc.array(article, { maxLength: 12 }), (articles) => {
      expect(collect(articles)).toEqual(oracle(articles));
    }));
  });

  it('stays exact past the table and posting arrays growing', () => {
    const articles = Array.from({ length: 300 }, (_, i) => ({ text: Array.from({ length: 200 }, (_, j) => String.fromCharCode(0x4e00 + ((i * 7919 + j * 104729) % 3000))).join(''), headline: '', keys: [] }));
    expect(collect(articles)).toEqual(oracle(articles));
  });
});
