/**
 * The exact-match layer: a static index of our own, beside the Pagefind
 * shards, that decides which articles match a query and lists them without
 * loading any Pagefind index. Shared by the builder (index/build-layer.ts)
 * and the browser (client/client.ts); pure.
 *
 * Design (issue 14: search that stays light at 10,000 issues)
 * - Why: Pagefind's browser side pays per shard (entry, ~11 B/page of meta,
 *   a chunk per query word), so a common query, found in every shard, costs
 *   more the larger the archive; and it cannot say exactly which pages hold
 *   a substring. This layer costs a query what its own keys' lists weigh,
 *   whatever the archive's size, and is exact by construction.
 * - Article numbers: the whole archive numbered newest first (0 = newest;
 *   ties in date keep the shards' order). A year is one run of numbers, and
 *   every list sorted ascending is newest first.
 * - Segments: the layer is two independent sets of the files below, each
 *   numbering its own articles from 0: the head (the newest shard alone)
 *   and the base (every older shard), newest first; a base number plus the
 *   head's article count is the archive's. A query fetches a key's bucket in
 *   each and joins the lists. Why: with one set, a new issue shifts every
 *   number, so every list of the archive was merged again from every shard
 *   (31 s at 10,000 issues); now a new issue re-merges the head's thousand
 *   articles and links the base's files from the cache, until the newest
 *   shard fills and a new one starts (then the base is merged again, once).
 *   The head's buckets are small (HEAD_BUCKET_BYTES), so the second
 *   segment adds little to a query. Each segment's directory is named by a
 *   hash of its shards, so its files never change under a name.
 * - Keys: the units of folded text (normalize.ts) within a whitespace run:
 *   every character (code point), every pair and every triple (collected by
 *   index/layer-keys.ts). A query part of one to
 *   three characters is one key, so its list is exactly the articles holding
 *   it. A longer part needs all its triples; triples can sit apart, so those
 *   candidates are checked against the article's text when loaded
 *   (`exact: false`), which in practice rarely drops one. Headline and byline
 *   keys (title matches rank first) and filter values (theme, city, author)
 *   are keys too, under marks no folded text holds.
 * - Lists: ascending numbers, written as varint gaps or as a bitmap from the
 *   first number, whichever is smaller (a key in most articles costs one bit
 *   an article). Lists live in hashed bucket files, the hash shared by both
 *   sides; a list larger than BIG_LIST_BYTES gets its own file, so a query
 *   downloads at most one bucket and one list per key (a key's headline list
 *   shares its bucket).
 * - Cards: what a result shows before its excerpt (url, title, date, city,
 *   theme, authors, issue, where its Pagefind fragment lies), CARDS_PER_BLOCK
 *   consecutive numbers a file (~2 KB): the first page of results needs only
 *   the blocks holding its ten numbers.
 * - Excerpts come from the result's Pagefind fragment (the article's readable
 *   text, put there by build-index.ts). Relevance: headline and byline matches
 *   first, each group newest first; "date" is newest first throughout.
 * - Build: each shard's part (its cards, and its keys' lists in shard-local
 *   numbers as one key-ordered buffer) is made while Pagefind indexes the
 *   shard and cached with it, so a new issue re-reads only the newest shard;
 *   a segment's files are merged from its shards' parts read side by side in
 *   key order, holding their encoded lists, never their text, and cached
 *   under the hash that names it.
 * - Measured (2026-12-06): ~2 KB of layer an article; per search, fresh
 *   page, median 94 KB at 1,000 issues and 112 KB at 10,000 (stock Pagefind
 *   268 KB at 1,000); recall and precision 100 % on search:eval. In two
 *   segments: 116 KB at 10,000 issues (the head's buckets ~3 KB a query),
 *   and a new issue's layer merged in 0.8 s instead of 31–41 s.
 * All files are gzip; the client also accepts them already decoded by a server.
 */
import type { FilterKey } from './record.ts';

/** The layer's directory inside the bundle directory. */
export const LAYER_DIR = 'layer';
export const CARDS_PER_BLOCK = 16;
/** A list larger than this (encoded) is a file of its own, not a bucket's line. */
export const BIG_LIST_BYTES = 4096;
/** What a bucket file of inline lists aims to hold, encoded. */
export const BUCKET_BYTES = 12_288;
/**
 * The same for the head segment (the newest shard alone, at most a
 * thousand articles): a query fetches a bucket of each segment per key, and
 * the head's lists are short, so its smaller buckets keep what the second
 * segment adds to a query small.
 */
export const HEAD_BUCKET_BYTES = 2_048;

/** A segment's files, relative to its directory (LayerSegment.path). */
export const bucketFile = (bucket: number): string => `k/${bucket}.bin`;
export const listFile = (bucket: number, list: number): string => `l/${bucket}-${list}.bin`;
export const cardFile = (block: number): string => `c/${block}.bin`;

/** What Pagefind writes before the JSON of a result fragment, inside the gzip. */
export const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** A result fragment's decompressed text → its JSON, or undefined when it is not one. */
export function fragmentJson(text: string): unknown {
  return text.startsWith(FRAGMENT_SIGNATURE) ? JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) : undefined;
}

/** One segment of the layer: a self-contained set of buckets, lists and cards over a run of article numbers. */
export interface LayerSegment {
  /** Its directory relative to the bundle directory, ending in `/` (`layer/<id>/`: a new id whenever its contents change). */
  path: string;
  articles: number;
  buckets: number;
}

/** What the manifest says about the layer. */
export interface LayerInfo {
  /** Newest first: a segment's own numbers, plus the articles of the segments before it, are the archive's. */
  segments: LayerSegment[];
  /** Year → its first and last article number (newest first, so the newest article of the year comes first). */
  years: Record<string, [number, number]>;
}

/** The segment holding an archive number, and the number within it. */
export function segmentOf(info: LayerInfo, number: number): { segment: LayerSegment; local: number } | undefined {
  let offset = 0;
  for (const segment of info.segments) {
    if (number < offset + segment.articles) return { segment, local: number - offset };
    offset += segment.articles;
  }
  return undefined;
}

/** A result as listed before its excerpt is loaded. */
export interface Card {
  url: string;
  title: string;
  date: string;
  city: string;
  theme: string;
  /** Author names, joined with 、. */
  authors: string;
  /** The issue's title when it says more than its date, else empty. */
  issue: string;
  /** The article's Pagefind fragment, relative to the bundle directory. */
  fragment: string;
  /** Subtitle and byline: with the title, what a title match is checked against. */
  heading: string;
  /** Searchable text neither in the fragment nor above (printed date, place, tags). */
  extra: string;
}

/** Marks no folded text holds (U+FFFE and U+FFFF are noncharacters), so these keys never meet a text key. */
const TITLE_MARK = '\uffff';
const FILTER_MARK = '\ufffe';

export const titleKey = (key: string): string => TITLE_MARK + key;
export const filterKey = (name: Exclude<FilterKey, 'year'>, value: string): string => `${FILTER_MARK}${name}=${value}`;

/** The keys whose lists, intersected, give a folded query part's articles; `exact` when nothing is left to check. */
export function partKeys(part: string): { keys: string[]; exact: boolean } {
  const chars = Array.from(part);
  if (chars.length <= 3) return { keys: [part], exact: true };
  return { keys: chars.slice(2).map((char, i) => chars[i]! + chars[i + 1]! + char), exact: false };
}

/**
 * FNV-1a over UTF-16 code units: the same bucket in Node and in the browser.
 * A headline key is hashed without its mark, so it shares its text key's
 * bucket: a query asks for both, and fetches one file.
 */
export function bucketOf(key: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = key.startsWith(TITLE_MARK) ? TITLE_MARK.length : 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % buckets;
}

/** Bytes of a LEB128 varint. */
function varintLength(value: number): number {
  let length = 1;
  for (let rest = value; rest >= 0x80; rest >>>= 7) length++;
  return length;
}

/** Writes a LEB128 varint at `at`; returns where it ends. */
function putVarint(bytes: Uint8Array, at: number, value: number): number {
  let end = at;
  let rest = value;
  while (rest >= 0x80) {
    bytes[end++] = (rest & 0x7f) | 0x80;
    rest >>>= 7;
  }
  bytes[end++] = rest;
  return end;
}

/** Growable byte buffer with LEB128 varints. */
class ByteWriter {
  #bytes = new Uint8Array(256);
  length = 0;

  #room(extra: number): void {
    if (this.length + extra <= this.#bytes.length) return;
    const grown = new Uint8Array(Math.max(this.#bytes.length * 2, this.length + extra));
    grown.set(this.#bytes.subarray(0, this.length));
    this.#bytes = grown;
  }

  byte(value: number): void {
    this.#room(1);
    this.#bytes[this.length++] = value;
  }

  varint(value: number): void {
    this.#room(5);
    this.length = putVarint(this.#bytes, this.length, value);
  }

  bytes(values: Uint8Array): void {
    this.#room(values.length);
    this.#bytes.set(values, this.length);
    this.length += values.length;
  }

  done(): Uint8Array {
    return this.#bytes.slice(0, this.length);
  }
}

class ByteReader {
  at = 0;
  readonly bytes: Uint8Array;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  varint(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = this.bytes[this.at++];
      if (byte === undefined) throw new RangeError('layer file ends inside a number');
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
  }

  take(length: number): Uint8Array {
    if (this.at + length > this.bytes.length) throw new RangeError('layer file ends inside an entry');
    const slice = this.bytes.subarray(this.at, this.at + length);
    this.at += length;
    return slice;
  }
}

const GAPS = 0;
const BITMAP = 1;

/** Ascending, distinct numbers → the smaller of varint gaps and a bitmap from the first number. */
export function encodeList(numbers: ArrayLike<number>): Uint8Array {
  const count = numbers.length;
  const first = count > 0 ? numbers[0]! : 0;
  const span = count > 0 ? numbers[count - 1]! - first + 1 : 0;
  const gap = (i: number): number => (i === 0 ? first : numbers[i]! - numbers[i - 1]! - 1);
  // Sized before written: a list is encoded once into its own bytes, for the layer's ~10^5 keys a shard.
  let gapsLength = 1 + varintLength(count);
  for (let i = 0; i < count; i++) gapsLength += varintLength(gap(i));
  if (gapsLength <= Math.ceil(span / 8) + 11) {
    const gaps = new Uint8Array(gapsLength);
    gaps[0] = GAPS;
    let at = putVarint(gaps, 1, count);
    for (let i = 0; i < count; i++) at = putVarint(gaps, at, gap(i));
    return gaps;
  }
  const head = 1 + varintLength(count) + varintLength(first);
  const bitmap = new Uint8Array(head + Math.ceil(span / 8));
  bitmap[0] = BITMAP;
  putVarint(bitmap, putVarint(bitmap, 1, count), first);
  for (let i = 0; i < count; i++) {
    const offset = numbers[i]! - first;
    bitmap[head + (offset >>> 3)]! |= 1 << (offset & 7);
  }
  return bitmap;
}

/**
 * encodeList of an encoded list's numbers plus `offset`, byte for byte,
 * mostly by rewriting its first number: merging the layer moves every
 * shard's lists by the articles before it, and most keys are in one shard.
 */
export function shiftList(bytes: Uint8Array, offset: number): Uint8Array {
  const reader = new ByteReader(bytes);
  const kind = reader.take(1)[0];
  const count = reader.varint();
  if (offset === 0 || count === 0) return bytes;
  const first = reader.varint();
  const head = new ByteWriter();
  head.byte(kind!);
  head.varint(count);
  head.varint(first + offset);
  const shifted = new Uint8Array(head.length + bytes.length - reader.at);
  shifted.set(head.done());
  shifted.set(bytes.subarray(reader.at), head.length);
  // A bitmap's gaps would only grow with a larger first number: it stays the smaller.
  if (kind === BITMAP) return shifted;
  // Gaps stay the smaller unless the first number's longer varint tips them past the bitmap.
  let span = 1;
  while (reader.at < bytes.length) span += reader.varint() + 1;
  return shifted.length <= Math.ceil(span / 8) + 11 ? shifted : encodeList(decodeList(bytes).map((number) => number + offset));
}

export function decodeList(bytes: Uint8Array): Uint32Array {
  const reader = new ByteReader(bytes);
  const kind = reader.take(1)[0];
  const numbers = new Uint32Array(reader.varint());
  if (kind === GAPS) {
    let previous = -1;
    for (let i = 0; i < numbers.length; i++) numbers[i] = previous = previous + 1 + reader.varint();
    return numbers;
  }
  if (kind !== BITMAP) throw new RangeError(`unknown list kind ${kind}`);
  const first = reader.varint();
  const bitmap = reader.take(bytes.length - reader.at);
  let i = 0;
  for (let byte = 0; byte < bitmap.length; byte++) {
    for (let bit = 0, value = bitmap[byte]!; value !== 0; bit++, value >>>= 1) if (value & 1) numbers[i++] = first + byte * 8 + bit;
  }
  return numbers;
}

/** The numbers in both ascending lists. */
export function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const common = new Uint32Array(small.length);
  let count = 0;
  let j = 0;
  for (let i = 0; i < small.length && j < large.length; i++) {
    const value = small[i]!;
    while (j < large.length && large[j]! < value) j++;
    if (large[j] === value) common[count++] = value;
  }
  return common.slice(0, count);
}

/** A bucket's entry: a key's list inline, or the number of the list's own file (listFile). */
export type BucketEntry = Uint8Array | number;

/** Key → entry, as one file: per key its UTF-8 length and bytes, then 0 and an inline list's length and bytes, or 1 and a file number. */
export function encodeBucket(entries: Iterable<[string, BucketEntry]>): Uint8Array {
  const writer = new ByteWriter();
  const utf8 = new TextEncoder();
  for (const [key, entry] of entries) {
    const name = utf8.encode(key);
    writer.varint(name.length);
    writer.bytes(name);
    if (typeof entry === 'number') {
      writer.byte(1);
      writer.varint(entry);
    } else {
      writer.byte(0);
      writer.varint(entry.length);
      writer.bytes(entry);
    }
  }
  return writer.done();
}

/** A bucket file's entries in the order written. */
export function* bucketEntries(bytes: Uint8Array): Generator<[string, BucketEntry]> {
  const reader = new ByteReader(bytes);
  const utf8 = new TextDecoder();
  while (reader.at < bytes.length) {
    const key = utf8.decode(reader.take(reader.varint()));
    const external = reader.take(1)[0] === 1;
    yield [key, external ? reader.varint() : reader.take(reader.varint())];
  }
}

export const decodeBucket = (bytes: Uint8Array): Map<string, BucketEntry> => new Map(bucketEntries(bytes));

/** Whether folded text holds every part: the check for a candidate of a part longer than its keys. */
export const holdsEvery = (folded: string, parts: readonly string[]): boolean => parts.every((part) => folded.includes(part));
