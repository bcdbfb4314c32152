/**
 * Builds the exact-match layer (../layer.ts): a part per shard while its
 * articles are indexed, then the layer's files merged from every shard's part.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { fold, type ToSimplified } from '../normalize.ts';
import { headingText, shownPlace, type SearchArticle } from '../record.ts';
import {
  BIG_LIST_BYTES, BUCKET_BYTES, CARDS_PER_BLOCK, bucketFile, bucketOf, cardFile, decodeBucket, decodeList, encodeBucket, encodeList, filterKey, listFile, textKeys, titleKey,
  type BucketEntry, type Card, type LayerInfo,
} from '../layer.ts';

/** One shard's share of the layer: its cards newest first, and each key's list of positions in them. */
export interface LayerPart {
  /** `fragment` relative to the shard's bundle directory. */
  cards: Card[];
  /** Key → encoded list (layer.ts encodeList) of card positions. */
  lists: Map<string, Uint8Array>;
}

/** Collects a shard's cards and keys as its articles go by, oldest first (the shard's order). */
export class LayerPartBuilder {
  readonly #cards: Omit<Card, 'fragment'>[] = [];
  /** Key → positions in #cards, ascending. */
  readonly #positions = new Map<string, number[]>();

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
    const keys = textKeys(folded);
    for (const key of textKeys(fold(headingText(article), toSimplified))) keys.add(titleKey(key));
    keys.add(filterKey('theme', article.theme));
    keys.add(filterKey('city', article.city));
    for (const author of article.authors) keys.add(filterKey('author', author));
    for (const key of keys) {
      const list = this.#positions.get(key);
      if (list) list.push(position);
      else this.#positions.set(key, [position]);
    }
  }

  /** The part, given each article's fragment file (URL → path in the shard's bundle). */
  finish(fragments: ReadonlyMap<string, string>): LayerPart {
    const last = this.#cards.length - 1;
    const cards = this.#cards.map((card) => ({ ...card, fragment: fragments.get(card.url) ?? '' })).reverse();
    const missing = cards.find((card) => !card.fragment);
    if (missing) throw new Error(`no Pagefind fragment for ${missing.url}`);
    const lists = new Map<string, Uint8Array>();
    // Positions were counted oldest first; the part lists newest first.
    for (const [key, positions] of this.#positions) lists.set(key, encodeList(positions.map((position) => last - position).reverse()));
    return { cards, lists };
  }
}

/** A part as one gzip file (cached with its shard), and back. */
export function serializePart(part: LayerPart): Buffer {
  const cards = new TextEncoder().encode(JSON.stringify(part.cards));
  const head = Buffer.alloc(4);
  head.writeUInt32LE(cards.length);
  return gzipSync(Buffer.concat([head, cards, encodeBucket(part.lists)]));
}

export function deserializePart(file: Buffer): LayerPart {
  const bytes = gunzipSync(file);
  const length = bytes.readUInt32LE(0);
  const cards = JSON.parse(bytes.subarray(4, 4 + length).toString('utf8')) as Card[];
  const lists = new Map<string, Uint8Array>();
  for (const [key, entry] of decodeBucket(new Uint8Array(bytes.subarray(4 + length)))) {
    if (typeof entry === 'number') throw new Error('a layer part holds every list inline');
    lists.set(key, entry);
  }
  return { cards, lists };
}

export interface LayerFiles {
  info: LayerInfo;
  /** Path in the bundle directory → gzip bytes. */
  files: Map<string, Buffer>;
}

export interface LayerLimits {
  /** A list larger than this (encoded) gets its own file. */
  bigListBytes: number;
  /** What a bucket file of inline lists aims to hold. */
  bucketBytes: number;
}

/**
 * The layer's files from the shards' parts, given newest shard first with
 * each shard's bundle path (`2024-1/`): numbers run on from shard to shard.
 */
export function mergeParts(parts: readonly { part: LayerPart; path: string }[], limits: LayerLimits = { bigListBytes: BIG_LIST_BYTES, bucketBytes: BUCKET_BYTES }): LayerFiles {
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

  const keys = new Set<string>();
  for (const { part } of parts) for (const key of part.lists.keys()) keys.add(key);
  const encoded = new Map<string, Uint8Array>();
  let inlineBytes = 0;
  for (const key of [...keys].sort()) {
    const numbers: number[] = [];
    parts.forEach(({ part }, i) => {
      const list = part.lists.get(key);
      if (list) for (const position of decodeList(list)) numbers.push(offsets[i]! + position);
    });
    const list = encodeList(numbers);
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
  return { info: { buckets, years }, files };
}
