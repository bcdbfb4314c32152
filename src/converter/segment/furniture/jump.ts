/**
 * Jump lines (转版): an article too long for its page ends with where it goes
 * on and resumes elsewhere with where it came from, on a line of its own or
 * bracketed at the end of the paragraph:
 *
 *   （下转A4版） （上接A3版） · 下转第8版 上接第5版 · 【下转第5版】 · （转第3版） （紧接第1版）
 *
 * A cross-reference inside a sentence (名单详见本刊2、3版) is text, not a jump.
 */
import type { FurnitureCues } from './cues.ts';

export type JumpDirection = 'out' | 'in';

export interface Jump {
  direction: JumpDirection;
  /** The page it points to as printed: A4, 8, 二. */
  page: string;
  /** The marker as printed. */
  text: string;
}

const MAX_JUMP_LINE = 16;

function toJump(match: RegExpExecArray, cues: FurnitureCues): Jump {
  const verb = match.groups?.['verb'] ?? '';
  return { direction: cues.jumpIn.includes(verb) ? 'in' : 'out', page: match.groups?.['page'] ?? '', text: match[0] };
}

/** The jump a whole line prints, if it is one. */
export function readJumpLine(text: string, cues: FurnitureCues): Jump | undefined {
  // A jump line is a bracket, a verb and a page: most lines are ruled out without a pattern.
  if (text.length > MAX_JUMP_LINE || !text.includes(cues.pageUnit)) return undefined;
  const match = cues.jumpLine.exec(text.normalize('NFKC').trim());
  return match ? toJump(match, cues) : undefined;
}

/** A bracketed jump closing a paragraph (…正在这里动工。（下转A4版）): the paragraph without it, and the jump. */
export function splitTrailingJump(text: string, cues: FurnitureCues): { rest: string; jump: Jump } | undefined {
  const trimmed = text.trimEnd();
  const match = cues.jumpAtEnd.exec(trimmed);
  if (!match) return undefined;
  return { rest: trimmed.slice(0, match.index).trimEnd(), jump: { ...toJump(match, cues), text: trimmed.slice(match.index) } };
}
