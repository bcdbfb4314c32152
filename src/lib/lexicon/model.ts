/**
 * The lexicon: gazetteer, theme taxonomy, tag stop list and date words, parsed
 * and validated from the text of the data files. Pure: `buildLexicon` takes
 * the files' text; src/lib/lexicon/load.ts reads them from disk.
 */
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node } from 'yaml';
import { DataFileError, parseTsv } from '../data/tsv.ts';
import { dictionary, mergeDictionaries, type Dictionary } from './dictionary.ts';

export interface City {
  /** 杭州: the form articles carry in `city`. */
  short: string;
  /** 杭州市 */
  name: string;
  slug: string;
  /** 1-based cell of the tile map. */
  row: number;
  col: number;
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
  kind: CountyKind;
  /** Extra forms matched bare in text (the short form only where it is unambiguous). */
  aliases: string[];
}

export const PLACE_KINDS = ['town', 'subdistrict', 'zone', 'landmark', 'province', 'outside'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** A place that is not a city or county: township, zone, landmark, the province, or outside Zhejiang. */
export interface NamedPlace {
  name: string;
  /** Full county name, or null when not known or not applicable. */
  county: string | null;
  /** City short name; for `province` and `outside` the name the story's `city` takes. */
  city: string;
  kind: PlaceKind;
  aliases: string[];
}

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

export type GazetteerLevel = 'province' | 'city' | 'county' | 'place' | 'outside';

/** What one surface form in text names. */
export interface GazetteerEntry {
  level: GazetteerLevel;
  /** Official name: 湖州市, 义乌市, 双林镇, 浙江省. */
  name: string;
  /** The form a story's `place` shows when this is the most specific place. */
  display: string;
  /** The story's `city` when this place decides it. */
  city: string;
  /** Full name of the county it lies in, when known. */
  county: string | null;
  /** A town or subdistrict: shown after its county's name (南浔区双林镇). */
  township: boolean;
}

export interface Lexicon {
  cities: City[];
  counties: County[];
  places: NamedPlace[];
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
  /** Every form the locator matches → the entry it names. */
  placeForms: Dictionary<GazetteerEntry>;
  /** County full name → its entry (for townships found next to it). */
  countyEntries: ReadonlyMap<string, GazetteerEntry>;
  /** Every cue term → its theme label and weight. */
  cueTerms: Dictionary<CueTerm>;
  /** Place forms and cue terms in one dictionary (a place on a tie): the words tags never split. */
  keptWords: Dictionary<GazetteerEntry | CueTerm>;
}

export interface DataText {
  /** Path shown in error messages, e.g. data/gazetteer/cities.tsv. */
  file: string;
  text: string;
}

export interface LexiconSources {
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

export function parseCities({ text, file }: DataText): City[] {
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

export function parseCounties({ text, file }: DataText, cities: readonly City[]): County[] {
  const known = new Set(cities.map((city) => city.short));
  const name = uniqueKeys(file, 'county name');
  return parseTsv(text, file, ['name', 'short', 'city', 'kind']).map(({ line, fields }) => {
    const city = fields['city'] ?? '';
    const kind = fields['kind'] ?? '';
    if (!known.has(city)) throw new DataFileError(file, line, `unknown city "${city}": expected a short name from cities.tsv (${[...known].join(' ')})`);
    if (!(COUNTY_KINDS as readonly string[]).includes(kind)) {
      throw new DataFileError(file, line, `unknown kind "${kind}": expected one of ${COUNTY_KINDS.join(', ')}`);
    }
    const county: County = { name: fields['name'] ?? '', short: fields['short'] ?? '', city, kind: kind as CountyKind, aliases: splitList(fields['aliases']) };
    name(county.name, line);
    return county;
  });
}

export function parsePlaces({ text, file }: DataText, cities: readonly City[], counties: readonly County[]): NamedPlace[] {
  const knownCities = new Set(cities.map((city) => city.short));
  const countyCity = new Map(counties.map((county) => [county.name, county.city]));
  return parseTsv(text, file, ['name', 'city', 'kind']).map(({ line, fields }) => {
    const kind = fields['kind'] ?? '';
    if (!(PLACE_KINDS as readonly string[]).includes(kind)) {
      throw new DataFileError(file, line, `unknown kind "${kind}": expected one of ${PLACE_KINDS.join(', ')}`);
    }
    const city = fields['city'] ?? '';
    const county = fields['county'] || null;
    const inside = kind !== 'province' && kind !== 'outside';
    if (inside && !knownCities.has(city)) throw new DataFileError(file, line, `unknown city "${city}": expected a short name from cities.tsv`);
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

/** Index every surface form; a form naming two different places is a data error. */
function indexPlaceForms(sources: LexiconSources, cities: readonly City[], counties: readonly County[], places: readonly NamedPlace[]) {
  const forms = new Map<string, GazetteerEntry>();
  const where = new Map<string, string>();
  const add = (form: string, entry: GazetteerEntry, file: string, line: number) => {
    const existing = forms.get(form);
    if (existing && existing.name !== entry.name) {
      throw new DataFileError(file, line, `"${form}" would name both ${existing.name} (${where.get(form)}) and ${entry.name}; drop it from one row's aliases`);
    }
    forms.set(form, entry);
    where.set(form, `${file}:${line}`);
  };
  // Rows carry no line numbers past parsing, so recover them by the row's first field.
  const lineOf = (text: string, first: string) => {
    const index = text.split(/\r?\n/).findIndex((line) => line.split('\t')[0]?.trim() === first);
    return index + 1;
  };
  for (const city of cities) {
    const entry: GazetteerEntry = { level: 'city', name: city.name, display: city.short, city: city.short, county: null, township: false };
    const line = lineOf(sources.cities.text, city.short);
    add(city.name, entry, sources.cities.file, line);
    add(city.short, entry, sources.cities.file, line);
  }
  const countyEntries = new Map<string, GazetteerEntry>();
  for (const county of counties) {
    const entry: GazetteerEntry = { level: 'county', name: county.name, display: county.short, city: county.city, county: county.name, township: false };
    countyEntries.set(county.name, entry);
    const line = lineOf(sources.counties.text, county.name);
    for (const form of [county.name, ...county.aliases]) add(form, entry, sources.counties.file, line);
  }
  for (const place of places) {
    const level: GazetteerLevel = place.kind === 'province' ? 'province' : place.kind === 'outside' ? 'outside' : 'place';
    const display = level === 'place' ? place.name : place.city;
    const township = place.kind === 'town' || place.kind === 'subdistrict';
    const entry: GazetteerEntry = { level, name: place.name, display, city: place.city, county: place.county, township };
    const line = lineOf(sources.places.text, place.name);
    for (const form of [place.name, ...place.aliases]) add(form, entry, sources.places.file, line);
  }
  return { forms, countyEntries };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function townshipAtStart(suffixes: readonly string[]): RegExp {
  const alternatives = [...suffixes].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`^(\\p{Script=Han}{2})(${alternatives.join('|')})`, 'u');
}

export function buildLexicon(sources: LexiconSources): Lexicon {
  const cities = parseCities(sources.cities);
  const counties = parseCounties(sources.counties, cities);
  const places = parsePlaces(sources.places, cities, counties);
  const { themes, fallbackTheme, firmSuffixes, neutralWords } = parseThemes(sources.themes);
  const { forms, countyEntries } = indexPlaceForms(sources, cities, counties, places);
  const cueTerms = new Map<string, CueTerm>();
  for (const theme of themes) for (const { term, weight } of theme.terms) cueTerms.set(term, { theme: theme.label, weight });
  // The parse order decides which of several bad files is reported: stop words before township suffixes before dates.
  const stopwords = new Set(parseWordList(sources.stopwords, 'stop word'));
  const townshipSuffixes = parseWordList(sources.townshipSuffixes, 'township suffix');
  const placeForms = dictionary(forms);
  const cueDictionary = dictionary(cueTerms);
  return {
    cities,
    counties,
    places,
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
    cueTerms: cueDictionary,
    keptWords: mergeDictionaries<GazetteerEntry | CueTerm>(placeForms, cueDictionary),
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
  const cities = attempt(() => parseCities(sources.cities));
  const counties = cities && attempt(() => parseCounties(sources.counties, cities));
  const places = cities && counties && attempt(() => parsePlaces(sources.places, cities, counties));
  attempt(() => parseThemes(sources.themes));
  attempt(() => parseWordList(sources.stopwords, 'stop word'));
  attempt(() => parseWordList(sources.townshipSuffixes, 'township suffix'));
  attempt(() => parseDateCues(sources.dates));
  if (problems.length === 0 && places) attempt(() => buildLexicon(sources));
  return problems;
}
