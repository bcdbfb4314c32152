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
import { endsSentence, HAN, hasHan } from './text.ts';

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
    if (!isParagraph(block) || !hasHan(block.text, MIN_REPEAT_HAN)) return;
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
    if (!hasHan(block.text, MIN_REPEAT_HAN)) continue;
    const holder = paragraphs.find(
      (other) => other.index !== index && !drop.has(other.index) && other.block.text.includes(block.text) && (other.block.text !== block.text || other.index < index),
    );
    if (holder) drop.set(index, `repeats text of the paragraph at line ${holder.block.line}`);
  }
  return collect(blocks, drop);
}

/** The code points of a text, without the array of one-character strings `[...text]` would allocate. */
function codePoints(text: string): Int32Array {
  const codes = new Int32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.codePointAt(i) ?? 0;
    codes[n] = code;
    n += 1;
    if (code > 0xffff) i += 1;
  }
  return codes.subarray(0, n);
}

/** Han or not, for every BMP code point: built once, as the regex is too slow to run per character here. */
let bmpHan: Uint8Array | undefined;

function isHanCode(code: number): boolean {
  if (code > 0xffff) return HAN.test(String.fromCodePoint(code));
  bmpHan ??= Uint8Array.from({ length: 0x10000 }, (_, c) => (HAN.test(String.fromCharCode(c)) ? 1 : 0));
  return bmpHan[code] === 1;
}

/** prefix[i]: how many Han characters the first i code points hold. */
function hanPrefix(codes: Int32Array): Int32Array {
  const prefix = new Int32Array(codes.length + 1);
  codes.forEach((code, i) => {
    prefix[i + 1] = (prefix[i] ?? 0) + (isHanCode(code) ? 1 : 0);
  });
  return prefix;
}

/** A hash of the MIN_REPEAT_HAN code points from `at` (FNV-1a); a collision only costs the caller one failed check. */
function gramHash(codes: Int32Array, at: number): number {
  let hash = 0x811c9dc5;
  for (let k = at; k < at + MIN_REPEAT_HAN; k += 1) hash = Math.imul(hash ^ (codes[k] ?? 0), 0x01000193);
  return hash >>> 0;
}

/**
 * For each position, the next position whose gram hashes the same (-1 when
 * none): an open-addressing table in typed arrays, as this runs on every
 * paragraph of every issue.
 */
function nextSameGram(codes: Int32Array): Int32Array {
  const positions = codes.length - MIN_REPEAT_HAN + 1;
  const size = 2 ** Math.ceil(Math.log2(positions * 2 + 1));
  const keys = new Uint32Array(size);
  const last = new Int32Array(size).fill(-1);
  const next = new Int32Array(positions);
  for (let i = positions - 1; i >= 0; i -= 1) {
    const hash = gramHash(codes, i);
    let slot = hash & (size - 1);
    while (last[slot] !== -1 && keys[slot] !== hash) slot = (slot + 1) & (size - 1);
    next[i] = last[slot] ?? -1;
    keys[slot] = hash;
    last[slot] = i;
  }
  return next;
}

/**
 * The first stretch of at least MIN_REPEAT_HAN Han characters repeated back to
 * back, as [start, length] in code points: shortest repeat first, then leftmost.
 *
 * Near-linear: a repeat of length L makes every MIN_REPEAT_HAN-gram of its
 * first copy occur again L characters later, so the candidate lengths are the
 * distances from each gram to its next occurrence. A candidate is checked by
 * extending the run of characters that match L positions ahead; a run already
 * checked is not checked again. Repeats whose own period is shorter than a
 * gram (哈哈哈…, 一个一个一个…) are chance, not text printed twice, and are skipped.
 */
export function findTandemRepeat(text: string): [number, number] | undefined {
  const run = findRepeatRun(text);
  return run && [run.start, run.length];
}

/** The repeat findTandemRepeat finds, with how many copies follow the first one back to back (ABCABCABC: 2). */
function findRepeatRun(text: string): { start: number; length: number; copies: number } | undefined {
  if (text.length < 2 * MIN_REPEAT_HAN) return undefined;
  const codes = codePoints(text);
  const n = codes.length;
  if (n < 2 * MIN_REPEAT_HAN) return undefined;
  const nextGram = nextSameGram(codes);
  /** Per length, the match run checked last: positions inside it need no second look. */
  const checked = new Map<number, { from: number; to: number }>();
  let han: Int32Array | undefined;
  let best: { start: number; length: number; copies: number } | undefined;

  for (let i = nextGram.length - 1; i >= 0; i -= 1) {
    const next = nextGram[i] ?? -1;
    const length = next - i;
    if (next < 0 || length < MIN_REPEAT_HAN || (best && length > best.length)) continue;
    const known = checked.get(length);
    if (known && i >= known.from && i < known.to) continue;
    // The run of positions j where the character L ahead is the same one.
    let from = i;
    while (from > 0 && codes[from - 1] === codes[from - 1 + length]) from -= 1;
    let to = i;
    while (to + length < n && codes[to] === codes[to + length]) to += 1;
    checked.set(length, { from, to });
    han ??= hanPrefix(codes);
    // The leftmost window [start, start + L) of the run with enough Han characters is repeated right after itself.
    for (let start = from; start + length <= to; start += 1) {
      if ((han[start + length] ?? 0) - (han[start] ?? 0) < MIN_REPEAT_HAN) continue;
      if (!best || length < best.length || start < best.start) best = { start, length, copies: Math.floor((to - start) / length) };
      break;
    }
  }
  return best;
}

export function removeTandemRepeats(blocks: readonly Block[]): Repaired {
  const removed: Removal[] = [];
  const messages: Message[] = [];
  const out = blocks.map((block) => {
    if (!isParagraph(block)) return block;
    let text = block.text;
    for (let run = findRepeatRun(text); run; run = findRepeatRun(text)) {
      const { start, length, copies } = run;
      const chars = [...text];
      // Every further copy goes at once: a stretch printed five times is kept once, in one pass.
      for (let copy = 1; copy <= copies; copy += 1) {
        const repeated = chars.slice(start + copy * length, start + (copy + 1) * length).join('');
        removed.push({ kind: 'duplicate', text: repeated, line: block.line });
        messages.push(segmentMessage('info', 'repeat-removed', `${quote(repeated)} printed twice in a row inside a paragraph; kept once`, block.line));
      }
      text = [...chars.slice(0, start + length), ...chars.slice(start + (copies + 1) * length)].join('');
    }
    return text === block.text ? block : { ...block, text };
  });
  return { blocks: out, removed, messages };
}
