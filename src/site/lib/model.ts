/**
 * The whole archive as the pages see it, built once from the two content
 * collections and the taxonomy: issues and articles in display order, each
 * article with its theme, city and author slugs, and the topic indexes.
 * Cross-file consistency that a per-file schema cannot check (an article's
 * issue exists and lists it) is checked here, naming the files at fault.
 */
import type { ArticleData, Author, IssueData } from '../../contract/schema.ts';
import type { City, Taxonomy, Theme } from './taxonomy.ts';
import { authorSlugs, cityIndex, citySlug } from './slugs.ts';
import { isInferredDate, isYearOnlyDate } from '../../contract/date.ts';

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
  /** Anything but a printed or corrected date is an inference (the contract's isInferredDate). */
  dateInferred: boolean;
  /** Only the year of the date is known: pages print just the year, and no weekday. */
  yearOnly: boolean;
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
  /** The gazetteer city; absent for a province-wide topic (浙江) or a place the gazetteer lacks. */
  city?: City;
  /** Short name of its province (itself for 浙江); empty when unknown. */
  province: string;
}

/** The city topics of one province, for the cities page. */
export interface ProvinceGroup {
  /** Short name; empty for places of no known province. */
  province: string;
  /** Its stories as a whole (浙江), when there are any. */
  wide?: CityTopic;
  /** Its cities: every tiled one (with or without articles), then the others that have articles. */
  cities: CityTopic[];
  /** Whether cities.tsv draws this province as a tile map. */
  tiled: boolean;
}

export interface SiteModel {
  /** Newest first. */
  issues: IssueView[];
  /** Newest first; within an issue, in reading order. */
  articles: ArticleView[];
  /** Every theme of the taxonomy, in its order, even without articles. */
  themes: ThemeTopic[];
  /** The tiled cities in cities.tsv's order, then other cities and provinces by article count. */
  cities: CityTopic[];
  /** The city topics by province, of provinces with articles: tiled ones first, then by article count; unknown places last. */
  provinces: ProvinceGroup[];
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
  const cities = cityIndex(taxonomy.cities);

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
      citySlug: citySlug(entry.data.city, cities),
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
    return { slug: entry.id, file, data: entry.data, dateInferred: isInferredDate(entry.data.dateSource), yearOnly: isYearOnlyDate(entry.data.dateSource), articles };
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

  const cityTopics = cityTopicsOf(articles, taxonomy, cities);

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

  return { issues, articles, themes, cities: cityTopics, provinces: provinceGroups(cityTopics), authors };
}

/** A topic for every tiled city, even without articles (the tile map shows them all), and for every other place an article names. */
function cityTopicsOf(articles: readonly ArticleView[], taxonomy: Taxonomy, cities: ReadonlyMap<string, City>): CityTopic[] {
  const provinces = new Set(taxonomy.provinces.map((province) => province.short));
  const tiled = taxonomy.cities.filter((city) => city.tile).map((city): CityTopic => ({ slug: city.slug, label: city.short, city, province: city.province, articles: [] }));
  const topics = new Map(tiled.map((topic) => [topic.slug, topic]));
  const others: CityTopic[] = [];
  for (const article of articles) {
    let topic = topics.get(article.citySlug);
    if (!topic) {
      const city = cities.get(article.data.city);
      const province = city?.province ?? (provinces.has(article.data.city) ? article.data.city : '');
      topic = { slug: article.citySlug, label: article.data.city, province, articles: [], ...(city ? { city } : {}) };
      topics.set(topic.slug, topic);
      others.push(topic);
    }
    topic.articles.push(article);
  }
  return [...tiled, ...others.sort(byCountThenLabel)];
}

const articleCount = (group: ProvinceGroup) => (group.wide?.articles.length ?? 0) + group.cities.reduce((total, topic) => total + topic.articles.length, 0);

function provinceGroups(topics: readonly CityTopic[]): ProvinceGroup[] {
  const groups = new Map<string, ProvinceGroup>();
  for (const topic of topics) {
    const group = groups.get(topic.province) ?? { province: topic.province, cities: [], tiled: false };
    if (topic.city || !topic.province) group.cities.push(topic);
    else group.wide = topic;
    group.tiled ||= Boolean(topic.city?.tile);
    groups.set(topic.province, group);
  }
  // A tiled province with no article yet is no region of this digest: its map would be all empty tiles.
  const known = [...groups.values()].filter((group) => group.province !== '' && articleCount(group) > 0);
  const byCount = (a: ProvinceGroup, b: ProvinceGroup) => articleCount(b) - articleCount(a) || a.province.localeCompare(b.province, 'zh');
  // Tiled provinces keep the order of cities.tsv, which their topics come in.
  return [...known.filter((group) => group.tiled), ...known.filter((group) => !group.tiled).sort(byCount), ...[groups.get('') ?? []].flat()];
}
