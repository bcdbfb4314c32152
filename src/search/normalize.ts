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

/** Characters folding leaves as they are, the bulk of the text: CJK unified ideographs, and ASCII but for capitals and whitespace. */
const isKept = (code: number): boolean =>
  (code >= 0x4e00 && code <= 0x9fff) || (code < 0x80 && code > 0x20 && !(code >= 0x41 && code <= 0x5a));

/** Character → what it folds to (' ' for whitespace): few distinct characters, each normalized once. */
const folds = new Map<string, string>();

function foldChar(char: string): string {
  let piece = folds.get(char);
  if (piece === undefined) {
    piece = WHITESPACE.test(char) ? ' ' : char.normalize('NFKC').toLowerCase();
    folds.set(char, piece);
  }
  return piece;
}

/**
 * The folding before traditional → simplified; `offsets`, when given,
 * receives per folded unit the index of its source character. Kept
 * characters are copied a run at a time: one slice where a string a
 * character would cost more than the folding.
 */
function foldUnits(text: string, offsets?: number[]): string {
  const source = text.normalize('NFC');
  let folded = '';
  let keptFrom = 0;
  let lastWasSpace = true;
  for (let index = 0; index < source.length; ) {
    const code = source.codePointAt(index)!;
    const width = code > 0xffff ? 2 : 1;
    if (isKept(code)) {
      offsets?.push(index);
      lastWasSpace = false;
      index += width;
      continue;
    }
    folded += source.slice(keptFrom, index);
    const char = source.slice(index, index + width);
    const piece = foldChar(char);
    if (!(piece === ' ' && lastWasSpace)) {
      lastWasSpace = piece === ' ';
      folded += piece;
      if (offsets) for (let unit = 0; unit < piece.length; unit++) offsets.push(index);
    }
    index += width;
    keptFrom = index;
  }
  return folded + source.slice(keptFrom);
}

/** OpenCC maps character for character here; if a phrase rule ever changes the length, the unsimplified text is kept so offsets stay true. */
function simplified(folded: string, toSimplified: ToSimplified): string {
  const converted = toSimplified(folded);
  return converted.length === folded.length ? converted : folded;
}

/**
 * Text → the form both sides compare: NFKC (full-width letters, digits and
 * punctuation become half-width), lower case, traditional → simplified, runs
 * of whitespace → one space. `offsets[i]` is the index in `text` of the
 * character that produced `folded[i]`, so a match can be marked in the
 * original text.
 */
export function foldWithOffsets(text: string, toSimplified: ToSimplified): { folded: string; offsets: number[] } {
  // NFC may merge characters; offsets then point near, not at, the source: still inside the same word.
  const offsets: number[] = [];
  return { folded: simplified(foldUnits(text, offsets), toSimplified), offsets };
}

export function fold(text: string, toSimplified: ToSimplified): string {
  return simplified(foldUnits(text), toSimplified).trim();
}

/** The parts of a query: folded, split at whitespace, duplicates dropped. */
export function queryParts(query: string, toSimplified: ToSimplified): string[] {
  return [...new Set(fold(query, toSimplified).split(' ').filter(Boolean))];
}
