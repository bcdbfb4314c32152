/** The place directory built from the text of its files. Pure: read.ts reads them from disk. */
import { parseWordList } from '../data-files/index.ts';
import { mergeCities, parseTiledCities } from './cities.ts';
import { parseDivisions } from './divisions.ts';
import type { PlaceDirectory, PlaceSources } from './model.ts';

/** The provinces and cities of the package, cities.tsv's first; a bad row throws DataFileError (file:line: reason). */
export function buildPlaceDirectory(sources: PlaceSources): PlaceDirectory {
  // How papers shorten an official name (即墨区 → 即墨, 湘西土家族苗族自治州 → 湘西).
  const rules = { suffixes: parseWordList(sources.divisionSuffixes, 'division suffix'), ethnicGroups: parseWordList(sources.ethnicGroups, 'ethnic group') };
  const tiled = parseTiledCities(sources.cities);
  const divisions = parseDivisions(sources.divisions, rules);
  return {
    provinces: divisions.provinces.map(({ short, name }) => ({ short, name })),
    cities: mergeCities(divisions.cities, tiled, sources.cities),
    divisions,
  };
}
