/**
 * The site's view of the shared data files: the ten themes, the provinces and
 * every city (with the tile-map cells cities.tsv gives some), read and
 * validated by the converter's own lexicon loader so the site and the
 * converter can never disagree about them.
 */
import { resolve } from 'node:path';
import { loadLexicon } from '../../converter/lexicon/load.ts';
import type { City, Province, Theme } from '../../converter/lexicon/model.ts';

export type { City, Province, Theme };

export interface Taxonomy {
  themes: Theme[];
  provinces: Province[];
  /** Tiled cities first, in cities.tsv's order. */
  cities: City[];
}

/** Read the data files of the project at `root` (default: the working directory). */
export function loadTaxonomy(root: string = process.cwd()): Taxonomy {
  const { themes, provinces, cities } = loadLexicon(resolve(root, 'data'));
  return { themes, provinces, cities };
}
