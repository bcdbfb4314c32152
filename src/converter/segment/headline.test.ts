import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isHeadlineShaped, isParallelHeadline, fitsSubheading } from './headline.ts';
import { loadSegmentCues } from './load.ts';

const cues = loadSegmentCues(fileURLToPath(new URL('../../../data/', import.meta.url)));

describe('isHeadlineShaped', () => {
  it.each([
    ['主题论坛话安全生产', '陈继宋 邱颖颖'],
    ['全域巡防提升见警率', '所队协作联勤联巡。'],
    ['编制规划 保护耕地', '名单如下。'],
    ['淳安凝聚法治力量护航营商环境 提交一次申请，坐等公证服务', undefined],
    ['浙江工匠学院在杭成立 这所新学院如何培养大国工匠？', undefined],
  ])('%s is headline-shaped', (text, next) => {
    expect(isHeadlineShaped(text, next, cues)).toBe(true);
  });

  it.each([
    ['（义乌）有限公司。', undefined, 'ends a sentence'],
    ['督办通知单769份。', undefined, 'ends a sentence'],
    ['作为一项长期性、持久性的工作，', undefined, 'ends with a comma'],
    ['“联盟的建立，可以更精准靶向发', undefined, 'opens a quote it does not close'],
    ['这是双林镇积极发挥人大代表履职担', '当作用的缩影。', 'a word is cut at the join'],
    ['“瓯江红·交通强国”党建联盟覆', '盖省、市级交通领域', 'a word is cut at the join'],
    ['全国劳动模范、自创“竺士杰桥吊操作法”', '的竺士杰，从事桥吊操作', 'the next text opens with 的'],
    ['收集到的诉求并非“大水漫灌”式', '推进，而是经过初筛', 'ends on the word 式'],
    ['人大高照街道（嘉兴高新区）工委组织议员考察秀社区龙盛名邸小区“民生微实事”智慧停车项目', undefined, 'is too long'],
  ] as [string, string | undefined, string][])('%s is not (%s)', (text, next) => {
    expect(isHeadlineShaped(text, next, cues)).toBe(false);
  });
});

describe('subheadings and parallel titles', () => {
  it('keeps subheadings short and unpunctuated', () => {
    expect(fitsSubheading('共同发力健全生态保护补偿机制')).toBe(true);
    expect(fitsSubheading('在这场多对一的“双考”中，14个')).toBe(false);
    expect(fitsSubheading('国工恒昌新材料（义乌）有限公司年产2万吨新能源汽车')).toBe(false);
  });

  it('recognises two parallel phrases', () => {
    expect(isParallelHeadline('齐抓共管“绿色发展” 共建共享“无废城市”')).toBe(true);
    expect(isParallelHeadline('攻坚提速 决胜全年')).toBe(true);
    expect(isParallelHeadline('为什么建工匠学院')).toBe(false);
  });
});
