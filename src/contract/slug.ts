/**
 * Readable, stable URL slugs: Chinese becomes toneless pinyin syllables, Latin
 * words and numbers stay, everything else separates. Collisions are resolved by
 * a numeric suffix in input order, so the first holder of a slug keeps it.
 */
import { pinyin } from 'pinyin-pro';

export interface SlugOptions {
  /** Most syllables/words kept, so headlines give short URLs (default: 8). */
  maxWords?: number | null | undefined;
}

const DEFAULT_MAX_WORDS = 8;

/** What a curated slug in a data file must look like (hangzhou, fuzhou-jiangxi): lowercase ASCII words joined by "-". */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugify(text: string, options: SlugOptions = {}): string {
  const maxWords = options.maxWords ?? DEFAULT_MAX_WORDS;
  const pieces = pinyin(text.normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const words = pieces
    .flatMap((piece) => piece.toLowerCase().split(/[^a-z0-9]+/))
    .filter((word) => word.length > 0);
  return words.slice(0, maxWords).join('-');
}

/** 浙江 → zhejiang, 阿克苏 → akesu: a place's toneless pinyin run together, as city and province pages have it. */
export function placeSlug(name: string): string {
  return slugify(name, { maxWords: null }).replaceAll('-', '') || 'place';
}

/** Make every slug in the list unique (`x`, `x-2`, `x-3`…); empty ones become `fallback`. */
export function uniqueSlugs(slugs: readonly string[], fallback = 'item'): string[] {
  const taken = new Set<string>();
  return slugs.map((slug) => {
    const base = slug || fallback;
    let candidate = base;
    for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
    taken.add(candidate);
    return candidate;
  });
}
