import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { articleSchema, captionSchema, issueSchema } from './schema.ts';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/site-content');
const frontmatter = (file: string) => parseYaml(readFileSync(join(FIXTURES, file), 'utf8').split(/^---$/m)[1] ?? '') as Record<string, unknown>;
const schema = articleSchema(['生态环保', '科技人才', '劳动社保']);
const ARTICLE = 'articles/2023-09-05/zhe-jiang-gong-jiang-xue-yuan-zai-hang.md';

describe('content schemas', () => {
  it('accept the fixture issue and article, with defaults filled in', () => {
    const parsedIssue = issueSchema.parse(frontmatter('issues/2023-09-05.md'));
    expect(parsedIssue).toMatchObject({ date: '2023-09-05', dateSource: 'dateline', articleCount: 3 });
    const parsed = schema.parse(frontmatter(ARTICLE));
    expect(parsed.authors[1]).toEqual({ name: '慕荣雪', role: '通讯员' });
    expect(parsed.captions[0]?.credit).toBe('拍友 蒋友青 摄');
    expect(parsed.titleGenerated).toBe(false);
  });

  it('take a YAML 1.1 timestamp (Astro reads frontmatter so) back to the day it names', () => {
    const data = { ...frontmatter('issues/2023-09-05.md'), date: new Date('2023-09-05T00:00:00Z') };
    expect(issueSchema.parse(data).date).toBe('2023-09-05');
  });

  it('name the field at fault', () => {
    const bad = schema.safeParse({ ...frontmatter(ARTICLE), theme: '体育', date: '2023-02-30' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['date', 'theme']);
    const count = issueSchema.safeParse({ ...frontmatter('issues/2023-09-05.md'), articleCount: 2 });
    expect(count.error?.issues[0]?.path).toEqual(['articleCount']);
    expect(issueSchema.safeParse({ ...frontmatter('issues/2023-09-05.md'), dateSource: 'guess' }).error?.issues[0]?.path).toEqual(['dateSource']);
  });

  it('read a page label YAML took for a number as the label printed', () => {
    expect(schema.parse({ ...frontmatter(ARTICLE), page: 7 }).page).toBe('7');
  });
});

describe('caption schema', () => {
  it('takes a photo printed with only its credit, but not an empty caption', () => {
    expect(captionSchema.parse({ text: '', credit: '本报记者 徐欣越 摄' })).toEqual({ text: '', credit: '本报记者 徐欣越 摄' });
    expect(captionSchema.safeParse({ text: '' }).error?.issues[0]?.path).toEqual(['text']);
  });
});
