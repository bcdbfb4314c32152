/**
 * The site's view of the shared data files: the ten themes and the eleven
 * cities (with their tile-map cells), read and validated by the converter's own
 * lexicon loader so the site and the converter can never disagree about them.
 */
import { resolve } from 'node:path';
import { loadLexicon } from '../lexicon/load.ts';
import type { City, Theme } from '../lexicon/model.ts';

export type { City, Theme };

export interface Taxonomy {
  themes: Theme[];
  cities: City[];
}

/** Read the data files of the project at `root` (default: the working directory). */
export function loadTaxonomy(root: string = process.cwd()): Taxonomy {
  const { themes, cities } = loadLexicon(resolve(root, 'data'));
  return { themes, cities };
}
