/**
 * The gazetteer's curated files (data/gazetteer/) beyond the place
 * directory's (src/places), each parsed and checked against the ones it
 * refers to, before the gazetteer merges them with the directory (gazetteer.ts).
 */
import { DataFileError, parseTsv, parseWordList, uniqueKeys, type DataText } from '../../data-files/index.ts';
import type { Divisions, PlaceDirectory } from '../../places/index.ts';
import { splitList } from './files.ts';
import { COUNTY_KINDS, HOME_REFERENCES, PLACE_KINDS, type County, type CountyKind, type GazetteerEntry, type HomeReference, type Lexicon, type LexiconSources, type NamedPlace, type PlaceKind } from './model.ts';

/** Parsed data files, before the gazetteer is merged and indexed. */
export interface GazetteerFiles {
  divisions: Divisions;
  curatedCounties: Omit<County, 'province'>[];
  places: NamedPlace[];
  commonWords: ReadonlySet<string>;
  notPlaces: string[];
  homeForms: { form: string; refers: HomeReference }[];
}

export function parseCounties({ text, file }: DataText, known: ReadonlySet<string>): Omit<County, 'province'>[] {
  const name = uniqueKeys(file, 'county name');
  return parseTsv(text, file, ['name', 'short', 'city', 'kind']).map(({ line, fields }) => {
    const city = fields['city'] ?? '';
    const kind = fields['kind'] ?? '';
    if (!known.has(city)) throw new DataFileError(file, line, `unknown city "${city}": expected a short name from cities.tsv (${[...known].join(' ')})`);
    if (!(COUNTY_KINDS as readonly string[]).includes(kind)) {
      throw new DataFileError(file, line, `unknown kind "${kind}": expected one of ${COUNTY_KINDS.join(', ')}`);
    }
    const county = { name: fields['name'] ?? '', short: fields['short'] ?? '', city, kind: kind as CountyKind, aliases: splitList(fields['aliases']) };
    name(county.name, line);
    return county;
  });
}

export function parsePlaces({ text, file }: DataText, knownCities: ReadonlySet<string>, counties: readonly Omit<County, 'province'>[]): NamedPlace[] {
  const countyCity = new Map(counties.map((county) => [county.name, county.city]));
  return parseTsv(text, file, ['name', 'city', 'kind']).map(({ line, fields }) => {
    const kind = fields['kind'] ?? '';
    if (!(PLACE_KINDS as readonly string[]).includes(kind)) {
      throw new DataFileError(file, line, `unknown kind "${kind}": expected one of ${PLACE_KINDS.join(', ')}`);
    }
    const city = fields['city'] ?? '';
    const county = fields['county'] || null;
    if (!knownCities.has(city)) throw new DataFileError(file, line, `unknown city "${city}": expected a short name from cities.tsv`);
    if (county !== null) {
      const ofCounty = countyCity.get(county);
      if (ofCounty === undefined) throw new DataFileError(file, line, `unknown county "${county}": expected a full name from counties.tsv`);
      if (ofCounty !== city) throw new DataFileError(file, line, `county "${county}" lies in ${ofCounty}, not ${city}`);
    }
    return { name: fields['name'] ?? '', county, city, kind: kind as PlaceKind, aliases: splitList(fields['aliases']) };
  });
}

export function parseHomeForms({ text, file }: DataText): { form: string; refers: HomeReference }[] {
  const form = uniqueKeys(file, 'home form');
  return parseTsv(text, file, ['form', 'refers']).map(({ line, fields }) => {
    const refers = fields['refers'] ?? '';
    if (!(HOME_REFERENCES as readonly string[]).includes(refers)) throw new DataFileError(file, line, `unknown reference "${refers}": expected one of ${HOME_REFERENCES.join(', ')}`);
    form(fields['form'] ?? '', line);
    return { form: fields['form'] ?? '', refers: refers as HomeReference };
  });
}

export function parseOrganisationEndings({ text, file }: DataText): Lexicon['organisationEndings'] {
  const endings: Lexicon['organisationEndings'] = { province: [], association: [] };
  const unique = uniqueKeys(file, 'ending');
  for (const { line, fields } of parseTsv(text, file, ['ending', 'after'])) {
    const after = fields['after'] ?? '';
    if (after !== 'province' && after !== 'association') throw new DataFileError(file, line, `unknown "after" value "${after}": expected province or association`);
    unique(fields['ending'] ?? '', line);
    endings[after].push(fields['ending'] ?? '');
  }
  return endings;
}

export function parseRegionNames(
  { text, file }: DataText,
  provinces: ReadonlyMap<string, GazetteerEntry>,
  cities: ReadonlyMap<string, GazetteerEntry>,
): Map<string, GazetteerEntry> {
  const names = new Map<string, GazetteerEntry>();
  const unique = uniqueKeys(file, 'region name');
  for (const { line, fields } of parseTsv(text, file, ['name', 'province'])) {
    const name = fields['name'] ?? '';
    const province = provinces.get(fields['province'] ?? '');
    const city = fields['city'] ? cities.get(fields['city']) : province;
    if (!province) throw new DataFileError(file, line, `unknown province "${fields['province']}": expected a province's short name`);
    if (!city || city.province !== province.province) throw new DataFileError(file, line, `unknown city "${fields['city']}" of ${province.province}`);
    unique(name, line);
    names.set(name, city);
  }
  return names;
}

export function parseGazetteerFiles(sources: LexiconSources, directory: PlaceDirectory): GazetteerFiles {
  // counties.tsv and places.tsv may name only the cities cities.tsv lists, the ones it draws.
  const tiled = new Set(directory.cities.filter((city) => city.tile).map((city) => city.short));
  const curatedCounties = parseCounties(sources.counties, tiled);
  return {
    divisions: directory.divisions,
    curatedCounties,
    places: parsePlaces(sources.places, tiled, curatedCounties),
    commonWords: new Set(parseWordList(sources.commonWords, 'common word')),
    notPlaces: parseWordList(sources.notPlaces, 'word that names no place'),
    homeForms: parseHomeForms(sources.homeForms),
  };
}
