/**
 * Frontmatter schemas of the converter's output (the content contract). Each
 * field says what it holds; defaults live here so pages never write `?? x`.
 * A failing entry stops the build with Astro's message naming the file and field.
 */
import { z } from 'astro/zod';
import { DATE_SOURCES } from '../../converter/types.ts';
import { isCalendarDate } from '../../dates/day.ts';

/** YAML reads an unquoted 2024-06-14 as a timestamp: take it back to the day it names. */
function dayString(value: unknown): unknown {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

/** YYYY-MM-DD of a real calendar day. */
const isoDate = z.preprocess(
  dayString,
  z.string().refine(isCalendarDate, { message: 'expected a calendar date written YYYY-MM-DD' }),
);

/** A URL path segment: lowercase pinyin, digits and hyphens. */
const slug = z.preprocess(
  dayString,
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'expected a slug of a-z, 0-9 and single hyphens' }),
);

/** A short label YAML might read as a number (`page: 7`). */
const label = z.union([z.string(), z.number()]).transform(String);

export const issueSchema = z
  .object({
    /** 浙江法治报 2024年6月14日 第7版 */
    title: z.string().min(1),
    paper: z.string().optional(),
    /** Publication day; inferred unless `dateSource` is `header` or `correction`. */
    date: isoDate,
    dateSource: z.enum(DATE_SOURCES),
    /** The text that decided the date, e.g. 本报湖州9月4日电. */
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
  /** 记者, 通讯员, 摄影…; null when the byline names none. */
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

/** Article frontmatter; `theme` must be one of `themeLabels` (data/taxonomy/themes.yaml). */
export function articleSchema(themeLabels: readonly [string, ...string[]]) {
  return z.object({
    title: z.string().min(1),
    /** The page printed no headline; the title is the first sentence, made by the converter. */
    titleGenerated: z.boolean().default(false),
    subtitle: z.string().min(1).optional(),
    authors: z.array(authorSchema).default([]),
    /** The byline as printed. */
    byline: z.string().optional(),
    /** 杭州…丽水 (gazetteer short name), 浙江, or a place outside the province. */
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

export type IssueData = z.infer<typeof issueSchema>;
export type ArticleData = z.infer<ReturnType<typeof articleSchema>>;
export type Author = z.infer<typeof authorSchema>;
export type Caption = z.infer<typeof captionSchema>;
