/** Words from a data file made into regular-expression source, matched as printed. */

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** `a|b|c` of the words, escaped, in the order given (an alternation tries them in that order). */
export function alternatives(words: readonly string[]): string {
  return words.map(escapeRegExp).join('|');
}
