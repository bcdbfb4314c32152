/**
 * The only place pages get content from: the site model (built once per
 * build from the collections and the taxonomy), the related-articles index,
 * and the rendered body of an article, looked up on demand.
 */
import { getCollection } from 'astro:content';
import { shelfDir } from 'virtual:baozhai/html-shelf';
import { shareInCacheKeys } from './cache-key.ts';
import { shelvedHtml } from './html-shelf.ts';
import { buildSiteModel, type ArticleView, type SiteModel } from './model.ts';
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

/** The article's rendered Markdown body as HTML (the glob loader renders it while syncing and shelves it: see html-shelf.ts). */
export async function articleHtml(article: ArticleView): Promise<string> {
  return shelvedHtml(shelfDir, article.id, article.digest);
}
