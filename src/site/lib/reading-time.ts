/**
 * Reading time of a Markdown body. Chinese is read by characters, Latin text
 * by words, so the two are counted apart and added.
 */

/** Han characters read per minute by an adult reading news (a common estimate: 300–500). */
export const HAN_PER_MINUTE = 400;
/** Latin words (and numbers) read per minute. */
export const WORDS_PER_MINUTE = 200;

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z0-9]+(?:[.'’-][A-Za-z0-9]+)*/g;
/** Markdown syntax that is not read: heading marks, emphasis, table rules and pipes. */
const MARKDOWN_SYNTAX = /^#{1,6}\s|[*_`|]|^\s*:?-{3,}:?(?:\s*\|\s*:?-{3,}:?)*\s*$/gm;

export interface ReadingTime {
  han: number;
  words: number;
  /** Whole minutes, at least 1. */
  minutes: number;
}

export function readingTime(markdown: string): ReadingTime {
  const text = markdown.replace(MARKDOWN_SYNTAX, ' ');
  const han = text.match(HAN)?.length ?? 0;
  const words = text.replace(HAN, ' ').match(LATIN_WORD)?.length ?? 0;
  const minutes = Math.max(1, Math.ceil(han / HAN_PER_MINUTE + words / WORDS_PER_MINUTE));
  return { han, words, minutes };
}

const TAG = /<[^>]*>/g;
const ENTITY = /&(?:#\d+|#x[\da-f]+|\w+);/gi;

/** Reading time of rendered HTML: the same count over its text (tags and entities are not read). */
export function readingTimeOfHtml(html: string): ReadingTime {
  return readingTime(html.replace(TAG, ' ').replace(ENTITY, ' '));
}
