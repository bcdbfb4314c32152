export {
  buildLexicon,
  lexiconProblems,
  COUNTY_KINDS,
  PLACE_KINDS,
  type City,
  type County,
  type CueTerm,
  type CountyKind,
  type DataText,
  type DateCues,
  type GazetteerEntry,
  type GazetteerLevel,
  type Lexicon,
  type LexiconSources,
  type NamedPlace,
  type PlaceKind,
  type Theme,
  type ThemeTerm,
} from './model.ts';
export { LEXICON_FILES, loadLexicon, readLexiconSources } from './load.ts';
export { cityByShort, cityBySlug, countiesOfCity, themeByLabel, themeBySlug } from './lookup.ts';
export { dictionary, longestMatches, type Dictionary, type Match, type TrieNode } from './dictionary.ts';
