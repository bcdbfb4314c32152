import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dictionary, longestMatches, mergeDictionaries, type Dictionary, type Match } from './dictionary.ts';

/** The scan as first written: at each position try every length some form has, longest first, slicing and looking up. */
function slicingScan<T>(text: string, ...dictionaries: Dictionary<T>[]): Match<T>[] {
  const lengths = [...new Set(dictionaries.flatMap((entry) => [...entry.forms.keys()].map((form) => form.length)))].filter((length) => length > 0).sort((a, b) => b - a);
  const matches: Match<T>[] = [];
  let index = 0;
  while (index < text.length) {
    let step = 1;
    for (const length of lengths) {
      const form = text.slice(index, index + length);
      if (form.length < length) continue;
      const value = dictionaries.map((entry) => entry.forms.get(form)).find((found) => found !== undefined);
      if (value === undefined) continue;
      matches.push({ form, value, index });
      step = length;
      break;
    }
    index += step;
  }
  return matches;
}

describe('longestMatches', () => {
  const places = dictionary(new Map([['西湖', 'lake'], ['西湖区', 'district'], ['湖州', 'city']]));

  it('takes the longest form at each position and moves past it', () => {
    expect(longestMatches('杭州西湖区和湖州', places)).toEqual([
      { form: '西湖区', value: 'district', index: 2 },
      { form: '湖州', value: 'city', index: 6 },
    ]);
  });

  it('does not read a form inside a longer one it has taken (西湖区 holds no 湖)', () => {
    expect(longestMatches('西湖区', places).map((match) => match.form)).toEqual(['西湖区']);
  });

  it('merges dictionaries: the longest form of any wins, the earlier on a tie', () => {
    const local = dictionary(new Map([['西湖', 'local'], ['西湖区双林', 'township']]));
    expect(longestMatches('西湖区双林', local, places).map((match) => match.value)).toEqual(['township']);
    expect(longestMatches('西湖', local, places).map((match) => match.value)).toEqual(['local']);
  });

  it('handles the end of the text and empty dictionaries', () => {
    expect(longestMatches('湖', places)).toEqual([]);
    expect(longestMatches('西湖区', dictionary(new Map()))).toEqual([]);
  });

  it('walks code units, so a form may start or end inside a surrogate pair, as a slice would', () => {
    const forms = dictionary(new Map([['\u{20BB7}', 'whole'], ['\uDFB7野', 'tail']]));
    expect(longestMatches('𠮷野家', forms).map((match) => match.value)).toEqual(['whole']);
    expect(longestMatches('\uDFB7野', forms).map((match) => match.value)).toEqual(['tail']);
  });

  it('falls back to the longest complete form when a longer one only shares its start', () => {
    const forms = dictionary(new Map([['西湖', 'lake'], ['西湖区双林镇', 'town']]));
    expect(longestMatches('西湖区双林', forms)).toEqual([{ form: '西湖', value: 'lake', index: 0 }]);
  });

  it('finds what the slicing scan finds, for any forms and text', () => {
    const char = fc.constantFrom('西', '湖', '区', '州', '双', '林', '镇', 'a', '\uD842', '\uDFB7');
    const word = fc.array(char, { minLength: 1, maxLength: 5 }).map((chars) => chars.join(''));
    const forms = fc.uniqueArray(word, { maxLength: 8 }).map((list) => dictionary(new Map(list.map((form, index) => [form, index]))));
    const text = fc.array(char, { maxLength: 40 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, fc.array(forms, { minLength: 1, maxLength: 3 }), (input, dictionaries) => {
        expect(longestMatches(input, ...dictionaries)).toEqual(slicingScan(input, ...dictionaries));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('mergeDictionaries', () => {
  it('scans in one walk as the dictionaries do together, the earlier winning a shared form', () => {
    const places = dictionary(new Map([['西湖', 'lake'], ['湖州', 'city']]));
    const terms = dictionary(new Map([['西湖', 'term'], ['西湖区', 'district']]));
    const merged = mergeDictionaries(places, terms);
    expect(merged.forms.get('西湖')).toBe('lake');
    for (const text of ['西湖区和湖州', '西湖', '湖州西湖']) expect(longestMatches(text, merged)).toEqual(longestMatches(text, places, terms));
  });
});
