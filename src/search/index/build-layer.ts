/**
 * Builds the exact-match layer (../layer.ts): a part per shard while its
 * articles are indexed, then the layer's files merged from every shard's part.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import TinyQueue from 'tinyqueue';
import { fold, type ToSimplified } from '../normalize.ts';
import { KeyPositions, byKey } from './layer-keys.ts';
import { headingText, shownPlace, type SearchArticle } from '../record.ts';
import {
  BIG_LIST_BYTES, BUCKET_BYTES, CARDS_PER_BLOCK, bucketEntries, bucketFile, bucketOf, cardFile, decodeList, encodeBucket, encodeList, filterKey, listFile, shiftList,
  type BucketEntry, type Card, type LayerInfo,
} from '../layer.ts';

/** One shard's share of the layer: its cards newest first, and each key's list of positions in them. */
export interface LayerPart {
  /** `fragment` relative to the shard's bundle directory. */
  cards: Card[];
  /**
   * Key → encoded list (layer.ts encodeList) of card positions, as one
   * bucket-format buffer (encodeBucket) in key order: a part held until the
   * merge costs its bytes, not an object per key, and the merge reads the
   * parts side by side in key order.
   */
  lists: Uint8Array;
}

/** Collects a shard's cards and keys as its articles go by, oldest first (the shard's order). */
export class LayerPartBuilder {
  readonly #cards: Omit<Card, 'fragment'>[] = [];
  /** Key → positions in #cards. */
  readonly #positions = new KeyPositions();

  /** `folded`: the article's searchable text folded (record.ts searchableText, normalize.ts fold). */
  add(article: SearchArticle, folded: string, toSimplified: ToSimplified): void {
    const position = this.#cards.length;
    this.#cards.push({
      url: article.url,
      title: article.title,
      date: article.date,
      city: article.city,
      theme: article.theme,
      authors: article.authors.join('、'),
      issue: article.issueTitle ?? '',
      heading: [article.subtitle, article.byline].filter(Boolean).join('\n'),
      extra: [article.printedDate, shownPlace(article), ...article.tags].filter(Boolean).join('\n'),
    });
    this.#positions.addText(position, folded, false);
    this.#positions.addText(position, fold(headingText(article), toSimplified), true);
    this.#positions.addKey(position, filterKey('theme', article.theme));
    this.#positions.addKey(position, filterKey('city', article.city));
    for (const author of article.authors) this.#positions.addKey(position, filterKey('author', author));
  }

  /** The part, given each article's fragment file (URL → path in the shard's bundle). */
  finish(fragments: ReadonlyMap<string, string>): LayerPart {
    const last = this.#cards.length - 1;
    const cards = this.#cards.map((card) => ({ ...card, fragment: fragments.get(card.url) ?? '' })).reverse();
    const missing = cards.find((card) => !card.fragment);
    if (missing) throw new Error(`no Pagefind fragment for ${missing.url}`);
    // Positions were counted oldest first; the part numbers its cards newest first.
    const numbers = new Uint32Array(cards.length);
    const entries: [string, Uint8Array][] = [];
    for (const [key, positions] of this.#positions.lists()) {
      for (let i = 0; i < positions.length; i++) numbers[i] = last - positions[i]!;
      entries.push([key, encodeList(numbers.subarray(0, positions.length))]);
    }
    return { cards, lists: encodeBucket(entries) };
  }
}

/**
 * gzip's fastest level for a part: a cache file, read back only by
 * deserializePart (a shard of ~950 articles: 1.50 MB in 48 ms, against
 * 1.41 MB in 80 ms at the default level).
 */
const PART_GZIP_LEVEL = 1;

/** A part as one gzip file (cached with its shard), and back. */
export function serializePart(part: LayerPart): Buffer {
  const cards = new TextEncoder().encode(JSON.stringify(part.cards));
  const head = Buffer.alloc(4);
  head.writeUInt32LE(cards.length);
  return gzipSync(Buffer.concat([head, cards, part.lists]), { level: PART_GZIP_LEVEL });
}

export function deserializePart(file: Buffer): LayerPart {
  const bytes = gunzipSync(file);
  const length = bytes.readUInt32LE(0);
  const cards = JSON.parse(bytes.subarray(4, 4 + length).toString('utf8')) as Card[];
  return { cards, lists: new Uint8Array(bytes.buffer, bytes.byteOffset + 4 + length, bytes.length - 4 - length) };
}

/** Each key with its list from every part holding it (part index, list), keys in order: the parts read side by side. */
function* mergedEntries(parts: readonly LayerPart[]): Generator<[string, [number, Uint8Array][]]> {
  const cursors = parts.map((part) => bucketEntries(part.lists));
  // The parts' next entries, smallest key (then part) first.
  const queue = new TinyQueue<{ key: string; list: Uint8Array; part: number }>([], (a, b) => byKey(a.key, b.key) || a.part - b.part);
  const advance = (part: number) => {
    const next = cursors[part]!.next();
    if (next.done) return;
    const [key, list] = next.value;
    if (typeof list === 'number') throw new Error('a layer part holds every list inline');
    queue.push({ key, list, part });
  };
  const take = () => {
    const entry = queue.pop()!;
    advance(entry.part);
    return entry;
  };
  parts.forEach((_, part) => advance(part));
  while (queue.length > 0) {
    const first = take();
    const lists: [number, Uint8Array][] = [[first.part, first.list]];
    while (queue.peek()?.key === first.key) {
      const next = take();
      lists.push([next.part, next.list]);
    }
    yield [first.key, lists];
  }
}

/** A key's lists from several parts as one list of segment numbers: parts come newest first, so their numbers, offset, follow one another in order. */
function joined(lists: readonly [number, Uint8Array][], offsets: readonly number[]): Uint32Array {
  const decoded = lists.map(([part, list]) => [offsets[part]!, decodeList(list)] as const);
  const numbers = new Uint32Array(decoded.reduce((sum, [, list]) => sum + list.length, 0));
  let at = 0;
  for (const [offset, list] of decoded) for (let i = 0; i < list.length; i++) numbers[at++] = list[i]! + offset;
  return numbers;
}

/** What the manifest needs of a segment. */
export interface SegmentInfo {
  articles: number;
  buckets: number;
  /** Year → its first and last number in the segment. */
  years: LayerInfo['years'];
}

export interface SegmentFiles extends SegmentInfo {
  /** Path in the segment's directory → gzip bytes. */
  files: Map<string, Buffer>;
}

export interface LayerLimits {
  /** A list larger than this (encoded) gets its own file. */
  bigListBytes: number;
  /** What a bucket file of inline lists aims to hold. */
  bucketBytes: number;
}

/**
 * A segment's files from the shards' parts, given newest shard first with
 * each shard's bundle path (`2024-1/`): numbers run on from shard to shard.
 */
export function mergeParts(parts: readonly { part: LayerPart; path: string }[], limits: LayerLimits = { bigListBytes: BIG_LIST_BYTES, bucketBytes: BUCKET_BYTES }): SegmentFiles {
  const offsets: number[] = [];
  let total = 0;
  for (const { part } of parts) {
    offsets.push(total);
    total += part.cards.length;
  }
  const files = new Map<string, Buffer>();
  const cards = parts.flatMap(({ part, path }) => part.cards.map((card) => ({ ...card, fragment: path + card.fragment })));
  for (let block = 0; block * CARDS_PER_BLOCK < cards.length; block++) {
    files.set(cardFile(block), gzipSync(JSON.stringify(cards.slice(block * CARDS_PER_BLOCK, (block + 1) * CARDS_PER_BLOCK))));
  }
  const years: LayerInfo['years'] = {};
  cards.forEach((card, number) => {
    const year = card.date.slice(0, 4);
    const range = years[year];
    if (range) range[1] = number;
    else years[year] = [number, number];
  });

  const encoded = new Map<string, Uint8Array>();
  let inlineBytes = 0;
  for (const [key, lists] of mergedEntries(parts.map(({ part }) => part))) {
    const [only] = lists;
    const list = lists.length === 1 ? shiftList(only![1], offsets[only![0]]!) : encodeList(joined(lists, offsets));
    encoded.set(key, list);
    if (list.length <= limits.bigListBytes) inlineBytes += list.length + key.length * 3 + 4;
  }
  const buckets = Math.max(1, Math.ceil(inlineBytes / limits.bucketBytes));
  const byBucket = new Map<number, [string, BucketEntry][]>();
  const ownFiles = new Map<number, number>();
  for (const [key, list] of encoded) {
    const bucket = bucketOf(key, buckets);
    const entries = byBucket.get(bucket) ?? [];
    if (list.length > limits.bigListBytes) {
      const own = ownFiles.get(bucket) ?? 0;
      ownFiles.set(bucket, own + 1);
      files.set(listFile(bucket, own), gzipSync(list));
      entries.push([key, own]);
    } else {
      entries.push([key, list]);
    }
    byBucket.set(bucket, entries);
  }
  for (let bucket = 0; bucket < buckets; bucket++) files.set(bucketFile(bucket), gzipSync(encodeBucket(byBucket.get(bucket) ?? [])));
  return { articles: cards.length, buckets, years, files };
}

/** The manifest's account of the layer: the segments (newest first, each with its directory) and each year's numbers across them. */
export function layerInfo(segments: readonly (SegmentInfo & { path: string })[]): LayerInfo {
  const years: LayerInfo['years'] = {};
  let offset = 0;
  for (const segment of segments) {
    for (const [year, [first, last]] of Object.entries(segment.years)) {
      const range = years[year];
      // Segments come newest first, so a year in two of them starts in the first.
      if (range) range[1] = offset + last;
      else years[year] = [offset + first, offset + last];
    }
    offset += segment.articles;
  }
  return { segments: segments.map(({ path, articles, buckets }) => ({ path, articles, buckets })), years };
}
