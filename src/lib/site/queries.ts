/**
 * The only place pages get content from: the site model (built once per
 * build from the collections and the taxonomy) and the rendered bodies.
 */
import { getCollection } from 'astro:content';
import { buildSiteModel, type ArticleView, type SiteModel } from './model.ts';
import { loadTaxonomy } from './taxonomy.ts';

interface Loaded {
  model: SiteModel;
  /** Rendered Markdown body by article id (the glob loader renders eagerly). */
  html: Map<string, string>;
}

let loaded: Promise<Loaded> | undefined;

async function load(): Promise<Loaded> {
  const [issues, articles] = await Promise.all([getCollection('issues'), getCollection('articles')]);
  return {
    model: buildSiteModel(issues, articles, loadTaxonomy()),
    html: new Map(articles.map((entry) => [entry.id, entry.rendered?.html ?? ''])),
  };
}

export async function getSiteModel(): Promise<SiteModel> {
  loaded ??= load();
  return (await loaded).model;
}

export async function articleHtml(article: ArticleView): Promise<string> {
  loaded ??= load();
  return (await loaded).html.get(article.id) ?? '';
}
