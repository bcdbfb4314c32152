import { describe, expect, it } from 'vitest';
import { formatTable, progressBar } from '../../src/cli-kit/index.ts';
import { sink } from '../helpers/sink.ts';

describe('formatTable', () => {
  it('aligns columns by terminal width: a CJK character takes two columns', () => {
    const table = formatTable(['文件', 'n'], [['浙江日报.txt', '3'], ['a.txt', '12']]);
    expect(table.split('\n')).toEqual([
      '文件          n',
      '────────────  ──',
      '浙江日报.txt  3',
      'a.txt         12',
    ]);
  });

  it('right-aligns the columns asked for, and leaves the rule out on request', () => {
    const table = formatTable(['figure', '100', '1000'], [['湖州', '1.5 s', '12.0 s'], ['convert', '–', '3 s']], { align: ['left', 'right', 'right'], rule: false });
    expect(table.split('\n')).toEqual([
      'figure     100    1000',
      '湖州     1.5 s  12.0 s',
      'convert      –     3 s',
    ]);
  });
});

describe('progressBar', () => {
  it('writes nothing when stderr is not a terminal', () => {
    const stream = sink();
    const progress = progressBar(stream, 100);
    progress.tick(50, 'a.txt');
    progress.done();
    expect(stream.text()).toBe('');
  });

  it('redraws one line on a terminal, and clears it when done', () => {
    const stream = Object.assign(sink(), { isTTY: true, columns: 80 });
    const progress = progressBar(stream, 100, { unit: 'issues' });
    progress.tick(50, 'a.txt');
    expect(stream.text()).toMatch(/^\r\[█{12}░{12}\] 50\/100 issues · \d+\/s · a\.txt\u001b\[K$/);
    progress.done();
    expect(stream.text().endsWith('\r\u001b[K')).toBe(true);
  });
});
