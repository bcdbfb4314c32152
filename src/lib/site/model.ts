/**
 * The whole archive as the pages see it, built once from the two content
 * collections and the taxonomy: issues and articles in display order, each
 * article with its theme, city and author slugs, and the topic indexes.
 * Cross-file consistency that a per-file schema cannot check (an article's
 * issue exists and lists it) is checked here, naming the files at fault.
 */
import type { ArticleData, Author, IssueData } from './schema.ts';
import type { City, Taxonomy, Theme } from './taxonomy.ts';
import { authorSlugs, citySlug } from './slugs.ts';
import { isInferredDate } from '../types.ts';

/** The fields of a content-collection entry the model reads. */
export interface Entry<T> {
  id: string;
  data: T;
  filePath?: string | undefined;
  /** Astro's hash of the whole file (frontmatter and body). */
  digest?: string | number | undefined;
}

export interface AuthorView extends Author {
  slug: string;
}

export interface ArticleView {
  /** `<issueSlug>/<articleSlug>`: the collection id. */
  id: string;
  issueSlug: string;
  slug: string;
  file: string;
  /** Changes whenever the file does: the body is not kept in the model, only this. */
  digest: string;
  data: ArticleData;
  authors: AuthorView[];
  themeSlug: string;
  citySlug: string;
}

export interface IssueView {
  slug: string;
  file: string;
  data: IssueData;
  /** Anything but a printed header date is an inference. */
  dateInferred: boolean;
  /** In reading order. */
  articles: ArticleView[];
}

/** An issue without its article list: what a link to it or a page about one of its articles shows. */
export type IssueHead = Omit<IssueView, 'articles'>;

export function issueHead({ articles: _articles, ...head }: IssueView): IssueHead {
  return head;
}

export interface Topic {
  slug: string;
  label: string;
  /** Newest first. */
  articles: ArticleView[];
}

export interface ThemeTopic extends Topic {
  theme: Theme;
}

export interface CityTopic extends Topic {
  /** The gazetteer entry; absent for 浙江 and places outside the province. */
  city?: City;
}

export interface SiteModel {
  /** Newest first. */
  issues: IssueView[];
  /** Newest first; within an issue, in reading order. */
  articles: ArticleView[];
  /** Every theme of the taxonomy, in its order, even without articles. */
  themes: ThemeTopic[];
  /** The gazetteer's cities in its order, then other places by article count. */
  cities: CityTopic[];
  /** By slug (pinyin order). */
  authors: Topic[];
}

export class SiteContentError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`The content collections disagree with each other:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'SiteContentError';
    this.problems = problems;
  }
}

/** Issue slugs of one day (`2024-06-14`, `2024-06-14-2`) sort by their number. */
const compareSlugs = new Intl.Collator('en', { numeric: true }).compare;

function newestIssueFirst(a: Entry<IssueData>, b: Entry<IssueData>): number {
  return b.data.date.localeCompare(a.data.date) || compareSlugs(b.id, a.id);
}

function byCountThenLabel(a: Topic, b: Topic): number {
  return b.articles.length - a.articles.length || a.slug.localeCompare(b.slug);
}

export function buildSiteModel(
  issueEntries: readonly Entry<IssueData>[],
  articleEntries: readonly Entry<ArticleData>[],
  taxonomy: Taxonomy,
): SiteModel {
  const problems: string[] = [];
  const fileOf = (entry: Entry<unknown>, collection: string) => entry.filePath ?? `${collection}/${entry.id}.md`;

  const slugOfAuthor = authorSlugs(
    articleEntries.flatMap((entry) => entry.data.authors.map((author) => ({ name: author.name, date: entry.data.date }))),
  );
  const themeByLabel = new Map(taxonomy.themes.map((theme) => [theme.label, theme]));

  const articlesById = new Map<string, ArticleView>();
  for (const entry of articleEntries) {
    const file = fileOf(entry, 'articles');
    const expectedId = `${entry.data.issue}/${entry.data.slug}`;
    if (entry.id !== expectedId) {
      problems.push(`${file}: issue/slug in the frontmatter give "${expectedId}" but the file is at "${entry.id}"`);
    }
    articlesById.set(entry.id, {
      id: entry.id,
      issueSlug: entry.data.issue,
      slug: entry.data.slug,
      file,
      digest: String(entry.digest ?? ''),
      data: entry.data,
      authors: entry.data.authors.map((author) => ({ ...author, slug: slugOfAuthor.get(author.name) ?? 'author' })),
      themeSlug: themeByLabel.get(entry.data.theme)?.slug ?? 'theme',
      citySlug: citySlug(entry.data.city, taxonomy.cities),
    });
  }

  const listed = new Set<string>();
  const issues: IssueView[] = [...issueEntries].sort(newestIssueFirst).map((entry) => {
    const file = fileOf(entry, 'issues');
    const articles = entry.data.articles.flatMap((articleSlug) => {
      const id = `${entry.id}/${articleSlug}`;
      const article = articlesById.get(id);
      if (!article) {
        problems.push(`${file}: lists article "${articleSlug}" but there is no articles/${id}.md`);
        return [];
      }
      listed.add(id);
      return [article];
    });
    return { slug: entry.id, file, data: entry.data, dateInferred: isInferredDate(entry.data.dateSource), articles };
  });
  for (const article of articlesById.values()) {
    if (!listed.has(article.id)) {
      problems.push(`${article.file}: issue "${article.issueSlug}" does not list this article (no such issue, or missing from its \`articles\`)`);
    }
  }
  if (problems.length > 0) throw new SiteContentError(problems);

  const articles = issues.flatMap((issue) => issue.articles);

  const themes: ThemeTopic[] = taxonomy.themes.map((theme) => ({
    slug: theme.slug,
    label: theme.label,
    theme,
    articles: articles.filter((article) => article.data.theme === theme.label),
  }));

  const cityTopics = new Map<string, CityTopic>();
  for (const city of taxonomy.cities) cityTopics.set(city.slug, { slug: city.slug, label: city.short, city, articles: [] });
  const otherPlaces: CityTopic[] = [];
  for (const article of articles) {
    let topic = cityTopics.get(article.citySlug);
    if (!topic) {
      topic = { slug: article.citySlug, label: article.data.city, articles: [] };
      cityTopics.set(topic.slug, topic);
      otherPlaces.push(topic);
    }
    topic.articles.push(article);
  }
  const cities = [
    ...taxonomy.cities.flatMap((city) => cityTopics.get(city.slug) ?? []),
    ...otherPlaces.sort(byCountThenLabel),
  ];

  const authorTopics = new Map<string, Topic>();
  for (const article of articles) {
    for (const author of article.authors) {
      const topic = authorTopics.get(author.slug) ?? { slug: author.slug, label: author.name, articles: [] };
      // An author named twice in one byline is listed once; repeats are adjacent, so checking the last suffices.
      if (topic.articles.at(-1) !== article) topic.articles.push(article);
      authorTopics.set(author.slug, topic);
    }
  }
  const authors = [...authorTopics.values()].sort((a, b) => a.slug.localeCompare(b.slug));

  return { issues, articles, themes, cities, authors };
}
