/**
 * A title for an article printed without a recognisable headline (text at the
 * top of a page, a file that is one long line): its first sentence, cut at a
 * word boundary so it stays a title's length. The caller reports it: a title
 * made up this way is a best effort an editor should check.
 */
import type { Block, Caption } from '../types.ts';
import { wordSegmenter as words } from '../words.ts';

/** Longest made-up title, in characters, the ellipsis included. */
export const MAX_DERIVED_TITLE = 24;
const ELLIPSIS = '…';
/** Enough text to hold a title's first words: a long line is never segmented whole. */
const LOOKAHEAD = MAX_DERIVED_TITLE * 4;
const SENTENCE_END = /[。！？!?；;]/u;
const WORDY = /[\p{L}\p{N}]/u;
const LEADING_MARKS = /^[\s，,、：:]+/u;
/** Marks a title does not end with: the sentence's own, and clause marks left by a cut. */
const TRAILING_MARKS = /[\s。！？!?；;，,、：:…]+$/u;
const STRONG = /\*\*/g;


function firstText(blocks: readonly Block[], captions: readonly Caption[]): string {
  for (const block of blocks) {
    const text = block.type === 'table' ? block.rows.flat().join(' ') : block.text;
    if (text.trim() !== '') return text;
  }
  return captions.map((caption) => caption.text || caption.credit || '').find((text) => text.trim() !== '') ?? '';
}

/** The first sentence of a text, at most MAX_DERIVED_TITLE characters, cut after a whole word and marked with an ellipsis. */
export function titleFromText(text: string): string {
  const head = text.replace(STRONG, '').trim().slice(0, LOOKAHEAD);
  // The first piece between sentence ends that has words in it (`!` of a stray `![x]` leaves none before it).
  const pieces = head.split(SENTENCE_END);
  const first = pieces.findIndex((piece) => WORDY.test(piece));
  if (first < 0) return '';
  const sentence = (pieces[first] ?? '').replace(LEADING_MARKS, '').replace(TRAILING_MARKS, '');
  const whole = first < pieces.length - 1 || head.length < LOOKAHEAD;
  if ([...sentence].length <= MAX_DERIVED_TITLE && whole) return sentence;

  let title = '';
  for (const { segment } of words.segment(sentence)) {
    if ([...title].length + [...segment].length > MAX_DERIVED_TITLE - 1) break;
    title += segment;
  }
  // A first "word" longer than a title (a run of Latin letters or digits) is cut where the room ends.
  if (title.trim() === '') title = [...sentence].slice(0, MAX_DERIVED_TITLE - 1).join('');
  return `${title.replace(TRAILING_MARKS, '')}${ELLIPSIS}`;
}

export function titleFromBody(blocks: readonly Block[], captions: readonly Caption[]): string {
  return titleFromText(firstText(blocks, captions));
}
