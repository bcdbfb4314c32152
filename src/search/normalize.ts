/**
 * The one text model shared by the index builder and the browser client (the
 * evaluation's ground truth folds on its own, eval/corpus.ts): fold text, then turn it into the words Pagefind
 * indexes and the phrases the search page asks for.
 *
 * Why words of encoded character pairs: Pagefind segments Chinese pages with
 * jieba at index time and the query with Intl.Segmenter in the browser, chosen
 * by the search page's `<html lang>` and not by the index. The two disagree,
 * so a word-based index cannot promise substring matches. Overlapping
 * two-character chunks give exact substring search as a phrase query, but raw
 * CJK chunks are re-segmented by the browser under `lang="zh-…"`. Each chunk is
 * therefore written as a short ASCII word (base-36 code points), which every
 * segmenter keeps whole and which an index forced to a stemmer-less language
 * stores verbatim.
 */

/** Folds one string; the browser passes the lazily loaded OpenCC converter. */
export type ToSimplified = (text: string) => string;

/** Code points below this get three base-36 digits (covers ASCII, CJK punctuation, all of U+4E00–U+9FFF). */
const SHORT_CODE_LIMIT = 32 * 36 * 36;
/** First digit of a long (four-digit) code; short codes start with 0–w. */
const LONG_CODE_MARK = 'x';
/** First letter of a title word; no body word starts with it. */
const TITLE_MARK = 'y';
const WHITESPACE = /\s+/u;

export type Field = 'body' | 'title';

/** One code point → a short base-36 word piece, prefix-free across all code points. */
export function encodeChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code < SHORT_CODE_LIMIT
    ? code.toString(36).padStart(3, '0')
    : LONG_CODE_MARK + code.toString(36).padStart(4, '0');
}

const foldChar = (char: string): string => {
  // Fast path: ASCII lower-case/digits and CJK unified ideographs are already folded.
  const code = char.codePointAt(0) ?? 0;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code < 0x80 && !(code >= 0x41 && code <= 0x5a))) return char;
  return char.normalize('NFKC').toLowerCase();
};

/**
 * Text → the form both sides compare: NFKC (full-width letters, digits and
 * punctuation become half-width), lower case, traditional → simplified, runs
 * of whitespace → one space. `offsets[i]` is the index in `text` of the
 * character that produced `folded[i]`, so a match can be marked in the
 * original text.
 */
export function foldWithOffsets(text: string, toSimplified: ToSimplified): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  let index = 0;
  let lastWasSpace = true;
  for (const char of text.normalize('NFC')) {
    const piece = WHITESPACE.test(char) ? ' ' : foldChar(char);
    if (!(piece === ' ' && lastWasSpace)) {
      lastWasSpace = piece === ' ';
      folded += piece;
      for (let unit = 0; unit < piece.length; unit++) offsets.push(index);
    }
    index += char.length;
  }
  // NFC may merge characters; offsets then point near, not at, the source: still inside the same word.
  const simplified = toSimplified(folded);
  // OpenCC maps character for character here; if a phrase rule ever changes the length, keep the unsimplified text so offsets stay true.
  return { folded: simplified.length === folded.length ? simplified : folded, offsets };
}

export function fold(text: string, toSimplified: ToSimplified): string {
  return foldWithOffsets(text, toSimplified).folded.trim();
}

/** Folded text → the space-separated words Pagefind indexes for one field. */
export function indexWords(folded: string, field: Field): string {
  const mark = field === 'title' ? TITLE_MARK : '';
  const words: string[] = [];
  for (const run of folded.split(' ')) {
    const codes = Array.from(run, encodeChar);
    for (let i = 0; i < codes.length; i++) {
      // Overlapping pairs; the last character of a run also stands alone so one-character prefix queries reach it.
      words.push(mark + codes[i] + (codes[i + 1] ?? ''));
    }
  }
  return words.join(' ');
}

/** The parts of a query: folded, split at whitespace, duplicates dropped. */
export function queryParts(query: string, toSimplified: ToSimplified): string[] {
  return [...new Set(fold(query, toSimplified).split(' ').filter(Boolean))];
}

/**
 * One folded query part → the Pagefind query string that finds exactly the
 * records containing it in `field`: a quoted phrase of overlapping pairs, or
 * for a single character an unquoted prefix (every pair starting with it).
 */
export function pagefindQuery(part: string, field: Field): string {
  const words = indexWords(part, field).split(' ');
  if (words.length === 1) return words[0] ?? '';
  return `"${words.slice(0, -1).join(' ')}"`;
}
