/**
 * The page an article is printed on, as a reader of the paper says it:
 * 第5版 for a numbered page, A3版 for a coded one, then the page's name
 * (第5版 · 区县, A3版 · 要闻).
 */
import { t } from './i18n.ts';

export function pageLabel(page: string | undefined, pageName: string | undefined): string | undefined {
  const number = page === undefined ? undefined : /^\d+$/u.test(page) ? t('article.pageNumbered', { page: Number(page) }) : t('article.pageCoded', { page });
  const parts = [number, pageName].filter((part): part is string => part !== undefined && part !== '');
  return parts.length === 0 ? undefined : parts.join(' · ');
}
