/**
 * decode → normalize → **segment**: clean lines of one issue → its articles in
 * reading order, read top to bottom:
 *
 *   items (emphasis, punctuation) → page furniture removed (running heads, jump
 *   lines, labels, slogans) → articles assembled
 *   → headlines without text folded into the next article → untitled text titled
 *   → per article: fragments printed twice, column breaks joined, paragraphs
 *     repeated, repeats inside a paragraph, rotated or cut ends.
 */
import type { ArticlePage, Block, Message, NormalizedIssue, PageHead, Removal, SegmentedArticle, SegmentedIssue } from '../types.ts';
import { assemble, type Draft, type SegmentLexicon } from './assemble.ts';
import { foldBodiless } from './bodiless.ts';
import { removeContainedParagraphs, removeRepeatedFragments, removeTandemRepeats } from './duplicates.ts';
import { toItems } from './items.ts';
import { joinColumnBreaks } from './join.ts';
import { removeFurniture } from './furniture/index.ts';
import type { Repaired } from './repair.ts';
import { repairRotation } from './rotate.ts';
import { quote, segmentMessage } from './rules.ts';
import { titleFromBody } from './untitled.ts';

type Repair = (blocks: readonly Block[], title: string) => Repaired;

const BODY_REPAIRS: readonly Repair[] = [removeRepeatedFragments, joinColumnBreaks, removeContainedParagraphs, removeTandemRepeats, repairRotation];

function repairBody(draft: Draft): Repaired {
  return BODY_REPAIRS.reduce<Repaired>(
    (done, repair) => {
      const next = repair(done.blocks, draft.title);
      return { blocks: next.blocks, removed: [...done.removed, ...next.removed], messages: [...done.messages, ...next.messages] };
    },
    { blocks: draft.blocks, removed: [], messages: [] },
  );
}

function articlePage(head: PageHead | undefined): { page?: ArticlePage } {
  if (head?.page === undefined && head?.pageName === undefined) return {};
  return { page: { ...(head.page === undefined ? {} : { number: head.page }), ...(head.pageName === undefined ? {} : { name: head.pageName }) } };
}

function toArticle(draft: Draft, blocks: Block[], title: string): SegmentedArticle {
  const dateline = draft.bylines.find((byline) => byline.dateline !== undefined)?.dateline;
  return {
    title,
    ...(draft.subtitle === undefined ? {} : { subtitle: draft.subtitle }),
    authors: draft.bylines.flatMap((byline) => byline.authors),
    ...(draft.bylines.length === 0 ? {} : { byline: draft.bylines.map((byline) => byline.text).join(' ') }),
    ...(dateline === undefined ? {} : { dateline }),
    blocks,
    captions: draft.captions,
    line: draft.line,
    ...articlePage(draft.page),
  };
}

export function segment(issue: NormalizedIssue, lexicon: SegmentLexicon): SegmentedIssue {
  const cleaned = removeFurniture(toItems(issue), lexicon);
  const assembled = assemble(cleaned.items, lexicon);
  const folded = foldBodiless(assembled.drafts);
  const removed: Removal[] = [...cleaned.removed, ...assembled.removed, ...folded.removed];
  const messages: Message[] = [...cleaned.messages, ...assembled.messages, ...folded.messages];
  const articles = folded.drafts.map((draft) => {
    const repaired = repairBody(draft);
    removed.push(...repaired.removed);
    messages.push(...repaired.messages);
    if (draft.title !== '') return toArticle(draft, repaired.blocks, draft.title);
    const title = titleFromBody(repaired.blocks, draft.captions);
    messages.push(segmentMessage('warning', 'headline-missing', `no headline above the text from line ${draft.line}: titled ${quote(title, 30)} from its first sentence`, draft.line));
    return { ...toArticle(draft, repaired.blocks, title), titleGenerated: true as const };
  });
  const byLine = (a: { line: number }, b: { line: number }): number => a.line - b.line;
  return {
    source: issue.source,
    header: issue.header,
    articles,
    pageHeads: cleaned.pageHeads,
    removed: removed.sort(byLine),
    messages: messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  };
}
