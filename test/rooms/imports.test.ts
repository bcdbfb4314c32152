/**
 * The README's rule for rooms: a room imports the contract and the shared
 * modules, never another room; the one edge between programs is the site's
 * search page, which runs the search client in the reader's browser. The
 * site reads no converter code (its places come from src/places, its slugs
 * from the contract), search reads no site or converter code (its addresses
 * come from the contract), the converter imports no other program, and the
 * contract and the shared modules import no room. The build (src/build)
 * runs the programs as child processes and imports none of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
const ROOMS = ['converter', 'site', 'search', 'tools', 'build'];
const SHARED = ['contract', 'dates', 'cli-kit', 'places', 'data-files', 'files'];

/** Relative module specifiers of a source file: `from '…'`, `import '…'`, `import('…')`. */
function relativeImports(source: string): string[] {
  return [...source.matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) => match[1] ?? '');
}

/** The folder under src/ each relative import of the files under src/<folder> lands in, as `file → folder`. */
function importedFolders(folder: string): string[] {
  const root = join(SRC, folder);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|astro|mjs)$/.test(name))
    .flatMap((name) =>
      relativeImports(readFileSync(join(root, name), 'utf8')).map((specifier) => {
        const target = relative(SRC, resolve(dirname(join(root, name)), specifier)).split('/')[0] ?? '';
        return `${folder}/${name} → ${target}`;
      }),
    );
}

describe('relativeImports', () => {
  it('finds static, side-effect and dynamic imports, and only relative ones', () => {
    const source = "import { a } from '../converter/x.ts';\nimport type { B } from './b.ts';\nimport '../site/c.css';\nconst d = await import('../search/d.ts');\nimport z from 'zod';";
    expect(relativeImports(source)).toEqual(['../converter/x.ts', './b.ts', '../site/c.css', '../search/d.ts']);
  });
});

describe('rooms import the contract and shared modules, never another room', () => {
  it('the site imports nothing from the converter', () => {
    expect(importedFolders('site').filter((edge) => edge.endsWith('→ converter'))).toEqual([]);
  });

  it('the converter imports no other program', () => {
    expect(importedFolders('converter').filter((edge) => ['site', 'search', 'tools'].some((room) => edge.endsWith(`→ ${room}`)))).toEqual([]);
  });

  it('the build runs the other programs as child processes, importing none of them', () => {
    expect(importedFolders('build').filter((edge) => ROOMS.some((room) => room !== 'build' && edge.endsWith(`→ ${room}`)))).toEqual([]);
  });

  it('search imports nothing from the site or the converter', () => {
    expect(importedFolders('search').filter((edge) => edge.endsWith('→ site') || edge.endsWith('→ converter'))).toEqual([]);
  });

  it('the site reaches search only through its search page, running the search client', () => {
    const toSearch = importedFolders('site').filter((edge) => edge.endsWith('→ search'));
    expect(toSearch.length).toBeGreaterThan(0);
    expect(toSearch.filter((edge) => !/^site\/(lib\/search-(page|url)\.ts|pages\/search\/)/.test(edge))).toEqual([]);
  });

  it.each(SHARED)('%s imports no room', (folder) => {
    expect(importedFolders(folder).filter((edge) => ROOMS.some((room) => edge.endsWith(`→ ${room}`)))).toEqual([]);
  });
});
