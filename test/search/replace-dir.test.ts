import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceDir } from '../../src/search/index/replace-dir.ts';

const tree = (root: string, files: Record<string, string>): void => {
  mkdirSync(root, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
};

describe('replaceDir', () => {
  it('puts the new tree in place of the old one, whole, and leaves nothing beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replace-'));
    tree(join(dir, 'pagefind'), { 'old.json': 'old', 'shared.json': 'old' });
    tree(join(dir, '.pagefind-next'), { 'shared.json': 'new', 'new.json': 'new' });
    await replaceDir(join(dir, '.pagefind-next'), join(dir, 'pagefind'));
    expect(readdirSync(join(dir, 'pagefind')).sort()).toEqual(['new.json', 'shared.json']);
    expect(readFileSync(join(dir, 'pagefind/shared.json'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['pagefind']);
  });

  it('publishes a first tree where there was none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replace-'));
    tree(join(dir, 'next'), { 'a.json': 'a' });
    await replaceDir(join(dir, 'next'), join(dir, 'pagefind'));
    expect(readFileSync(join(dir, 'pagefind/a.json'), 'utf8')).toBe('a');
    expect(existsSync(join(dir, 'next'))).toBe(false);
  });

  it('leaves the published tree as it was when the new one is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replace-'));
    tree(join(dir, 'pagefind'), { 'old.json': 'old' });
    await expect(replaceDir(join(dir, 'missing'), join(dir, 'pagefind'))).rejects.toThrow(/ENOENT/);
    // The old tree was renamed aside before the failed rename: it is still whole, under its aside name.
    const aside = readdirSync(dir).find((name) => name.startsWith('pagefind'));
    expect(aside).toBeDefined();
    expect(readFileSync(join(dir, aside!, 'old.json'), 'utf8')).toBe('old');
  });
});
