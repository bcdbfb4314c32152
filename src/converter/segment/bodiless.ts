/**
 * Headlines with no text under them: a line set like a headline above the
 * real one (a kicker, a stray 本报讯（记者 ）), or a headline whose article
 * was cut off at the end of the file. An article needs a body, so each is
 * folded into the next article, as its kicker when it has no subtitle yet and
 * as its first heading otherwise; one at the end of the issue is left out and
 * recorded in `removed`. Both are warnings: the page needs an editor's look.
 */
import type { Message, Removal } from '../types.ts';
import type { Draft } from './assemble.ts';
import { quote, segmentMessage } from './rules.ts';

export function hasBody(draft: Draft): boolean {
  return draft.blocks.length > 0 || draft.captions.length > 0;
}

function printed(draft: Draft): string {
  return [draft.title, draft.subtitle, ...draft.bylines.map((byline) => byline.text)].filter((text) => text !== undefined && text !== '').join(' ');
}

export function foldBodiless(drafts: readonly Draft[]): { drafts: Draft[]; removed: Removal[]; messages: Message[] } {
  const kept: Draft[] = [];
  const removed: Removal[] = [];
  const messages: Message[] = [];
  let pending: Draft[] = [];

  for (const draft of drafts) {
    if (!hasBody(draft)) {
      pending.push(draft);
      continue;
    }
    // Nearest first: the line right above the title is its kicker.
    for (const empty of pending.reverse()) {
      const lines = [empty.title, empty.subtitle].filter((text): text is string => text !== undefined && text !== '');
      for (const line of lines.reverse()) {
        if (draft.subtitle === undefined) draft.subtitle = line;
        else draft.blocks.unshift({ type: 'heading', text: line, line: empty.line });
      }
      draft.bylines.unshift(...empty.bylines);
      messages.push(segmentMessage('warning', 'headline-without-text', `headline ${quote(printed(empty))} has no text under it: kept with the next article, ${quote(draft.title)}`, empty.line));
    }
    pending = [];
    kept.push(draft);
  }
  for (const empty of pending) {
    removed.push({ kind: 'noise', text: printed(empty), line: empty.line });
    messages.push(segmentMessage('warning', 'headline-without-text', `headline ${quote(printed(empty))} at the end of the issue has no text under it; left out`, empty.line));
  }
  return { drafts: kept, removed, messages };
}
