import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { DataFileError } from '../../data-files/index.ts';
import { buildLexicon, lexiconProblems, loadLexicon, readLexiconSources, type LexiconSources } from './index.ts';

const DATA_DIR = fileURLToPath(new URL('../../../data/', import.meta.url));
const real = readLexiconSources(DATA_DIR);

type FileKey = Exclude<keyof LexiconSources, 'divisions'>;

/** The real data with one file's text edited. */
function withFile(key: FileKey, edit: (text: string) => string): LexiconSources {
  return { ...real, [key]: { ...real[key], text: edit(real[key].text) } };
}

/** The places a form may name, as `city:official name`. */
function named(lexicon: ReturnType<typeof loadLexicon>, form: string): string[] {
  return lexicon.placeForms.forms.get(form)?.places.map((place) => `${place.city}:${place.name}`) ?? [];
}

function failure(sources: LexiconSources): DataFileError {
  try {
    buildLexicon(sources);
  } catch (error) {
    if (error instanceof DataFileError) return error;
    throw error;
  }
  throw new Error('expected a DataFileError');
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

describe('the shipped data', () => {
  const lexicon = loadLexicon(DATA_DIR);

  // The provinces and cities are the place directory's: src/places/places.test.ts.
  it("carries the place directory's cities, and cities.tsv's province as the default home", () => {
    expect(lexicon.cities.find((city) => city.short === '温州')?.slug).toBe('wenzhou');
    expect(lexicon.provinces).toHaveLength(31);
    expect(lexicon.defaultProvince).toBe('浙江');
  });

  it('matches county short forms bare only when one division has them and they are no common word', () => {
    expect(named(lexicon, '即墨')).toEqual(['青岛:即墨区']);
    expect(named(lexicon, '涡阳')).toEqual(['亳州:涡阳县']);
    expect(lexicon.placeForms.forms.get('涡阳')?.needsSupport).toBe(true);
    expect(named(lexicon, '湘西州')).toEqual(['湘西:湘西土家族苗族自治州']);
    for (const form of ['东区', '城区', '新区', '郊区', '矿区', '城关', '公安', '和平', '鼓楼']) expect(lexicon.placeForms.forms.has(form), form).toBe(false);
    expect(named(lexicon, '鼓楼区').sort()).toEqual(['南京:鼓楼区', '开封:鼓楼区', '徐州:鼓楼区', '福州:鼓楼区'].sort());
    expect(named(lexicon, '公安县')).toEqual(['荆州:公安县']);
    // A vetted Zhejiang alias also names its namesakes elsewhere, for the locator to choose.
    expect(named(lexicon, '普陀')).toEqual(['舟山:普陀区', '上海:普陀区']);
    expect(lexicon.placeForms.forms.get('新乡贤')?.places).toEqual([]);
  });

  it("has Zhejiang's 90 county-level divisions from counties.tsv: 37 districts, 20 cities, 32 counties, 1 autonomous county", () => {
    const kinds = new Map<string, number>();
    const zhejiang = lexicon.counties.filter((county) => county.province === '浙江');
    for (const county of zhejiang) kinds.set(county.kind, (kinds.get(county.kind) ?? 0) + 1);
    expect(zhejiang).toHaveLength(90);
    expect(Object.fromEntries(kinds)).toEqual({ district: 37, 'county-city': 20, county: 32, 'autonomous-county': 1 });
    expect(lexicon.counties.find((county) => county.short === '龙港')?.city).toBe('温州');
    expect(lexicon.counties.find((county) => county.short === '桐乡')?.city).toBe('嘉兴');
    expect(lexicon.counties.filter((county) => county.city === '舟山').map((county) => county.short)).toEqual(['定海', '普陀', '岱山', '嵊泗']);
  });

  it('does not match ambiguous bare short forms', () => {
    for (const form of ['江北', '滨江', '钱塘', '江山', '路桥', '天台', '临海', '三门', '南湖', '定海']) expect(lexicon.placeForms.forms.has(form)).toBe(false);
    expect(named(lexicon, '义乌')).toEqual(['金华:义乌市']);
    expect(lexicon.placeForms.forms.get('我省')?.places[0]?.level).toBe('home-province');
    expect(lexicon.placeForms.forms.get('全市')?.places[0]?.level).toBe('home-city');
  });

  it('has the ten themes in order, with their slugs', () => {
    expect(lexicon.themes.map((theme) => `${theme.label}:${theme.slug}`)).toEqual([
      '生态环保:ecology', '党建廉政:party', '基层治理:governance', '经济营商:economy', '乡村振兴:rural',
      '劳动社保:labor', '交通建设:transport', '文化旅游:culture', '科技人才:talent', '城市建设:urban',
    ]);
    expect(lexicon.themes.find((theme) => theme.slug === 'labor')?.label).toBe('劳动社保');
    expect(lexicon.themes.find((theme) => theme.label === '生态环保')?.terms.length).toBeGreaterThan(10);
    expect(lexicon.fallbackTheme).toBe('基层治理');
    expect(lexicon.firmSuffixes.slice(0, 2)).toEqual(['股份有限公司', '有限责任公司']);
  });

  it('reports no problems', () => {
    expect(lexiconProblems(real)).toEqual([]);
  });
});

describe('a bad data file fails with file:line and the reason', () => {
  it('a county in an unknown city', () => {
    const sources = withFile('counties', (text) => text.replace('义乌市\t义乌\t金华', '义乌市\t义乌\t金化'));
    const error = failure(sources);
    expect(error.file).toBe(real.counties.file);
    expect(error.line).toBe(lineOf(sources.counties.text, '义乌市'));
    expect(error.message).toMatch(/unknown city "金化"/);
  });

  it('an unknown county kind', () => {
    expect(failure(withFile('counties', (text) => text.replace('龙港市\t龙港\t温州\tcounty-city', '龙港市\t龙港\t温州\tcity'))).message).toMatch(/unknown kind "city"/);
  });

  it('a missing column', () => {
    expect(failure(withFile('counties', (text) => text.replace('name\tshort\tcity\tkind\taliases', 'name\tshort\tkind\taliases'))).message).toMatch(/header lacks column\(s\) city/);
  });

  it('a curated county the package does not know', () => {
    const sources = withFile('counties', (text) => text.replace('玉环市\t玉环\t台州', '玉还市\t玉环\t台州'));
    expect(failure(sources).message).toMatch(/"玉还市" is not a county of 台州/);
  });

  it('a home form that refers to neither province nor city', () => {
    expect(failure(withFile('homeForms', (text) => text.replace('我市\tcity', '我市\tcounty'))).message).toMatch(/unknown reference "county"/);
  });

  it('a form that would name two places', () => {
    const sources = withFile('counties', (text) => text.replace('普陀区\t普陀\t舟山\tdistrict\t普陀', '普陀区\t普陀\t舟山\tdistrict\t普陀,义乌'));
    expect(failure(sources).message).toMatch(/"义乌" would name both/);
  });

  it('a place whose county lies in another city', () => {
    const sources = withFile('places', (text) => text.replace('店口镇\t诸暨市\t绍兴', '店口镇\t诸暨市\t杭州'));
    const error = failure(sources);
    expect(error.file).toBe(real.places.file);
    expect(error.line).toBe(lineOf(sources.places.text, '店口镇\t'));
    expect(error.message).toMatch(/county "诸暨市" lies in 绍兴, not 杭州/);
  });

  it('broken YAML, at its line', () => {
    const sources = withFile('themes', (text) => text.replace('      排污权: 3', '      排污权: [3'));
    const error = failure(sources);
    expect(error.file).toBe(real.themes.file);
    expect(error.message).toMatch(/invalid YAML/);
    expect(error.line).toBeGreaterThanOrEqual(lineOf(sources.themes.text, '排污权'));
  });

  it('a term weight that is not a positive number', () => {
    const sources = withFile('themes', (text) => text.replace('      排污权: 3', '      排污权: heavy'));
    const error = failure(sources);
    expect(error.line).toBe(lineOf(sources.themes.text, '排污权: heavy'));
    expect(error.message).toMatch(/weight of "排污权" must be a positive number/);
  });

  it('a cue term listed under two themes', () => {
    const sources = withFile('themes', (text) => text.replace('      民宿: 3', '      排污权: 3'));
    expect(failure(sources).message).toMatch(/duplicate cue term "排污权"/);
  });

  it('a duplicate theme slug', () => {
    expect(failure(withFile('themes', (text) => text.replace('slug: urban', 'slug: ecology'))).message).toMatch(/duplicate theme slug "ecology"/);
  });

  it('a fallback that is no theme', () => {
    expect(failure(withFile('themes', (text) => text.replace('fallback: governance', 'fallback: sports'))).message).toMatch(/"fallback" must be the slug of one of the themes/);
  });

  it('a neutral word that is also a cue term', () => {
    expect(failure(withFile('themes', (text) => text.replace('neutral: [利用,', 'neutral: [民宿, 利用,'))).message).toMatch(/neutral word "民宿" is also a cue term/);
  });

  it('a firm-suffix list that is missing', () => {
    expect(failure(withFile('themes', (text) => text.replace(/^firm_suffixes:.*$/m, ''))).message).toMatch(/"firm_suffixes" must be a non-empty list/);
  });

  it('a date-cue list that is missing', () => {
    expect(failure(withFile('dates', (text) => text.replace(/^future:.*$/m, ''))).message).toMatch(/"future" must be a non-empty list/);
  });

  it('collects problems of several files at once', () => {
    const sources = { ...withFile('cities', (text) => text.replace('jiaxing', 'huzhou')), themes: withFile('themes', (text) => text.replace('slug: urban', 'slug: ecology')).themes };
    const problems = lexiconProblems(sources);
    expect(problems.map((problem) => problem.file)).toEqual([real.cities.file, real.themes.file]);
  });
});
