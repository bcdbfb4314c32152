/** The lexicon: what the converter knows about the world, read from data/ (load.ts) and built by pure functions (build.ts). */
export { buildLexicon, lexiconProblems } from './build.ts';
export { countyKey } from './gazetteer.ts';
export type { CueTerm, DateCues, GazetteerEntry, Lexicon, LexiconSources, PlaceForm } from './model.ts';
export { LEXICON_FILES, loadLexicon, readLexiconSources } from './load.ts';
export { dictionary, longestMatches, type Dictionary, type Match } from './dictionary.ts';
