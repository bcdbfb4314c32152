/** A refused issue says why as error messages, each with a rule id and its raw file, and `reason` sums them up. */
import { describe, expect, it } from 'vitest';
import { converterData } from '../../src/converter/cli/convert.ts';
import { severityOf } from '../../src/converter/messages.ts';
import { convertBytes, type IssueConversion } from '../../src/converter/pipeline.ts';

const data = converterData({ file: 'corrections.yaml', entries: [] });
const convert = (text: string): IssueConversion => convertBytes(new TextEncoder().encode(text), 'a.txt', data);
const errors = (result: IssueConversion) => (result.ok ? [] : result.messages.filter((message) => severityOf(message) === 'error'));

describe('refusals', () => {
  it.each([
    ['', 'file-unreadable'],
    ['  \n\n', 'file-blank'],
    ['# 标题一则\n\n正文第一段，讲述了一件事情。\n', 'date-missing'],
    ['---\ndate: 2024-13-01\n---\n# 标题一则\n\n正文。\n', 'header-date'],
  ])('%j is refused with the rule %s', (text, ruleId) => {
    const result = convert(text);
    expect(result.ok).toBe(false);
    expect(errors(result).map((message) => [message.ruleId, message.file, message.source])).toEqual([[ruleId, 'a.txt', 'baozhai']]);
    expect(result.ok ? '' : result.reason).toBe(errors(result)[0]?.reason);
  });

  it('an issue that converts carries no error, and its messages name its file', () => {
    const result = convert('---\ndate: 2024-01-02\n---\n正文第一段，讲述了一件事情，没有标题。\n');
    expect(result.ok && result.issue.messages.map((message) => [severityOf(message), message.file])).toEqual([['warning', 'a.txt']]);
  });
});
