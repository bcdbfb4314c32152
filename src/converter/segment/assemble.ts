/**
 * Items → article drafts, in reading order. Each item is read in the context
 * of the article being built:
 *
 *   `#` line, or a headline-shaped plain line that a byline follows, that comes
 *   after an article was closed (trailing byline, caption, photo credit) or after
 *   a run of blank lines, or that has the parallel form of a title → new article;
 *   `##` under a title, or the first headline-shaped line under a title → subtitle;
 *   `##` right above a `#` → kicker, kept as the subtitle;
 *   other headline-shaped lines and `###` → subheadings inside the article;
 *   name lines under the title, 本报讯（…） leads, trailing （…） → bylines;
 *   credits (…摄, …供图, 图片由…提供) and text in a photo box → captions.
 */
import { opensReport, parseNameLine, splitClosingNames, splitCredit, splitLeadByline, splitTrailingByline, looksLikeLeadByline, type Byline, type BylineRoles, type Credit } from '../byline/index.ts';
import type { Block, Caption, Message, PageHead, Removal } from '../types.ts';
import type { SegmentCues } from './cues.ts';
import type { FurnitureCues } from './furniture/index.ts';
import { fitsSubheading, isHeadlineShaped, isParallelHeadline } from './headline.ts';
import type { Item } from './items.ts';
import { quote, segmentMessage } from './rules.ts';
import { isTableRow, tableBlocks } from './table.ts';
import { endsSentence } from './text.ts';

export interface SegmentLexicon {
  roles: BylineRoles;
  cues: SegmentCues;
  furniture: FurnitureCues;
}

export interface Draft {
  title: string;
  subtitle?: string;
  line: number;
  bylines: Byline[];
  blocks: Block[];
  captions: Caption[];
  /** Closed by a trailing byline, a caption or a photo credit: a headline-shaped line after it opens the next article. */
  ended: boolean;
  /** The running head of the page its headline is printed on. */
  page?: PageHead;
  /** It went on on another page (下转…版) and has not come back yet. */
  away?: boolean;
  /** Its title carries the page's `#` headline mark: the unmarked lines under it are its deck. */
  marked?: boolean;
}

type Unit = { kind: 'heading'; level: number; text: string; item: Item } | { kind: 'rows'; items: Item[] } | { kind: 'text'; item: Item };

const MARKDOWN_HEADING = /^(#{1,6})\s+(.*)$/u;
/** Blank lines that set a photo or a box apart from the text flow. */
const BOX_GAP = 2;
/** Caption sentence followed by the photographer's bare name: `…打下良好基础。沈俊`. */
const CAPTION_WITH_NAME = /^(.+[。！？])(\p{Script=Han}{2,3})$/u;

function toUnits(items: readonly Item[]): Unit[] {
  const units: Unit[] = [];
  for (const item of items) {
    const heading = MARKDOWN_HEADING.exec(item.text);
    const previous = units.at(-1);
    if (heading) units.push({ kind: 'heading', level: heading[1]?.length ?? 1, text: heading[2] ?? '', item });
    else if (isTableRow(item) && previous?.kind === 'rows' && item.gap === 0) previous.items.push(item);
    else if (isTableRow(item)) units.push({ kind: 'rows', items: [item] });
    else units.push({ kind: 'text', item });
  }
  return units;
}

/** Names glued to the article's last sentence (…营造了浓厚的迎新氛围。汪诚) sign it; read once the article is complete. */
function closeWithNames(draft: Draft, roles: BylineRoles): void {
  const last = draft.blocks.at(-1);
  if (last?.type !== 'paragraph') return;
  const closing = splitClosingNames(last.text, roles);
  if (!closing) return;
  const { rest, ...byline } = closing;
  draft.bylines.push(byline);
  draft.blocks[draft.blocks.length - 1] = { ...last, text: rest };
}

function paragraphCount(draft: Draft): number {
  return draft.blocks.filter((block) => block.type === 'paragraph').length;
}

/**
 * 引题 over the headline: a one-word label of place or topic (湖州市, 吴村镇, 塞上北国), or a line that leads
 * into the title (…走进杭州淳安——, 普陀：). The main headline under it is the longer, fuller line.
 */
const OVERLINE_END = /(?:——|—|：|:)$/u;
const PLACE_LABEL = /^\p{Script=Han}{2,4}$/u;

function isOverline(text: string): boolean {
  return OVERLINE_END.test(text) || PLACE_LABEL.test(text);
}

export function assemble(items: readonly Item[], lexicon: SegmentLexicon): { drafts: Draft[]; removed: Removal[]; messages: Message[] } {
  const { roles, cues, furniture } = lexicon;
  const drafts: Draft[] = [];
  const removed: Removal[] = [];
  const messages: Message[] = [];
  const units = toUnits(items);
  let kicker: string | undefined;
  /** The article a jump line brought back (上接…版): text goes to it until the next headline. */
  let resumed: Draft | undefined;

  const open = (title: string, item: Item): Draft => {
    const draft: Draft = { title, line: item.line, bylines: [], blocks: [], captions: [], ended: false, ...(item.page ? { page: item.page } : {}) };
    if (kicker !== undefined) draft.subtitle = kicker;
    kicker = undefined;
    resumed = undefined;
    drafts.push(draft);
    return draft;
  };
  /** The article text goes to: the one a jump brought back, else the last one opened. */
  const active = (): Draft | undefined => resumed ?? drafts.at(-1);
  /** Text before any headline opens an untitled article: segment() titles it from its text and reports it. */
  const current = (item: Item): Draft => active() ?? open('', item);
  const textAt = (index: number): Item | undefined => {
    const unit = units[index];
    return unit?.kind === 'text' ? unit.item : undefined;
  };
  /** Does the unit at `index` open an article's body with a byline? Asked again and again by the look-aheads below: read once. */
  const bylines = new Map<number, boolean>();
  const bylineAt = (index: number): boolean => {
    const known = bylines.get(index);
    if (known !== undefined) return known;
    const next = textAt(index);
    const found = next !== undefined && (parseNameLine(next.text, roles) !== undefined || splitLeadByline(next.text, roles) !== undefined);
    bylines.set(index, found);
    return found;
  };
  /** A story's first paragraph opens with the outlet's dateline and goes on (本报讯 连日来…, 水母网9月5日讯（…）近日…). */
  const opensStory = (text: string): boolean => opensReport(text, roles);
  const leadAt = (index: number): boolean => {
    const next = textAt(index);
    return next !== undefined && opensStory(next.text);
  };
  /** Lines a headline never is: a story's lead cut short by a column, a labelled field (时间：…). */
  const neverHeadline = (text: string): boolean => opensStory(text) || furniture.fieldLine.test(text);
  const headlineAt = (index: number): boolean => {
    const next = textAt(index);
    if (next === undefined || neverHeadline(next.text) || bylineAt(index)) return false;
    const after = textAt(index + 1);
    return isHeadlineShaped(next.text, after === undefined || bylineAt(index + 1) ? undefined : after.text, cues);
  };
  /** The next paragraph opens like a news lead (近日，… / 3月7日，…): the line over it is a story's headline. */
  const newsLeadAt = (index: number): boolean => {
    const next = textAt(index);
    return next !== undefined && furniture.leadOpener.test(next.text);
  };
  /**
   * Two headline lines in a row over a story's opening (a byline, a dateline lead, a news lead): a
   * headline stack (引题 + 主题, 主题 + 副题). A subheading stands alone over its paragraphs, and a pair of
   * short lines between the paragraphs of one story are its photo captions.
   */
  const stackAt = (index: number): boolean => headlineAt(index) && (bylineAt(index + 1) || leadAt(index + 1) || newsLeadAt(index + 1));
  /** Does the line close a story: a byline or a photo credit on its own? */
  const signOff = (text: string): boolean =>
    parseNameLine(text, roles) !== undefined || splitTrailingByline(text, roles)?.rest === '' || (!endsSentence(text) && splitCredit(text, roles)?.caption === '');
  /**
   * The text under the line at `index` closes with a sign-off of its own, while the article being read is
   * already signed: one story carries one byline, so the line heads another story (a photo story, a brief).
   */
  const signedBlockAt = (index: number, draft: Draft): boolean => {
    if (draft.bylines.length === 0) return false;
    let last: Item | undefined;
    for (let at = index + 1; at < units.length; at += 1) {
      const unit = units[at];
      if (unit?.kind !== 'text' || (at > index + 1 && headlineAt(at) && !signOff(unit.item.text))) break;
      last = unit.item;
    }
    return last !== undefined && signOff(last.text);
  };
  /** A line that can stand at the top of a stack: short, or shaped like an overline or a parallel title; a long one is a cut sentence. */
  const stackable = (text: string): boolean => fitsSubheading(text) || isOverline(text) || isParallelHeadline(text);
  const creditOnlyAt = (index: number): Credit | undefined => {
    const next = textAt(index);
    const credit = next && !endsSentence(next.text) ? splitCredit(next.text, roles) : undefined;
    return credit?.caption === '' ? credit : undefined;
  };
  /** A title, a subtitle and nothing else yet: the headline block is still being read. */
  const inHeadline = (draft: Draft): boolean => draft.blocks.length === 0 && draft.bylines.length === 0 && draft.captions.length === 0;

  const addParagraph = (draft: Draft, item: Item): void => {
    let text = item.text;
    if (paragraphCount(draft) === 0) {
      const lead = splitLeadByline(text, roles);
      if (lead) {
        const { rest, ...byline } = lead;
        draft.bylines.push(byline);
        text = rest;
      } else if (looksLikeLeadByline(text, roles)) {
        messages.push(segmentMessage('warning', 'byline-unparsed', `the bracket of ${quote(text)} reads like a byline but names no one the roles know; left in the text`, item.line));
      }
    }
    const trailing = splitTrailingByline(text, roles);
    if (trailing) {
      const { rest, ...byline } = trailing;
      draft.bylines.push(byline);
      draft.ended = true;
      text = rest;
    }
    if (text !== '') draft.blocks.push({ type: 'paragraph', text, line: item.line });
  };

  const addHeadlineShaped = (item: Item, index: number): void => {
    const draft = active();
    const next = units[index + 1];
    if (draft && !inHeadline(draft) && next?.kind === 'heading' && next.level === 1 && stackable(item.text)) {
      // A plain line right over a `#` headline is its 引题, as `##` over `#` is.
      kicker = item.text;
    } else if (!draft) {
      open(item.text, item);
    } else if (inHeadline(draft) && (item.text === draft.title || item.text === draft.subtitle)) {
      removed.push({ kind: 'duplicate', text: item.text, line: item.line });
      messages.push(segmentMessage('info', 'duplicate-removed', `headline line ${quote(item.text)} printed twice; removed`, item.line));
    } else if (inHeadline(draft) && draft.subtitle === undefined) {
      // 引题 first, then the title: the title is the line under it (unless the page marked the first line as its headline).
      if (isOverline(draft.title) && !draft.marked) [draft.title, draft.subtitle] = [item.text, draft.title];
      else draft.subtitle = item.text;
    } else if (inHeadline(draft) && draft.marked && bylineAt(index + 1)) {
      // Under a `#` headline the unmarked lines are its deck, printed over as many lines as it takes.
      draft.subtitle = `${draft.subtitle ?? ''} ${item.text}`.trim();
      messages.push(segmentMessage('info', 'headline-deck', `${quote(item.text)} continues the deck under the headline ${quote(draft.title)}`, item.line));
    } else if (inHeadline(draft) && draft.title !== '' && bylineAt(index + 1)) {
      // Kicker, title, subtitle stacked (引题 主题 副题) over the byline: the middle line is the title; as with
      // `## kicker` over `# title`, the kicker is kept as the subtitle and the subtitle opens the body as a heading.
      // Without a byline under it, a third line is the body's first subheading (攥指成拳… / 全域巡防提升见警率).
      messages.push(segmentMessage('info', 'headline-stack', `three headline lines: ${quote(draft.subtitle ?? '')} is the title, ${quote(draft.title)} its kicker`, draft.line));
      [draft.title, draft.subtitle] = [draft.subtitle ?? '', draft.title];
      draft.blocks.push({ type: 'heading', text: item.text, line: item.line });
    } else if (bylineAt(index + 1) || leadAt(index + 1) || draft.ended || item.gap >= BOX_GAP || item.belowFurniture || (stackable(item.text) && (isOverline(item.text) ? headlineAt(index + 1) : stackAt(index + 1))) || newsLeadAt(index + 1) || signedBlockAt(index, draft)) {
      open(item.text, item);
    } else if (isParallelHeadline(item.text)) {
      messages.push(segmentMessage('info', 'headline-by-shape', `${quote(item.text)} opens an article: two parallel phrases are a title's form`, item.line));
      open(item.text, item);
    } else if (fitsSubheading(item.text)) {
      draft.blocks.push({ type: 'heading', text: item.text, line: item.line });
    } else {
      addParagraph(draft, item);
    }
  };

  /** Returns how many following units it consumed. */
  const addText = (item: Item, index: number): number => {
    const draft = active();
    if (draft && draft.blocks.length === 0) {
      const names = parseNameLine(item.text, roles);
      if (names) {
        draft.bylines.push(names);
        return 0;
      }
    }
    if (draft && !endsSentence(item.text)) {
      const credit = splitCredit(item.text, roles);
      if (credit) {
        addCredit(draft, credit, item);
        return 0;
      }
    }
    if (draft && item.gap >= BOX_GAP) {
      const credit = creditOnlyAt(index + 1);
      if (credit) {
        draft.captions.push({ text: item.text, credit: credit.credit, line: item.line });
        draft.ended = true;
        return 1;
      }
      const named = CAPTION_WITH_NAME.exec(item.text);
      if (named && index === units.length - 1) {
        draft.captions.push({ text: named[1] ?? '', credit: named[2] ?? '', line: item.line });
        draft.ended = true;
        messages.push(segmentMessage('warning', 'caption-orphan', `photo caption ${quote(item.text)} at the end of the issue attached to the last article, ${quote(draft.title)}`, item.line));
        return 0;
      }
    }
    if (draft && splitTrailingByline(item.text, roles)?.rest === '') {
      addParagraph(draft, item);
      return 0;
    }
    const next = textAt(index + 1);
    const nextParagraph = next && !bylineAt(index + 1) ? next.text : undefined;
    if (!neverHeadline(item.text) && isHeadlineShaped(item.text, nextParagraph, cues)) addHeadlineShaped(item, index);
    else addParagraph(current(item), item);
    return 0;
  };

  const addCredit = (draft: Draft, credit: Credit, item: Item): void => {
    draft.ended = true;
    // A paragraph closed by its authors' credit (…防线。 林 燕 彭楠岚 摄): body text and a byline, not a caption.
    const closing = credit.authors.length > 0 && item.gap < BOX_GAP ? splitTrailingByline(item.text, roles) : undefined;
    if (closing && closing.rest !== '') {
      addParagraph(draft, item);
      return;
    }
    if (credit.caption !== '') {
      draft.captions.push({ text: credit.caption, credit: credit.credit, line: item.line });
      return;
    }
    // A credit line after the text names the article's photographers (…好去处。 / 本报记者 陈占举 摄), who are
    // among its authors, or goes on its closing byline (记者周金友、洪菡婷 / 通讯员张晓燕 摄影报道).
    if (credit.authors.length > 0 && paragraphCount(draft) > 0) {
      draft.bylines.push({ text: credit.credit, authors: credit.authors });
      messages.push(segmentMessage('info', 'photo-credit-as-byline', `${quote(draft.title)}: its credit ${quote(credit.credit)} names authors`, item.line));
      return;
    }
    draft.captions.push({ text: '', credit: credit.credit, line: item.line });
    messages.push(segmentMessage('info', 'caption-without-text', `photo credit ${quote(credit.credit)} has no caption text`, item.line));
  };

  /** 上接…版: the article that went away most recently comes back. */
  const resume = (item: Item): void => {
    const away = item.jumpIn ? drafts.findLast((draft) => draft.away) : undefined;
    if (!away) return;
    away.away = false;
    resumed = away;
  };

  for (let index = 0; index < units.length; index += 1) {
    const unit = units[index];
    if (!unit) continue;
    const first = unit.kind === 'rows' ? unit.items[0] : unit.item;
    if (first) resume(first);
    if (unit.kind === 'rows') {
      const { blocks, messages: tableMessages } = tableBlocks(unit.items);
      const first = unit.items[0];
      if (first) current(first).blocks.push(...blocks);
      messages.push(...tableMessages);
    } else if (unit.kind === 'heading') {
      addMarkdownHeading(unit, units[index + 1]);
    } else {
      index += addText(unit.item, index);
    }
    const last = unit.kind === 'rows' ? unit.items.at(-1) : unit.item;
    const draft = active();
    if (last?.jumpOut && draft) draft.away = true;
  }
  for (const draft of drafts) closeWithNames(draft, roles);
  return { drafts, removed, messages };

  function addMarkdownHeading(unit: Extract<Unit, { kind: 'heading' }>, next: Unit | undefined): void {
    const draft = active();
    if (unit.level === 1) {
      open(unit.text, unit.item).marked = true;
    } else if (unit.level === 2 && draft && draft.blocks.length === 0 && draft.subtitle === undefined && draft.bylines.length === 0) {
      draft.subtitle = unit.text;
    } else if (unit.level === 2 && next?.kind === 'heading' && next.level === 1) {
      kicker = unit.text;
    } else if (draft) {
      draft.blocks.push({ type: 'heading', text: unit.text, line: unit.item.line });
    } else {
      open(unit.text, unit.item);
    }
  }
}
