/**
 * Where a story is: the most specific place it is about and its
 * prefecture-level city (or its province, for a province-wide story), anywhere
 * in China.
 *
 * Every gazetteer name found in the article earns points by where it stands:
 * title > dateline > subtitle > byline organisation > lead paragraph > the
 * byline's outlet, each counted once, then body frequency with diminishing
 * returns. A name several places share, or a county's bare short form, is
 * first resolved to one place by the rest of the article, else by the paper's
 * home region (home.ts); 我省 and 我市 name the home itself. Points add up per
 * city; the city with most wins unless a province outweighs it or the story is
 * spread over many cities. Inside the city a county, then a township of that
 * county, becomes the place when it carries the evidence.
 */
import { countyKey, dictionary, longestMatches, type Dictionary, type GazetteerEntry, type Lexicon, type Match, type PlaceForm } from '../lexicon/index.ts';
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

/** The paper's own province and city, as far as the issue shows them (see home.ts). */
export interface HomeRegion {
  /** Short name; the lexicon's default province when the issue shows none. */
  province: string;
  city?: string;
}

interface Tally {
  entry: GazetteerEntry;
  mentions: Map<Part, number>;
  /** Reading order of the first mention, to break ties. */
  order: number;
  score: number;
}

const HEADLINE_PARTS: readonly Part[] = ['title', 'subtitle', 'dateline'];

/** A part of the article with the places found in it, each form resolved to one place. */
interface ScannedPart extends TextPart {
  places: Match<GazetteerEntry>[];
}

/** The cities and provinces the article names unambiguously: what a shared or bare form is read against. */
interface Support {
  cities: ReadonlySet<string>;
  provinces: ReadonlySet<string>;
}

const isOfficialName = (match: Match<PlaceForm>) => match.value.places.some((place) => place.name === match.form);

/**
 * The gazetteer's forms in a text, less the short forms that only begin a
 * longer name: 中山路 is a street and 龙潭镇 a town (papers name a division
 * in full or bare, never with a street or township ending), unless another
 * place's name follows (宁波镇海区).
 */
function findForms(text: string, lexicon: Lexicon, ...dictionaries: readonly Dictionary<PlaceForm>[]): Match<PlaceForm>[] {
  const matches = longestMatches(text, ...dictionaries, lexicon.placeForms);
  const starts = new Set(matches.map((match) => match.index));
  return matches.filter((match) => {
    if (match.value.places.length === 0) return false;
    const end = match.index + match.form.length;
    if (namesOrganisation(text, end, match.value, lexicon)) return false;
    if (isOfficialName(match) || starts.has(end)) return true;
    return !lexicon.nameContinuations.some((word) => text.startsWith(word, end));
  });
}

/** How far after a province's name its organisation's ending may come (浙江|华田不锈钢制造有限公司), and after a place's its association's (温州|青年商会). */
const ORGANISATION_SPAN = 12;
const ASSOCIATION_SPAN = 4;

/** Whether the place's name at `end` begins an organisation's name (see data/gazetteer/organisation-endings.tsv). */
function namesOrganisation(text: string, end: number, form: PlaceForm, lexicon: Lexicon): boolean {
  const within = (span: number, endings: readonly string[]) => {
    const run = /^\p{Script=Han}*/u.exec(text.slice(end, end + span))?.[0] ?? '';
    return endings.some((ending) => run.includes(ending));
  };
  const province = form.places.some((place) => place.level === 'province');
  return within(ASSOCIATION_SPAN, lexicon.organisationEndings.association) || (province && within(ORGANISATION_SPAN, lexicon.organisationEndings.province));
}

/**
 * The cities and provinces named without doubt; and those that two different
 * doubtful names agree on (四平, a word too, with 铁东区, which 四平 and 鞍山
 * share: both point at 四平), since two names rarely meet on one city by chance.
 */
function articleSupport(parts: readonly { matches: Match<PlaceForm>[] }[]): Support {
  const cities = new Set<string>();
  const provinces = new Set<string>();
  const doubtful = new Map<string, Set<string>>();
  for (const { matches } of parts) {
    for (const { value, form } of matches) {
      const [place] = value.places;
      if (!place || place.level.startsWith('home')) continue;
      if (value.places.length !== 1 || value.needsSupport) {
        for (const candidate of value.places) if (candidate.level !== 'province') doubtful.set(candidate.city, (doubtful.get(candidate.city) ?? new Set()).add(form));
        continue;
      }
      if (place.level !== 'province') cities.add(place.city);
      provinces.add(place.province);
    }
  }
  for (const [city, forms] of doubtful) {
    if (forms.size < 2) continue;
    cities.add(city);
  }
  return { cities, provinces };
}

/**
 * The one place a form names here. A form several places share (鼓楼区, 普陀),
 * or a county's bare short form, is read as the place whose city, else
 * province, the article names elsewhere, else the one in the paper's home
 * city, else home province; with none of these it names nothing.
 */
function resolveForm(form: PlaceForm, support: Support, home: HomeRegion, lexicon: Lexicon): GazetteerEntry | undefined {
  const [only] = form.places;
  if (only?.level === 'home-province') return lexicon.provinceEntries.get(home.province);
  if (only?.level === 'home-city') return home.city === undefined ? undefined : lexicon.cityEntries.get(home.city);
  if (only && form.places.length === 1 && !form.needsSupport) return only;
  const rank = (place: GazetteerEntry) =>
    support.cities.has(place.city) ? 4 : support.provinces.has(place.province) ? 3 : place.city === home.city ? 2 : place.province === home.province ? 1 : 0;
  let best: GazetteerEntry | undefined;
  for (const place of form.places) if (rank(place) > (best ? rank(best) : 0)) best = place;
  return best;
}

function resolveAll(matches: readonly Match<PlaceForm>[], resolve: (form: PlaceForm) => GazetteerEntry | undefined): Match<GazetteerEntry>[] {
  return matches.flatMap((match) => {
    const place = resolve(match.value);
    return place ? [{ form: match.form, value: place, index: match.index }] : [];
  });
}

/**
 * Townships no data row lists, found right after a county name (苍南县赤溪镇),
 * plus the bare stems (赤溪) of every township the article names in full.
 */
function articleForms(parts: readonly ScannedPart[], lexicon: Lexicon): Map<string, GazetteerEntry> {
  const forms = new Map<string, GazetteerEntry>();
  const named: GazetteerEntry[] = [];
  // The listed township of that name in the county's city, if any: 浬浦镇 after 三门县 is not 诸暨's 浬浦镇.
  const listed = (name: string, city: string) => lexicon.placeForms.forms.get(name)?.places.find((place) => place.township && place.city === city);
  for (const { text, places } of parts) {
    for (const match of places) {
      if (match.value.township) named.push(match.value);
      // Only the full county name: a bare short form runs into ordinary words (龙港针对乡镇…).
      if (match.value.level !== 'county' || match.form !== match.value.name) continue;
      const after = lexicon.townshipAtStart.exec(text.slice(match.index + match.form.length));
      if (!after) continue;
      const name = after[0];
      const known = listed(name, match.value.city) ?? forms.get(name);
      const entry: GazetteerEntry = known ?? { level: 'place', name, display: name, city: match.value.city, province: match.value.province, county: match.value.name, township: true };
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

/** Where the byline names its outlet or organisation: who reports, not where the story is. */
const REPORTER_PARTS: readonly Part[] = ['bylineOrg', 'outlet'];

function score(tally: Omit<Tally, 'score'>): number {
  const province = tally.entry.level === 'province';
  let total = 0;
  for (const [part, count] of tally.mentions) {
    // A provincial outlet (内蒙古新闻网, 浙江在线) reports from every city of its province: it makes no story province-wide.
    if (province && REPORTER_PARTS.includes(part)) continue;
    if (part === 'body' || part === 'heading') total += PLACE_BODY_WEIGHT * (1 + Math.log(count)) * (province ? PROVINCE_BODY_FACTOR : 1);
    else if (part === 'table') total += PLACE_TABLE_WEIGHT * (1 + Math.log(count));
    else total += PLACE_WEIGHT[part];
  }
  return total;
}

function tallyPlaces(parts: readonly TextPart[], lexicon: Lexicon, home: HomeRegion): Tally[] {
  const found = parts.map((part) => ({ ...part, matches: findForms(part.text, lexicon) }));
  const support = articleSupport(found);
  const resolve = (form: PlaceForm) => resolveForm(form, support, home, lexicon);
  const scanned = found.map(({ part, text, matches }) => ({ part, text, places: resolveAll(matches, resolve) }));
  const localForms = articleForms(scanned, lexicon);
  const local = dictionary(new Map([...localForms].map(([form, place]) => [form, { places: [place], needsSupport: false }])));
  const ownForms = [...localForms.keys()];
  const tallies = new Map<GazetteerEntry, Omit<Tally, 'score'>>();
  /** 我市 and the like: counted only when the article names no city of its own. */
  const homeCity = new Map<GazetteerEntry, Omit<Tally, 'score'>>();
  let order = 0;
  for (const { part, text, places } of scanned) {
    // A part holding none of the article's own forms reads the same with the gazetteer alone: no second scan.
    const holdsOwn = ownForms.some((form) => text.includes(form));
    const matches = holdsOwn ? resolveAll(findForms(text, lexicon, local), resolve) : places;
    for (const { value, form } of matches) {
      const deictic = lexicon.placeForms.forms.get(form)?.places[0]?.level === 'home-city';
      const into = deictic ? homeCity : tallies;
      const tally = into.get(value) ?? { entry: value, mentions: new Map<Part, number>(), order: order++ };
      tally.mentions.set(part, (tally.mentions.get(part) ?? 0) + 1);
      into.set(value, tally);
    }
  }
  const namesCity = [...tallies.keys()].some((entry) => entry.level !== 'province');
  const all = namesCity ? [...tallies.values()] : [...tallies.values(), ...homeCity.values()];
  return all.map((tally) => ({ ...tally, score: score(tally) })).sort((a, b) => b.score - a.score || a.order - b.order);
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
    const short = lexicon.countyEntries.get(countyKey(city, county))?.display ?? county;
    return { place: short, why: `county ${county} carries ${sum(countyTallies).toFixed(1)} of ${cityScore.toFixed(1)}` };
  }
  const zone = inCity.find((tally) => tally.entry.county === null && tally.entry.level === 'place');
  if (zone && zone.score >= ZONE_SHARE * cityScore) return { place: zone.entry.name, why: `${zone.entry.name} carries ${zone.score.toFixed(1)} of ${cityScore.toFixed(1)}` };
  return { place: city, why: 'no smaller place stands out' };
}

/** The byline as printed, less the dateline the dateline part already reads. */
function outletPart({ byline, dateline }: SegmentedArticle): TextPart[] {
  const outlet = dateline ? byline?.replace(dateline, '') : byline;
  return outlet ? [{ part: 'outlet', text: outlet }] : [];
}

export function locate(article: SegmentedArticle, lexicon: Lexicon, home: HomeRegion = { province: lexicon.defaultProvince }): Location {
  const tallies = tallyPlaces([...articleParts(article), ...outletPart(article)], lexicon, home);
  const found = tallies.map(describe);
  const provinces = new Map<string, number>();
  for (const tally of tallies) if (tally.entry.level === 'province') provinces.set(tally.entry.city, (provinces.get(tally.entry.city) ?? 0) + tally.score);
  const [province, provinceScore] = [...provinces].sort((a, b) => b[1] - a[1])[0] ?? [home.province, 0];

  const cities = new Map<string, { score: number; order: number }>();
  for (const tally of tallies) {
    if (tally.entry.level === 'province') continue;
    const city = cities.get(tally.entry.city) ?? { score: 0, order: tally.order };
    cities.set(tally.entry.city, { score: city.score + tally.score, order: Math.min(city.order, tally.order) });
  }
  const ranked = [...cities].sort((a, b) => b[1].score - a[1].score || a[1].order - b[1].order);
  const best = ranked[0];
  if (!best && provinceScore > 0) return { place: province, city: province, evidence: [`only the province is named (${provinceScore.toFixed(1)})`, ...found] };
  // A story that names no place is the paper's own: its city when the issue shows one.
  if (!best) return { place: home.city ?? province, city: home.city ?? province, evidence: ["no place named: the paper's home", ...found] };
  const [city, { score: bestScore }] = best;
  // On a tie the city, the more specific place, is the story's.
  if (provinceScore > bestScore) {
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
  const { place, why } = placeInCity(city, tallies, lexicon);
  return { place, city, evidence: [`city ${city} (${bestScore.toFixed(1)}); place ${place}: ${why}`, ...found] };
}
