/**
 * The words of page furniture (data/segment/furniture.yaml): weekdays, the
 * staff roles of a running head, the page unit, jump-line verbs and the
 * words that end a column label.
 */
import { parse } from 'yaml';
import { alternatives, escapeRegExp } from '../../data/pattern.ts';
import { DataFileError } from '../../../data-files/tsv.ts';

export interface FurnitureCues {
  weekdays: readonly string[];
  lunar: readonly string[];
  /** Longest first, so 本版编辑 is read before 编辑. */
  staffRoles: readonly string[];
  pageUnit: string;
  jumpOut: readonly string[];
  jumpIn: readonly string[];
  sectionSuffixes: readonly string[];
  sectionMax: number;
  /** 时间：…, 地点：…: a labelled line of text. */
  fieldLine: RegExp;
  /** A news lead's first words: 近日, 昨天, 3月7日. */
  leadOpener: RegExp;
  /** A jump line on its own line, brackets optional: 下转第8版, （上接A3版）. */
  jumpLine: RegExp;
  /** A bracketed jump closing a paragraph: …动工。（下转A4版）. */
  jumpAtEnd: RegExp;
}

const LIST_KEYS = ['weekdays', 'lunar', 'staff_roles', 'jump_out', 'jump_in', 'section_suffixes', 'field_labels', 'lead_openers'] as const;

const anyOf = (list: readonly string[]): string => alternatives(longestFirst(list));

/**
 * Jump lines (转版): a verb, the page it points to and the page unit. On its own line the brackets are
 * optional; glued to a paragraph only a bracketed marker is a jump. Outward verbs are tried before inward ones.
 */
function jumpPatterns(jumpOut: readonly string[], jumpIn: readonly string[], pageUnit: string): { jumpLine: RegExp; jumpAtEnd: RegExp } {
  const page = '(?<page>[A-Z]?\\d{1,3}|[一二三四五六七八九十]{1,3})';
  const core = `(?<verb>${alternatives([...jumpOut, ...jumpIn])})\\s*第?\\s*${page}\\s*${escapeRegExp(pageUnit)}`;
  return {
    jumpLine: new RegExp(`^[（(【[]?\\s*${core}\\s*[）)】\\]]?$`, 'u'),
    jumpAtEnd: new RegExp(`[（(【[]\\s*${core}\\s*[）)】\\]]$`, 'u'),
  };
}

function words(value: unknown, file: string, key: string): string[] {
  if (!Array.isArray(value) || value.some((word) => typeof word !== 'string' || word.trim() === '')) {
    throw new DataFileError(file, 1, `"${key}" must be a list of words`);
  }
  return value as string[];
}

const longestFirst = (list: readonly string[]): string[] => [...list].sort((a, b) => b.length - a.length);

export function parseFurnitureCues(text: string, file: string): FurnitureCues {
  const data: unknown = parse(text);
  if (typeof data !== 'object' || data === null) throw new DataFileError(file, 1, 'expected a mapping of furniture word lists');
  const record = data as Record<string, unknown>;
  const lists = Object.fromEntries(LIST_KEYS.map((key) => [key, words(record[key], file, key)])) as Record<(typeof LIST_KEYS)[number], string[]>;
  const pageUnit = record['page_unit'];
  const sectionMax = record['section_max'];
  if (typeof pageUnit !== 'string' || pageUnit === '') throw new DataFileError(file, 1, '"page_unit" must be a word (版)');
  if (typeof sectionMax !== 'number' || !Number.isInteger(sectionMax) || sectionMax < 2) throw new DataFileError(file, 1, '"section_max" must be a whole number of characters, 2 or more');
  const jumpOut = longestFirst(lists.jump_out);
  const jumpIn = longestFirst(lists.jump_in);
  return {
    weekdays: lists.weekdays,
    lunar: lists.lunar,
    staffRoles: longestFirst(lists.staff_roles),
    pageUnit,
    jumpOut,
    jumpIn,
    sectionSuffixes: lists.section_suffixes,
    sectionMax,
    ...jumpPatterns(jumpOut, jumpIn, pageUnit),
    fieldLine: new RegExp(`^(?:${anyOf(lists.field_labels)})[：:]`, 'u'),
    // 3月7日 / 7日上午: a day opens a lead as often as a word does.
    leadOpener: new RegExp(`^(?:${anyOf(lists.lead_openers)}|(?:\\d{1,2}月)?\\d{1,2}日)`, 'u'),
  };
}
