/**
 * The site's view of the shared data files: the themes (the content
 * contract's list, src/contract/themes.ts), the provinces and every city
 * (with the tile-map cells cities.tsv gives some), read and validated by the
 * shared place directory (src/places) the converter's lexicon builds on, so
 * the site and the converter can never disagree about them.
 */
import { resolve } from 'node:path';
import { readThemes, type ContentTheme } from '../../contract/themes.ts';
import { readPlaceDirectory, type City, type Province } from '../../places/index.ts';

export type { City, Province };
export type Theme = ContentTheme;

export interface Taxonomy {
  themes: Theme[];
  provinces: Province[];
  /** Tiled cities first, in cities.tsv's order. */
  cities: City[];
}

/** The data directory of the project at `root` (default: the working directory). */
export function dataDir(root: string = process.cwd()): string {
  return resolve(root, 'data');
}

/** Read the data files of the project at `root` (default: the working directory). */
export function loadTaxonomy(root: string = process.cwd()): Taxonomy {
  const { provinces, cities } = readPlaceDirectory(dataDir(root));
  return { themes: readThemes(dataDir(root)), provinces, cities };
}
