/**
 * The memo of what each content file parsed to: reused only while the file
 * is provably the same, whatever a writer does to its size and times.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RACY_MS, memoized, readMemo, writeMemo, type Memo } from '../../src/search/index/scan-cache.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function folder() {
  const root = mkdtempSync(join(tmpdir(), 'digest-scan-'));
  roots.push(root);
  const file = (name: string) => ({ path: join(root, name), name });
  return { root, file };
}

/** A parse that says what it read, and counts. */
function counting() {
  const reads: string[] = [];
  return { reads, parse: (_path: string, bytes: Buffer) => { reads.push(bytes.toString()); return bytes.toString().toUpperCase(); } };
}

/** The clock of a build run long after every write: every stat is trusted. */
const later = () => Date.now() + 60_000;

describe('memoized', () => {
  it('parses each file once, then reuses it while its stat is unchanged', () => {
    const { file } = folder();
    writeFileSync(file('a').path, 'alpha');
    writeFileSync(file('b').path, 'beta');
    const first = counting();
    const run = memoized([file('a'), file('b')], new Map(), first.parse, later);
    expect(run.entries.map((entry) => entry.value)).toEqual(['ALPHA', 'BETA']);
    expect(run.parsed).toBe(2);
    const second = counting();
    const again = memoized([file('a'), file('b')], run.next, second.parse, later);
    expect(again.entries.map((entry) => entry.value)).toEqual(['ALPHA', 'BETA']);
    expect([again.parsed, second.reads]).toEqual([0, []]);
  });

  it('re-reads a file edited in place to the same size with its mtime set back', () => {
    const { file } = folder();
    const a = file('a');
    writeFileSync(a.path, 'alpha');
    const { mtime, atime } = statSync(a.path);
    const run = memoized([a], new Map(), counting().parse, later);
    writeFileSync(a.path, 'omega');
    utimesSync(a.path, atime, mtime);
    expect(statSync(a.path).mtimeMs).toBe(mtime.getTime());
    const again = counting();
    expect(memoized([a], run.next, again.parse, later).entries[0]!.value).toBe('OMEGA');
    expect(again.reads).toEqual(['omega']);
  });

  it('re-reads a file replaced by another of the same size and times', () => {
    const { file } = folder();
    const [a, b] = [file('a'), file('b')];
    writeFileSync(a.path, 'alpha');
    writeFileSync(b.path, 'gamma');
    const { mtime, atime } = statSync(a.path);
    utimesSync(b.path, atime, mtime);
    const run = memoized([a], new Map(), counting().parse, later);
    renameSync(b.path, a.path);
    expect(memoized([a], run.next, counting().parse, later).entries[0]!.value).toBe('GAMMA');
  });

  it('does not trust the stat of a file written just before it was read, and compares its bytes instead', () => {
    const { file } = folder();
    const a = file('a');
    writeFileSync(a.path, 'alpha');
    const justNow = () => statSync(a.path).ctimeMs + RACY_MS / 2;
    const run = memoized([a], new Map(), counting().parse, justNow);
    expect(run.next.get('a')!.stat).toBeNull();
    // Unchanged bytes: not parsed again, and now old enough to be trusted.
    const again = counting();
    const reused = memoized([a], run.next, again.parse, later);
    expect([reused.parsed, again.reads]).toEqual([0, []]);
    expect(reused.next.get('a')!.stat).not.toBeNull();
  });

  it('reuses what a file parsed to when only its stat changed (copied, touched)', () => {
    const { file } = folder();
    const a = file('a');
    writeFileSync(a.path, 'alpha');
    const run = memoized([a], new Map(), counting().parse, later);
    writeFileSync(a.path, 'alpha');
    const again = counting();
    expect(memoized([a], run.next, again.parse, later).parsed).toBe(0);
  });

  it('forgets files no longer given', () => {
    const { file } = folder();
    writeFileSync(file('a').path, 'alpha');
    writeFileSync(file('b').path, 'beta');
    const run = memoized([file('a'), file('b')], new Map(), counting().parse, later);
    expect([...memoized([file('b')], run.next, counting().parse, later).next.keys()]).toEqual(['b']);
  });
});

describe('the memo file', () => {
  it('round-trips its sections under its key, and is empty under another key or when missing', () => {
    const { root, file } = folder();
    writeFileSync(file('a').path, 'alpha');
    const { next } = memoized([file('a')], new Map(), counting().parse, later);
    const path = join(root, 'memo.json');
    writeMemo(path, 'code-v1', new Map<string, Memo<unknown>>([['articles', next]]));
    expect(readMemo(path, 'code-v1').get('articles')).toEqual(next);
    expect(readMemo(path, 'code-v2').size).toBe(0);
    expect(readMemo(join(root, 'missing.json'), 'code-v1').size).toBe(0);
  });
});
