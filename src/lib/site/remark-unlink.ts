/**
 * The converter never writes links, so any link in an article body was made
 * by GFM's autolink literals out of raw text (`https://…`, `www.…`, `a@b.c`),
 * which backslash escapes do not stop. Turn each back into the text it was.
 */
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

export default function remarkUnlink() {
  return (tree: Root) => {
    visit(tree, 'link', (node, index, parent) => {
      if (!parent || index === undefined) return;
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    });
  };
}
