import { describe, expect, it } from 'vitest';
import { dictionary, longestMatches } from './dictionary.ts';

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
});
