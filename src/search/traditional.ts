/**
 * Whether text could be changed by traditional → simplified folding
 * (simplify.ts): only when it holds a character some dictionary rule changes.
 * Most queries hold none, so the search page loads the dictionaries (~60 KB)
 * only for those that do.
 */
import data from '../../data/search/traditional-chars.json' with { type: 'json' };

const CHANGED = new Set(Array.from(data.chars));

/** NFKC first: a compatibility form may fold to a traditional character. */
export const mayBeTraditional = (text: string): boolean => Array.from(text.normalize('NFKC')).some((char) => CHANGED.has(char));
