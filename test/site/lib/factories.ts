/** Small hand-built collection entries for the site model's tests. */
import type { Entry } from '../../../src/lib/site/model.ts';
import type { ArticleData, IssueData } from '../../../src/lib/site/schema.ts';
import type { Taxonomy } from '../../../src/lib/site/taxonomy.ts';

export const taxonomy: Taxonomy = {
  themes: [
    { label: '生态环保', slug: 'ecology', description: '', terms: [{ term: '排污权', weight: 1 }] },
    { label: '基层治理', slug: 'governance', description: '', terms: [] },
  ],
  cities: [
    { short: '湖州', name: '湖州市', slug: 'huzhou', row: 1, col: 2 },
    { short: '温州', name: '温州市', slug: 'wenzhou', row: 4, col: 3 },
  ],
};

export function issue(slug: string, date: string, articles: string[], extra: Partial<IssueData> = {}): Entry<IssueData> {
  return {
    id: slug,
    data: { title: slug, date, dateSource: 'header', dateEvidence: '', source: 'x.txt', articleCount: articles.length, articles, ...extra },
  };
}

export function article(issueSlug: string, slug: string, extra: Partial<ArticleData> = {}): Entry<ArticleData> {
  return {
    id: `${issueSlug}/${slug}`,
    digest: `digest-${issueSlug}/${slug}`,
    data: {
      title: slug,
      titleGenerated: false,
      authors: [],
      city: '湖州',
      place: '湖州',
      theme: '生态环保',
      themeTerms: [],
      tags: [],
      issue: issueSlug,
      order: 1,
      date: issueSlug.slice(0, 10),
      dateInferred: false,
      summary: '',
      source: 'x.txt',
      captions: [],
      slug,
      ...extra,
    },
  };
}
