/**
 * Common headers are read without the YAML parser; every header the fast
 * reader accepts must read exactly as the parser reads it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readYaml, simpleHeader, splitHeader } from './header.ts';

const KEYS = ['paper', 'date', 'edition', 'page', 'Paper', 'title'];
const VALUES = ['金华日报', '要闻', '"1"', '1', '01', '2024-01-01', '2024-1-1', '"2024-06-14"', 'A1版', '第 3 版', '浙江 日报', 'true', 'null', '~', '"a\\"b"', "'单引号'", '金华 #注释', '金华: 日报', '- 列表', '[1]', '"\\u4e00"', ' 前空格', '后空格 ', '', '"', '&锚', '*别名', '!标签', '\u3000全角', '金华\u2028日报', 'é', '0x1F', '1e3'];
const anyLine = fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(': ', ':', ':  ', ' : '), fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 6 })));

/**
 * Lines the fast reader is meant for, built from the characters at the edges
 * of what it accepts: Chinese text with inner spaces, letters and digits, quoted
 * text, dates, and now and then a character that sends the line to the parser
 * (ASCII punctuation, line separators, a BOM, controls, edge spaces).
 */
const EDGE = fc.constantFrom('#', ':', '-', '"', "'", '\\', ',', '[', '&', '\u2028', '\ufeff', '\x85', '\t', ' ', '\u00a0', '\u3000', 'é', '全');
const CHINESE = fc.constantFrom('金', '华', '日', '报', '要', '闻', '版', '浙', '江');
const plainText = fc
  .array(fc.oneof({ arbitrary: CHINESE, weight: 60 }, { arbitrary: fc.constantFrom('A', 'b', '1', '0', ' '), weight: 6 }, { arbitrary: EDGE, weight: 1 }), { minLength: 1, maxLength: 8 })
  .map((chars) => chars.join(''));
const commonValue = fc.oneof(
  { arbitrary: plainText, weight: 12 },
  { arbitrary: plainText.map((text) => `"${text}"`), weight: 4 },
  { arbitrary: fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)), weight: 3 },
  { arbitrary: fc.constantFrom(...VALUES), weight: 1 },
);
const commonHeader = fc
  .uniqueArray(fc.constantFrom('paper', 'date', 'edition', 'page'), { minLength: 1, maxLength: 4 })
  .chain((keys) => fc.tuple(...keys.map((key) => commonValue.map((value) => `${key}: ${value}`))));
const headerLines = fc.oneof(
  { arbitrary: commonHeader, weight: 4 },
  { arbitrary: fc.array(anyLine, { minLength: 1, maxLength: 4 }).map((pairs) => pairs.map(([key, colon, value]) => `${key}${colon}${value}`)), weight: 1 },
);

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

  // The fast reader accepts about two generated headers in three (64-67 % over four seeds); more than half is
  // asserted, so the comparison cannot go quiet again (it ran on 8 headers in 1,000 before).
  it('agrees with the YAML parser on every header it accepts (fast path taken for about 2 in 3)', () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(headerLines, (lines) => {
        runs += 1;
        const fast = simpleHeader(lines);
        if (fast === undefined) return;
        accepted += 1;
        expect(fast).toEqual(readYaml(lines));
      }),
      { numRuns: Number(process.env['FC_RUNS'] ?? 1000) },
    );
    expect(accepted / runs).toBeGreaterThan(0.5);
  });

  it('keeps splitHeader\'s messages for a header the parser reads', () => {
    expect(splitHeader(['---', 'date: 2024-13-01', '---']).messages.map((message) => message.ruleId)).toEqual(['header-date']);
    expect(splitHeader(['---', 'page: 3', 'color: red', '---'])).toMatchObject({ header: { page: '3' }, bodyStart: 4 });
  });
});
