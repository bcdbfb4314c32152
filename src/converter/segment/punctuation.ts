/**
 * Half-width punctuation in Chinese text → full-width, as Chinese typesetting
 * has it: `2021年,` → `2021年，`, `(义乌)` → `（义乌）`. Between digits, Latin
 * words and codes it stays (`1,000`, `10:30`, `PM2.5`, `DB33/T2476—2022`).
 */

/** Characters of Chinese running text: Han, CJK and full-width punctuation, curly quotes, ellipsis, dashes. */
const CJK_CONTEXT = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’…—]/u;

const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' };
const OPEN = '(';
const CLOSE = ')';

function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK_CONTEXT.test(char);
}

/** The nearest character on one side, skipping spaces. */
function neighbour(chars: readonly string[], from: number, step: 1 | -1): string | undefined {
  for (let i = from + step; i >= 0 && i < chars.length; i += step) {
    const char = chars[i];
    if (char !== ' ') return char;
  }
  return undefined;
}

/** Matching bracket pairs by index, plus unmatched brackets mapped to -1. */
function bracketPairs(chars: readonly string[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  chars.forEach((char, i) => {
    if (char === OPEN) open.push(i);
    if (char !== CLOSE) return;
    const start = open.pop();
    if (start === undefined) {
      pairs.set(i, -1);
      return;
    }
    pairs.set(start, i);
    pairs.set(i, start);
  });
  for (const start of open) pairs.set(start, -1);
  return pairs;
}

function bracketIsChinese(chars: readonly string[], at: number, mate: number): boolean {
  if (isCjk(neighbour(chars, at, -1)) || isCjk(neighbour(chars, at, 1))) return true;
  if (mate < 0) return false;
  const [from, to] = at < mate ? [at, mate] : [mate, at];
  return chars.slice(from + 1, to).some((char) => isCjk(char)) || isCjk(neighbour(chars, from, -1)) || isCjk(neighbour(chars, to, 1));
}

function fullWidthBrackets(chars: readonly string[]): string[] {
  const pairs = bracketPairs(chars);
  return chars.map((char, i) => {
    const mate = pairs.get(i);
    if (mate === undefined || !bracketIsChinese(chars, i, mate)) return char;
    return char === OPEN ? '（' : '）';
  });
}

const HALF_WIDTH_MARK = /[,:;?!()]/;
const CONVERTIBLE = /[,:;?!]/g;
const DIGIT = /\d/;

/** The nearest character of a string on one side of index `at`, skipping spaces; whole code points. */
function neighbourIn(text: string, at: number, step: 1 | -1): string | undefined {
  for (let i = at + step; i >= 0 && i < text.length; i += step) {
    if (text[i] === ' ') continue;
    const code = text.charCodeAt(i);
    // Stepping back onto the low half of a surrogate pair: the character starts one unit earlier.
    const start = step === -1 && code >= 0xdc00 && code <= 0xdfff && i > 0 ? i - 1 : i;
    return String.fromCodePoint(text.codePointAt(start) ?? code);
  }
  return undefined;
}

/** Brackets first, so `（高照街道）:72件` sees a Chinese bracket before its colon. */
export function normalizePunctuation(text: string): string {
  // Most lines carry no half-width mark at all: leave them untouched.
  if (!HALF_WIDTH_MARK.test(text)) return text;
  const bracketed = text.includes(OPEN) || text.includes(CLOSE) ? fullWidthBrackets([...text]).join('') : text;
  return bracketed.replace(CONVERTIBLE, (mark: string, at: number) => {
    // 1,000 and 10:30 keep their marks even inside Chinese text.
    if (DIGIT.test(bracketed[at - 1] ?? '') && DIGIT.test(bracketed[at + 1] ?? '')) return mark;
    return isCjk(neighbourIn(bracketed, at, -1)) || isCjk(neighbourIn(bracketed, at, 1)) ? (FULL_WIDTH[mark] ?? mark) : mark;
  });
}
