/** The theme taxonomy (data/taxonomy/themes.yaml) and the calendar words (data/taxonomy/dates.yaml), parsed and checked. */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { SLUG } from '../../contract/slug.ts';
import { DataFileError, uniqueKeys, type DataText } from '../../data-files/index.ts';
import { mapEntry, parseYamlFile, requiredString, stringList } from './files.ts';
import type { DateCues, Theme } from './model.ts';

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
