/**
 * The only place pages get content from: the site model (built once per
 * build from the collections and the taxonomy), the related-articles index,
 * and per-article values looked up on demand (rendered body, reading time).
 */
import { getCollection, getEntry } from 'astro:content';
import { shareInCacheKeys } from './cache-key.ts';
import { buildSiteModel, type ArticleView, type SiteModel } from './model.ts';
import { readingTimeOfHtml, type ReadingTime } from './reading-time.ts';
import { relatedIndex } from './related.ts';
import { loadTaxonomy } from './taxonomy.ts';

let model: Promise<SiteModel> | undefined;
let related: Promise<Map<string, ArticleView[]>> | undefined;

async function loadModel(): Promise<SiteModel> {
  const [issues, articles] = await Promise.all([getCollection('issues'), getCollection('articles')]);
  const site = buildSiteModel(issues, articles, loadTaxonomy());
  shareInCacheKeys(site.articles);
  return site;
}

export function getSiteModel(): Promise<SiteModel> {
  model ??= loadModel();
  return model;
}

/** Related articles of `article`, best first (see related.ts). */
export async function relatedTo(article: ArticleView): Promise<ArticleView[]> {
  related ??= getSiteModel().then((site) => relatedIndex(site.articles));
  return (await related).get(article.id) ?? [];
}

/** The article's rendered Markdown body as HTML (the glob loader renders it while syncing). */
export async function articleHtml(article: ArticleView): Promise<string> {
  const entry = await getEntry('articles', article.id);
  return entry?.rendered?.html ?? '';
}

/** Reading time of the article's body, counted on its rendered HTML (the data store keeps no Markdown bodies). */
export async function articleReadingTime(article: ArticleView): Promise<ReadingTime> {
  return readingTimeOfHtml(await articleHtml(article));
}
