import { describe, expect, it } from 'vitest';
import { normalize } from './index.ts';

describe('normalize', () => {
  it('reads the YAML header and numbers body lines as in the raw text', () => {
    const { issue, messages } = normalize('---\npaper: 浙江日报\ndate: 2024-06-14\npage: 3\n---\n\n# 标题\n正文。', 'a.txt');
    expect(messages).toEqual([]);
    expect(issue.header).toEqual({ paper: '浙江日报', date: '2024-06-14', page: '3' });
    expect(issue.lines).toEqual([
      { text: '', line: 6 },
      { text: '# 标题', line: 7 },
      { text: '正文。', line: 8 },
    ]);
  });

  it('without a header keeps every line, numbered from 1', () => {
    const { issue } = normalize('甲\n乙', 'a.txt');
    expect(issue.header).toEqual({});
    expect(issue.lines.map((l) => l.line)).toEqual([1, 2]);
  });

  it('turns CRLF and lone CR into line breaks, counting each once', () => {
    const { issue } = normalize('甲\r\n乙\r丙\n丁', 'a.txt');
    expect(issue.lines).toEqual([
      { text: '甲', line: 1 },
      { text: '乙', line: 2 },
      { text: '丙', line: 3 },
      { text: '丁', line: 4 },
    ]);
  });

  it('normalises NBSP, ideographic and zero-width characters and trims trailing spaces', () => {
    const { issue } = normalize('\u3000\u3000陈\u00A0茜\u200B 甘凌峰\u3000  \n序号\t名称\t', 'a.txt');
    expect(issue.lines[0]?.text).toBe('  陈 茜 甘凌峰');
    // Tabs separate table cells, even an empty last one: they stay.
    expect(issue.lines[1]?.text).toBe('序号\t名称\t');
  });

  it('reports a malformed header as an error with its raw line', () => {
    const { messages } = normalize('---\npaper: 浙江日报\ndate: [2024\n---\n正文', 'a.txt');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ fatal: true, ruleId: 'header-malformed', source: 'baozhai' });
    expect(messages[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('reports an unclosed header and an unknown key', () => {
    expect(normalize('---\npaper: x\n正文', 'a.txt').messages[0]).toMatchObject({ fatal: true, ruleId: 'header-unclosed', place: { line: 1 } });
    const unknown = normalize('---\nauthor: x\n---\n正文', 'a.txt');
    expect(unknown.messages[0]).toMatchObject({ fatal: false, ruleId: 'header-unknown-key' });
  });

  it('refuses a header that is not a mapping', () => {
    expect(normalize('---\n- a\n---\n正文', 'a.txt').messages[0]).toMatchObject({ fatal: true, ruleId: 'header-not-mapping' });
  });

  it.each(['2024/06/14', '2024-13-01', '2024-02-30', '14.6.2024', '20240614'])('refuses the header date %s with its line', (date) => {
    const { issue, messages } = normalize(`---\npaper: 浙江日报\ndate: ${date}\n---\n正文`, 'a.txt');
    expect(messages).toEqual([expect.objectContaining({ fatal: true, ruleId: 'header-date', place: { line: 3 } })]);
    expect(messages[0]?.reason).toContain(date);
    expect(issue.header.date).toBeUndefined();
  });

  it('accepts a leap day and names the line of an unknown key', () => {
    expect(normalize('---\ndate: 2024-02-29\n---\n正文', 'a.txt').messages).toEqual([]);
    expect(normalize('---\npaper: x\nauthor: y\n---\n正文', 'a.txt').messages[0]?.place).toEqual({ line: 3 });
  });
});
