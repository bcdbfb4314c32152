import { describe, expect, it } from 'vitest';
import { boldToStrong } from './emphasis.ts';
import { normalizePunctuation } from './punctuation.ts';

describe('normalizePunctuation', () => {
  it.each([
    ['2021年,桐乡', '2021年，桐乡'],
    ['国工恒昌新材料(义乌)有限公司', '国工恒昌新材料（义乌）有限公司'],
    ['嘉兴国家高新区(高照街道):72件', '嘉兴国家高新区（高照街道）：72件'],
    ['何为“生态鼎”?“这是', '何为“生态鼎”？“这是'],
    ['太感谢了!没想到', '太感谢了！没想到'],
    ['增长24%以上;各区', '增长24%以上；各区'],
    ['竞得率为100%,位居第一', '竞得率为100%，位居第一'],
    ['身份证号码:341024*****9218', '身份证号码：341024*****9218'],
  ])('%s → %s', (input, output) => {
    expect(normalizePunctuation(input)).toBe(output);
  });

  it.each(['PM2.5', 'ISO 37101', '2024-03-01', 'DB33/T2476—2022', '1,000', '10:30', 'Hello, world (again)!', 'f(x)'])('keeps %s', (text) => {
    expect(normalizePunctuation(text)).toBe(text);
  });

  it('keeps a code inside a Chinese bracket as printed', () => {
    expect(normalizePunctuation('规范(省地方标准DB33/T2476—2022)开展')).toBe('规范（省地方标准DB33/T2476—2022）开展');
  });
});

describe('boldToStrong', () => {
  it('turns <b> and <strong> into ** without inner spaces', () => {
    expect(boldToStrong('<b>一、何某某拖欠劳动报酬案</b> 何某某')).toBe('**一、何某某拖欠劳动报酬案** 何某某');
    expect(boldToStrong('<strong> 重点 </strong>')).toBe('**重点**');
    expect(boldToStrong('<b></b>正文')).toBe('正文');
  });
});
