import type { APIContext } from 'astro';
import { t } from '../lib/site/i18n.ts';
import { siteIdentity } from '../lib/site/identity.ts';
import { getSiteModel } from '../lib/site/queries.ts';
import { feedResponse } from '../lib/site/rss.ts';

export async function GET(context: APIContext): Promise<Response> {
  const site = await getSiteModel();
  const identity = siteIdentity();
  return feedResponse({ title: t('feed.title', { name: identity.name }), description: identity.description, articles: site.articles, site: context.site });
}
