/**
 * URL slugs of topic pages. Cities come from the gazetteer; provinces (浙江)
 * and authors get pinyin. Two authors whose names read alike
 * (张伟, 章伟) must not share a page, so the earlier-published keeps the plain
 * slug and later ones get `-2`, `-3`: older URLs never change as the archive grows.
 */
import { placeSlug, slugify, uniqueSlugs } from '../../contract/slug.ts';
import type { City } from './taxonomy.ts';

export { placeSlug };

/** The slug of an article's `city`: the gazetteer city's, else the pinyin of a province or other place. */
export function citySlug(city: string, cities: ReadonlyMap<string, City>): string {
  return cities.get(city)?.slug ?? placeSlug(city);
}

/** Cities by short and by official name, for citySlug. */
export function cityIndex(cities: readonly City[]): Map<string, City> {
  const index = new Map<string, City>();
  for (const city of cities) index.set(city.name, city).set(city.short, city);
  return index;
}

export interface AuthorAppearance {
  name: string;
  /** YYYY-MM-DD of the article. */
  date: string;
}

/** Map each author name to a unique slug; earliest first appearance wins a contested slug. */
export function authorSlugs(appearances: readonly AuthorAppearance[]): Map<string, string> {
  const firstSeen = new Map<string, string>();
  for (const { name, date } of appearances) {
    const seen = firstSeen.get(name);
    if (seen === undefined || date < seen) firstSeen.set(name, date);
  }
  const names = [...firstSeen.keys()].sort(
    (a, b) => (firstSeen.get(a) ?? '').localeCompare(firstSeen.get(b) ?? '') || (a < b ? -1 : a > b ? 1 : 0),
  );
  const slugs = uniqueSlugs(
    names.map((name) => slugify(name, { maxWords: null })),
    'author',
  );
  return new Map(names.map((name, index) => [name, slugs[index] ?? 'author']));
}
