import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../../src/site/lib/taxonomy.ts';

describe('taxonomy data', () => {
  it('loads the project files: ten themes, the provinces, and every city, eleven of them tiled', () => {
    const { themes, provinces, cities } = loadTaxonomy();
    expect(themes).toHaveLength(10);
    expect(themes.map((theme) => theme.slug)).toContain('ecology');
    expect(provinces).toHaveLength(31);
    expect(cities.filter((city) => city.tile)).toHaveLength(11);
    expect(cities.find((city) => city.short === '杭州')).toMatchObject({ slug: 'hangzhou', province: '浙江', tile: { row: 2, col: 2 } });
    expect(cities.find((city) => city.short === '天门')).toMatchObject({ slug: 'tianmen', province: '湖北' });
    expect(cities.find((city) => city.short === '湘西')).toMatchObject({ name: '湘西土家族苗族自治州', slug: 'xiangxi', province: '湖南' });
  });
});
