/**
 * RSS items for @astrojs/rss. Item links must be absolute and carry the base
 * (@astrojs/rss resolves a `/…` link against `site` and would drop a sub-path),
 * and full text goes out as sanitised HTML whose links are absolute too.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { dateParts } from '../../dates/day.ts';
import { absoluteUrl } from './base.ts';
import type { ArticleView } from './model.ts';
import { paths } from './urls.ts';

/** Items per feed; older articles live in the archive pages. */
export const FEED_LIMIT = 50;

export const FEED_NAMESPACES = { dc: 'http://purl.org/dc/elements/1.1/' } as const;

const URL_ATTRIBUTES = ['href', 'src'] as const;

/**
 * GitHub's schema minus what only makes sense on the page itself: ids (heading
 * anchors would come out `user-content-…`) and focus order (the table region).
 */
const PAGE_ONLY_ATTRIBUTES = new Set(['id', 'tabIndex']);
const FEED_SCHEMA: Schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    '*': (defaultSchema.attributes?.['*'] ?? []).filter((attribute) => typeof attribute !== 'string' || !PAGE_ONLY_ATTRIBUTES.has(attribute)),
  },
};

/** Drop everything a feed reader should not run or load, and make links absolute against `pageUrl`. */
export function sanitizeFeedHtml(html: string, pageUrl: string): string {
  const tree = sanitize(fromHtml(html, { fragment: true }), FEED_SCHEMA) as Root;
  visit(tree, 'element', (node: Element) => {
    for (const attribute of URL_ATTRIBUTES) {
      const value = node.properties[attribute];
      if (typeof value === 'string') node.properties[attribute] = new URL(value, pageUrl).href;
    }
  });
  return toHtml(tree);
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  content: string;
  categories: string[];
  customData: string;
}

export interface FeedContext {
  site: URL | string;
  base: string;
}

/** Noon of the day in China (04:00 UTC): midnight would shift the day in other zones. */
function dateForFeed(iso: string): Date {
  const { year, month, day } = dateParts(iso);
  return new Date(Date.UTC(year, month - 1, day, 4));
}

/** One article as a feed item; `html` is its rendered body. */
export function articleFeedItem(article: ArticleView, html: string, context: FeedContext): FeedItem {
  const link = absoluteUrl(paths.article(article.issueSlug, article.slug), context.site, context.base);
  const { data } = article;
  const captions = data.captions.map((caption) => `<p><em>${escapeXml([caption.text, caption.credit].filter(Boolean).join(' '))}</em></p>`);
  const lead = data.subtitle ? `<p><strong>${escapeXml(data.subtitle)}</strong></p>` : '';
  return {
    title: data.title,
    link,
    pubDate: dateForFeed(data.date),
    description: data.summary,
    content: sanitizeFeedHtml(lead + html + captions.join(''), link),
    categories: [data.theme, data.city, ...data.tags],
    customData: article.authors.map((author) => `<dc:creator>${escapeXml(author.name)}</dc:creator>`).join(''),
  };
}
