import { describe, expect, it } from 'vitest';
import { bodyText, literalLinkText } from './markdown.ts';

describe('bodyText', () => {
  it('gives each block a line: subheadings, paragraphs without their markup, table rows with cells apart', () => {
    const body = '## 小标题\n\n**排污权**网上电子竞价\n\n| 项目 | 数量 |\n| --- | --- |\n| 化学需氧量 | 400.207吨 |\n';
    expect(bodyText(body).split('\n')).toEqual(['小标题', '排污权网上电子竞价', '项目 数量', '化学需氧量 400.207吨']);
  });

  it('reads escaped syntax as the characters printed, and raw HTML as nothing', () => {
    expect(bodyText('1\\. 《条例》\\*第三条\\* \\<b\\>')).toBe('1. 《条例》*第三条* <b>');
    expect(bodyText('<div>x</div>\n\n正文')).toBe('正文');
  });

  it('shows a URL printed in the text as the page does, its escapes read', () => {
    expect(bodyText('详见www.zj.gov.cn/a\\_b。')).toBe('详见www.zj.gov.cn/a_b。');
    expect(bodyText('[链接](https://example.org)')).toBe('链接');
  });
});

describe('literalLinkText', () => {
  it('reads escapes, and drops a last backslash whose character stands after the link', () => {
    expect(literalLinkText('www.a.cn/x\\_y')).toBe('www.a.cn/x_y');
    expect(literalLinkText('www.a.cn\\')).toBe('www.a.cn');
    expect(literalLinkText('www.a.cn\\\\')).toBe('www.a.cn\\');
  });
});
