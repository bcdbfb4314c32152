import type { APIContext } from 'astro';
import { t } from '../../../lib/site/i18n.ts';
import type { ThemeTopic } from '../../../lib/site/model.ts';
import { getSiteModel } from '../../../lib/site/queries.ts';
import { feedResponse } from '../../../lib/site/rss.ts';
import { paths } from '../../../lib/site/urls.ts';

export async function getStaticPaths() {
  const site = await getSiteModel();
  return site.themes.map((topic) => ({ params: { theme: topic.slug }, props: { topic } }));
}

export async function GET(context: APIContext<{ topic: ThemeTopic }>): Promise<Response> {
  const { topic } = context.props;
  return feedResponse({
    title: t('feed.themeTitle', { label: topic.label }),
    description: topic.theme.description || t('feed.themeDescription', { label: topic.label }),
    articles: topic.articles,
    site: context.site,
    pagePath: paths.theme(topic.slug),
  });
}
