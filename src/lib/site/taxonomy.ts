/**
 * The site's view of the shared data files: the ten themes of
 * data/taxonomy/themes.yaml and the eleven cities of data/gazetteer/cities.tsv
 * (with their tile-map cells). Parsing is pure; `loadTaxonomy` reads the files.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DataFileError, parseTsv } from '../data/tsv.ts';

export interface Theme {
  label: string;
  slug: string;
  description: string;
  terms: string[];
}

export interface City {
  /** 杭州: the form articles use in their `city` field. */
  short: string;
  /** 杭州市 */
  name: string;
  slug: string;
  /** 1-based tile-grid cell. */
  row: number;
  col: number;
}

export interface Taxonomy {
  themes: Theme[];
  cities: City[];
}

export const THEMES_FILE = 'data/taxonomy/themes.yaml';
export const CITIES_FILE = 'data/gazetteer/cities.tsv';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseThemes(text: string, file: string): Theme[] {
  const document: unknown = parseYaml(text);
  const list = isRecord(document) ? document['themes'] : undefined;
  if (!Array.isArray(list) || list.length === 0) {
    throw new DataFileError(file, 1, 'expected a non-empty `themes:` list');
  }
  return list.map((item: unknown, index) => {
    const where = `themes[${index}]`;
    if (!isRecord(item)) throw new DataFileError(file, 1, `${where} is not a mapping`);
    const { label, slug, description, terms } = item;
    if (typeof label !== 'string' || label === '') throw new DataFileError(file, 1, `${where}.label must be a non-empty string`);
    if (typeof slug !== 'string' || !/^[a-z0-9-]+$/.test(slug)) {
      throw new DataFileError(file, 1, `${where}.slug must be lowercase ASCII (a-z, 0-9, -), got ${JSON.stringify(slug)}`);
    }
    // Terms are a list, or a mapping of term → weight; the site needs only the terms.
    const termList = (Array.isArray(terms) ? terms : isRecord(terms) ? Object.keys(terms) : []).filter(
      (term): term is string => typeof term === 'string',
    );
    return { label, slug, description: typeof description === 'string' ? description : '', terms: termList };
  });
}

export function parseCities(text: string, file: string): City[] {
  return parseTsv(text, file, ['short', 'name', 'slug', 'row', 'col']).map(({ line, fields }) => {
    const row = Number(fields['row']);
    const col = Number(fields['col']);
    if (!Number.isInteger(row) || !Number.isInteger(col) || row < 1 || col < 1) {
      throw new DataFileError(file, line, `row and col must be positive integers, got ${fields['row']} and ${fields['col']}`);
    }
    return { short: fields['short'] ?? '', name: fields['name'] ?? '', slug: fields['slug'] ?? '', row, col };
  });
}

/** Read both data files from the project at `root` (default: the working directory). */
export function loadTaxonomy(root: string = process.cwd()): Taxonomy {
  const read = (file: string) => readFileSync(resolve(root, file), 'utf8');
  return {
    themes: parseThemes(read(THEMES_FILE), THEMES_FILE),
    cities: parseCities(read(CITIES_FILE), CITIES_FILE),
  };
}
