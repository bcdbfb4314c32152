/** Small lookups the converter and the site share. */
import type { City, County, Lexicon, Theme } from './model.ts';

export function themeBySlug(lexicon: Lexicon, slug: string): Theme | undefined {
  return lexicon.themes.find((theme) => theme.slug === slug);
}

export function themeByLabel(lexicon: Lexicon, label: string): Theme | undefined {
  return lexicon.themes.find((theme) => theme.label === label);
}

export function cityBySlug(lexicon: Lexicon, slug: string): City | undefined {
  return lexicon.cities.find((city) => city.slug === slug);
}

export function cityByShort(lexicon: Lexicon, short: string): City | undefined {
  return lexicon.cities.find((city) => city.short === short);
}

export function countiesOfCity(lexicon: Lexicon, short: string): County[] {
  return lexicon.counties.filter((county) => county.city === short);
}
