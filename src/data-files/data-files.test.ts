import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFileError, FileMessageError, lineOf, parseTsv, parseWordList, readDataText, uniqueKeys } from './index.ts';

describe('parseTsv', () => {
  it('reads rows under the header, skipping comments and blank lines, with their lines', () => {
    const rows = parseTsv('# cities\nshort\tname\n\n杭州\t杭州市\n湖州\t\n', 'cities.tsv', ['short']);
    expect(rows).toEqual([
      { line: 4, fields: { short: '杭州', name: '杭州市' } },
      { line: 5, fields: { short: '湖州', name: '' } },
    ]);
  });

  it('fails naming the file and line: a missing column, an extra field, an empty required field', () => {
    expect(() => parseTsv('short\n杭州\n', 'cities.tsv', ['short', 'name'])).toThrow('cities.tsv:1: header lacks column(s) name');
    expect(() => parseTsv('short\n杭州\t杭州市\n', 'cities.tsv')).toThrow('cities.tsv:2: expected at most 1 tab-separated fields, found 2');
    expect(() => parseTsv('short\tname\n\t杭州市\n', 'cities.tsv', ['short'])).toThrow('cities.tsv:2: empty required field "short"');
    expect(() => parseTsv('# only a comment\n', 'cities.tsv')).toThrow('cities.tsv:1: file is empty');
  });

  it('throws a fatal vfile message the converter reports with its own', () => {
    let error: unknown;
    try {
      parseTsv('', 'roles.tsv');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DataFileError);
    expect(error).toBeInstanceOf(FileMessageError);
    expect(error).toMatchObject({ file: 'roles.tsv', line: 1, fatal: true, ruleId: 'data-file-invalid', source: 'baozhai' });
  });
});

describe('parseWordList', () => {
  it('reads one word a line, skipping comments', () => {
    expect(parseWordList({ file: 'w.txt', text: '\uFEFF# suffixes\n市\n\n县\n' }, 'suffix')).toEqual(['市', '县']);
  });

  it('fails on a word with a space, a duplicate, or an empty list', () => {
    expect(() => parseWordList({ file: 'w.txt', text: '市\n自治 州\n' }, 'suffix')).toThrow('w.txt:2: a suffix must be one word without spaces, got "自治 州"');
    expect(() => parseWordList({ file: 'w.txt', text: '市\n市\n' }, 'suffix')).toThrow('w.txt:2: duplicate suffix "市" (first on line 1)');
    expect(() => parseWordList({ file: 'w.txt', text: '# none\n' }, 'suffix')).toThrow('w.txt:1: no suffix listed');
  });
});

describe('uniqueKeys and lineOf', () => {
  it('fail on a second key with the first one\'s line', () => {
    const slug = uniqueKeys('cities.tsv', 'slug');
    slug('huzhou', 3);
    expect(() => slug('huzhou', 7)).toThrow('cities.tsv:7: duplicate slug "huzhou" (first on line 3)');
  });

  it('finds a row by its first field', () => {
    expect(lineOf('short\tname\n杭州\t杭州市\n湖州\t湖州市\n', '湖州')).toBe(3);
    expect(lineOf('short\n杭州\n', '温州')).toBe(0);
  });
});

describe('readDataText', () => {
  it('reads a file, and names a missing one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-files-'));
    writeFileSync(join(dir, 'a.txt'), '市\n');
    expect(readDataText(join(dir, 'a.txt')).text).toBe('市\n');
    expect(() => readDataText(join(dir, 'b.txt'))).toThrow(/b\.txt:1: file not found/);
  });
});
