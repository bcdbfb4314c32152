/**
 * Is a plain line headline-shaped? Headlines are short, never end with
 * 。，；、：, never contain a full stop, and balance their quotes; a column-break
 * fragment such as `这是双林镇积极发挥人大代表履职担` looks the same but runs
 * on into the next paragraph: a word is cut at the join (担|当 → 担当), or the next
 * paragraph opens with a character that never opens a sentence (…操作法”|的竺士杰).
 */
import type { SegmentCues } from './cues.ts';
import { canEndHeadline, containsSentenceEnd, firstWord, isBalanced, lastWord, wordCutAt } from './text.ts';

/** Longest plain line read as a headline (characters, spaces excluded). */
export const MAX_HEADLINE = 40;
/**
 * Longest plain line read as a subheading inside an article: subheadings are
 * short and unpunctuated (全域巡防提升见警率); a longer line there, or one with
 * a comma, is the first half of a sentence broken by a column (…电子通信用高高强,
 * 在这场多对一的“双考”中，14个).
 */
export const MAX_SUBHEADING = 20;

/** Clause punctuation: a title may carry it (条块结合，成立区域工会联盟), a subheading does not. */
const CLAUSE_PUNCTUATION = /[，、；：,;:]/u;

export function fitsSubheading(text: string): boolean {
  return text.replace(/\s/g, '').length <= MAX_SUBHEADING && !CLAUSE_PUNCTUATION.test(text);
}

const CLOSING_PUNCTUATION = /^[，。、；：！？”’）》」』,.;:!?)]/u;

const isIdeograph = (code: number) => code >= 0x4e00 && code <= 0x9fff;

/**
 * Is the first word of `text` a non-initial cue? The cues are single
 * characters, and a text opening on an ideograph opens on a word starting
 * with it, so when that ideograph is no cue the segmenter (slow to start on
 * each call) need not be asked.
 */
function opensOnNonInitial(text: string, cues: SegmentCues): boolean {
  if (isIdeograph(text.charCodeAt(0)) && !cues.nonInitial.has(text.charAt(0))) return false;
  return cues.nonInitial.has(firstWord(text));
}

/** Is the last word of `text` a non-final cue? As opensOnNonInitial, from the end. */
function closesOnNonFinal(text: string, cues: SegmentCues): boolean {
  if (isIdeograph(text.charCodeAt(text.length - 1)) && !cues.nonFinal.has(text.charAt(text.length - 1))) return false;
  return cues.nonFinal.has(lastWord(text));
}

/** Does `next` continue `text` mid-sentence? */
export function runsOnInto(text: string, next: string, cues: SegmentCues): boolean {
  if (CLOSING_PUNCTUATION.test(next)) return true;
  if (opensOnNonInitial(next, cues)) return true;
  return wordCutAt(text, next);
}

/** `next` is the following paragraph's text, when a paragraph follows. */
export function isHeadlineShaped(text: string, next: string | undefined, cues: SegmentCues): boolean {
  const length = text.replace(/\s/g, '').length;
  if (length < 2 || length > MAX_HEADLINE) return false;
  if (!canEndHeadline(text) || containsSentenceEnd(text.slice(0, -1)) || !isBalanced(text)) return false;
  if (CLOSING_PUNCTUATION.test(text) || opensOnNonInitial(text, cues) || closesOnNonFinal(text, cues)) return false;
  return next === undefined || !runsOnInto(text, next, cues);
}

/**
 * Two phrases of a parallel headline set apart by a space (攻坚提速 决胜全年,
 * 齐抓共管“绿色发展” 共建共享“无废城市”): the form of a title, not of the
 * subheadings inside an article, so it starts an article even without a byline.
 */
const PARALLEL = /^[^\s]{2,}\s+[^\s]{2,}$/u;

export function isParallelHeadline(text: string): boolean {
  return PARALLEL.test(text.trim());
}
