/**
 * A shard's keys (../layer.ts: every character, pair and triple of folded
 * text within a run between spaces, headline keys under their mark, filter
 * values) with the positions of the articles holding each, as the builder
 * collects them article after article.
 *
 * Why numbers: a shard of ~950 generated articles adds ~2.8 million
 * (article, key) pairs over ~54,000 distinct keys; a string and a Map entry
 * per pair cost more than everything else the search stage did in Node.
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
  /** Open addressing, linear probing: the packed key in each slot (EMPTY when free) and its number. */
  #slotKeys = new Float64Array(1 << 16);
  #slotIds = new Int32Array(1 << 16);
  /** Per key number: the packed key, its postings, the position it last got. */
  #keys = new Float64Array(1 << 15);
  #counts = new Int32Array(1 << 15);
  #lastPositions = new Int32Array(1 << 15);
  #used = 0;
  /**
   * Postings in the order added (positions ascending): key number and
   * position. Kept flat rather than linked per key, so reading the lists
   * is one pass of independent writes instead of a chase through memory.
   */
  #postingKeys = new Int32Array(1 << 16);
  #postingPositions = new Int32Array(1 << 16);
  #postings = 0;
  /** Keys that do not pack → positions, ascending. */
  readonly #strings = new Map<string, number[]>();

  /** The keys of folded text, as headline keys when `headline`, for the article at `position` (positions come in ascending order). */
  addText(position: number, folded: string, headline: boolean): void {
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
    const list = this.#strings.get(key);
    if (list === undefined) this.#strings.set(key, [position]);
    else if (list[list.length - 1] !== position) list.push(position);
  }

  #addString(position: number, headline: boolean, text: string): void {
    this.addKey(position, headline ? titleKey(text) : text);
  }

  /** The key's slot, or the free slot where it goes. */
  #slot(key: number, hash: number): number {
    const mask = this.#slotKeys.length - 1;
    let slot = hash & mask;
    while (this.#slotKeys[slot] !== EMPTY && this.#slotKeys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  #addPacked(position: number, first: number, second: number, third: number): void {
    const key = packed(first, second, third);
    const hash = hashOf(first, second, third);
    let slot = this.#slot(key, hash);
    let id = this.#slotIds[slot]!;
    if (this.#slotKeys[slot] === EMPTY) {
      if ((this.#used + 1) * 2 > this.#slotKeys.length) {
        this.#growSlots();
        slot = this.#slot(key, hash);
      }
      if (this.#used === this.#keys.length) {
        this.#keys = grown(this.#keys);
        this.#counts = grown(this.#counts);
        this.#lastPositions = grown(this.#lastPositions);
      }
      id = this.#used++;
      this.#slotKeys[slot] = key;
      this.#slotIds[slot] = id;
      this.#keys[id] = key;
      this.#lastPositions[id] = NONE;
    } else if (this.#lastPositions[id] === position) {
      return;
    }
    if (this.#postings === this.#postingKeys.length) {
      this.#postingKeys = grown(this.#postingKeys);
      this.#postingPositions = grown(this.#postingPositions);
    }
    this.#postingKeys[this.#postings] = id;
    this.#postingPositions[this.#postings++] = position;
    this.#counts[id]!++;
    this.#lastPositions[id] = position;
  }

  #growSlots(): void {
    this.#slotKeys = new Float64Array(this.#slotKeys.length * 2);
    this.#slotIds = new Int32Array(this.#slotIds.length * 2);
    for (let id = 0; id < this.#used; id++) {
      const slot = this.#slot(this.#keys[id]!, hashOfKey(this.#keys[id]!));
      this.#slotKeys[slot] = this.#keys[id]!;
      this.#slotIds[slot] = id;
    }
  }

  /** Every key in string order (byKey) with its positions, newest (largest) first. */
  *lists(): Generator<[string, Int32Array]> {
    const sorted = this.#keys.slice(0, this.#used).sort();
    // Each key's postings get a run of `positions` in key order, filled newest first.
    const starts = new Int32Array(this.#used);
    let total = 0;
    for (const key of sorted) {
      const id = this.#slotIds[this.#slot(key, hashOfKey(key))]!;
      starts[id] = total;
      total += this.#counts[id]!;
    }
    const positions = new Int32Array(total);
    const free = starts.slice();
    for (let posting = this.#postings - 1; posting >= 0; posting--) positions[free[this.#postingKeys[posting]!]!++] = this.#postingPositions[posting]!;
    const strings = [...this.#strings.keys()].sort(byKey);
    let next = 0;
    for (const key of sorted) {
      const text = unpacked(key);
      // A key that did not pack and sorts first, or is the same string (U+FFFF written in the text before a headline key's characters).
      for (; next < strings.length && byKey(strings[next]!, text) < 0; next++) yield [strings[next]!, newestFirst(this.#strings.get(strings[next]!)!)];
      const id = this.#slotIds[this.#slot(key, hashOfKey(key))]!;
      const list = positions.subarray(starts[id], starts[id]! + this.#counts[id]!);
      yield [text, strings[next] === text ? union(list, this.#strings.get(strings[next++]!)!) : list];
    }
    for (; next < strings.length; next++) yield [strings[next]!, newestFirst(this.#strings.get(strings[next]!)!)];
  }
}

function grown<Array extends Int32Array | Float64Array>(array: Array): Array {
  const larger = new (array.constructor as new (length: number) => Array)(array.length * 2);
  larger.set(array);
  return larger;
}

const newestFirst = (ascending: readonly number[]): Int32Array => Int32Array.from(ascending).reverse();

/** Positions (descending) joined with more (ascending), descending and distinct. */
const union = (descending: Int32Array, ascending: readonly number[]): Int32Array => Int32Array.from(new Set([...descending, ...ascending])).sort().reverse();
