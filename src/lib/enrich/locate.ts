/**
 * Where a story is: the most specific place it is about and its
 * prefecture-level city (or the province, or the outside place).
 *
 * Every gazetteer name found in the article earns points by where it stands:
 * title > dateline > subtitle > byline organisation > lead paragraph, each
 * counted once, then body frequency with diminishing returns. Points add up
 * per city; the city with most wins unless the province outweighs it or the
 * story is spread over many cities. Inside the city a county, then a township
 * of that county, becomes the place when it carries the evidence.
 */
import { dictionary, longestMatches, type GazetteerEntry, type Lexicon, type Match } from '../lexicon/index.ts';
import type { SegmentedArticle } from '../types.ts';
import { articleParts, type Part, type TextPart } from './text.ts';
import {
  COUNTY_SHARE,
  PLACE_BODY_WEIGHT,
  PLACE_TABLE_WEIGHT,
  PLACE_WEIGHT,
  PROVINCE_BODY_FACTOR,
  SPREAD_MAX_SHARE,
  SPREAD_MIN_CITIES,
  TOWNSHIP_LEAD_FACTOR,
  TOWNSHIP_MIN_MENTIONS,
  ZONE_SHARE,
} from './weights.ts';

export interface Location {
  /** 义乌, 南浔区双林镇, 温州, 浙江, 阿克苏 */
  place: string;
  /** 金华, 湖州, 浙江, 阿克苏 */
  city: string;
  /** Why: the decision first, then each place found with its points. */
  evidence: string[];
}

interface Tally {
  entry: GazetteerEntry;
  mentions: Map<Part, number>;
  /** Reading order of the first mention, to break ties. */
  order: number;
  score: number;
}

const HEADLINE_PARTS: readonly Part[] = ['title', 'subtitle', 'dateline'];

/** A part of the article with the gazetteer forms found in it. */
interface ScannedPart extends TextPart {
  places: Match<GazetteerEntry>[];
}

/**
 * Townships no data row lists, found right after a county name (苍南县赤溪镇),
 * plus the bare stems (赤溪) of every township the article names in full.
 */
function articleForms(parts: readonly ScannedPart[], lexicon: Lexicon): Map<string, GazetteerEntry> {
  const forms = new Map<string, GazetteerEntry>();
  const named: GazetteerEntry[] = [];
  for (const { text, places } of parts) {
    for (const match of places) {
      if (match.value.township) named.push(match.value);
      // Only the full county name: a bare short form runs into ordinary words (龙港针对乡镇…).
      if (match.value.level !== 'county' || match.form !== match.value.name) continue;
      const after = lexicon.townshipAtStart.exec(text.slice(match.index + match.form.length));
      if (!after) continue;
      const name = after[0];
      const known = lexicon.placeForms.forms.get(name) ?? forms.get(name);
      const entry = known ?? { level: 'place', name, display: name, city: match.value.city, county: match.value.name, township: true };
      if (!known) forms.set(name, entry);
      named.push(entry);
    }
  }
  for (const entry of named) {
    const suffix = lexicon.townshipSuffixes.find((ending) => entry.name.endsWith(ending));
    const stem = suffix ? entry.name.slice(0, -suffix.length) : '';
    if (stem.length >= 2 && !lexicon.placeForms.forms.has(stem) && !forms.has(stem)) forms.set(stem, entry);
  }
  return forms;
}

function score(tally: Omit<Tally, 'score'>): number {
  const province = tally.entry.level === 'province';
  let total = 0;
  for (const [part, count] of tally.mentions) {
    if (part === 'body' || part === 'heading') total += PLACE_BODY_WEIGHT * (1 + Math.log(count)) * (province ? PROVINCE_BODY_FACTOR : 1);
    else if (part === 'table') total += PLACE_TABLE_WEIGHT * (1 + Math.log(count));
    else total += PLACE_WEIGHT[part];
  }
  return total;
}

function tallyPlaces(parts: readonly TextPart[], lexicon: Lexicon): Tally[] {
  const scanned = parts.map((part) => ({ ...part, places: longestMatches(part.text, lexicon.placeForms) }));
  const localForms = articleForms(scanned, lexicon);
  const local = dictionary(localForms);
  const ownForms = [...localForms.keys()];
  const tallies = new Map<string, Omit<Tally, 'score'>>();
  let order = 0;
  for (const { part, text, places } of scanned) {
    // A part holding none of the article's own forms reads the same with the gazetteer alone: no second scan.
    const holdsOwn = ownForms.some((form) => text.includes(form));
    for (const { value } of holdsOwn ? longestMatches(text, local, lexicon.placeForms) : places) {
      const tally = tallies.get(value.name) ?? { entry: value, mentions: new Map<Part, number>(), order: order++ };
      tally.mentions.set(part, (tally.mentions.get(part) ?? 0) + 1);
      tallies.set(value.name, tally);
    }
  }
  return [...tallies.values()].map((tally) => ({ ...tally, score: score(tally) })).sort((a, b) => b.score - a.score || a.order - b.order);
}

function describe(tally: Tally): string {
  const parts = [...tally.mentions].map(([part, count]) => (count > 1 ? `${part}×${count}` : part));
  return `${tally.entry.name} → ${tally.entry.city}: ${parts.join(', ')} = ${tally.score.toFixed(1)}`;
}

function sum(tallies: readonly Tally[]): number {
  return tallies.reduce((total, tally) => total + tally.score, 0);
}

function totalMentions(tally: Tally): number {
  let total = 0;
  for (const count of tally.mentions.values()) total += count;
  return total;
}

function inHeadline(tally: Tally | undefined): boolean {
  return tally !== undefined && [...tally.mentions.keys()].some((part) => HEADLINE_PARTS.includes(part));
}

/** The township of a county story that the story is about, if one stands out. */
function salientTownship(countyTallies: readonly Tally[]): Tally | undefined {
  const [township, runnerUp] = countyTallies.filter((tally) => tally.entry.township);
  if (!township) return undefined;
  const county = countyTallies.find((tally) => tally.entry.level === 'county');
  // Named once in the lead, a township is the scene (台州市路桥区螺洋街道…) unless the headline names the county.
  const salient = inHeadline(township) || totalMentions(township) >= TOWNSHIP_MIN_MENTIONS || (township.mentions.has('lead') && !inHeadline(county));
  const clear = !runnerUp || township.score >= TOWNSHIP_LEAD_FACTOR * runnerUp.score;
  return salient && clear ? township : undefined;
}

/** The most specific place inside the chosen city that carries its evidence. */
function placeInCity(city: string, tallies: readonly Tally[], lexicon: Lexicon): { place: string; why: string } {
  const inCity = tallies.filter((tally) => tally.entry.city === city && (tally.entry.level === 'county' || tally.entry.level === 'place'));
  const cityScore = sum(tallies.filter((tally) => tally.entry.city === city));
  const counties = new Map<string, Tally[]>();
  for (const tally of inCity) {
    if (tally.entry.county !== null) counties.set(tally.entry.county, [...(counties.get(tally.entry.county) ?? []), tally]);
  }
  const [county, countyTallies = []] = [...counties].sort((a, b) => sum(b[1]) - sum(a[1]))[0] ?? [];
  if (county !== undefined && sum(countyTallies) >= COUNTY_SHARE * cityScore) {
    const township = salientTownship(countyTallies);
    if (township) return { place: `${county}${township.entry.name}`, why: `township ${township.entry.name} of ${county}` };
    const short = lexicon.countyEntries.get(county)?.display ?? county;
    return { place: short, why: `county ${county} carries ${sum(countyTallies).toFixed(1)} of ${cityScore.toFixed(1)}` };
  }
  const zone = inCity.find((tally) => tally.entry.county === null && tally.entry.level === 'place');
  if (zone && zone.score >= ZONE_SHARE * cityScore) return { place: zone.entry.name, why: `${zone.entry.name} carries ${zone.score.toFixed(1)} of ${cityScore.toFixed(1)}` };
  return { place: city, why: 'no smaller place stands out' };
}

export function locate(article: SegmentedArticle, lexicon: Lexicon): Location {
  const tallies = tallyPlaces(articleParts(article), lexicon);
  const found = tallies.map(describe);
  const provinceRow = lexicon.places.find((place) => place.kind === 'province');
  const province = provinceRow?.city ?? '';
  const provinceScore = sum(tallies.filter((tally) => tally.entry.level === 'province'));

  const cities = new Map<string, { score: number; order: number }>();
  for (const tally of tallies) {
    if (tally.entry.level === 'province') continue;
    const city = cities.get(tally.entry.city) ?? { score: 0, order: tally.order };
    cities.set(tally.entry.city, { score: city.score + tally.score, order: Math.min(city.order, tally.order) });
  }
  const ranked = [...cities].sort((a, b) => b[1].score - a[1].score || a[1].order - b[1].order);
  const best = ranked[0];
  if (!best) {
    const why = provinceScore > 0 ? `only the province is named (${provinceScore.toFixed(1)})` : 'no place named: the province by default';
    return { place: province, city: province, evidence: [why, ...found] };
  }
  const [city, { score: bestScore }] = best;
  if (provinceScore >= bestScore) {
    return { place: province, city: province, evidence: [`the province (${provinceScore.toFixed(1)}) outweighs ${city} (${bestScore.toFixed(1)})`, ...found] };
  }
  const concrete = ranked.reduce((total, [, { score: cityScore }]) => total + cityScore, 0);
  if (provinceScore > 0 && ranked.length >= SPREAD_MIN_CITIES && bestScore < SPREAD_MAX_SHARE * concrete) {
    return {
      place: province,
      city: province,
      evidence: [`spread over ${ranked.length} cities, ${city} has only ${bestScore.toFixed(1)} of ${concrete.toFixed(1)}; the province is named`, ...found],
    };
  }
  const outside = tallies.find((tally) => tally.entry.city === city && tally.entry.level === 'outside');
  if (outside) return { place: outside.entry.display, city, evidence: [`outside Zhejiang: ${city} (${bestScore.toFixed(1)})`, ...found] };
  const { place, why } = placeInCity(city, tallies, lexicon);
  return { place, city, evidence: [`city ${city} (${bestScore.toFixed(1)}); place ${place}: ${why}`, ...found] };
}
