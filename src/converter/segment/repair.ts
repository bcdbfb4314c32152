/**
 * Shared shape of the body repairs (column-break joining, duplicate removal,
 * rotation): blocks in, blocks out, with what was dropped and why.
 */
import type { Block, Message, Removal } from '../types.ts';

export interface Repaired {
  blocks: Block[];
  removed: Removal[];
  messages: Message[];
}

export type Paragraph = Extract<Block, { type: 'paragraph' }>;

export function isParagraph(block: Block | undefined): block is Paragraph {
  return block?.type === 'paragraph';
}
