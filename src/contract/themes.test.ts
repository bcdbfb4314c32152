import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readThemes, themeLabels, THEMES_FILE } from './themes.ts';

describe('readThemes', () => {
  const root = mkdtempSync(join(tmpdir(), 'digest-themes-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads the project theme list in display order, labels and slugs', () => {
    const themes = readThemes(resolve(import.meta.dirname, '../../data'));
    expect(themes).toHaveLength(10);
    expect(themes[0]).toMatchObject({ label: '生态环保', slug: 'ecology' });
    expect(themeLabels(themes)).toContain('基层治理');
  });

  it('names the file and the field of a malformed list', () => {
    mkdirSync(join(root, 'taxonomy'));
    writeFileSync(join(root, THEMES_FILE), 'themes:\n  - label: 生态环保\n    slug: Ecology\n');
    expect(() => readThemes(root)).toThrow(/themes\.yaml: themes\.0\.slug: expected lowercase/);
    writeFileSync(join(root, THEMES_FILE), 'themes: []\n');
    expect(() => readThemes(root)).toThrow(/themes\.yaml: themes:/);
  });
});
