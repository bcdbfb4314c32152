/**
 * The data that flows through the converter, stage by stage:
 *
 *   decode → normalize → segment → repair → enrich → serialize
 *
 * Each stage is a pure function from one of these shapes to the next; only the
 * CLI (scripts/convert.ts) reads or writes files. What the output holds is the
 * content contract's (src/contract/); the issue date's sources are its DATE_SOURCES.
 */
import type { VFileMessage } from 'vfile-message';
import type { DateSource } from '../contract/date.ts';

/** Where in the raw issue something came from (1-based, after decoding). */
export interface Place {
  line: number;
  column?: number;
}

export type Severity = 'info' | 'warning' | 'error';

/** A diagnostic: a vfile message with a rule id, a place and a severity (made by src/converter/messages.ts). */
export type Message = VFileMessage;

/** The issue-level metadata an optional `---` YAML header may carry. */
export interface IssueHeader {
  paper?: string;
  date?: string;
  edition?: string;
  page?: string;
}

/** A raw issue after decode + normalize: clean lines and the header, if any. */
export interface NormalizedIssue {
  source: string;
  header: IssueHeader;
  /** Text lines with their 1-based line numbers in the decoded raw file. */
  lines: { text: string; line: number }[];
}

export interface Author {
  name: string;
  /** 记者, 通讯员, 摄影, … (from data/bylines/roles.tsv); null when the byline gives none. */
  role: string | null;
  /** 共享联盟·湖州 and the like, when the byline names one. */
  org?: string;
}

export interface Caption {
  text: string;
  /** 拍友 蒋友青 摄 / …供图 / 图片由…提供: the credit line as printed. */
  credit?: string;
  line: number;
}

export type Block =
  | { type: 'paragraph'; text: string; line: number }
  /** A subheading inside an article, rendered as `##`. */
  | { type: 'heading'; text: string; line: number }
  | { type: 'table'; rows: string[][]; line: number };

/** Why a piece of raw text does not appear in any article. */
export type RemovalKind = 'duplicate' | 'page-header' | 'jump' | 'slogan' | 'section-label' | 'noise';

export interface Removal {
  kind: RemovalKind;
  text: string;
  line: number;
}

/** One article recovered from the page, before enrichment. */
export interface SegmentedArticle {
  title: string;
  /** The page printed no headline: the title was made from the first sentence, for an editor to check. */
  titleGenerated?: true;
  subtitle?: string;
  authors: Author[];
  /** The byline as printed (`本报讯(记者 陈晔)`, `■ 张立忠`, `(郭明珠 顾志鹏)`), removed from the body. */
  byline?: string;
  /** A dateline such as `本报湖州9月4日电`, when the byline carries one. */
  dateline?: string;
  blocks: Block[];
  captions: Caption[];
  /** Line of the headline in the raw file. */
  line: number;
  /** The page it is printed on, from the page's running head: 版次 (A3, 5) and 版名 (要闻). */
  page?: ArticlePage;
}

export interface ArticlePage {
  number?: string;
  name?: string;
}

/** A page's running head as printed (报眉), with what it says. */
export interface PageHead {
  text: string;
  line: number;
  paper?: string;
  /** YYYY-MM-DD */
  date?: string;
  page?: string;
  pageName?: string;
}

export interface SegmentedIssue {
  source: string;
  header: IssueHeader;
  articles: SegmentedArticle[];
  /** The pages' running heads, in reading order. */
  pageHeads: PageHead[];
  removed: Removal[];
  messages: Message[];
}

export interface IssueDate {
  /** YYYY-MM-DD */
  date: string;
  source: DateSource;
  /** The text that decided it, e.g. `本报湖州9月4日电` or `2024年5月16日`. */
  evidence: string;
}

export interface EnrichedArticle extends SegmentedArticle {
  order: number;
  slug: string;
  place: string;
  city: string;
  theme: string;
  themeTerms: string[];
  tags: string[];
  summary: string;
}

export interface EnrichedIssue extends Omit<SegmentedIssue, 'articles'> {
  slug: string;
  title: string;
  date: IssueDate;
  articles: EnrichedArticle[];
}
