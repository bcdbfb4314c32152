import type { APIContext } from 'astro';
import { t } from '../../../lib/site/i18n.ts';
import type { CityTopic } from '../../../lib/site/model.ts';
import { getSiteModel } from '../../../lib/site/queries.ts';
import { feedResponse } from '../../../lib/site/rss.ts';
import { paths } from '../../../lib/site/urls.ts';

export async function getStaticPaths() {
  const site = await getSiteModel();
  return site.cities.map((topic) => ({ params: { city: topic.slug }, props: { topic } }));
}

export async function GET(context: APIContext<{ topic: CityTopic }>): Promise<Response> {
  const { topic } = context.props;
  const label = topic.city?.name ?? topic.label;
  return feedResponse({
    title: t('feed.cityTitle', { label }),
    description: t('feed.cityDescription', { label }),
    articles: topic.articles,
    site: context.site,
    pagePath: paths.city(topic.slug),
  });
}
