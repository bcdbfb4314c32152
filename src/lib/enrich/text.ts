/** The article's text, split the way every enrichment step reads it. */
import type { SegmentedArticle } from '../types.ts';

export type Part = 'title' | 'subtitle' | 'dateline' | 'bylineOrg' | 'lead' | 'heading' | 'body' | 'table';

export interface TextPart {
  part: Part;
  text: string;
}

/** Markdown emphasis and inline HTML some raw issues carry (`**…**`, `<b>…</b>`). */
export function plainText(text: string): string {
  return text.replace(/\*\*/g, '').replace(/<\/?[a-z][^>]*>/gi, '');
}

/** Title, subtitle, dateline, byline organisations, lead paragraph, then the rest, in reading order. */
export function articleParts(article: SegmentedArticle): TextPart[] {
  const parts: TextPart[] = [{ part: 'title', text: article.title }];
  if (article.subtitle) parts.push({ part: 'subtitle', text: article.subtitle });
  if (article.dateline) parts.push({ part: 'dateline', text: article.dateline });
  for (const author of article.authors) if (author.org) parts.push({ part: 'bylineOrg', text: author.org });
  let leadSeen = false;
  for (const block of article.blocks) {
    if (block.type === 'table') {
      parts.push({ part: 'table', text: block.rows.map((row) => row.join(' ')).join('\n') });
    } else if (block.type === 'heading') {
      parts.push({ part: 'heading', text: block.text });
    } else {
      parts.push({ part: leadSeen ? 'body' : 'lead', text: block.text });
      leadSeen = true;
    }
  }
  // A photo story has no paragraph: its caption is its lead.
  for (const caption of article.captions) {
    parts.push({ part: leadSeen ? 'body' : 'lead', text: caption.text });
    leadSeen = true;
  }
  return parts.map(({ part, text }) => ({ part, text: plainText(text) }));
}

export interface Match<T> {
  form: string;
  value: T;
  index: number;
}

/**
 * Every dictionary form in `text`, scanning left to right and taking the
 * longest form at each position, so 农民工 is not also read as 农民 and
 * 西湖区 not as 西湖.
 */
export function longestMatches<T>(text: string, lookup: (form: string) => T | undefined, maxLength: number): Match<T>[] {
  const matches: Match<T>[] = [];
  let index = 0;
  while (index < text.length) {
    let matched = false;
    for (let length = Math.min(maxLength, text.length - index); length >= 1; length -= 1) {
      const form = text.slice(index, index + length);
      const value = lookup(form);
      if (value !== undefined) {
        matches.push({ form, value, index });
        index += length;
        matched = true;
        break;
      }
    }
    if (!matched) index += 1;
  }
  return matches;
}

export function maxKeyLength(keys: Iterable<string>): number {
  let max = 0;
  for (const key of keys) max = Math.max(max, key.length);
  return max;
}
