/**
 * Page furniture that is not part of any article, removed before articles are
 * assembled and recorded in `removed`: column labels on a line of their own,
 * slogan blocks (社会主义核心价值观 and its rows of words), and the dash rows a
 * broken Markdown table leaves (`--	---	--`), and lines of stray marks with no
 * word in them (`：`, `}`, `***`).
 */
import type { Message, Removal } from '../types.ts';
import type { SegmentCues } from './cues.ts';
import type { Item } from './items.ts';
import { quote, segmentMessage } from './rules.ts';

const HEADING_MARK = /^#{1,6}\s+/;
const SEPARATOR_ROW = /^[\s|:]*-{2,}[\s|:\-]*$/;
/** A slogan row: three or more short words separated by spaces (富强 民主 文明 和谐). */
/** A line with a letter, a Han character or a digit in it; the rest (`：`, `***`, `}`) is stray marks. */
const WORDY = /[\p{L}\p{N}]/u;
const WORD_ROW = /^\p{Script=Han}{2,4}(?: +\p{Script=Han}{2,4}){2,}$/u;

export interface Cleaned {
  items: Item[];
  removed: Removal[];
  messages: Message[];
}

export function removeNoise(items: readonly Item[], cues: SegmentCues): Cleaned {
  const kept: Item[] = [];
  const removed: Removal[] = [];
  const messages: Message[] = [];
  let inSlogan = false;

  for (const item of items) {
    const bare = item.text.replace(HEADING_MARK, '');
    if (inSlogan && item.gap <= 1 && WORD_ROW.test(bare)) {
      removed.push({ kind: 'slogan', text: item.text, line: item.line });
      continue;
    }
    inSlogan = false;
    if (cues.slogans.has(bare)) {
      inSlogan = true;
      removed.push({ kind: 'slogan', text: item.text, line: item.line });
      messages.push(segmentMessage('info', 'slogan-removed', `slogan block ${quote(bare)} is not an article`, item.line));
    } else if (cues.sectionLabels.has(bare)) {
      removed.push({ kind: 'section-label', text: item.text, line: item.line });
      messages.push(segmentMessage('info', 'section-label-removed', `column label ${quote(bare)} removed`, item.line));
    } else if (SEPARATOR_ROW.test(item.text)) {
      removed.push({ kind: 'noise', text: item.text, line: item.line });
      messages.push(segmentMessage('info', 'separator-row-removed', 'table separator row without a table header removed', item.line));
    } else if (!WORDY.test(item.text)) {
      removed.push({ kind: 'noise', text: item.text, line: item.line });
      messages.push(segmentMessage('info', 'symbol-line-removed', `line ${quote(item.text)} has no word in it; removed`, item.line));
    } else {
      kept.push(item);
    }
  }
  return { items: kept, removed, messages };
}
