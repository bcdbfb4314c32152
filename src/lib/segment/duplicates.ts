/**
 * Text printed twice, removed once and recorded in `removed` (kind duplicate):
 *
 *   - a fragment printed twice before a column break: a finished one keeps its
 *     first print; an unfinished one (为增强“双考”的针对性，该县纪委监) keeps its
 *     last, the one its continuation follows;
 *   - a paragraph contained in another one of the same article (垃圾分类离不开…
 *     printed again after the joined paragraph that holds it);
 *   - a stretch repeated back to back inside one paragraph (海域纠纷的问题化解后…).
 */
import type { Block, Message, Removal } from '../types.ts';
import { isParagraph, type Paragraph, type Repaired } from './repair.ts';
import { quote, segmentMessage } from './rules.ts';
import { endsSentence, hanCount } from './text.ts';

/** Shorter text repeats by chance (一个一个, 研究研究). */
const MIN_REPEAT_HAN = 6;

function removal(text: string, line: number, why: string): { removed: Removal; message: Message } {
  return {
    removed: { kind: 'duplicate', text, line },
    message: segmentMessage('info', 'duplicate-removed', `${quote(text)} ${why}; removed`, line),
  };
}

function collect(blocks: readonly Block[], drop: ReadonlyMap<number, string>): Repaired {
  const removed: Removal[] = [];
  const messages: Message[] = [];
  blocks.forEach((block, index) => {
    const why = drop.get(index);
    if (why === undefined || !isParagraph(block)) return;
    const entry = removal(block.text, block.line, why);
    removed.push(entry.removed);
    messages.push(entry.message);
  });
  return { blocks: blocks.filter((_, index) => !drop.has(index)), removed, messages };
}

export function removeRepeatedFragments(blocks: readonly Block[]): Repaired {
  const byText = new Map<string, number[]>();
  blocks.forEach((block, index) => {
    if (!isParagraph(block) || hanCount(block.text) < MIN_REPEAT_HAN) return;
    byText.set(block.text, [...(byText.get(block.text) ?? []), index]);
  });
  const drop = new Map<number, string>();
  for (const [text, indexes] of byText) {
    if (indexes.length < 2) continue;
    const keep = endsSentence(text) ? indexes[0] : indexes.at(-1);
    for (const index of indexes) if (index !== keep) drop.set(index, 'printed twice');
  }
  return collect(blocks, drop);
}

export function removeContainedParagraphs(blocks: readonly Block[]): Repaired {
  const paragraphs = blocks.map((block, index) => ({ block, index })).filter((entry): entry is { block: Paragraph; index: number } => isParagraph(entry.block));
  const drop = new Map<number, string>();
  for (const { block, index } of paragraphs) {
    if (hanCount(block.text) < MIN_REPEAT_HAN) continue;
    const holder = paragraphs.find(
      (other) => other.index !== index && !drop.has(other.index) && other.block.text.includes(block.text) && (other.block.text !== block.text || other.index < index),
    );
    if (holder) drop.set(index, `repeats text of the paragraph at line ${holder.block.line}`);
  }
  return collect(blocks, drop);
}

/** The first stretch of at least MIN_REPEAT_HAN Han characters repeated back to back: [start, length]. */
export function findTandemRepeat(text: string): [number, number] | undefined {
  const chars = [...text];
  for (let length = MIN_REPEAT_HAN; length * 2 <= chars.length; length += 1) {
    let run = 0;
    for (let i = 0; i + length < chars.length; i += 1) {
      run = chars[i] === chars[i + length] ? run + 1 : 0;
      if (run < length) continue;
      const start = i - length + 1;
      if (hanCount(chars.slice(start, start + length).join('')) >= MIN_REPEAT_HAN) return [start, length];
    }
  }
  return undefined;
}

export function removeTandemRepeats(blocks: readonly Block[]): Repaired {
  const removed: Removal[] = [];
  const messages: Message[] = [];
  const out = blocks.map((block) => {
    if (!isParagraph(block)) return block;
    let chars = [...block.text];
    for (let repeat = findTandemRepeat(block.text); repeat; repeat = findTandemRepeat(chars.join(''))) {
      const [start, length] = repeat;
      const text = chars.slice(start + length, start + 2 * length).join('');
      removed.push({ kind: 'duplicate', text, line: block.line });
      messages.push(segmentMessage('info', 'repeat-removed', `${quote(text)} printed twice in a row inside a paragraph; kept once`, block.line));
      chars = [...chars.slice(0, start + length), ...chars.slice(start + 2 * length)];
    }
    return { ...block, text: chars.join('') };
  });
  return { blocks: out, removed, messages };
}
