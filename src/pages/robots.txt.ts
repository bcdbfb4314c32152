import type { APIContext } from 'astro';
import { absoluteUrl } from '../lib/site/base.ts';
import { paths } from '../lib/site/urls.ts';

export function GET(context: APIContext): Response {
  const sitemap = context.site ? `Sitemap: ${absoluteUrl(paths.sitemap, context.site)}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
