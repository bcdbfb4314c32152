/**
 * The accuracy guard: the samples and the real-pages dev set, converted in
 * process and scored as `npm run accuracy` scores them, must keep every
 * figure at or above its floor in src/tools/accuracy/floors.json.
 */
import { describe, expect, it } from 'vitest';
import { evaluateSet, SETS, uncorrectedData, type SetName } from '../../src/tools/accuracy/evaluate.ts';
import { describeFloors, loadFloors, shortfalls } from '../../src/tools/accuracy/floors.ts';
import { summaryLine } from '../../src/tools/accuracy/table.ts';

const floors = loadFloors();
const data = uncorrectedData();

describe('accuracy', () => {
  it('has floors for every evaluation set', () => {
    expect(Object.keys(floors).sort()).toEqual(Object.keys(SETS).sort());
  });

  for (const name of Object.keys(SETS) as SetName[]) {
    const guarded = floors[name] ?? {};
    it(`${name} keeps ${describeFloors(guarded)}`, () => {
      const result = evaluateSet(SETS[name], data);
      expect(shortfalls(result.figures, guarded), summaryLine(result.figures)).toEqual([]);
    });
  }
});
