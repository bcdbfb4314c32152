import { describe, expect, it } from 'vitest';
import { blockMarkdown, escapeInline } from './markdown.ts';

describe('escapeInline', () => {
  it('keeps plain Chinese text as it is', () => {
    expect(escapeInline('义乌推动排污权管理工作做深做实，PM2.5浓度下降。')).toBe('义乌推动排污权管理工作做深做实，PM2.5浓度下降。');
  });

  it('escapes HTML, links and emphasis from raw text', () => {
    expect(escapeInline('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(escapeInline('[点击](javascript:alert(1))')).toBe('\\[点击\\](javascript:alert(1))');
    expect(escapeInline('a_b*c`d|e&amp;')).toBe('a\\_b\\*c\\`d\\|e\\&amp;');
  });

  it('restores the converter\'s own strong emphasis', () => {
    expect(escapeInline('**一、何某某拖欠劳动报酬案** 何某某')).toBe('**一、何某某拖欠劳动报酬案** 何某某');
  });
});

describe('blockMarkdown', () => {
  it('escapes block syntax at the start of a paragraph', () => {
    expect(blockMarkdown({ type: 'paragraph', text: '# 不是标题', line: 1 })).toBe('\\# 不是标题');
    expect(blockMarkdown({ type: 'paragraph', text: '- 不是列表', line: 1 })).toBe('\\- 不是列表');
    expect(blockMarkdown({ type: 'paragraph', text: '1. 不是编号', line: 1 })).toBe('1\\. 不是编号');
    expect(blockMarkdown({ type: 'paragraph', text: '---', line: 1 })).toBe('\\---');
    expect(blockMarkdown({ type: 'paragraph', text: '    缩进不是代码', line: 1 })).toBe('缩进不是代码');
  });

  it('writes subheadings and GFM tables', () => {
    expect(blockMarkdown({ type: 'heading', text: '为什么建工匠学院', line: 1 })).toBe('## 为什么建工匠学院');
    const table = blockMarkdown({ type: 'table', rows: [['序号', '对象名称'], ['1', '浙江华特|装饰']], line: 1 });
    expect(table).toBe('| 序号 | 对象名称 |\n| --- | --- |\n| 1 | 浙江华特\\|装饰 |');
  });
});
