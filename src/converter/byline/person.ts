/**
 * The person-name recogniser: a Chinese name is a surname (single or
 * compound, from the surname list) and a given name of one or two characters
 * (王蓉, 宋晓娜, 欧阳文华). It tells a name from other words where no role
 * marker says so (a bare name closing an article) and splits names printed
 * together without a space (周金友洪菡婷).
 *
 * Chosen over jieba's part-of-speech tags (@node-rs/jieba 2.0.3: a token
 * tagged nr, or a word its HMM found) by measurement on the 176 names of the
 * dev set and the samples, 211 words that open a sentence in the dev set's
 * text (what a column break leaves after 。), and 71 pairs of names of one
 * byline glued together:
 *
 *                                  names found   sentence openers taken   glued pairs right/wrong/not split
 *   surname + given name             171/176          76/211                       64/3/4
 *   … and no dictionary word         171/176          59/211                         –
 *   jieba, nr or HMM word            146/176          33/211                       44/3/24
 *   jieba, nr only                     5/176           2/211                         –
 *
 * In the converter, author F1 on the dev set is 0.995 with the surname list
 * and 0.981 with jieba, which also loses authors in three of the five sample
 * issues and needs a native binary. Sentence openers
 * are kept off by where a bare name may stand (an article's last paragraph,
 * a line of its own), not by the recogniser alone.
 */
import { wordSegmenter } from '../words.ts';

/**
 * Surnames with their rank in the list: the classical 百家姓 first, then rarer
 * ones, so a lower rank is a surname more often met.
 */
export type Surnames = ReadonlyMap<string, number>;

export function surnameRanks(list: Iterable<string>): Surnames {
  return new Map([...list].map((surname, rank) => [surname, rank]));
}

const HAN_RUN = /^\p{Script=Han}+$/u;
const MAX_GIVEN = 2;

/** The surname a name starts with (欧阳 before 欧), or undefined when it is no surname + given name. */
function surnameOf(text: string, surnames: Surnames): string | undefined {
  if (!HAN_RUN.test(text)) return undefined;
  const chars = [...text];
  const surname = [2, 1].map((length) => chars.slice(0, length).join('')).find((head) => {
    const given = chars.length - [...head].length;
    return given >= 1 && given <= MAX_GIVEN && surnames.has(head);
  });
  return surname;
}

/** True when `text` reads as surname + given name. */
export function isPersonName(text: string, surnames: Surnames): boolean {
  return surnameOf(text, surnames) !== undefined;
}

/**
 * A bare name, printed with nothing around it to say it is one, must also not
 * be a word of the platform's dictionary: 强化, 金华, 高峰 start with a surname too
 * (of the 176 names in the dev set and the samples, only the pen name 小西 is one).
 */
export function isBareName(text: string, surnames: Surnames): boolean {
  return isPersonName(text, surnames) && !isDictionaryWord(text);
}

function isDictionaryWord(text: string): boolean {
  const [first, second] = wordSegmenter.segment(text);
  return first !== undefined && second === undefined;
}

interface Reading {
  names: string[];
  /** Rank of the rarest surname it uses. */
  rarest: number;
}

/** Fewer names first; among as many, the reading whose rarest surname is the more common (陈栋 池瑞辉, not 陈栋池 瑞辉). */
function better(a: Reading, b: Reading | undefined): boolean {
  return b === undefined || a.names.length < b.names.length || (a.names.length === b.names.length && a.rarest < b.rarest);
}

/**
 * A run of names printed together → the names, or undefined when it cannot be
 * read as names (a compound surname makes one name of four characters: 欧阳文华).
 */
export function splitPersonNames(run: string, surnames: Surnames): string[] | undefined {
  const chars = [...run];
  const best: (Reading | undefined)[] = [{ names: [], rarest: -1 }];
  for (let end = 1; end <= chars.length; end += 1) {
    let chosen: Reading | undefined;
    for (let length = 2; length <= 4; length += 1) {
      const before = end - length >= 0 ? best[end - length] : undefined;
      const name = chars.slice(end - length, end).join('');
      const surname = before ? surnameOf(name, surnames) : undefined;
      if (!before || surname === undefined) continue;
      const candidate = { names: [...before.names, name], rarest: Math.max(before.rarest, surnames.get(surname) ?? Infinity) };
      if (better(candidate, chosen)) chosen = candidate;
    }
    best.push(chosen);
  }
  return best[chars.length]?.names;
}
