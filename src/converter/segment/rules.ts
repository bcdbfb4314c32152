/** The segment stage's message ids: one closed list, so reports and tests can rely on them. */
import { converterMessage } from '../messages.ts';
import type { Message, Severity } from '../types.ts';

export const SEGMENT_RULES = [
  'page-header-removed',
  'page-header-dates-differ',
  'jump-removed',
  'section-label-removed',
  'slogan-removed',
  'separator-row-removed',
  'symbol-line-removed',
  'table-prose-row',
  'headline-by-shape',
  'headline-missing',
  'headline-stack',
  'headline-deck',
  'headline-without-text',
  'byline-unparsed',
  'photo-credit-as-byline',
  'caption-orphan',
  'caption-without-text',
  'duplicate-removed',
  'column-break-joined',
  'column-overlap-removed',
  'repeat-removed',
  'article-rotated',
  'article-truncated',
] as const;

export type SegmentRule = (typeof SEGMENT_RULES)[number];

export function segmentMessage(severity: Severity, ruleId: SegmentRule, reason: string, line: number): Message {
  return converterMessage(severity, ruleId, reason, { line });
}

/** A short quotation of text for a message. */
export function quote(text: string, max = 24): string {
  const chars = [...text];
  return `“${chars.length > max ? `${chars.slice(0, max).join('')}…` : text}”`;
}
