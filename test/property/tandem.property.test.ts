/**
 * Differential test of removeTandemRepeats (src/converter/segment/duplicates.ts),
 * which removes text printed twice back to back inside a paragraph in passes,
 * against the algorithm it replaced, kept below only as the oracle: find the
 * shortest, then leftmost, repeat in the whole paragraph, take its copies out,
 * look again (it costs the whole paragraph per repeat).
 *
 * Paragraphs are real sentences of the sample issues with repeats planted in
 * them one after another, so that later ones nest in, overlap and cross
 * earlier ones: whole sentences (how a paragraph or a sentence gets printed
 * twice), any stretch of characters, and any stretch over a ten-character
 * alphabet where text also repeats by chance. The text and the removed copies,
 * in order, must be the oracle's; nothing may be lost and no repeat left. How
 * often a repeat was planted, nested and removed is reported.
 *
 * The seed is the run's (test/setup); FC_RUNS raises the number of runs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTandemRepeat, removeTandemRepeats } from '../../src/converter/segment/duplicates.ts';
import { HAN, HAN_GLOBAL } from '../../src/converter/segment/text.ts';

// ---------------------------------------------------------------- the oracle

const MIN_REPEAT_HAN = 6;

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

const isHanCode = (code: number): boolean => HAN.test(String.fromCodePoint(code));

function hanPrefix(codes: Int32Array): Int32Array {
  const prefix = new Int32Array(codes.length + 1);
  codes.forEach((code, i) => {
    prefix[i + 1] = (prefix[i] ?? 0) + (isHanCode(code) ? 1 : 0);
  });
  return prefix;
}

function gramHash(codes: Int32Array, at: number): number {
  let hash = 0x811c9dc5;
  for (let k = at; k < at + MIN_REPEAT_HAN; k += 1) hash = Math.imul(hash ^ (codes[k] ?? 0), 0x01000193);
  return hash >>> 0;
}

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

function findRepeatRun(text: string): { start: number; length: number; copies: number } | undefined {
  if (text.length < 2 * MIN_REPEAT_HAN) return undefined;
  const codes = codePoints(text);
  const n = codes.length;
  if (n < 2 * MIN_REPEAT_HAN) return undefined;
  const nextGram = nextSameGram(codes);
  const checked = new Map<number, { from: number; to: number }>();
  let han: Int32Array | undefined;
  let best: { start: number; length: number; copies: number } | undefined;
  for (let i = nextGram.length - 1; i >= 0; i -= 1) {
    const next = nextGram[i] ?? -1;
    const length = next - i;
    if (next < 0 || length < MIN_REPEAT_HAN || (best && length > best.length)) continue;
    const known = checked.get(length);
    if (known && i >= known.from && i < known.to) continue;
    let from = i;
    while (from > 0 && codes[from - 1] === codes[from - 1 + length]) from -= 1;
    let to = i;
    while (to + length < n && codes[to] === codes[to + length]) to += 1;
    checked.set(length, { from, to });
    han ??= hanPrefix(codes);
    for (let start = from; start + length <= to; start += 1) {
      if ((han[start + length] ?? 0) - (han[start] ?? 0) < MIN_REPEAT_HAN) continue;
      if (!best || length < best.length || start < best.start) best = { start, length, copies: Math.floor((to - start) / length) };
      break;
    }
  }
  return best;
}

/** The paragraph with its repeats kept once, and the copies removed, in the order removed. */
function oracleKeepOnce(paragraph: string): { text: string; copies: string[] } {
  let text = paragraph;
  const copies: string[] = [];
  for (let run = findRepeatRun(text); run; run = findRepeatRun(text)) {
    const { start, length, copies: count } = run;
    const chars = [...text];
    for (let copy = 1; copy <= count; copy += 1) copies.push(chars.slice(start + copy * length, start + (copy + 1) * length).join(''));
    text = [...chars.slice(0, start + length), ...chars.slice(start + (count + 1) * length)].join('');
  }
  return { text, copies };
}

// ------------------------------------------------------------- the paragraphs

const RAW = fileURLToPath(new URL('../../content/raw/', import.meta.url));
const SENTENCES = readdirSync(RAW)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .flatMap((file) => readFileSync(RAW + file, 'utf8').split('\n'))
  .flatMap((line) => line.trim().match(/[^。！？]+[。！？]?/gu) ?? [])
  .filter((sentence) => HAN.test(sentence));
const RUNS = Number(process.env['FC_RUNS'] ?? 3000);

/** Copies of `span` units from `at` inserted right after them: planted one after another, they nest, overlap and cross. */
interface Plant {
  at: number;
  span: number;
  copies: number;
}

interface Planted {
  text: string;
  plants: number;
  /** A plant whose copied span holds part of an earlier one: nested in it, or crossing it. */
  nested: boolean;
  several: boolean;
}

function plantAll(units: readonly string[], plants: readonly Plant[]): Planted {
  let current = [...units];
  /** Where earlier plants put units, as [first, end) in the current units. */
  let planted: [number, number][] = [];
  let nested = false;
  for (const { at, span, copies } of plants) {
    const start = at % current.length;
    const piece = current.slice(start, start + span);
    const end = start + piece.length;
    if (planted.some(([first, last]) => first < end && last > start)) nested = true;
    const added = piece.length * copies;
    planted = [...planted.map(([first, last]): [number, number] => [first >= end ? first + added : first, last >= end ? last + added : last]), [end, end + added]];
    current = [...current.slice(0, end), ...Array.from({ length: copies }, () => piece).flat(), ...current.slice(end)];
  }
  return { text: current.join(''), plants: plants.length, nested, several: plants.some((plant) => plant.copies > 1) };
}

const plantArb = (maxSpan: number): fc.Arbitrary<Plant> => fc.record({ at: fc.nat(400), span: fc.integer({ min: 1, max: maxSpan }), copies: fc.integer({ min: 1, max: 3 }) });
const sentencesArb = fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 10 });
const plantsArb = (maxSpan: number): fc.Arbitrary<Plant[]> => fc.array(plantArb(maxSpan), { maxLength: 5 });

/** Whole sentences printed again: a sentence, a paragraph's worth of them. */
const bySentence = fc.tuple(sentencesArb, plantsArb(5)).map(([sentences, plants]) => plantAll(sentences, plants));
/** Any stretch of characters printed again, over real text. */
const byCharacter = fc.tuple(sentencesArb, plantsArb(90)).map(([sentences, plants]) => plantAll([...sentences.join('')], plants));
/** The same over ten Han characters and two marks, where stretches also repeat by chance. */
const fewCharacters = fc
  .tuple(fc.array(fc.constantFrom(...'的一是在不了有和人这，。'), { minLength: 6, maxLength: 120 }), plantsArb(60))
  .map(([chars, plants]) => plantAll(chars, plants));

// ------------------------------------------------------------------ the tests

function passes(text: string): { text: string; copies: string[] } {
  const { blocks, removed } = removeTandemRepeats([{ type: 'paragraph', text, line: 1 }]);
  const [block] = blocks;
  return { text: block?.type === 'paragraph' ? block.text : '', copies: removed.map((removal) => removal.text) };
}

const hanCount = (text: string): number => text.match(HAN_GLOBAL)?.length ?? 0;

/** What must hold of any result: every character kept or recorded as a removed copy, and no repeat left. */
function losses(input: string, result: { text: string; copies: string[] }): string[] {
  const problems: string[] = [];
  const recorded = result.copies.join('');
  if ([...input].length !== [...result.text].length + [...recorded].length) problems.push('characters neither kept nor recorded');
  if (hanCount(input) !== hanCount(result.text) + hanCount(recorded)) problems.push('Han characters neither kept nor recorded');
  if (findTandemRepeat(result.text)) problems.push('a repeat left in the text');
  return problems;
}

interface Tally {
  cases: number;
  planted: number;
  nested: number;
  several: number;
  removing: number;
}

function tally(): Tally {
  return { cases: 0, planted: 0, nested: 0, several: 0, removing: 0 };
}

function count(into: Tally, sample: Planted, oracle: { text: string; copies: string[] }): void {
  into.cases += 1;
  if (sample.plants > 0) into.planted += 1;
  if (sample.nested) into.nested += 1;
  if (sample.several) into.several += 1;
  if (oracle.copies.length > 0) into.removing += 1;
}

function report(name: string, { cases, planted, nested, several, removing }: Tally): void {
  const share = (part: number): string => `${((100 * part) / cases).toFixed(1)}%`;
  process.stderr.write(
    `tandem repeats, ${name}: ${cases} paragraphs; repeat planted in ${share(planted)}, nested in or crossing another in ${share(nested)}, several copies in ${share(several)}; ` +
      `the oracle removes a repeat in ${share(removing)}\n`,
  );
}

/** The oracle's result, and what must hold whatever the oracle says. */
function check(sample: Planted, seen: Tally): void {
  const oracle = oracleKeepOnce(sample.text);
  const result = passes(sample.text);
  count(seen, sample, oracle);
  expect(result).toEqual(oracle);
  expect(losses(sample.text, result)).toEqual([]);
}

describe('removeTandemRepeats against the old one-repeat-at-a-time removal', () => {
  for (const [name, arbitrary] of [
    ['a whole sentence or several', bySentence],
    ['any stretch of real text', byCharacter],
    ['any stretch over ten characters', fewCharacters],
  ] as const) {
    it(`gives the oracle's text and removed copies, in order, when ${name} is printed again`, () => {
      const seen = tally();
      fc.assert(
        fc.property(arbitrary, (sample) => check(sample, seen)),
        { numRuns: RUNS },
      );
      report(name, seen);
      // The generators must keep planting: most paragraphs hold a repeat, many nested ones.
      expect(seen.planted / seen.cases).toBeGreaterThan(0.75);
      expect(seen.nested / seen.cases).toBeGreaterThan(0.3);
      expect(seen.removing / seen.cases).toBeGreaterThan(0.5);
    });
  }

  it('keeps a paragraph without repeats as it is', () => {
    fc.assert(
      fc.property(sentencesArb, (sentences) => {
        const text = [...new Set(sentences)].join('');
        fc.pre(oracleKeepOnce(text).copies.length === 0);
        expect(passes(text)).toEqual({ text, copies: [] });
      }),
      { numRuns: RUNS },
    );
  });

  it('takes a repeat a removal makes before a longer one the same pass found (ABBAB → ABAB)', () => {
    // 日前… printed twice inside 甘凌峰日前… printed twice: 甘凌峰日前… is a repeat of its own only
    // once 日前… goes, and it goes before 警校…, which is longer and was there from the start.
    const inner = '日前，一名老乡因在工厂摔伤和老板产生了赔偿纠纷。';
    const outer = `甘凌峰${inner}${inner}`;
    const other = '“警校联盟”关爱青少年，由纪委监委、人力社保局联合打造的社会保险大数据监督应用上线。';
    const text = `${outer}${outer}${other}${other}`;
    const result = passes(text);
    expect(result.text).toBe(`甘凌峰${inner}${other}`);
    expect(result.copies).toEqual([inner, inner, `甘凌峰${inner}`, `。${other.slice(0, -1)}`]);
    expect(result).toEqual(oracleKeepOnce(text));
  });

  it('cuts every repeat of a line that lost its line breaks, nested ones after the ones they hold', () => {
    const sentences = SENTENCES.slice(0, 40);
    const inner = sentences.map((sentence, index) => (index % 4 === 0 ? sentence + sentence : sentence));
    const text = `${inner.join('')}${sentences.join('')}`.repeat(3);
    const result = passes(text);
    expect(result.text).toBe(sentences.join(''));
    expect(result).toEqual(oracleKeepOnce(text));
  });
});
