/**
 * Differential test of removeTandemRepeats (src/lib/segment/duplicates.ts),
 * which removes text printed twice back to back inside a paragraph in passes,
 * against the algorithm it replaced, kept below only as the oracle: find the
 * shortest, then leftmost, repeat in the whole paragraph, take its copies out,
 * look again (it costs the whole paragraph per repeat).
 *
 * Paragraphs are real sentences of the sample issues with repeats planted in
 * them one after another, so that later ones nest in, overlap and cross
 * earlier ones. Planted at sentence boundaries (how a paragraph or a sentence
 * gets printed twice), the result must be the oracle's. Planted at arbitrary
 * characters, and over a ten-character alphabet where text repeats by chance,
 * the passes may choose differently where a removal makes a repeat that was
 * not there (ABBAB → ABAB crosses the copy taken out) and that repeat crosses
 * another one the same pass removes; there nothing may be lost and no repeat
 * left, and the rate of agreement is reported and held to a floor.
 *
 * The seed is the run's (test/setup); FC_RUNS raises the number of runs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTandemRepeat, removeTandemRepeats } from '../../src/lib/segment/duplicates.ts';
import { HAN, HAN_GLOBAL } from '../../src/lib/segment/text.ts';

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
  /** A plant whose copied span holds part of an earlier plant. */
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
const sorted = (copies: readonly string[]): string[] => [...copies].sort();

/** What must hold whatever the order: every character kept or recorded as a removed copy, and no repeat left. */
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
  sameText: number;
  sameOrder: number;
}

function tally(): Tally {
  return { cases: 0, planted: 0, nested: 0, several: 0, removing: 0, sameText: 0, sameOrder: 0 };
}

function count(into: Tally, sample: Planted, oracle: { text: string; copies: string[] }, result: { text: string; copies: string[] }): void {
  into.cases += 1;
  if (sample.plants > 0) into.planted += 1;
  if (sample.nested) into.nested += 1;
  if (sample.several) into.several += 1;
  if (oracle.copies.length > 0) into.removing += 1;
  if (result.text === oracle.text) into.sameText += 1;
  if (JSON.stringify(result.copies) === JSON.stringify(oracle.copies)) into.sameOrder += 1;
}

function report(name: string, { cases, planted, nested, several, removing, sameText, sameOrder }: Tally): void {
  const share = (part: number): string => `${((100 * part) / cases).toFixed(1)}%`;
  process.stderr.write(
    `tandem repeats, ${name}: ${cases} paragraphs; repeat planted in ${share(planted)}, nested in ${share(nested)}, several copies in ${share(several)}; ` +
      `the oracle removes something in ${share(removing)}; same text as the oracle in ${share(sameText)}, same removed copies in the same order in ${share(sameOrder)}\n`,
  );
}

describe('removeTandemRepeats against the old one-repeat-at-a-time removal', () => {
  it('gives the oracle\'s text and removed copies when whole sentences are printed again', () => {
    const seen = tally();
    fc.assert(
      fc.property(bySentence, (sample) => {
        const oracle = oracleKeepOnce(sample.text);
        const result = passes(sample.text);
        count(seen, sample, oracle, result);
        expect(result.text).toBe(oracle.text);
        expect(sorted(result.copies)).toEqual(sorted(oracle.copies));
        expect(losses(sample.text, result)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    report('whole sentences', seen);
    expect(seen.planted / seen.cases).toBeGreaterThan(0.75);
    expect(seen.nested / seen.cases).toBeGreaterThan(0.2);
    // The order differs only where a removal makes a shorter repeat and a longer one elsewhere goes in the same pass.
    expect(seen.sameOrder / seen.cases).toBeGreaterThan(0.97);
  });

  for (const [name, arbitrary] of [
    ['any stretch of real text', byCharacter],
    ['any stretch over ten characters', fewCharacters],
  ] as const) {
    it(`loses nothing and leaves no repeat, and mostly agrees, when ${name} is printed again`, () => {
      const seen = tally();
      fc.assert(
        fc.property(arbitrary, (sample) => {
          const result = passes(sample.text);
          count(seen, sample, oracleKeepOnce(sample.text), result);
          expect(losses(sample.text, result)).toEqual([]);
        }),
        { numRuns: RUNS },
      );
      report(name, seen);
      expect(seen.planted / seen.cases).toBeGreaterThan(0.75);
      expect(seen.sameText / seen.cases).toBeGreaterThan(0.99);
      expect(seen.sameOrder / seen.cases).toBeGreaterThan(0.9);
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

  it('takes a repeat the removals make after a longer one found in the same pass (ABBAB → ABAB)', () => {
    // The one order the passes do not keep: 日前… printed twice inside 甘凌峰日前… printed twice
    // becomes a repeat of its own only once 日前… is removed, and a repeat longer than it but
    // shorter than the stretch holding both (警校…) goes in the same pass as 日前….
    const inner = '日前，一名老乡因在工厂摔伤和老板产生了赔偿纠纷。';
    const outer = `甘凌峰${inner}${inner}`;
    const other = '“警校联盟”关爱青少年，由纪委监委、人力社保局联合打造的社会保险大数据监督应用上线。';
    const text = `${outer}${outer}${other}${other}`;
    const oracle = oracleKeepOnce(text);
    const result = passes(text);
    expect(result.text).toBe(`甘凌峰${inner}${other}`);
    expect(result.text).toBe(oracle.text);
    const shifted = `。${other.slice(0, -1)}`;
    expect(oracle.copies).toEqual([inner, inner, `甘凌峰${inner}`, shifted]);
    expect(result.copies).toEqual([inner, inner, shifted, `甘凌峰${inner}`]);
  });
});
