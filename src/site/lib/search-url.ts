/**
 * The search page's state in its URL, so a search can be shared and Back
 * restores it: `/search/?q=排污权&theme=生态环保&sort=date`.
 */
import type { Filters, SearchRequest } from '../../search/client/client.ts';
import { FILTER_KEYS } from '../../search/record.ts';

/** `?q=排污权&theme=生态环保&sort=date` → request. */
export function requestFromUrl(search: string): SearchRequest {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return { query: params.get('q') ?? '', filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

/** Request → the query string of a shareable URL (empty fields left out). */
export function urlSearch(request: SearchRequest): string {
  const params = new URLSearchParams();
  if (request.query.trim()) params.set('q', request.query.trim());
  for (const key of FILTER_KEYS) {
    const value = request.filters?.[key];
    if (value) params.set(key, value);
  }
  if (request.sort === 'date') params.set('sort', 'date');
  const search = params.toString();
  return search ? `?${search}` : '';
}

