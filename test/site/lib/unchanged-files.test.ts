import { mkdtempSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { FILE_RECORDS_KEY, planLoad, readRecords } from '../../../src/site/lib/unchanged-files.ts';
import { statKey } from '../../../src/files/stat-key.ts';

const keyOf = (file: string) => statKey(statSync(file, { bigint: true }));

describe('statKey', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stat-key-'));

  it('changes with an edit of the same size whose modification time is set back', () => {
    const file = join(dir, 'a.md');
    writeFileSync(file, '一件事情');
    // Whole seconds: a time Node sets is exact only to the microsecond.
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    const before = statSync(file, { bigint: true });
    const key = keyOf(file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('事情', '大事'));
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    expect(statSync(file, { bigint: true }).size).toBe(before.size);
    expect(statSync(file, { bigint: true }).mtimeNs).toBe(before.mtimeNs);
    expect(keyOf(file)).not.toBe(key);
  });

  it('changes when another file takes the name', () => {
    const file = join(dir, 'b.md');
    writeFileSync(file, '甲');
    const key = keyOf(file);
    writeFileSync(join(dir, 'c.md'), '乙');
    renameSync(join(dir, 'c.md'), file);
    expect(keyOf(file)).not.toBe(key);
  });

  it('stays the same while the file is left alone', () => {
    const file = join(dir, 'd.md');
    writeFileSync(file, '丙');
    readFileSync(file);
    expect(keyOf(file)).toBe(keyOf(file));
  });
});

describe('planLoad', () => {
  const records = {
    'p1/a.md': { key: 'k-a', id: 'p1/a' },
    'p1/b.md': { key: 'k-b', id: 'p1/b' },
    'p1/gone.md': { key: 'k-g', id: 'p1/gone' },
  };
  const stored = new Set(['p1/a', 'p1/b', 'p1/gone']);

  it('leaves out files as recorded, and loads changed and new ones', () => {
    const found = new Map([
      ['p1/a.md', 'k-a'],
      ['p1/b.md', 'k-b2'],
      ['p2/new.md', 'k-n'],
    ]);
    const plan = planLoad(found, records, (id) => stored.has(id));
    expect([...plan.unchanged]).toEqual([['p1/a', { file: 'p1/a.md', key: 'k-a' }]]);
    expect(plan.changed).toEqual(['p1/b.md', 'p2/new.md']);
  });

  it('loads a file as recorded whose entry is not in the store (a store cleared or made apart)', () => {
    const plan = planLoad(new Map([['p1/a.md', 'k-a']]), records, () => false);
    expect(plan.unchanged.size).toBe(0);
    expect(plan.changed).toEqual(['p1/a.md']);
  });

  it('loads everything without records', () => {
    const plan = planLoad(new Map([['p1/a.md', 'k-a']]), {}, (id) => stored.has(id));
    expect(plan.changed).toEqual(['p1/a.md']);
  });
});

describe('readRecords', () => {
  const meta = (value: string | undefined) => ({ get: (key: string) => (key === FILE_RECORDS_KEY ? value : undefined) }) as LoaderContext['meta'];

  it('reads what a build recorded, and nothing from a store without records or with damaged ones', () => {
    expect(readRecords(meta('{"p1/a.md":{"key":"k","id":"p1/a"}}'))).toEqual({ 'p1/a.md': { key: 'k', id: 'p1/a' } });
    expect(readRecords(meta(undefined))).toEqual({});
    expect(readRecords(meta('{'))).toEqual({});
  });
});
