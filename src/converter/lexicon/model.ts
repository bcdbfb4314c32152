/**
 * The lexicon's model: what the converter knows about the world once its data
 * files are read (gazetteer, theme taxonomy, tag stop list, date words), and
 * the files' text it is built from (build.ts). Provinces and cities are the
 * shared place directory's (src/places).
 */
import type { DataText } from '../../data-files/index.ts';
import type { City, PlaceSources, Province } from '../../places/index.ts';
import type { Dictionary } from './dictionary.ts';

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

/** The place directory's files and the lexicon's own. */
export interface LexiconSources extends PlaceSources {
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
  counties: DataText;
  places: DataText;
  townshipSuffixes: DataText;
  themes: DataText;
  stopwords: DataText;
  dates: DataText;
}
