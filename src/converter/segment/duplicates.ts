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
 * A stretch repeated back to back: its first copy [start, start + length), in
 * code points, the leftmost window of the run with at least MIN_REPEAT_HAN Han
 * characters; the `copies` that follow it (ABCABCABC: 2); and the run itself,
 * the positions [from, to) whose character recurs `length` later.
 */
interface Run {
  start: number;
  length: number;
  copies: number;
  from: number;
  to: number;
}

/**
 * Every stretch of at least MIN_REPEAT_HAN Han characters repeated back to
 * back, shortest first, then leftmost: the order they are removed in.
 *
 * Near-linear: a repeat of length L makes every MIN_REPEAT_HAN-gram of its
 * first copy occur again L characters later, so the candidate lengths are the
 * distances from each gram to its next occurrence. A candidate is checked by
 * extending the run of characters that match L positions ahead; a run already
 * checked is not checked again. Repeats whose own period is shorter than a
 * gram (哈哈哈…, 一个一个一个…) are chance, not text printed twice, and are skipped.
 */
function repeatRuns(codes: Int32Array): Run[] {
  const n = codes.length;
  if (n < 2 * MIN_REPEAT_HAN) return [];
  const nextGram = nextSameGram(codes);
  /** Per length, the match run checked last: positions inside it need no second look. */
  const checked = new Map<number, { from: number; to: number }>();
  let han: Int32Array | undefined;
  const runs: Run[] = [];

  for (let i = nextGram.length - 1; i >= 0; i -= 1) {
    const next = nextGram[i] ?? -1;
    const length = next - i;
    if (next < 0 || length < MIN_REPEAT_HAN) continue;
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
      runs.push({ start, length, copies: Math.floor((to - start) / length), from, to });
      break;
    }
  }
  return runs.sort((a, b) => a.length - b.length || a.start - b.start);
}

/** The first stretch repeated back to back (shortest, then leftmost), as [start, length] in code points. */
export function findTandemRepeat(text: string): [number, number] | undefined {
  const [run] = repeatRuns(codePoints(text));
  return run && [run.start, run.length];
}

/** Code points [from, to) taken out of the text. */
interface Cut {
  from: number;
  to: number;
}

/**
 * Where a run's copies are cut out. Text repeating every L characters reads
 * the same with any L consecutive characters of it taken out, so the copies
 * may go from anywhere in the run: from its middle, as far as can be from the
 * characters its neighbours share with it (the 。 two sentences printed
 * twice each end with), so that cutting it leaves them as they were.
 */
function cut(run: Run): Cut {
  const removed = run.copies * run.length;
  const from = run.from + Math.floor((run.to + run.length - run.from - removed) / 2);
  return { from, to: from + removed };
}

/** How many of the cuts (in order, not overlapping) end at or before `position`. */
function cutsBefore(cuts: readonly Cut[], position: number): number {
  let low = 0;
  let high = cuts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((cuts[middle]?.to ?? 0) <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The text left on either side of cut `index`, up to `reach` code points each, and where the two sides meet. */
function aroundCut(codes: Int32Array, cuts: readonly Cut[], index: number, reach: number): { text: Int32Array; junction: number } {
  const left: Int32Array[] = [];
  const right: Int32Array[] = [];
  for (let k = index, wanted = reach; k >= 0 && wanted > 0; k -= 1) {
    const end = cuts[k]?.from ?? 0;
    const start = Math.max(cuts[k - 1]?.to ?? 0, end - wanted);
    left.unshift(codes.subarray(start, end));
    wanted -= end - start;
  }
  for (let k = index, wanted = reach; k < cuts.length && wanted > 0; k += 1) {
    const start = cuts[k]?.to ?? 0;
    const end = Math.min(cuts[k + 1]?.from ?? codes.length, start + wanted);
    right.push(codes.subarray(start, end));
    wanted -= end - start;
  }
  const junction = left.reduce((sum, piece) => sum + piece.length, 0);
  const text = new Int32Array(right.reduce((sum, piece) => sum + piece.length, junction));
  let at = 0;
  for (const piece of [...left, ...right]) {
    text.set(piece, at);
    at += piece.length;
  }
  return { text, junction };
}

/**
 * The first runs, in the order they are removed (shortest first, then
 * leftmost), that one pass can cut with the same result as cutting them one
 * at a time and searching the whole text again after each. A run is found the
 * same way after earlier cuts when none of them touches the characters that
 * decide it, the run and the mismatch on either side ([from - 1, to + length]);
 * the pass stops at the first run a cut touches, as that run may have changed.
 *
 * A cut can also make a repeat that was not there (ABBAB is ABAB once the
 * second B goes), and that repeat goes before any longer run. So after each
 * cut the text around the join is searched for a repeat across it, and the
 * pass stops before any run as long as one found. The search reaches every
 * such repeat up to twice the pass's shortest run, and the pass takes no
 * longer run than that: passes grow with the log of the longest run over the
 * shortest. test/property/tandem.property.test.ts holds the result to the one
 * of cutting one at a time.
 */
function independentRuns(codes: Int32Array, runs: readonly Run[]): Run[] {
  const longest = 2 * (runs[0]?.length ?? 0);
  const taken: Run[] = [];
  const cuts: Cut[] = [];
  /** The shortest repeat the cuts made. */
  let made = Infinity;
  for (const run of runs) {
    if (run.length > longest || run.length >= made) break;
    const touching = cuts[cutsBefore(cuts, run.from - 1)];
    if (touching && touching.from <= run.to + run.length) break;
    taken.push(run);
    const placed = cut(run);
    const index = cutsBefore(cuts, placed.from);
    cuts.splice(index, 0, placed);
    // Reaching 2 × longest on either side finds every repeat of up to `longest` that crosses the join.
    const { text, junction } = aroundCut(codes, cuts, index, 4 * longest);
    for (const across of repeatRuns(text)) if (across.from <= junction && across.to + across.length >= junction) made = Math.min(made, across.length);
  }
  return taken;
}

/** A string of code points, built in slices: spreading a whole paragraph of arguments would overflow the stack. */
function fromCodePoints(codes: Int32Array): string {
  let text = '';
  for (let at = 0; at < codes.length; at += 4096) text += String.fromCodePoint(...codes.subarray(at, at + 4096));
  return text;
}

/** The code points without the runs' cuts, which do not overlap. */
function withoutCuts(codes: Int32Array, runs: readonly Run[]): Int32Array {
  const cuts = runs.map(cut).sort((a, b) => a.from - b.from);
  const kept = new Int32Array(codes.length - cuts.reduce((sum, gap) => sum + gap.to - gap.from, 0));
  let at = 0;
  let written = 0;
  for (const gap of [...cuts, { from: codes.length, to: codes.length }]) {
    kept.set(codes.subarray(at, gap.from), written);
    written += gap.from - at;
    at = gap.to;
  }
  return kept;
}

/**
 * The text with every stretch repeated back to back kept once, and the copies
 * taken out, in the order they go. Looking for the shortest repeat again after
 * each removal costs the whole paragraph per repeat (one line of 500,000
 * characters holding thousands of paragraphs printed twice); a pass removes
 * all the repeats it can at once (independentRuns), and passes run until none
 * is left: a few more than the times the longest repeat doubles the shortest,
 * or than repeats nest inside one another.
 */
function keepOnce(text: string): { text: string; copies: string[] } {
  let codes = codePoints(text);
  const copies: string[] = [];
  for (let runs = repeatRuns(codes); runs.length > 0; runs = repeatRuns(codes)) {
    const taken = independentRuns(codes, runs);
    for (const run of taken) {
      const copy = fromCodePoints(codes.subarray(run.start, run.start + run.length));
      for (let count = 0; count < run.copies; count += 1) copies.push(copy);
    }
    codes = withoutCuts(codes, taken);
  }
  return { text: copies.length === 0 ? text : fromCodePoints(codes), copies };
}

export function removeTandemRepeats(blocks: readonly Block[]): Repaired {
  const removed: Removal[] = [];
  const messages: Message[] = [];
  const out = blocks.map((block) => {
    if (!isParagraph(block)) return block;
    const { text, copies } = keepOnce(block.text);
    for (const copy of copies) {
      removed.push({ kind: 'duplicate', text: copy, line: block.line });
      messages.push(segmentMessage('info', 'repeat-removed', `${quote(copy)} printed twice in a row inside a paragraph; kept once`, block.line));
    }
    return copies.length === 0 ? block : { ...block, text };
  });
  return { blocks: out, removed, messages };
}
