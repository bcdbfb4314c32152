/**
 * Wrap each Markdown table in a focusable, labelled region that scrolls
 * sideways, so an eight-column table stays readable on a 360 px phone without
 * breaking the page width, and keyboard users can scroll it too.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export const TABLE_REGION_LABEL = '表格（可左右滑动）';

export default function rehypeScrollableTables() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: TABLE_REGION_LABEL },
        children: [node],
      };
      parent.children[index] = wrapper;
    });
  };
}
