/**
 * The lexicon built from the text of its data files, on the place directory
 * (src/places). Pure: `buildLexicon` takes the files' text;
 * src/converter/lexicon/load.ts reads them from disk.
 */
import { DataFileError, parseWordList } from '../../data-files/index.ts';
import { buildPlaceDirectory, parseTiledCities } from '../../places/index.ts';
import { dictionary, mergeDictionaries } from './dictionary.ts';
import { indexPlaceForms, mergeCounties, townshipAtStart } from './gazetteer.ts';
import { parseCounties, parseGazetteerFiles, parseHomeForms, parseOrganisationEndings, parsePlaces, parseRegionNames } from './gazetteer-files.ts';
import type { CueTerm, Lexicon, LexiconSources, PlaceForm } from './model.ts';
import { parseDateCues, parseThemes } from './taxonomy.ts';

export function buildLexicon(sources: LexiconSources): Lexicon {
  const directory = buildPlaceDirectory(sources);
  const { provinces, cities } = directory;
  const files = parseGazetteerFiles(sources, directory);
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
    provinces,
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
  const tiled = attempt(() => new Set(parseTiledCities(sources.cities).map((city) => city.short)));
  const counties = tiled && attempt(() => parseCounties(sources.counties, tiled));
  const places = tiled && counties && attempt(() => parsePlaces(sources.places, tiled, counties));
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
