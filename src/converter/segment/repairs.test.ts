import { describe, expect, it } from 'vitest';
import type { Block } from '../types.ts';
import { findTandemRepeat, removeContainedParagraphs, removeRepeatedFragments, removeTandemRepeats } from './duplicates.ts';
import { joinColumnBreaks, overlapAt } from './join.ts';
import { repairRotation } from './rotate.ts';

const p = (text: string, line: number): Block => ({ type: 'paragraph', text, line });
const texts = (blocks: readonly Block[]): string[] => blocks.map((b) => (b.type === 'table' ? '' : b.text));

describe('joinColumnBreaks', () => {
  it('joins a paragraph stopping mid-sentence with the next', () => {
    const { blocks, messages } = joinColumnBreaks([p('从污染物排放收费、环境', 1), p('质量奖惩等13个维度构建。', 3), p('新段落。', 5)]);
    expect(texts(blocks)).toEqual(['从污染物排放收费、环境质量奖惩等13个维度构建。', '新段落。']);
    expect(messages.map((m) => m.ruleId)).toEqual(['column-break-joined']);
  });

  it('does not join across a heading or after a finished sentence', () => {
    const heading: Block = { type: 'heading', text: '小标题', line: 2 };
    expect(texts(joinColumnBreaks([p('半句', 1), heading, p('下文。', 3)]).blocks)).toEqual(['半句', '小标题', '下文。']);
    expect(texts(joinColumnBreaks([p('一句。', 1), p('下文。', 3)]).blocks)).toEqual(['一句。', '下文。']);
  });

  it('prints an overlap across the break once and records it', () => {
    expect(overlapAt('平湖市人力资源和社会保障', '保障局依据')).toBe('保障');
    expect(overlapAt('该县纪委监', '委监委提前')).toBe('委监');
    expect(overlapAt('不仅', '能让')).toBe('');
    const { blocks, removed } = joinColumnBreaks([p('人力资源和社会保障', 1), p('保障局依据。', 1)]);
    expect(texts(blocks)).toEqual(['人力资源和社会保障局依据。']);
    expect(removed).toEqual([{ kind: 'duplicate', text: '保障', line: 1 }]);
  });
});

describe('duplicates', () => {
  it('keeps the last print of an unfinished fragment and the first of a finished one', () => {
    const fragment = '为增强“双考”的针对性，该县纪委监';
    const unfinished = removeRepeatedFragments([p(fragment, 1), p('主体责任要汇报。', 3), p(fragment, 5), p('委提前摸底。', 7)]);
    expect(unfinished.removed.map((r) => r.line)).toEqual([1]);
    const finished = removeRepeatedFragments([p('垃圾分类离不开全民参与。', 1), p('垃圾分类离不开全民参与。', 5)]);
    expect(finished.removed.map((r) => r.line)).toEqual([5]);
  });

  it('removes a paragraph another one already contains', () => {
    const { blocks, removed } = removeContainedParagraphs([p('作为长期工作，垃圾分类离不开全民参与。', 1), p('据统计，活动达1.8万次。', 3), p('垃圾分类离不开全民参与。', 5)]);
    expect(texts(blocks)).toEqual(['作为长期工作，垃圾分类离不开全民参与。', '据统计，活动达1.8万次。']);
    expect(removed[0]).toMatchObject({ kind: 'duplicate', line: 5 });
  });

  it('removes a stretch repeated back to back', () => {
    const sentence = '海域纠纷的问题化解后，兰淮平又在思考新的紫菜养殖方式。';
    expect(findTandemRepeat('研究研究，一个一个来。')).toBeUndefined();
    const { blocks, removed } = removeTandemRepeats([p(`${sentence}2020年，${sentence}2020年，通过申请资金。`, 1)]);
    expect(texts(blocks)).toEqual([`${sentence}2020年，通过申请资金。`]);
    expect(removed.map((r) => r.text)).toEqual([`${sentence}2020年，`]);
  });
});

describe('repairRotation', () => {
  it('moves a fragment that runs on into the first paragraph to the front', () => {
    const rotated = repairRotation([p('保线上线下服务一致。', 1), p('此外，可查询信息。', 3), p('据了解，加盖专用章，确', 5)], '电子退休证一键申领');
    expect(texts(rotated.blocks)).toEqual(['据了解，加盖专用章，确保线上线下服务一致。', '此外，可查询信息。']);
    expect(rotated.messages.map((m) => m.ruleId)).toEqual(['article-rotated']);
    const atWordEnd = repairRotation([p('管理中心等4家单位演讲。', 1), p('在主旨演讲环节，浙高运公司温州', 5)], '主题论坛话安全生产');
    expect(texts(atWordEnd.blocks)).toEqual(['在主旨演讲环节，浙高运公司温州管理中心等4家单位演讲。']);
  });

  it('warns about an end cut inside a word the first paragraph does not complete', () => {
    const cut = repairRotation([p('从房前屋后乱堆杂物，到家园整洁。', 1), p('对垃圾桶的使用情况定期定', 5)], '“积分制”助力垃圾分类工作');
    expect(texts(cut.blocks)).toEqual(['从房前屋后乱堆杂物，到家园整洁。', '对垃圾桶的使用情况定期定']);
    expect(cut.messages.map((m) => m.ruleId)).toEqual(['article-truncated']);
  });

  it('leaves an article that ends with a sentence', () => {
    expect(repairRotation([p('全文。', 1)], '标题').messages).toEqual([]);
  });
});
