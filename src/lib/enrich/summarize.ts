/**
 * The summary: the lead's first sentences, whole. Sentences end at 。！？ (and
 * any closing quotes after them); a quotation opening the lead is skipped when
 * a reported sentence follows, since it rarely says what happened.
 */
import type { SegmentedArticle } from '../types.ts';
import { plainText } from './text.ts';
import { SUMMARY_MAX_CHARS, SUMMARY_MAX_SENTENCES } from './weights.ts';

const TERMINATORS = new Set(['。', '！', '？', '!', '?']);
const OPENING_QUOTES = new Set(['“', '「', '『']);
const CLOSING_QUOTES = new Set(['”', '」', '』']);

/** Whole sentences of `text`; a trailing fragment without an end mark is dropped. */
export function sentences(text: string): string[] {
  const found: string[] = [];
  let start = 0;
  let depth = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (OPENING_QUOTES.has(char)) depth += 1;
    else if (CLOSING_QUOTES.has(char)) depth = Math.max(0, depth - 1);
    const ended = depth === 0 && (TERMINATORS.has(char) || (CLOSING_QUOTES.has(char) && TERMINATORS.has(text[index - 1] ?? '')));
    if (!ended) continue;
    let end = index + 1;
    while (CLOSING_QUOTES.has(text[end] ?? '') || TERMINATORS.has(text[end] ?? '')) end += 1;
    found.push(text.slice(start, end).trim());
    start = end;
    index = end - 1;
  }
  return found.filter((sentence) => sentence !== '');
}

function isQuotation(sentence: string): boolean {
  return OPENING_QUOTES.has(sentence[0] ?? '') && CLOSING_QUOTES.has(sentence[sentence.length - 1] ?? '');
}

export function summarize(article: SegmentedArticle): string {
  const paragraphs = article.blocks.flatMap((block) => (block.type === 'paragraph' ? [plainText(block.text).trim()] : []));
  const texts = paragraphs.length > 0 ? paragraphs : article.captions.map((caption) => plainText(caption.text).trim());
  const lead = texts.flatMap((text) => sentences(text));
  const reported = lead.findIndex((sentence) => !isQuotation(sentence));
  const pool = reported > 0 ? lead.slice(reported) : lead;
  if (pool.length === 0) return texts[0] ?? '';

  let summary = pool[0] ?? '';
  for (const sentence of pool.slice(1, SUMMARY_MAX_SENTENCES)) {
    if (summary.length + sentence.length > SUMMARY_MAX_CHARS) break;
    summary += sentence;
  }
  return summary;
}
