/**
 * The characters a rule of the dictionaries simplify.ts folds with (OpenCC
 * Taiwan → mainland) changes, read from opencc-js: text holding none of them
 * comes out of the converter unchanged. Node-side; the browser reads the generated
 * data/search/traditional-chars.json (traditional.ts).
 */

/** opencc-js dictionaries: strings of `key value|key value…`, nested in arrays. */
type Dictionary = string | readonly Dictionary[];

function collectChanged(dictionary: Dictionary, changed: Set<string>): void {
  if (typeof dictionary !== 'string') {
    for (const part of dictionary) collectChanged(part, changed);
    return;
  }
  for (const entry of dictionary.split('|')) {
    const [key = '', ...values] = entry.split(' ');
    const keyChars = Array.from(key);
    for (const value of values) {
      const valueChars = Array.from(value);
      // A rule changes text only where its key differs from its value: text without
      // one of those key characters cannot be changed by it.
      keyChars.forEach((char, i) => {
        if (keyChars.length !== valueChars.length || valueChars[i] !== char) changed.add(char);
      });
    }
  }
}

export async function changedCharacters(): Promise<string> {
  const [fromTaiwan, toMainland] = await Promise.all([import('opencc-js/from/tw'), import('opencc-js/to/cn')]);
  const changed = new Set<string>();
  collectChanged([fromTaiwan.default, toMainland.default] as unknown as Dictionary, changed);
  return [...changed].sort().join('');
}
