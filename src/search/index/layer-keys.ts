/**
 * A shard's keys (../layer.ts: every character, pair and triple of folded
 * text within a run between spaces, headline keys under their mark, filter
 * values) with the positions of the articles holding each, as the builder
 * collects them article after article.
 *
 * Why numbers: a shard of ~900 articles adds ~3,000 distinct keys an article
 * and holds ~10^6 distinct keys in all; a string and a Map entry per key
 * occurrence cost more than everything else the search stage does in Node.
 * A key of one to three UTF-16 code units packs into one number instead
 * (below), held in an open-addressing table of typed arrays, with each key's
 * positions in linked typed arrays; its string is made once, when the lists
 * are read. Keys that do not pack (a character outside the BMP or U+FFFF in
 * the text, filter values) are kept as strings beside them.
 */
import { titleKey } from '../layer.ts';

/**
 * Packed key: a flag for headline keys, then each code unit + 1 (0 where the
 * key is shorter) in 17 bits: < 2^52, exact in a double. Ordered as numbers,
 * packed keys are ordered as their strings compare (code unit by code unit,
 * a prefix first; the headline mark U+FFFF after any packed text unit).
 */
const UNIT = 2 ** 17;
const EMPTY = 0;
const NONE = -1;
const SPACE = 0x20;

/**
 * Characters (code points) that pack: one code unit, and not the headline
 * mark U+FFFF, which packed keys hold as a flag instead (text spelling it
 * must meet its headline key as the string it is).
 */
const packs = (char: number): boolean => char < 0xffff;

/** Keys in the order the merge reads them: UTF-16 code units, as `<` compares strings. */
export const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A packed key's three fields: the flag with the first unit + 1, then the second's and the third's. */
const packed = (first: number, second: number, third: number): number => (first * UNIT + second) * UNIT + third;

function hashOf(first: number, second: number, third: number): number {
  const mixed = Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca77) ^ Math.imul(third, 0xc2b2ae3d);
  return Math.imul(mixed ^ (mixed >>> 15), 0x2c1b3c6d) ^ (mixed >>> 13);
}

function fieldsOf(key: number): [number, number, number] {
  const third = key % UNIT;
  const second = ((key - third) / UNIT) % UNIT;
  return [(key - third - second * UNIT) / UNIT ** 2, second, third];
}

const hashOfKey = (key: number): number => hashOf(...fieldsOf(key));

function unpacked(key: number): string {
  const [first, second, third] = fieldsOf(key);
  const units = [first % UNIT, second, third].filter((unit) => unit !== 0).map((unit) => unit - 1);
  const text = String.fromCharCode(...units);
  return first >= UNIT ? titleKey(text) : text;
}

export class KeyPositions {
  /** Open addressing, linear probing: packed key per slot (EMPTY when free), its newest posting, the position it last got. */
  #keys = new Float64Array(1 << 16);
  #newest = new Int32Array(1 << 16);
  #lastPosition = new Int32Array(1 << 16);
  #used = 0;
  /** Postings: a position and the key's previous posting, newest first. */
  #positions = new Int32Array(1 << 16);
  #previous = new Int32Array(1 << 16);
  #postings = 0;
  /** Keys that do not pack → positions, ascending. */
  readonly #strings = new Map<string, number[]>();
  /** The largest position added + 1. */
  #articles = 0;

  /** The keys of folded text, as headline keys when `headline`, for the article at `position` (positions come in ascending order). */
  addText(position: number, folded: string, headline: boolean): void {
    this.#articles = Math.max(this.#articles, position + 1);
    const flag = headline ? UNIT : 0;
    // The run's last two characters (code points) before this one, and how many it has so far.
    let before = 0;
    let twoBefore = 0;
    let run = 0;
    for (let i = 0; i < folded.length; i++) {
      let char = folded.charCodeAt(i);
      if (char === SPACE) {
        run = 0;
        continue;
      }
      // A surrogate pair is one character, as Array.from splits strings.
      if (char >= 0xd800 && char < 0xdc00 && i + 1 < folded.length) {
        const low = folded.charCodeAt(i + 1);
        if (low >= 0xdc00 && low < 0xe000) {
          char = 0x10000 + ((char - 0xd800) << 10) + (low - 0xdc00);
          i++;
        }
      }
      run++;
      if (packs(char)) this.#addPacked(position, flag + char + 1, 0, 0);
      else this.#addString(position, headline, String.fromCodePoint(char));
      if (run >= 2) {
        if (packs(before) && packs(char)) this.#addPacked(position, flag + before + 1, char + 1, 0);
        else this.#addString(position, headline, String.fromCodePoint(before, char));
      }
      if (run >= 3) {
        if (packs(twoBefore) && packs(before) && packs(char)) this.#addPacked(position, flag + twoBefore + 1, before + 1, char + 1);
        else this.#addString(position, headline, String.fromCodePoint(twoBefore, before, char));
      }
      twoBefore = before;
      before = char;
    }
  }

  /** A key given whole (a filter value), for the article at `position`. */
  addKey(position: number, key: string): void {
    this.#articles = Math.max(this.#articles, position + 1);
    const list = this.#strings.get(key);
    if (list === undefined) this.#strings.set(key, [position]);
    else if (list[list.length - 1] !== position) list.push(position);
  }

  #addString(position: number, headline: boolean, text: string): void {
    this.addKey(position, headline ? titleKey(text) : text);
  }

  /** The key's slot, or the free slot where it goes. */
  #slot(key: number, hash: number): number {
    const mask = this.#keys.length - 1;
    let slot = hash & mask;
    while (this.#keys[slot] !== EMPTY && this.#keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  #addPacked(position: number, first: number, second: number, third: number): void {
    const key = packed(first, second, third);
    const hash = hashOf(first, second, third);
    let slot = this.#slot(key, hash);
    if (this.#keys[slot] === EMPTY) {
      if ((this.#used + 1) * 2 > this.#keys.length) {
        this.#grow();
        slot = this.#slot(key, hash);
      }
      this.#keys[slot] = key;
      this.#newest[slot] = NONE;
      this.#lastPosition[slot] = NONE;
      this.#used++;
    } else if (this.#lastPosition[slot] === position) {
      return;
    }
    if (this.#postings === this.#positions.length) {
      this.#positions = grown(this.#positions);
      this.#previous = grown(this.#previous);
    }
    this.#positions[this.#postings] = position;
    this.#previous[this.#postings] = this.#newest[slot]!;
    this.#newest[slot] = this.#postings++;
    this.#lastPosition[slot] = position;
  }

  #grow(): void {
    const [keys, newest, lastPosition] = [this.#keys, this.#newest, this.#lastPosition];
    this.#keys = new Float64Array(keys.length * 2);
    this.#newest = new Int32Array(keys.length * 2);
    this.#lastPosition = new Int32Array(keys.length * 2);
    for (let old = 0; old < keys.length; old++) {
      if (keys[old] === EMPTY) continue;
      const slot = this.#slot(keys[old]!, hashOfKey(keys[old]!));
      this.#keys[slot] = keys[old]!;
      this.#newest[slot] = newest[old]!;
      this.#lastPosition[slot] = lastPosition[old]!;
    }
  }

  /**
   * Every key in string order (byKey) with its positions, newest (largest)
   * first. The positions are a view of one buffer, valid until the next key.
   */
  *lists(): Generator<[string, Int32Array]> {
    const packed = new Float64Array(this.#used);
    let count = 0;
    for (const key of this.#keys) if (key !== EMPTY) packed[count++] = key;
    packed.sort();
    const strings = [...this.#strings.keys()].sort(byKey);
    const buffer = new Int32Array(this.#articles);
    let next = 0;
    for (const key of packed) {
      const text = unpacked(key);
      // A key that did not pack and sorts first, or is the same string (U+FFFF written in the text before a headline key's characters).
      for (; next < strings.length && byKey(strings[next]!, text) < 0; next++) yield [strings[next]!, newestFirst(this.#strings.get(strings[next]!)!, buffer)];
      let length = 0;
      for (let posting = this.#newest[this.#slot(key, hashOfKey(key))]!; posting !== NONE; posting = this.#previous[posting]!) buffer[length++] = this.#positions[posting]!;
      if (strings[next] === text) length = union(buffer.subarray(0, length), this.#strings.get(strings[next++]!)!, buffer);
      yield [text, buffer.subarray(0, length)];
    }
    for (; next < strings.length; next++) yield [strings[next]!, newestFirst(this.#strings.get(strings[next]!)!, buffer)];
  }
}

function grown(array: Int32Array): Int32Array {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}

function newestFirst(ascending: readonly number[], buffer: Int32Array): Int32Array {
  for (let i = 0; i < ascending.length; i++) buffer[i] = ascending[ascending.length - 1 - i]!;
  return buffer.subarray(0, ascending.length);
}

/** Positions (descending) joined with more (ascending) into `buffer`, descending and distinct; returns their count. */
function union(descending: Int32Array, ascending: readonly number[], buffer: Int32Array): number {
  const all = [...new Set([...descending, ...ascending])].sort((a, b) => b - a);
  buffer.set(all);
  return all.length;
}
