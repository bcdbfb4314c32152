/**
 * A dictionary of surface forms for longest-match scanning: the forms, and for
 * each first character the lengths of the forms starting with it (longest
 * first), so a scan tries only lengths that can match.
 */
export interface Dictionary<T> {
  forms: ReadonlyMap<string, T>;
  lengthsByFirstChar: ReadonlyMap<string, readonly number[]>;
}

export function dictionary<T>(forms: ReadonlyMap<string, T>): Dictionary<T> {
  const lengths = new Map<string, Set<number>>();
  for (const form of forms.keys()) {
    const first = form[0];
    if (first === undefined) continue;
    lengths.set(first, (lengths.get(first) ?? new Set<number>()).add(form.length));
  }
  const lengthsByFirstChar = new Map([...lengths].map(([first, set]) => [first, [...set].sort((a, b) => b - a)]));
  return { forms, lengthsByFirstChar };
}

export interface Match<T> {
  form: string;
  value: T;
  index: number;
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
    const first = text[index] ?? '';
    const lengths = [...new Set(dictionaries.flatMap((entry) => entry.lengthsByFirstChar.get(first) ?? []))].sort((a, b) => b - a);
    let step = 1;
    for (const length of lengths) {
      const form = text.slice(index, index + length);
      if (form.length < length) continue;
      const value = dictionaries.map((entry) => entry.forms.get(form)).find((found) => found !== undefined);
      if (value === undefined) continue;
      matches.push({ form, value, index });
      step = length;
      break;
    }
    index += step;
  }
  return matches;
}
