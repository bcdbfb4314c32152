/**
 * The one text model shared by the index builder and the browser client (the
 * evaluation's ground truth folds on its own, src/tools/search-eval/corpus.ts):
 * text folded (case, width, traditional → simplified, whitespace), and a
 * query split into the parts every result must contain. The exact-match
 * layer (layer.ts) is built from folded text and asked with folded parts.
 */

/** Folds one string; the browser passes the lazily loaded OpenCC converter. */
export type ToSimplified = (text: string) => string;

const WHITESPACE = /\s+/u;

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

/** The parts of a query: folded, split at whitespace, duplicates dropped. */
export function queryParts(query: string, toSimplified: ToSimplified): string[] {
  return [...new Set(fold(query, toSimplified).split(' ').filter(Boolean))];
}
