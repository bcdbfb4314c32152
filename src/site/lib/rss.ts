/**
 * An RSS response for a list of articles (site feed, theme and city feeds).
 * The channel link is the real home page, base included.
 */
import rss from '@astrojs/rss';
import { absoluteUrl } from './base.ts';
import { articleFeedItem, FEED_LIMIT, FEED_NAMESPACES } from './feed.ts';
import type { ArticleView } from './model.ts';
import { articleHtml } from './queries.ts';
import { paths } from './urls.ts';

export interface FeedOptions {
  title: string;
  description: string;
  /** Newest first; only the first FEED_LIMIT are sent. */
  articles: readonly ArticleView[];
  site: URL | undefined;
  /** Where the feed's subject lives on the site (home, a theme page…). */
  pagePath?: string;
}

export async function feedResponse({ title, description, articles, site, pagePath = paths.home }: FeedOptions): Promise<Response> {
  if (!site) throw new Error('Feeds need absolute URLs: set `site` (SITE_URL) in astro.config.mjs');
  const context = { site, base: import.meta.env.BASE_URL };
  const items = await Promise.all(
    articles.slice(0, FEED_LIMIT).map(async (article) => articleFeedItem(article, await articleHtml(article), context)),
  );
  return rss({
    title,
    description,
    site: absoluteUrl(pagePath, site),
    xmlns: FEED_NAMESPACES,
    customData: '<language>zh-cn</language>',
    trailingSlash: true,
    items,
  });
}
