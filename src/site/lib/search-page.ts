/**
 * The search page's behaviour, as the `<digest-search>` element around the
 * server-rendered form (src/site/pages/search/index.astro): results as you type,
 * filters and sort, the query and filters kept in the URL (typing replaces
 * the history entry, submitting or changing a filter adds one, Back restores
 * it), a live count, highlighted excerpts, suggestions when nothing matches.
 */
import { createSearchClient, type Facets, type Filters, type HitView, type SearchClient, type SearchRequest, type SearchResponse } from '../../search/client/client.ts';
import { FILTER_KEYS } from '../../search/record.ts';
import { requestFromUrl, urlSearch } from './search-url.ts';
import { escapeHtml } from '../../search/client/excerpt.ts';
import { mayBeTraditional } from '../../search/traditional.ts';
import { t } from './i18n.ts';
import { formatDate } from '../../dates/format.ts';

/** Results per page: the first page's fragments are what a search downloads beyond the index. */
const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 150;

/** One result in the site's digest-list markup (.summary, .meta, .badge, .dek). */
function hitHtml(hit: HitView, inTitle: boolean): string {
  const badges = [hit.city, hit.theme].filter(Boolean).map((label) => `<span class="badge">${escapeHtml(label)}</span>`);
  if (inTitle) badges.unshift(`<span class="badge in-title-badge">${escapeHtml(t('search.inTitle'))}</span>`);
  // An issue titled by its date alone would repeat the date beside it.
  const issue = hit.issue === formatDate(hit.date) ? '' : hit.issue;
  const credits = [issue, hit.authors].filter(Boolean).map((item) => `<span>${escapeHtml(item)}</span>`);
  return `<li class="hit${inTitle ? ' in-title' : ''}"><article class="summary">
<h2 class="summary-title hit-title"><a href="${escapeHtml(hit.url)}">${hit.titleHtml}</a></h2>
<p class="meta hit-meta"><time datetime="${escapeHtml(hit.date)}">${formatDate(hit.date)}</time>${credits.join('')}<span class="badges">${badges.join('')}</span></p>
<p class="dek hit-excerpt">${hit.excerptHtml}</p>
</article></li>`;
}

export class DigestSearch extends HTMLElement {
  /** The engine this page searches with; the evaluation calls it directly. */
  client!: SearchClient;
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #empty!: HTMLElement;
  #generation = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #response: SearchResponse | undefined;
  #shown = 0;

  connectedCallback(): void {
    const bundleUrl = this.dataset['bundle'];
    if (!bundleUrl) throw new Error('<digest-search> needs data-bundle, the Pagefind bundle URL');
    this.client = createSearchClient({ bundleUrl, loadSimplifier: async () => (await import('../../search/client/simplify.ts')).toSimplified, mayBeTraditional });
    this.#form = this.querySelector('form')!;
    this.#input = this.querySelector('input[name="q"]')!;
    this.#status = this.querySelector('[role="status"]')!;
    this.#list = this.querySelector('ol')!;
    this.#more = this.querySelector('button.search-more')!;
    this.#empty = this.querySelector('.no-results')!;

    this.#show(requestFromUrl(location.search));
    this.#input.addEventListener('input', () => {
      // The pause waits for the reader to stop typing, not for the network: the query's lists and its first
      // page's cards are fetched during it (files are fetched once), so the search after it finds them loaded.
      void this.client.search(this.#read()).then((response) => Promise.all(response.hits.slice(0, PAGE_SIZE).map((hit) => hit.url()))).catch(() => {});
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#commit('replace'), TYPING_DELAY_MS);
    });
    this.#form.addEventListener('change', (event) => {
      if (event.target !== this.#input) this.#commit('push');
    });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#timer);
      this.#commit('push');
    });
    this.#form.addEventListener('reset', () => setTimeout(() => this.#commit('push')));
    this.#more.addEventListener('click', () => void this.#renderMore(this.#generation, true));
    // Scrolling to the end of the list loads the next page, as "more" would.
    new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting) && !this.#more.hidden && !this.#more.disabled) void this.#renderMore();
    }).observe(this.#more);
    // The manifest is fetched when the reader turns to the search box, if the filters have not fetched it yet.
    this.#input.addEventListener('focus', () => void this.client.warm().catch(() => {}), { once: true });
    window.addEventListener('popstate', () => this.#show(requestFromUrl(location.search)));
    void this.#populateFilters();
  }

  /** Every hit's URL and title flag for a request, in order: what the evaluation scores. */
  collect(request: SearchRequest): Promise<{ url: string; inTitle: boolean }[]> {
    return this.client.collect(request);
  }

  #read(): SearchRequest {
    const data = new FormData(this.#form);
    const filters: Filters = {};
    for (const key of FILTER_KEYS) {
      const value = data.get(key);
      if (typeof value === 'string' && value) filters[key] = value;
    }
    return { query: String(data.get('q') ?? ''), filters, sort: data.get('sort') === 'date' ? 'date' : 'relevance' };
  }

  #write(request: SearchRequest): void {
    this.#input.value = request.query;
    for (const key of [...FILTER_KEYS, 'sort'] as const) {
      const select = this.#form.elements.namedItem(key);
      if (select instanceof HTMLSelectElement) {
        const value = key === 'sort' ? (request.sort ?? 'relevance') : (request.filters?.[key] ?? '');
        if (value && ![...select.options].some((option) => option.value === value)) select.add(new Option(value, value));
        select.value = value;
      }
    }
  }

  /** Form → URL (a new history entry or the current one) → results. */
  #commit(mode: 'push' | 'replace'): void {
    const request = this.#read();
    const url = `${location.pathname}${urlSearch(request)}`;
    if (url !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    void this.#run(request);
  }

  #show(request: SearchRequest): void {
    this.#write(request);
    void this.#run(request);
  }

  async #populateFilters(): Promise<void> {
    let facets: Facets;
    try {
      facets = await this.client.allFacets();
    } catch {
      return; // #run reports the failure.
    }
    for (const key of FILTER_KEYS) {
      const select = this.#form.elements.namedItem(key);
      if (!(select instanceof HTMLSelectElement)) continue;
      const entries = Object.entries(facets[key]);
      entries.sort(key === 'year' ? (a, b) => b[0].localeCompare(a[0]) : (a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'));
      const chosen = select.value;
      select.replaceChildren(new Option(t('search.filter.any'), ''), ...entries.map(([value, count]) => new Option(`${value}（${count}）`, value)));
      if (chosen && !facets[key][chosen]) select.add(new Option(chosen, chosen));
      select.value = chosen;
    }
  }

  async #run(request: SearchRequest): Promise<void> {
    const generation = ++this.#generation;
    const started = performance.now();
    this.setAttribute('aria-busy', 'true');
    const hasFilter = FILTER_KEYS.some((key) => request.filters?.[key]);
    if (!request.query.trim() && !hasFilter) {
      this.#finish(generation, undefined, t('search.idle'));
      return;
    }
    if (!this.#response) this.#status.textContent = t('search.loading');
    let response: SearchResponse;
    try {
      response = await this.client.search(request);
    } catch (error) {
      if (generation === this.#generation) this.#finish(generation, undefined, t('search.error', { message: (error as Error).message }));
      return;
    }
    if (generation !== this.#generation) return;
    this.#response = response;
    this.#shown = 0;
    this.#list.replaceChildren();
    const query = request.query.trim();
    const count = response.hits.length;
    if (count === 0) await this.#suggest(request, response, generation);
    else await this.#renderMore(generation);
    if (generation !== this.#generation) return;
    this.#finish(generation, response, count === 0 ? t('search.none', { query }) : t(query ? 'search.countFor' : 'search.count', { query, count }));
    this.dispatchEvent(new CustomEvent('digest-search:results', { detail: { request, count, milliseconds: performance.now() - started } }));
  }

  #finish(generation: number, response: SearchResponse | undefined, status: string): void {
    if (generation !== this.#generation) return;
    if (!response) {
      this.#list.replaceChildren();
      this.#empty.hidden = true;
      this.#more.hidden = true;
    }
    this.#status.textContent = status;
    this.removeAttribute('aria-busy');
  }

  /** Shows the next page of hits; `moveFocus` when the reader asked with the "more" button. */
  async #renderMore(generation = this.#generation, moveFocus = false): Promise<void> {
    const response = this.#response;
    if (!response) return;
    const page = response.hits.slice(this.#shown, this.#shown + PAGE_SIZE);
    // Until this page is in the list a second request would fetch the same page again.
    this.#more.disabled = true;
    const views = await Promise.all(page.map((hit) => hit.load())).finally(() => {
      this.#more.disabled = false;
    });
    if (generation !== this.#generation) return;
    const firstNew = this.#list.children.length;
    this.#list.insertAdjacentHTML('beforeend', views.map((view, i) => (view ? hitHtml(view, page[i]?.inTitle ?? false) : '')).join(''));
    this.#shown += page.length;
    this.#empty.hidden = true;
    const remaining = response.hits.length - this.#shown;
    this.#more.hidden = remaining <= 0;
    this.#more.textContent = t('search.more', { count: remaining });
    // After "more", keyboard users continue from the first new result.
    if (moveFocus && firstNew > 0) this.#list.children[firstNew]?.querySelector('a')?.focus();
  }

  async #suggest(request: SearchRequest, response: SearchResponse, generation: number): Promise<void> {
    const items: string[] = [`<li>${escapeHtml(t('search.suggest.shorter'))}</li>`];
    if (FILTER_KEYS.some((key) => request.filters?.[key])) {
      const unfiltered = await this.client.search({ ...request, filters: {} });
      if (unfiltered.hits.length > 0) {
        const href = `${location.pathname}${urlSearch({ ...request, filters: {} })}`;
        items.unshift(`<li>${escapeHtml(t('search.suggest.clear', { count: unfiltered.hits.length }))} <a href="${escapeHtml(href)}" data-navigate>${escapeHtml(t('search.clear'))}</a></li>`);
      }
    }
    if (response.parts.length > 1) {
      for (const part of response.parts) {
        const href = `${location.pathname}${urlSearch({ ...request, query: part })}`;
        items.push(`<li><a href="${escapeHtml(href)}" data-navigate>${escapeHtml(t('search.suggest.part', { part }))}</a></li>`);
      }
    }
    const browse = this.dataset['browse'];
    if (browse) items.push(`<li><a href="${escapeHtml(browse)}">${escapeHtml(t('search.suggest.browse'))}</a></li>`);
    if (generation !== this.#generation) return;
    this.#more.hidden = true;
    this.#empty.innerHTML = `<p>${escapeHtml(t('search.suggest.title'))}</p><ul>${items.join('')}</ul>`;
    this.#empty.hidden = false;
    for (const link of this.#empty.querySelectorAll<HTMLAnchorElement>('a[data-navigate]')) {
      link.addEventListener('click', (event) => {
        event.preventDefault();
        history.pushState(null, '', link.href);
        this.#show(requestFromUrl(location.search));
      });
    }
  }
}

customElements.define('digest-search', DigestSearch);
