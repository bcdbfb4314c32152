/**
 * The home region of an issue: the province and city of the paper, which
 * 我省 and 我市 name and which settles a form several places share (鼓楼区,
 * 普陀). Read from the whole issue, strongest evidence first:
 *
 * - the masthead, when the paper's name holds a place or a region's literary
 *   name (潮州日报 → 潮州, 齐鲁晚报 → 山东);
 * - outlets and datelines in the bylines (天门日报讯, 本报曲阜讯, 浙江在线…讯),
 *   one vote per article;
 * - where the articles are, located on their own evidence alone, one vote each.
 *
 * A province (city) is home when it holds more than half (at least half) of
 * the votes: a regional page mixing two provinces' papers has no home city.
 */
import { longestMatches, type GazetteerEntry, type Lexicon } from '../lexicon/index.ts';
import type { IssueHeader, SegmentedArticle } from '../types.ts';
import { HOME_CITY_SHARE, HOME_PROVINCE_SHARE } from './weights.ts';
import { locate, type HomeRegion } from './locate.ts';

export interface HomeEvidence extends HomeRegion {
  /** Why: the masthead's place, or the votes. */
  evidence: string[];
}

/**
 * The places a short text (masthead, byline) names without doubt. A county's
 * bare short form counts where it names an outlet (晋江新闻网, 即墨日报: the
 * place followed by an outlet word), and at the head of a masthead: a paper is
 * named place first (即墨日报, 潮州日报), while inside its name a county's form is
 * only a piece of a word (北方城事 holds 方城); elsewhere in a byline it may be
 * part of a person's name.
 */
function namedPlaces(text: string, lexicon: Lexicon, masthead = false): GazetteerEntry[] {
  return longestMatches(text, lexicon.placeForms).flatMap(({ value, form, index }) => {
    const [place] = value.places;
    if (value.places.length !== 1 || !place || place.level.startsWith('home')) return [];
    const outlet = (masthead && index === 0) || lexicon.outletWords.some((word) => text.startsWith(word, index + form.length));
    return !value.needsSupport || outlet ? [place] : [];
  });
}

/**
 * The home a masthead names (潮州日报, 齐鲁晚报, 八婺新闻): its places and
 * literary region names, when they agree on one province; the city too when
 * they agree on one city. A masthead naming two cities of one province
 * (宁波舟山港报) gives the province; one naming two provinces (荆楚江淮报), none.
 */
function mastheadHome(paper: string, lexicon: Lexicon): HomeEvidence | undefined {
  const places = [...namedPlaces(paper, lexicon, true), ...longestMatches(paper, lexicon.regionNames).map((match) => match.value)];
  const provinces = new Set(places.map((place) => place.province));
  const [province] = provinces;
  if (provinces.size !== 1 || province === undefined) return undefined;
  const cities = new Set(places.map((place) => (place.level === 'province' ? '' : place.city)));
  const [city] = cities;
  const evidence = [`masthead ${paper}`];
  return cities.size === 1 && city ? { province, city, evidence } : { province, evidence };
}

function winner(votes: readonly string[], share: number, strictly: boolean): string | undefined {
  const counts = new Map<string, number>();
  for (const vote of votes) counts.set(vote, (counts.get(vote) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!best) return undefined;
  const needed = share * votes.length;
  return best[1] > needed || (!strictly && best[1] === needed) ? best[0] : undefined;
}

/**
 * The home of one article: the outlet its byline names (天门日报讯, 莆田晚报记者)
 * when it names one, since a page may reprint other papers' stories; else the
 * issue's.
 */
export function articleHome(article: SegmentedArticle, issueHome: HomeRegion, lexicon: Lexicon): HomeRegion {
  const [outlet] = namedPlaces([article.byline, article.dateline].filter(Boolean).join(' '), lexicon);
  if (!outlet) return issueHome;
  return outlet.level === 'province' ? { province: outlet.province } : { province: outlet.province, city: outlet.city };
}

export function homeRegion(articles: readonly SegmentedArticle[], header: IssueHeader, lexicon: Lexicon): HomeEvidence {
  const masthead = mastheadHome(header.paper ?? '', lexicon);
  if (masthead?.city !== undefined) return masthead;

  const provinceVotes: string[] = [];
  const cityVotes: string[] = [];
  for (const article of articles) {
    const [outlet] = namedPlaces([article.byline, article.dateline].filter(Boolean).join(' '), lexicon);
    if (outlet) {
      provinceVotes.push(outlet.province);
      if (outlet.level !== 'province') cityVotes.push(outlet.city);
    }
    // On its own evidence: no home to lean on yet, so 我省 and shared forms count for nothing.
    const { city } = locate(article, lexicon, { province: '' });
    const province = lexicon.provinceEntries.get(city)?.province ?? lexicon.cityEntries.get(city)?.province;
    if (province) provinceVotes.push(province);
    if (lexicon.cityEntries.has(city)) cityVotes.push(city);
  }
  // A masthead naming only the province (齐鲁晚报) leaves the votes to say whether the paper is a city's.
  const province = masthead?.province ?? winner(provinceVotes, HOME_PROVINCE_SHARE, true);
  const city = province === undefined ? undefined : winner(cityVotes, HOME_CITY_SHARE, false);
  const tally = `${masthead ? `${masthead.evidence.join()}, ` : ''}${provinceVotes.length} province votes, ${cityVotes.length} city votes`;
  if (province === undefined) return { province: lexicon.defaultProvince, evidence: [`no province holds most of ${tally}: the default ${lexicon.defaultProvince}`] };
  const inProvince = city !== undefined && lexicon.cityEntries.get(city)?.province === province ? city : undefined;
  return inProvince === undefined ? { province, evidence: [`${province} from ${tally}`] } : { province, city: inProvince, evidence: [`${inProvince}, ${province} from ${tally}`] };
}
