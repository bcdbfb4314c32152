/**
 * Every tuning number of the enrichment stage, named, in one place. The cue
 * words themselves live in data/ (gazetteer, taxonomy); these only say how
 * much each kind of evidence counts.
 */

/** locate(): points a place earns for being named in each part of the article (once per part). */
export const PLACE_WEIGHT = {
  title: 10,
  subtitle: 6,
  dateline: 8,
  bylineOrg: 5,
  /**
   * The outlet a byline names (潮州日报讯, 今日桐乡记者) is where the paper is,
   * which is where most of its stories are: it decides a story that names no
   * place, and little else.
   */
  outlet: 2,
  lead: 3,
} as const;
/** locate(): a place named n times in the body earns BODY × (1 + ln n): frequency helps, with diminishing returns. */
export const PLACE_BODY_WEIGHT = 1;
/** locate(): tables (lists of firms and offices) say little about where a story is. */
export const PLACE_TABLE_WEIGHT = 0.25;
/**
 * locate(): 浙江 in the body is mostly part of a name (浙江交通集团), so it
 * counts for little there; named in the title or lead it counts in full.
 */
export const PROVINCE_BODY_FACTOR = 0.3;
/**
 * locate(): a story spread over at least SPREAD_MIN_CITIES cities, none with
 * SPREAD_MAX_SHARE of the evidence, is province-wide when it names the province.
 */
export const SPREAD_MIN_CITIES = 3;
export const SPREAD_MAX_SHARE = 0.5;
/** homeRegion(): a province is the paper's home when it holds more than this share of the votes. */
export const HOME_PROVINCE_SHARE = 0.5;
/** homeRegion(): …and a city when it holds at least this share. */
export const HOME_CITY_SHARE = 0.5;
/** locate(): a county is the place when it carries this share of its city's evidence. */
export const COUNTY_SHARE = 0.5;
/** locate(): a zone or landmark of the city (no county known) is the place at this share. */
export const ZONE_SHARE = 0.3;
/** locate(): a township is the place when named in a headline part or at least this often. */
export const TOWNSHIP_MIN_MENTIONS = 2;
/** locate(): …and when it leads the next township of the county by this factor. */
export const TOWNSHIP_LEAD_FACTOR = 1.5;

/** classify(): a cue term in the title or subtitle counts this many times a body mention. */
export const THEME_TITLE_FACTOR = 3;
/** classify(): a subheading inside the article. */
export const THEME_HEADING_FACTOR = 1.5;
/** classify(): cue terms in a table count for little (names of offices, reasons for listing). */
export const THEME_TABLE_FACTOR = 0.3;
/** classify(): cue terms inside a firm's name (its trade, not the story's subject) count for little, like a table's. */
export const THEME_FIRM_FACTOR = 0.3;
/** classify(): a firm's name is taken to run back at most this many characters from its ending (有限公司). */
export const THEME_FIRM_NAME_MAX_CHARS = 8;
/** classify(): how many decisive cue terms to report. */
export const THEME_TERMS_REPORTED = 5;

/** tags: how many, at least and at most. */
export const TAGS_MIN = 3;
export const TAGS_MAX = 6;
/** tags: candidate phrases are 2–TAG_MAX_LENGTH characters, aligned to word boundaries. */
export const TAG_MAX_LENGTH = 8;
/** tags: a phrase must occur this often in the body to be salient on its own. */
export const TAG_MIN_COUNT = 2;
/** tags: a title phrase seen once in the body qualifies when it has at most this many words. */
export const TAG_TITLE_MAX_WORDS = 2;
/** tags: a phrase in the title scores this many times more. */
export const TAG_TITLE_BOOST = 3;
/** tags: a phrase that is a theme cue term scores this much more per weight unit. */
export const TAG_CUE_BONUS = 2;
/**
 * tags: the first reading of a body takes the clauses that may hold a phrase
 * scoring this much, and each further reading lowers that by TAG_FLOOR_STEP
 * until it reaches the last tag's score (see extractTags). Speed only: the
 * tags do not depend on them.
 */
export const TAG_FIRST_FLOOR = 9;
export const TAG_FLOOR_STEP = 1;
/** tags: a phrase is dropped when a one-word-longer candidate holds it and is at least this frequent relative to it. */
export const TAG_SUBSUMED_SHARE = 0.6;

/** summarize(): the summary's target length in characters. */
export const SUMMARY_MAX_CHARS = 120;
/** summarize(): at most this many sentences. */
export const SUMMARY_MAX_SENTENCES = 2;
