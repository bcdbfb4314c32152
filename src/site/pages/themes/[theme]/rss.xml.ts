import type { APIContext } from 'astro';
import { cacheKeyOf } from '../../../lib/cache-key.ts';
import { FEED_LIMIT } from '../../../lib/feed.ts';
import { t } from '../../../lib/i18n.ts';
import { getSiteModel } from '../../../lib/queries.ts';
import { feedResponse, type FeedOptions } from '../../../lib/rss.ts';
import { paths } from '../../../lib/urls.ts';

type Props = Omit<FeedOptions, 'site'>;

export async function getStaticPaths() {
  const site = await getSiteModel();
  return site.themes.map((topic) => {
    const props: Props = {
      title: t('feed.themeTitle', { label: topic.label }),
      description: topic.theme.description || t('feed.themeDescription', { label: topic.label }),
      articles: topic.articles.slice(0, FEED_LIMIT),
      pagePath: paths.theme(topic.slug),
    };
    return { params: { theme: topic.slug }, props, cacheKey: cacheKeyOf(props) };
  });
}

export function GET(context: APIContext<Props>): Promise<Response> {
  return feedResponse({ ...context.props, site: context.site });
}
