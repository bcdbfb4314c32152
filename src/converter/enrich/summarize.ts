/**
 * The summary: the lead's first one or two sentences, whole, from one
 * paragraph. Sentences end at 。！？ (and any closing quotes after them); a
 * quotation opening the lead is skipped when a reported sentence follows, since
 * it rarely says what happened. A second sentence is added only while the
 * summary stays within SUMMARY_MAX_CHARS; the first is kept whole whatever its length.
 */
import type { SegmentedArticle } from '../types.ts';
import { plainText } from './text.ts';
import { SUMMARY_MAX_CHARS, SUMMARY_MAX_SENTENCES } from './weights.ts';

/** Sets of UTF-16 code units, read with charCodeAt: no one-character string per character scanned. */
const codes = (chars: string) => new Set([...chars].map((char) => char.charCodeAt(0)));
const TERMINATORS = codes('。！？!?');
const OPENING_QUOTES = codes('“「『');
const CLOSING_QUOTES = codes('”」』');

/** Whole sentences of `text`; a trailing fragment without an end mark is dropped. */
export function sentences(text: string): string[] {
  const found: string[] = [];
  let start = 0;
  let depth = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (OPENING_QUOTES.has(code)) depth += 1;
    else if (CLOSING_QUOTES.has(code)) depth = Math.max(0, depth - 1);
    const ended = depth === 0 && (TERMINATORS.has(code) || (CLOSING_QUOTES.has(code) && TERMINATORS.has(text.charCodeAt(index - 1))));
    if (!ended) continue;
    let end = index + 1;
    while (CLOSING_QUOTES.has(text.charCodeAt(end)) || TERMINATORS.has(text.charCodeAt(end))) end += 1;
    found.push(text.slice(start, end).trim());
    start = end;
    index = end - 1;
  }
  return found.filter((sentence) => sentence !== '');
}

function isQuotation(sentence: string): boolean {
  return OPENING_QUOTES.has(sentence.charCodeAt(0)) && CLOSING_QUOTES.has(sentence.charCodeAt(sentence.length - 1));
}

export function summarize(article: SegmentedArticle): string {
  const paragraphs = article.blocks.flatMap((block) => (block.type === 'paragraph' ? [plainText(block.text).trim()] : []));
  const texts = paragraphs.length > 0 ? paragraphs : article.captions.map((caption) => plainText(caption.text).trim());
  // The first paragraph with a reported sentence, else the first with any; a quotation opening it is skipped.
  let lead: string[] | undefined;
  let firstWithSentences: string[] | undefined;
  for (const text of texts) {
    const paragraph = sentences(text);
    if (paragraph.some((sentence) => !isQuotation(sentence))) {
      lead = paragraph;
      break;
    }
    if (paragraph.length > 0) firstWithSentences ??= paragraph;
  }
  lead ??= firstWithSentences;
  if (!lead) return texts[0] ?? '';
  const start = Math.max(0, lead.findIndex((sentence) => !isQuotation(sentence)));
  const [first = '', ...rest] = lead.slice(start);

  let summary = first;
  for (const sentence of rest.slice(0, SUMMARY_MAX_SENTENCES - 1)) {
    if (isQuotation(sentence) || summary.length + sentence.length > SUMMARY_MAX_CHARS) break;
    summary += sentence;
  }
  return summary;
}
