/**
 * The frontmatter of the two content collections, defined once: the
 * converter validates each record against these before writing it, the
 * site's collections parse with them, and search and the tests read through
 * them (read.ts). Each field says what it holds; defaults live here so no
 * reader writes `?? x`.
 */
import { z } from 'zod';
import { isoDayOf } from '../dates/day.ts';
import { DATE_SOURCES, isCalendarDate } from './date.ts';
import { SLUG } from './slug.ts';

/** A YAML 1.1 reader (Astro's) takes an unquoted 2024-06-14 for a timestamp: back to the day it names. */
function dayString(value: unknown): unknown {
  return value instanceof Date ? isoDayOf(value) : value;
}

/** YYYY-MM-DD of a real calendar day. */
const isoDate = z.preprocess(dayString, z.string().refine(isCalendarDate, { message: 'expected a calendar date written YYYY-MM-DD' }));

/** A URL path segment: lowercase pinyin, digits and hyphens. */
const slug = z.preprocess(dayString, z.string().regex(SLUG, { message: 'expected a slug of a-z, 0-9 and single hyphens' }));

/** A short label YAML might read as a number (`page: 7`). */
const label = z.union([z.string(), z.number()]).transform(String);

export const issueSchema = z
  .object({
    /** 浙江法治报 · 2024年6月14日 · 第7版 */
    title: z.string().min(1),
    paper: z.string().optional(),
    /** Publication day; inferred unless `dateSource` is `header` or `correction` (isInferredDate). */
    date: isoDate,
    dateSource: z.enum(DATE_SOURCES),
    /** The text that decided the date, e.g. 本报湖州9月4日电, or the correction's file and line. */
    dateEvidence: z.string().default(''),
    edition: label.optional(),
    page: label.optional(),
    /** Raw file the issue was converted from. */
    source: z.string().min(1),
    articleCount: z.number().int().nonnegative(),
    /** Article slugs in reading order. */
    articles: z.array(slug),
  })
  .refine((issue) => issue.articleCount === issue.articles.length, {
    message: 'articleCount must equal the number of slugs in `articles`',
    path: ['articleCount'],
  });

export const authorSchema = z.object({
  name: z.string().min(1),
  /** 记者, 通讯员, 摄影… (data/bylines/roles.tsv); null when the byline names none. */
  role: z.string().min(1).nullable().default(null),
  /** 共享联盟·湖州 and the like. */
  org: z.string().min(1).optional(),
});

/** A photo caption; a photo printed with only its credit line has empty `text`. */
export const captionSchema = z
  .object({
    text: z.string(),
    /** 拍友 蒋友青 摄 */
    credit: z.string().min(1).optional(),
  })
  .refine((caption) => caption.text !== '' || caption.credit !== undefined, { message: 'a caption needs text or a credit', path: ['text'] });

/** At least one theme label, as z.enum needs. */
export type ThemeLabels = readonly [string, ...string[]];

/** Article frontmatter; `theme` must be one of `themeLabels` (themes.ts reads them from data/taxonomy/themes.yaml). */
export function articleSchema(themeLabels: ThemeLabels) {
  return z.object({
    title: z.string().min(1),
    /** The page printed no headline; the title is the first sentence, made by the converter. */
    titleGenerated: z.boolean().default(false),
    subtitle: z.string().min(1).optional(),
    authors: z.array(authorSchema).default([]),
    /** The byline as printed. */
    byline: z.string().optional(),
    /** The prefecture-level city (gazetteer short name), or the province for a province-wide story. */
    city: z.string().min(1),
    /** The most precise place named: 义乌, 南浔区双林镇. */
    place: z.string().min(1),
    theme: z.enum(themeLabels),
    themeTerms: z.array(z.string()).default([]),
    tags: z.array(z.string()).default([]),
    /** Slug of the issue the article belongs to. */
    issue: slug,
    /** 1-based position in the issue. */
    order: z.number().int().positive(),
    date: isoDate,
    /** The issue's date is an inference (isInferredDate of its dateSource). */
    dateInferred: z.boolean().default(false),
    /** 版次 and 版名 of the page it is printed on: A3 · 要闻. */
    page: label.optional(),
    pageName: z.string().min(1).optional(),
    /** One sentence for digests and feeds. */
    summary: z.string().default(''),
    source: z.string().min(1),
    captions: z.array(captionSchema).default([]),
    slug,
  });
}

export type ArticleSchema = ReturnType<typeof articleSchema>;
export type IssueData = z.infer<typeof issueSchema>;
export type ArticleData = z.infer<ArticleSchema>;
export type Author = z.infer<typeof authorSchema>;
export type Caption = z.infer<typeof captionSchema>;
