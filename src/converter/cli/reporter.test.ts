import { describe, expect, it } from 'vitest';
import { converterMessage, inFile } from '../messages.ts';
import { formatMessage, formatMessages } from './reporter.ts';

describe('formatMessage', () => {
  it('prints file:line:column, severity, reason and rule id on one line', () => {
    const [message] = inFile([converterMessage('warning', 'article-truncated', 'the article stops mid-sentence', { line: 12, column: 3 })], 'raw/a.txt');
    expect(formatMessage(message!)).toBe('raw/a.txt:12:3: warning: the article stops mid-sentence [article-truncated]');
  });

  it('leaves out the column, or the whole place, when the converter does not know it', () => {
    const [line, nowhere] = inFile([converterMessage('error', 'header-date', 'not a day', { line: 3 }), converterMessage('info', 'correction-applied', 'set theme')], 'b.txt');
    expect(formatMessage(line!)).toBe('b.txt:3: error: not a day [header-date]');
    expect(formatMessage(nowhere!)).toBe('b.txt: info: set theme [correction-applied]');
  });
});

describe('formatMessages', () => {
  it('lists up to the limit and counts the rest', () => {
    const messages = inFile([1, 2, 3].map((line) => converterMessage('warning', 'headline-missing', `no headline`, { line })), 'a.txt');
    expect(formatMessages(messages, { limit: 2, moreHint: '--verbose lists them' })).toBe(
      'a.txt:1: warning: no headline [headline-missing]\na.txt:2: warning: no headline [headline-missing]\n… and 1 more (--verbose lists them)\n',
    );
    expect(formatMessages([])).toBe('');
  });
});

describe('converter messages', () => {
  it('are vfile messages from baozhai, with vfile\'s severity encoding', () => {
    const [error, warning, info] = (['error', 'warning', 'info'] as const).map((severity) => converterMessage(severity, 'rule', 'reason', { line: 1 }));
    expect(error).toMatchObject({ source: 'baozhai', ruleId: 'rule', reason: 'reason', line: 1, fatal: true });
    expect(warning?.fatal).toBe(false);
    expect(info?.fatal).toBeUndefined();
  });
});
