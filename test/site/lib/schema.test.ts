import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { articleSchema, issueSchema } from '../../../src/site/lib/schema.ts';
import { loadTaxonomy } from '../../../src/site/lib/taxonomy.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/site-content');
const frontmatter = (file: string) => parseYaml(readFileSync(join(FIXTURES, file), 'utf8').split(/^---$/m)[1] ?? '') as Record<string, unknown>;
const schema = articleSchema(['生态环保', '科技人才', '劳动社保']);

describe('content schemas', () => {
  it('accept the fixture issue and article, with defaults filled in', () => {
    const parsedIssue = issueSchema.parse(frontmatter('issues/2023-09-05.md'));
    expect(parsedIssue).toMatchObject({ date: '2023-09-05', dateSource: 'dateline', articleCount: 3 });
    const parsed = schema.parse(frontmatter('articles/2023-09-05/zhe-jiang-gong-jiang-xue-yuan-zai-hang.md'));
    expect(parsed.authors[1]).toEqual({ name: '慕荣雪', role: '通讯员' });
    expect(parsed.captions[0]?.credit).toBe('拍友 蒋友青 摄');
  });

  it('take a YAML timestamp back to the day it names', () => {
    const data = { ...frontmatter('issues/2023-09-05.md'), date: new Date('2023-09-05T00:00:00Z') };
    expect(issueSchema.parse(data).date).toBe('2023-09-05');
  });

  it('name the field at fault', () => {
    const bad = schema.safeParse({ ...frontmatter('articles/2023-09-05/zhe-jiang-gong-jiang-xue-yuan-zai-hang.md'), theme: '体育', date: '2023-02-30' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['date', 'theme']);
    const count = issueSchema.safeParse({ ...frontmatter('issues/2023-09-05.md'), articleCount: 2 });
    expect(count.error?.issues[0]?.path).toEqual(['articleCount']);
  });
});

describe('caption schema', () => {
  it('takes a photo printed with only its credit, but not an empty caption', async () => {
    const { captionSchema } = await import('../../../src/site/lib/schema.ts');
    expect(captionSchema.parse({ text: '', credit: '本报记者 徐欣越 摄' })).toEqual({ text: '', credit: '本报记者 徐欣越 摄' });
    expect(captionSchema.safeParse({ text: '' }).error?.issues[0]?.path).toEqual(['text']);
  });
});

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
