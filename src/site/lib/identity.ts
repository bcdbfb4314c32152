/**
 * The site's name, tagline and description: configuration, not content. Each
 * comes from its build environment variable, else the default UI string
 * (src/site/i18n; UI strings name the site as `{site}`), so
 * one code base publishes any paper or region's digest:
 *
 *   SITE_NAME=潮州日报文摘 SITE_TAGLINE=潮州本地新闻 npm run build
 */
import strings from '../i18n/zh-CN.json' with { type: 'json' };

export interface SiteIdentity {
  /** 报摘 */
  name: string;
  /** Digest: the Latin form beside the name; empty to show none. */
  nameLatin: string;
  tagline: string;
  /** The default meta description and site feed description. */
  description: string;
}

export function siteIdentity(env: Readonly<Record<string, string | undefined>> = process.env): SiteIdentity {
  const setting = (name: string, fallback: string) => env[name]?.trim() || fallback;
  return {
    name: setting('SITE_NAME', strings['site.name']),
    nameLatin: env['SITE_NAME_LATIN']?.trim() ?? strings['site.nameLatin'],
    tagline: setting('SITE_TAGLINE', strings['site.tagline']),
    description: setting('SITE_DESCRIPTION', strings['site.description']),
  };
}
