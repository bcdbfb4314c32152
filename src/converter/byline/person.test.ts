import { describe, expect, it } from 'vitest';
import { isBareName, isPersonName, splitPersonNames, surnameRanks } from './person.ts';

// 百家姓 order first, then rarer surnames, as the surname list ranks them.
const surnames = surnameRanks(['陈', '池', '叶', '欧阳', '张', '强', '瑞', '兴']);

describe('person names', () => {
  it('is a surname and a given name of one or two characters', () => {
    expect(isPersonName('陈栋', surnames)).toBe(true);
    expect(isPersonName('欧阳文华', surnames)).toBe(true);
    expect(isPersonName('陈', surnames)).toBe(false);
    expect(isPersonName('陈大卫明', surnames)).toBe(false);
    expect(isPersonName('王五', surnames)).toBe(false);
  });

  it('as a bare name, is no word of the dictionary', () => {
    expect(isBareName('张钰哲', surnames)).toBe(true);
    expect(isBareName('强化', surnames)).toBe(false);
  });

  it('splits glued names into the fewest, preferring common surnames', () => {
    expect(splitPersonNames('陈栋池瑞辉', surnames)).toEqual(['陈栋', '池瑞辉']);
    expect(splitPersonNames('叶晖陈兴长', surnames)).toEqual(['叶晖', '陈兴长']);
    expect(splitPersonNames('欧阳文华', surnames)).toEqual(['欧阳文华']);
    expect(splitPersonNames('王五赵六', surnames)).toBeUndefined();
  });
});
