/**
 * Page furniture: what a page prints around its articles, taken out before
 * articles are assembled and recorded in `removed` with its kind:
 *
 *   page-header    running heads and page lines (报眉: date, masthead, 版次, 版名, staff);
 *                  each is kept as a PageHead for the issue's date and the articles' pages
 *   jump           jump lines (下转A4版 / 上接A3版): the item after a jump in is marked,
 *                  so the text it starts goes back to the article that jumped out
 *   section-label  column labels on a line of their own (城事·民生, 湖州新闻, 专刊)
 *   slogan         public-service slogans: a known slogan block (社会主义核心价值观 and
 *                  its rows of words), or a pair of phrases at the foot of a page
 *   noise          dash rows a broken table leaves (`--	---	--`), lines of stray marks
 */
import { mentionsRole, type BylineRoles } from '../../byline/index.ts';
import type { Message, Removal, RemovalKind } from '../../types.ts';
import type { SegmentCues } from '../cues.ts';
import type { Item } from '../items.ts';
import { quote, segmentMessage, type SegmentRule } from '../rules.ts';
import type { FurnitureCues } from './cues.ts';
import { readJumpLine, splitTrailingJump } from './jump.ts';
import type { PageHead } from '../../types.ts';
import { readPageHead } from './page-header.ts';

export { parseFurnitureCues, type FurnitureCues } from './cues.ts';
export { readPageHead } from './page-header.ts';
export { readJumpLine, splitTrailingJump } from './jump.ts';

const HEADING_MARK = /^#{1,6}\s+/u;
const SEPARATOR_ROW = /^[\s|:]*-{2,}[\s|:\-]*$/u;
/** A line with a letter, a Han character or a digit in it; the rest (`：`, `***`, `}`) is stray marks. */
const WORDY = /[\p{L}\p{N}]/u;
/** A row of a slogan block: three or more short words separated by spaces (富强 民主 文明 和谐). */
const WORD_ROW = /^\p{Script=Han}{2,4}(?: +\p{Script=Han}{2,4}){2,}$/u;
/**
 * A slogan at the foot of a page: two or three parallel phrases of four to
 * eight characters (文明出行 礼让斑马线, 长江大保护 你我共参与). Names in a byline
 * are two or three characters, headlines have text under them.
 */
const FOOT_SLOGAN = /^\p{Script=Han}{4,8}(?:[ \u3000]+\p{Script=Han}{4,8}){1,2}$/u;
/** Two short words joined by a middle dot: the form of a column label (城事·民生, 海岛·渔村). */
const DOTTED_LABEL = /^\p{Script=Han}{2,4}[·•・]\p{Script=Han}{2,4}$/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;
/** What follows a label or closes a page is a headline, never running text. */
const SENTENCE_END = /[。！？!?”]$/u;
const MAX_HEADLINE_AFTER_LABEL = 40;

export interface Furnished {
  items: Item[];
  removed: Removal[];
  messages: Message[];
  /** Running heads and page lines, in reading order. */
  pageHeads: PageHead[];
}

export interface FurnitureLexicon {
  cues: SegmentCues;
  furniture: FurnitureCues;
  roles: BylineRoles;
}

function isSectionLabel(bare: string, next: Item | undefined, lexicon: FurnitureLexicon): boolean {
  if (lexicon.cues.sectionLabels.has(bare)) return true;
  const { sectionSuffixes, sectionMax } = lexicon.furniture;
  const shaped = DOTTED_LABEL.test(bare) || (HAN_ONLY.test(bare) && bare.length <= sectionMax && sectionSuffixes.some((suffix) => bare.endsWith(suffix) && bare.length >= suffix.length));
  if (!shaped) return false;
  // A label stands over a headline; a short line over running text is that text's own headline.
  const after = next?.text.replace(HEADING_MARK, '');
  return after !== undefined && (HEADING_MARK.test(next?.text ?? '') || (after.length <= MAX_HEADLINE_AFTER_LABEL && !SENTENCE_END.test(after)));
}

/** The foot of a page: the last line before the next running head or the end of the issue. */
function atPageFoot(items: readonly Item[], index: number, heads: ReadonlyMap<number, PageHead>): boolean {
  return index === items.length - 1 || heads.has(index + 1);
}

export function removeFurniture(items: readonly Item[], lexicon: FurnitureLexicon): Furnished {
  const kept: Item[] = [];
  const removed: Removal[] = [];
  const messages: Message[] = [];
  const pageHeads: PageHead[] = [];
  let below = false;
  const remove = (item: Item, kind: RemovalKind, rule: SegmentRule, reason: string, text = item.text): void => {
    below = kind !== 'noise';
    removed.push({ kind, text, line: item.line });
    messages.push(segmentMessage('info', rule, reason, item.line));
  };

  const heads = new Map<number, PageHead>();
  items.forEach((item, index) => {
    const head = readPageHead(item.text, item.line, lexicon.furniture, index === 0);
    if (head) heads.set(index, head);
  });

  let inSlogan = false;
  let page: PageHead | undefined;
  let resume = false;
  for (const [index, item] of items.entries()) {
    const bare = item.text.replace(HEADING_MARK, '').trim();
    const head = heads.get(index);
    if (inSlogan && item.gap <= 1 && WORD_ROW.test(bare)) {
      removed.push({ kind: 'slogan', text: item.text, line: item.line });
      continue;
    }
    inSlogan = false;
    if (head) {
      // A page line under a running head (甬舟海讯 | 2021年6月6日 / 第03版：城事) completes it.
      page = page && heads.has(index - 1) ? { ...page, ...head, text: `${page.text} ${head.text}`, line: page.line } : head;
      if (heads.has(index - 1)) pageHeads.splice(-1, 1, page);
      else pageHeads.push(page);
      remove(item, 'page-header', 'page-header-removed', `running head ${quote(bare, 40)} is page furniture`);
      continue;
    }
    const jump = readJumpLine(bare, lexicon.furniture);
    if (jump) {
      remove(item, 'jump', 'jump-removed', `jump line ${quote(bare)}: the article ${jump.direction === 'out' ? 'goes on' : 'comes back'} on page ${jump.page}`);
      if (jump.direction === 'in') resume = true;
      else if (kept.length > 0) kept.splice(-1, 1, { ...(kept.at(-1) as Item), jumpOut: true });
      continue;
    }
    if (lexicon.cues.slogans.has(bare)) {
      inSlogan = true;
      remove(item, 'slogan', 'slogan-removed', `slogan block ${quote(bare)} is not an article`);
    } else if (FOOT_SLOGAN.test(item.text) && atPageFoot(items, index, heads) && item.gap > 0 && !mentionsRole(bare, lexicon.roles)) {
      // A credit at the foot of a story (通讯员张晓燕 摄影报道) has the slogan's shape and a byline's role words.
      remove(item, 'slogan', 'slogan-removed', `${quote(bare)} at the foot of the page, with no text under it, is a slogan`);
    } else if (isSectionLabel(bare, items[index + 1], lexicon)) {
      remove(item, 'section-label', 'section-label-removed', `column label ${quote(bare)} removed`);
    } else if (SEPARATOR_ROW.test(item.text)) {
      remove(item, 'noise', 'separator-row-removed', 'table separator row without a table header removed');
    } else if (!WORDY.test(item.text)) {
      remove(item, 'noise', 'symbol-line-removed', `line ${quote(item.text)} has no word in it; removed`);
    } else {
      const trailing = splitTrailingJump(item.text, lexicon.furniture);
      const text = trailing?.rest ?? item.text;
      const furnished = below;
      below = false;
      if (trailing) remove(item, 'jump', 'jump-removed', `jump ${quote(trailing.jump.text)} at the end of the paragraph removed`, trailing.jump.text);
      kept.push({
        ...item,
        text,
        ...(page === undefined ? {} : { page }),
        ...(resume ? { jumpIn: true } : {}),
        ...(furnished ? { belowFurniture: true } : {}),
        ...(trailing?.jump.direction === 'out' ? { jumpOut: true } : {}),
      });
      resume = false;
    }
  }
  return { items: kept.filter((item) => item.text !== ''), removed, messages, pageHeads };
}
