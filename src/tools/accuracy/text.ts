/**
 * Text as the scorer sees it, with the definitions of the dev set's reference
 * scorer (realpages `score.py`): no code here is shared with the converter,
 * so a converter bug cannot hide in both.
 */

/**
 * What `norm` drops after NFKC: whitespace (exactly the characters Python's `\s`
 * matches, so figures agree with score.py to the last digit), the zero-width
 * space, and the quotes, brackets and punctuation a headline may be printed
 * with or without.
 */
const NOT_COMPARED = /[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000"“”'‘’「」『』《》<>()（）,，.。:：;；!！?？·•■\-—_*#]/gu;

/** Two strings name the same headline, author or city when their `norm`s are equal. */
export function norm(text: string | null | undefined): string {
  return (text ?? '').normalize('NFKC').replace(NOT_COMPARED, '');
}

/** Conservation counts the CJK Unified Ideographs block only, each occurrence. */
export function hanCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const char of text) if (char >= '\u4e00' && char <= '\u9fff') counts.set(char, (counts.get(char) ?? 0) + 1);
  return counts;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * A raw issue decoded as any converter must read it: UTF-16 with a BOM, else
 * UTF-8 (with or without BOM), else GB18030 (which covers GBK).
 */
export function decodeRaw(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return tryDecode('utf-8', bytes) ?? tryDecode('gb18030', bytes) ?? new TextDecoder('utf-8').decode(bytes);
}
