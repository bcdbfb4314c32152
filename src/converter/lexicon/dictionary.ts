/**
 * A dictionary of surface forms for longest-match scanning: the forms, and the
 * same forms compiled once into a trie over UTF-16 code units, so a scan reads
 * each position of the text once per dictionary instead of slicing candidate
 * substrings and looking each one up.
 */
export interface Dictionary<T> {
  forms: ReadonlyMap<string, T>;
  trie: TrieNode<T>;
  /** One bit per UTF-16 code unit that starts a form: most positions of a text start none, and a bit test says so fastest. */
  firstUnits: Uint32Array;
  /** One bit per code unit that is a whole form by itself. */
  singleUnits: Uint32Array;
  /**
   * One bit per hash of the first two code units of a longer form: a common
   * character starts some form, but seldom with the character that follows
   * it, and this says so before walking the trie.
   */
  firstPairs: Uint32Array;
  /** 32 − log2 of firstPairs' size in bits: about 16 bits a form, so a small dictionary (one article's own place forms) stays small. */
  pairShift: number;
}

const pairHash = (first: number, second: number, shift: number) => (Math.imul(first, 0x9e3779b1) ^ Math.imul(second | 0, 0x85ebca6b)) >>> shift;
const setBit = (bits: Uint32Array, at: number) => {
  bits[at >>> 5] = (bits[at >>> 5] ?? 0) | (1 << (at & 31));
};

export interface TrieNode<T> {
  children: ReadonlyMap<number, TrieNode<T>>;
  /** The form ending at this node, when one does. */
  entry: { form: string; value: T } | null;
}

const hasBit = (bits: Uint32Array, at: number) => ((bits[at >>> 5] ?? 0) & (1 << (at & 31))) !== 0;

export function dictionary<T>(forms: ReadonlyMap<string, T>): Dictionary<T> {
  const trie: TrieNode<T> = { children: new Map(), entry: null };
  const firstUnits = new Uint32Array(0x10000 / 32);
  const singleUnits = new Uint32Array(0x10000 / 32);
  let pairBits = 6;
  while (pairBits < 22 && 1 << pairBits < forms.size * 16) pairBits += 1;
  const pairShift = 32 - pairBits;
  const firstPairs = new Uint32Array((1 << pairBits) / 32);
  for (const [form, value] of forms) {
    // An undefined value reads as "not in the dictionary" to a scan; the empty form never matches.
    if (form === '' || value === undefined) continue;
    let node = trie;
    for (let index = 0; index < form.length; index += 1) {
      const code = form.charCodeAt(index);
      const children = node.children as Map<number, TrieNode<T>>;
      let child = children.get(code);
      if (child === undefined) {
        child = { children: new Map(), entry: null };
        children.set(code, child);
      }
      node = child;
    }
    node.entry = { form, value };
    const first = form.charCodeAt(0);
    setBit(firstUnits, first);
    if (form.length === 1) setBit(singleUnits, first);
    else setBit(firstPairs, pairHash(first, form.charCodeAt(1), pairShift));
  }
  return { forms, trie, firstUnits, singleUnits, firstPairs, pairShift };
}

/**
 * One dictionary holding the forms of all, the earlier dictionary's value
 * winning for a form several hold: scanning with it finds what scanning with
 * all of them does, in one walk.
 */
export function mergeDictionaries<T>(...dictionaries: readonly Dictionary<T>[]): Dictionary<T> {
  const forms = new Map<string, T>();
  for (const entry of [...dictionaries].reverse()) {
    for (const [form, value] of entry.forms) if (value !== undefined) forms.set(form, value);
  }
  return dictionary(forms);
}

export interface Match<T> {
  form: string;
  value: T;
  index: number;
}

/** The longest form of `trie` starting at `index`, or the best found so far when none is longer. */
function longestAt<T>(text: string, index: number, trie: TrieNode<T>, best: TrieNode<T>['entry']): TrieNode<T>['entry'] {
  let node: TrieNode<T> | undefined = trie;
  for (let at = index; at < text.length; at += 1) {
    node = node.children.get(text.charCodeAt(at));
    if (node === undefined) break;
    if (node.entry !== null && (best === null || node.entry.form.length > best.form.length)) best = node.entry;
  }
  return best;
}

/**
 * Every form in `text`, scanning left to right and taking the longest form at
 * each position, so 农民工 is not also read as 农民 nor 西湖区 as 西湖. With
 * several dictionaries the longest form of any wins; on equal length the
 * earlier dictionary does.
 */
export function longestMatches<T>(text: string, ...dictionaries: readonly Dictionary<T>[]): Match<T>[] {
  const matches: Match<T>[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    let best: TrieNode<T>['entry'] = null;
    for (let which = 0; which < dictionaries.length; which += 1) {
      const { trie, firstUnits, singleUnits, firstPairs, pairShift } = dictionaries[which] as Dictionary<T>;
      if (!hasBit(firstUnits, code)) continue;
      if (hasBit(singleUnits, code) || hasBit(firstPairs, pairHash(code, text.charCodeAt(index + 1), pairShift))) best = longestAt(text, index, trie, best);
    }
    if (best === null) {
      index += 1;
      continue;
    }
    matches.push({ form: best.form, value: best.value, index });
    index += best.form.length;
  }
  return matches;
}
