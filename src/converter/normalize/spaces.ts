/**
 * Whitespace as raw issues carry it: NBSP and other fixed-width spaces from
 * web copies, ideographic (full-width) spaces used as indents, zero-width
 * characters from CMS exports. All spaces become U+0020 and the invisible
 * ones go, so later stages compare text by what a reader sees.
 */

/** NBSP, en/em/thin/hair spaces, narrow NBSP, medium math space, ideographic space. */
const WIDE_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

/** Zero-width space/non-joiner/joiner, word joiner, and a BOM inside the text. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

const TRAILING_SPACES = / +$/;

export function normalizeSpaces(line: string): string {
  return line.replace(ZERO_WIDTH, '').replace(WIDE_SPACES, ' ').replace(TRAILING_SPACES, '');
}
