import type { APIContext } from 'astro';
import { t } from '../lib/i18n.ts';
import { siteIdentity } from '../lib/identity.ts';
import { getSiteModel } from '../lib/queries.ts';
import { feedResponse } from '../lib/rss.ts';

export async function GET(context: APIContext): Promise<Response> {
  const site = await getSiteModel();
  return feedResponse({ title: t('feed.title'), description: siteIdentity().description, articles: site.articles, site: context.site });
}
