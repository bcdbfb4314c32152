import { describe, expect, it } from 'vitest';
import { describeFloors, shortfalls } from '../../src/tools/accuracy/floors.ts';
import { figures } from '../../src/tools/accuracy/score.ts';

// One converted issue: 3 of 4 headlines matched (F1 0.75), city 2/3, no author; one issue refused.
const result = figures([
  { source: 'a.txt', converted: true, gold: 4, found: 4, matched: 3, city: 2, theme: 3, authors: { tp: 0, fp: 0, fn: 0 }, han: { raw: 10, kept: 10 }, missed: ['x'] },
  { source: 'b.txt', converted: false, gold: 0, found: 0, matched: 0, city: 0, theme: 0, authors: { tp: 0, fp: 0, fn: 0 }, han: { raw: 0, kept: 0 }, missed: [] },
]);

describe('shortfalls', () => {
  it('names each figure below its floor, and refusals beyond the allowed', () => {
    expect(shortfalls(result, { headlineF1: 0.8, city: 0.6, theme: 1, conservation: 1, maxRefused: 0 })).toEqual([
      'headline F1 0.7500 is below its floor 0.8',
      '1 refused issue(s), more than 0',
    ]);
  });

  it('is empty when every figure holds, a floor equal to the figure included', () => {
    expect(shortfalls(result, { headlineF1: 0.75, maxRefused: 1 })).toEqual([]);
    expect(shortfalls(result, {})).toEqual([]);
  });
});

describe('describeFloors', () => {
  it('lists the guarded figures in a fixed order', () => {
    expect(describeFloors({ conservation: 0.995, headlineF1: 0.95, maxRefused: 0 })).toBe('headline F1 ≥ 0.95, conservation ≥ 0.995, refused ≤ 0');
  });
});
