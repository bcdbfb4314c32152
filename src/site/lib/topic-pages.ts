/**
 * getStaticPaths entries for paginated topic listings (themes, cities,
 * authors). Each page gets only what it shows (the topic's heading, its size,
 * its own articles), never the topic's whole list, so the props stay small and
 * their hash is the page's cache key.
 */
import { cacheKeyOf } from './cache-key.ts';
import type { ArticleView, Topic } from './model.ts';
import { paginate, pageParam, type Page } from './paginate.ts';

export interface TopicPageProps<Head> {
  /** What the page says about the topic (label, description…). */
  head: Head;
  /** Articles in the whole topic. */
  total: number;
  page: Page<ArticleView>;
}

export interface TopicPagePath<Head> {
  params: Record<string, string | undefined>;
  props: TopicPageProps<Head>;
  cacheKey: string;
}

/** Every page of every topic; `param` is the route's topic parameter (`[theme]`, `[city]`, `[author]`). */
export function topicPagePaths<T extends Topic, Head>(topics: readonly T[], param: string, headOf: (topic: T) => Head): TopicPagePath<Head>[] {
  return topics.flatMap((topic) => {
    const head = headOf(topic);
    return paginate(topic.articles).map((page) => {
      const props = { head, total: topic.articles.length, page };
      return { params: { [param]: topic.slug, page: pageParam(page.number) }, props, cacheKey: cacheKeyOf(props) };
    });
  });
}
