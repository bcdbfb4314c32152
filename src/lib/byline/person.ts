/**
 * The person-name recogniser: a Chinese name is a surname (single or
 * compound, from the surname list) and a given name of one or two characters
 * (王蓉, 宋晓娜, 欧阳文华). It tells a name from other words where no role
 * marker says so (a bare name closing an article) and splits names printed
 * together without a space (周金友洪菡婷). Of the 184 names in the dev set and
 * the samples, only the pen name 小西 is a dictionary word.
 *
 * Chosen over jieba's part-of-speech tags (`nr`) by measurement on the dev
 * set's and the samples' bylines: see the README's byline notes.
 */
import { wordSegmenter } from '../words.ts';

const HAN_RUN = /^\p{Script=Han}+$/u;
const MAX_GIVEN = 2;

/** True when `text` reads as surname + given name. */
export function isPersonName(text: string, surnames: ReadonlySet<string>): boolean {
  if (!HAN_RUN.test(text)) return false;
  const chars = [...text];
  const surnamed = [1, 2].some((length) => {
    const given = chars.length - length;
    return given >= 1 && given <= MAX_GIVEN && surnames.has(chars.slice(0, length).join(''));
  });
  return surnamed;
}

/**
 * A bare name, printed with nothing around it to say it is one, must also not
 * be a word of the platform's dictionary: 强化, 金华, 高峰 start with a surname too.
 */
export function isBareName(text: string, surnames: ReadonlySet<string>): boolean {
  return isPersonName(text, surnames) && !isDictionaryWord(text);
}

function isDictionaryWord(text: string): boolean {
  const [first, second] = wordSegmenter.segment(text);
  return first !== undefined && second === undefined;
}

/**
 * A run of names printed together → the names, or undefined when it cannot be
 * read as names. Fewer names win (a compound surname over two short names:
 * 欧阳文华, not 欧阳 + 文华); among as many, the longer first name
 * (孙艺丛台可 → 孙艺丛 台可), since three-character names are the most common.
 */
export function splitPersonNames(run: string, surnames: ReadonlySet<string>): string[] | undefined {
  const chars = [...run];
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= chars.length; end += 1) {
    let chosen: string[] | undefined;
    // Shortest last name first, so that among as many names the earlier ones are the longer.
    for (let length = 2; length <= 4; length += 1) {
      const start = end - length;
      const before = start >= 0 ? best[start] : undefined;
      const name = chars.slice(start, end).join('');
      if (!before || !isPersonName(name, surnames)) continue;
      const candidate = [...before, name];
      if (!chosen || candidate.length < chosen.length) chosen = candidate;
    }
    best.push(chosen);
  }
  return best[chars.length];
}
