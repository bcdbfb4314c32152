import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { converterFingerprint } from './manifest.ts';

describe('converterFingerprint', () => {
  const root = mkdtempSync(join(tmpdir(), 'digest-fingerprint-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('src/converter/segment/segment.ts', 'v1');
  write('src/dates/format.ts', 'v1');
  write('src/places/cities.ts', 'v1');
  write('src/data-files/tsv.ts', 'v1');
  write('src/contract/schema.ts', 'v1');
  write('src/search/index/build-archive.ts', 'v1');
  write('src/site/lib/model.ts', 'v1');
  write('src/tools/corpus/compose.ts', 'v1');
  write('data/gazetteer/cities.tsv', 'v1');
  write('data/search/traditional-chars.json', 'v1');
  const corrections = join(root, 'content', 'corrections.yaml');

  it('changes with the converter, the contract, its data and the corrections, and with nothing the other programs own', () => {
    const before = converterFingerprint(root, [corrections]);
    for (const other of ['src/site/lib/model.ts', 'src/search/index/build-archive.ts', 'src/tools/corpus/compose.ts', 'data/search/traditional-chars.json', 'src/converter/segment/segment.test.ts']) {
      write(other, 'v2');
      expect(converterFingerprint(root, [corrections]), other).toBe(before);
    }
    const changed = new Set<string>([before]);
    for (const own of ['src/converter/segment/segment.ts', 'src/dates/format.ts', 'src/places/cities.ts', 'src/data-files/tsv.ts', 'src/contract/schema.ts', 'data/gazetteer/cities.tsv', 'content/corrections.yaml']) {
      write(own, 'v2');
      const now = converterFingerprint(root, [corrections]);
      expect(changed.has(now), own).toBe(false);
      changed.add(now);
    }
  });
});
