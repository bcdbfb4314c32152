/** Reads the lexicon's data files; everything else in src/lib/lexicon is pure. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DataFileError } from '../data/tsv.ts';
import { buildLexicon, type DataText, type Lexicon, type LexiconSources } from './model.ts';

/** The data files, relative to the data directory. */
export const LEXICON_FILES: Readonly<Record<keyof LexiconSources, string>> = {
  cities: 'gazetteer/cities.tsv',
  counties: 'gazetteer/counties.tsv',
  places: 'gazetteer/places.tsv',
  townshipSuffixes: 'gazetteer/township-suffixes.txt',
  themes: 'taxonomy/themes.yaml',
  stopwords: 'taxonomy/stopwords.txt',
  dates: 'taxonomy/dates.yaml',
};

export function readLexiconSources(dataDir: string): LexiconSources {
  const read = (path: string): DataText => {
    const absolute = join(dataDir, path);
    const file = relative(process.cwd(), absolute) || absolute;
    try {
      return { file, text: readFileSync(absolute, 'utf8') };
    } catch (error) {
      const reason = error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'file not found' : `cannot read: ${String(error)}`;
      throw new DataFileError(file, 1, reason);
    }
  };
  const entries = Object.entries(LEXICON_FILES).map(([key, path]) => [key, read(path)]);
  return Object.fromEntries(entries) as unknown as LexiconSources;
}

/** Read and validate every lexicon data file under `dataDir`; a bad row throws DataFileError (file:line: reason). */
export function loadLexicon(dataDir: string): Lexicon {
  return buildLexicon(readLexiconSources(dataDir));
}
