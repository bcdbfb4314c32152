/**
 * An article that ends mid-sentence. Either its columns were read in rotated
 * order (the text's beginning printed last: …确 / 保线上线下…) and the last
 * fragment belongs in front of the first paragraph, or its end was cut off
 * (…定期定). Rotation is assumed when the fragment would run on into the first
 * paragraph: a word spans the join (确|保), or the fragment stops at a word's
 * end (…温州 / 管理中心…); a fragment stopping inside a word that the first
 * paragraph does not complete (定期定 / 从房前…) is a cut end.
 */
import type { Block, Message } from '../types.ts';
import { isParagraph, type Repaired } from './repair.ts';
import { quote, segmentMessage } from './rules.ts';
import { endsSentence, lastWord, wordCutAt } from './text.ts';

function runsOnInto(fragment: string, first: string): boolean {
  return wordCutAt(fragment, first) || [...lastWord(fragment)].length >= 2;
}

export function repairRotation(blocks: readonly Block[], title: string): Repaired {
  const last = blocks.at(-1);
  const messages: Message[] = [];
  if (!isParagraph(last) || endsSentence(last.text)) return { blocks: [...blocks], removed: [], messages };

  const first = blocks[0];
  if (blocks.length > 1 && isParagraph(first) && runsOnInto(last.text, first.text)) {
    messages.push(
      segmentMessage('warning', 'article-rotated', `${quote(title)} ends mid-sentence with ${quote(last.text.slice(-8))}, which runs on into its first paragraph: columns were rotated, fragment moved to the front`, last.line),
    );
    return { blocks: [{ ...last, text: last.text + first.text }, ...blocks.slice(1, -1)], removed: [], messages };
  }
  messages.push(segmentMessage('warning', 'article-truncated', `${quote(title)} ends mid-sentence with ${quote(last.text.slice(-8))}: the rest of the text is missing`, last.line));
  return { blocks: [...blocks], removed: [], messages };
}
