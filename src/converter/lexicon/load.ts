/** Reads the lexicon's data files; everything else in src/converter/lexicon is pure. */
import { join } from 'node:path';
import { readDataText } from '../../data-files/index.ts';
import { PLACE_FILES, readPlaceSources, type PlaceSources } from '../../places/index.ts';
import { buildLexicon } from './build.ts';
import type { Lexicon, LexiconSources } from './model.ts';

/** The lexicon's own data files, relative to the data directory. */
const OWN_FILES: Readonly<Record<Exclude<keyof LexiconSources, keyof PlaceSources>, string>> = {
  commonWords: 'gazetteer/common-words.txt',
  notPlaces: 'gazetteer/not-places.txt',
  homeForms: 'gazetteer/home-forms.tsv',
  nameContinuations: 'gazetteer/name-continuations.txt',
  organisationEndings: 'gazetteer/organisation-endings.tsv',
  outletWords: 'gazetteer/outlet-words.txt',
  regionNames: 'gazetteer/region-names.tsv',
  counties: 'gazetteer/counties.tsv',
  places: 'gazetteer/places.tsv',
  townshipSuffixes: 'gazetteer/township-suffixes.txt',
  themes: 'taxonomy/themes.yaml',
  stopwords: 'taxonomy/stopwords.txt',
  dates: 'taxonomy/dates.yaml',
};

/** Every data file the lexicon reads: the place directory's and its own. */
export const LEXICON_FILES: Readonly<Record<Exclude<keyof LexiconSources, 'divisions'>, string>> = { ...PLACE_FILES, ...OWN_FILES };

export function readLexiconSources(dataDir: string): LexiconSources {
  const own = Object.entries(OWN_FILES).map(([key, path]) => [key, readDataText(join(dataDir, path))]);
  return { ...readPlaceSources(dataDir), ...Object.fromEntries(own) } as LexiconSources;
}

/** Read and validate every lexicon data file under `dataDir`; a bad row throws DataFileError (file:line: reason). */
export function loadLexicon(dataDir: string): Lexicon {
  return buildLexicon(readLexiconSources(dataDir));
}
