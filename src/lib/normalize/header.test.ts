/**
 * Common headers are read without the YAML parser; every header the fast
 * reader accepts must read exactly as the parser reads it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readYaml, simpleHeader, splitHeader } from './header.ts';

const KEYS = ['paper', 'date', 'edition', 'page', 'Paper', 'title'];
const VALUES = ['金华日报', '要闻', '"1"', '1', '01', '2024-01-01', '2024-1-1', '"2024-06-14"', 'A1版', '第 3 版', '浙江 日报', 'true', 'null', '~', '"a\\"b"', "'单引号'", '金华 #注释', '金华: 日报', '- 列表', '[1]', '"\\u4e00"', ' 前空格', '后空格 ', '', '"', '&锚', '*别名', '!标签', '\u3000全角', '金华\u2028日报', 'é', '0x1F', '1e3'];
const line = fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(': ', ':', ':  ', ' : '), fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 6 })));

describe('simpleHeader', () => {
  it('reads the common header without the parser', () => {
    expect(simpleHeader(['paper: 金华日报', 'date: 2024-01-01', 'edition: 要闻', 'page: "1"'])).toEqual({
      value: { paper: '金华日报', date: '2024-01-01', edition: '要闻', page: '1' },
      keyLines: new Map([['paper', 2], ['date', 3], ['edition', 4], ['page', 5]]),
    });
  });

  it('leaves numbers, comments and unknown keys to the parser', () => {
    expect(simpleHeader(['page: 1'])).toBeUndefined();
    expect(simpleHeader(['paper: 金华日报 # 注'])).toBeUndefined();
    expect(simpleHeader(['title: 金华日报'])).toBeUndefined();
    expect(simpleHeader(['paper: 金华日报', 'paper: 宁波日报'])).toBeUndefined();
  });

  it('agrees with the YAML parser on every header it accepts', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (pairs) => {
        const lines = pairs.map(([key, colon, value]) => `${key}${colon}${value}`);
        const fast = simpleHeader(lines);
        if (fast !== undefined) expect(fast).toEqual(readYaml(lines));
      }),
      { numRuns: Number(process.env['FC_RUNS'] ?? 1000) },
    );
  });

  it('keeps splitHeader\'s messages for a header the parser reads', () => {
    expect(splitHeader(['---', 'date: 2024-13-01', '---']).messages.map((message) => message.ruleId)).toEqual(['header-date']);
    expect(splitHeader(['---', 'page: 3', 'color: red', '---'])).toMatchObject({ header: { page: '3' }, bodyStart: 4 });
  });
});
