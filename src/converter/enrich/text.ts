/** The article's text, split the way every enrichment step reads it. */
import type { SegmentedArticle } from '../types.ts';

/** `outlet`: the byline less its dateline (潮州日报讯, 今日桐乡记者), which only locate() reads. */
export type Part = 'title' | 'subtitle' | 'dateline' | 'bylineOrg' | 'outlet' | 'lead' | 'heading' | 'body' | 'table';

export interface TextPart {
  part: Part;
  text: string;
}

/** Markdown emphasis and inline HTML some raw issues carry (`**…**`, `<b>…</b>`). */
export function plainText(text: string): string {
  // Most text carries neither: skip the two regular-expression passes.
  if (!text.includes('*') && !text.includes('<')) return text;
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
