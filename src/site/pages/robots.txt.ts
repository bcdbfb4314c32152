import type { APIContext } from 'astro';
import { absoluteUrl } from '../lib/base.ts';
import { paths } from '../lib/urls.ts';

export function GET(context: APIContext): Response {
  const sitemap = context.site ? `Sitemap: ${absoluteUrl(paths.sitemap, context.site)}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
