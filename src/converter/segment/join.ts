/**
 * Column-break joining: a paragraph that stops without sentence-final
 * punctuation (…环境 / 质量奖惩…, 不 / 能让…, 2020 / 年，…) continues in the
 * next paragraph. Typesetting sometimes repeats a few characters across the
 * break (社会保障 / 保障局): that overlap is printed once and reported.
 */
import type { Block, Message, Removal } from '../types.ts';
import { isParagraph, type Repaired } from './repair.ts';
import { quote, segmentMessage } from './rules.ts';
import { endsSentence } from './text.ts';

/** Overlaps shorter than this are ordinary text (了了, 人人). */
const MIN_OVERLAP = 2;
const MAX_OVERLAP = 8;
const HAN_ONLY = /^\p{Script=Han}+$/u;

/** Characters printed at the end of one column and again at the top of the next. */
export function overlapAt(before: string, after: string): string {
  for (let length = MAX_OVERLAP; length >= MIN_OVERLAP; length -= 1) {
    const head = [...after].slice(0, length).join('');
    if ([...head].length === length && HAN_ONLY.test(head) && before.endsWith(head)) return head;
  }
  return '';
}

function glue(before: string, after: string): string {
  // Latin words broken across columns keep a space; Chinese text has none.
  return /[A-Za-z]$/.test(before) && /^[A-Za-z]/.test(after) ? `${before} ${after}` : before + after;
}

export function joinColumnBreaks(blocks: readonly Block[]): Repaired {
  const out: Block[] = [];
  const removed: Removal[] = [];
  const messages: Message[] = [];
  for (const block of blocks) {
    const previous = out.at(-1);
    if (!isParagraph(previous) || !isParagraph(block) || endsSentence(previous.text)) {
      out.push(block);
      continue;
    }
    const overlap = overlapAt(previous.text, block.text);
    if (overlap !== '') {
      removed.push({ kind: 'duplicate', text: overlap, line: block.line });
      messages.push(segmentMessage('info', 'column-overlap-removed', `${quote(overlap)} printed on both sides of a column break; kept once`, block.line));
    }
    messages.push(segmentMessage('info', 'column-break-joined', `paragraph ending ${quote(previous.text.slice(-8))} continued by the next one`, block.line));
    out[out.length - 1] = { ...previous, text: glue(previous.text, block.text.slice(overlap.length)) };
  }
  return { blocks: out, removed, messages };
}
