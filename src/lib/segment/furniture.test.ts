import { describe, expect, it } from 'vitest';
import { DataFileError } from '../data/tsv.ts';
import { parseSegmentCues } from './cues.ts';
import type { Item } from './items.ts';
import { removeNoise } from './noise.ts';
import { tableBlocks } from './table.ts';

const cues = parseSegmentCues('cue\tkind\n专刊\tsection-label\n社会主义核心价值观\tslogan\n的\tnon-initial\n式\tnon-final\n', 'cues.tsv');
const item = (text: string, line: number, gap = 1): Item => ({ text, line, gap });

describe('removeNoise', () => {
  it('removes labels, slogan blocks and separator rows, keeping the rest', () => {
    const { items, removed } = removeNoise(
      [item('专刊', 1), item('标题', 3), item('--\t---\t--', 4, 0), item('社会主义核心价值观', 6), item('富强 民主 文明 和谐', 8), item('自由 平等 公正 法治', 9, 0), item('下一篇', 11)],
      cues,
    );
    expect(items.map((i) => i.text)).toEqual(['标题', '下一篇']);
    expect(removed.map((r) => r.kind)).toEqual(['section-label', 'noise', 'slogan', 'slogan', 'slogan']);
  });
});

describe('tableBlocks', () => {
  it('makes a table of short cells with the first row as header', () => {
    const { blocks } = tableBlocks([item('序号\t名称', 1, 0), item('1\t浙江华特装饰股份有限公司', 2, 0)]);
    expect(blocks).toEqual([{ type: 'table', rows: [['序号', '名称'], ['1', '浙江华特装饰股份有限公司']], line: 1 }]);
  });

  it('reads a row of prose cells as paragraph fragments, split after full stops followed by a space', () => {
    const { blocks, messages } = tableBlocks([item('案情一。 2023年8月8日，作坊拖欠\t劳动者劳动报酬。', 1, 0)]);
    expect(blocks.map((b) => (b.type === 'paragraph' ? b.text : ''))).toEqual(['案情一。', '2023年8月8日，作坊拖欠', '劳动者劳动报酬。']);
    expect(messages.map((m) => m.ruleId)).toEqual(['table-prose-row']);
  });
});

describe('parseSegmentCues', () => {
  it('fails on an unknown kind or a long one-character cue, naming the line', () => {
    expect(() => parseSegmentCues('cue\tkind\n专刊\tlabel\n', 'cues.tsv')).toThrow(DataFileError);
    expect(() => parseSegmentCues('cue\tkind\n专刊\tlabel\n', 'cues.tsv')).toThrow('cues.tsv:2');
    expect(() => parseSegmentCues('cue\tkind\n的的\tnon-initial\n', 'cues.tsv')).toThrow('cues.tsv:2');
  });
});
