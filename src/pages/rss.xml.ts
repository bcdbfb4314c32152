import type { APIContext } from 'astro';
import { t } from '../lib/site/i18n.ts';
import { siteIdentity } from '../lib/site/identity.ts';
import { getSiteModel } from '../lib/site/queries.ts';
import { feedResponse } from '../lib/site/rss.ts';

export async function GET(context: APIContext): Promise<Response> {
  const site = await getSiteModel();
  return feedResponse({ title: t('feed.title'), description: siteIdentity().description, articles: site.articles, site: context.site });
}
