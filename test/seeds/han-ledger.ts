/**
 * No text lost: every Han character of a raw issue's body (after the header)
 * must come out exactly once, in some article's title, subtitle, byline,
 * blocks or captions, or in `removed`. Punctuation normalisation and `<b>` →
 * `**` touch no Han character, so the two multisets must be equal. A title
 * made up from the text under it (reported as headline-missing) repeats that
 * text and is not counted.
 */
import type { NormalizedIssue, SegmentedIssue } from '../../src/converter/types.ts';

const HAN = /\p{Script=Han}/gu;

function count(into: Map<string, number>, text: string, sign: 1 | -1): void {
  for (const char of text.match(HAN) ?? []) into.set(char, (into.get(char) ?? 0) + sign);
}

/** Lines of articles whose title segment made up from their first sentence (headline-missing): a copy, not printed text. */
function madeUpTitleLines(issue: SegmentedIssue): Set<number> {
  return new Set(issue.messages.flatMap((message) => (message.ruleId === 'headline-missing' && message.line ? [message.line] : [])));
}

function outputTexts(issue: SegmentedIssue): string[] {
  const madeUp = madeUpTitleLines(issue);
  return [
    ...issue.articles.flatMap((article) => [
      madeUp.has(article.line) ? '' : article.title,
      article.subtitle ?? '',
      // The dateline is part of the printed byline: counted there, once.
      article.byline ?? '',
      ...article.blocks.flatMap((block) => (block.type === 'table' ? block.rows.flat() : [block.text])),
      ...article.captions.flatMap((caption) => [caption.text, caption.credit ?? '']),
    ]),
    ...issue.removed.map((removal) => removal.text),
  ];
}

/** Han characters whose count differs: positive = lost, negative = invented or duplicated. */
export function hanDifference(input: NormalizedIssue, output: SegmentedIssue): Record<string, number> {
  const ledger = new Map<string, number>();
  for (const { text } of input.lines) count(ledger, text, 1);
  for (const text of outputTexts(output)) count(ledger, text, -1);
  return Object.fromEntries([...ledger].filter(([, n]) => n !== 0).sort(([a], [b]) => a.localeCompare(b)));
}
