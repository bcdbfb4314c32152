/**
 * The issue's date and its articles' pages come from the running heads the
 * pages print (报眉), through the whole converter: nothing of a head becomes a
 * headline or body text, the printed date wins over what the text reports,
 * and a jumped article is read back together.
 */
import { describe, expect, it } from 'vitest';
import { converterData } from '../../src/converter/cli/convert.ts';
import { convertText } from '../../src/converter/pipeline.ts';

const data = converterData({ file: 'corrections.yaml', entries: [] });

function convert(text: string) {
  const result = convertText(text, 'test.txt', data);
  if (!result.ok) throw new Error(result.reason);
  return result.issue;
}

describe('running heads through the converter', () => {
  it('dates the issue by its head, not by the days the stories report, and titles no article with it', () => {
    const issue = convert(
      [
        '2024年1月8日 星期一 第3版 综合',
        '',
        '全市新增就业岗位2万个',
        '',
        '本报讯（记者 王青）2023年12月30日，记者从市人社局获悉，全年新增就业岗位2万个。',
      ].join('\n'),
    );
    expect(issue.date).toEqual({ date: '2024-01-08', source: 'header', evidence: 'line 1: 2024年1月8日 星期一 第3版 综合' });
    expect(issue.articles.map((article) => article.title)).toEqual(['全市新增就业岗位2万个']);
    expect(issue.articles[0]?.page).toEqual({ number: '3', name: '综合' });
    expect(issue.removed).toEqual([{ kind: 'page-header', text: '2024年1月8日 星期一 第3版 综合', line: 1 }]);
  });

  it('names the paper from the masthead and warns when two heads print different dates', () => {
    const issue = convert(
      [
        '西子城事报 2025年2月17日 星期一 A3 要闻',
        '',
        '拱墅区老楼加装电梯达1000台',
        '',
        '本报讯（记者 詹丽华）这些天，老旧小区住宅加梯工作启动。',
        '',
        '西子城事报 2025年2月18日 星期二 A4 城事',
        '',
        '一部电梯方便两个单元楼',
        '',
        '记者 王青',
        '',
        '最近，拱墅区流水苑25幢3单元的加装电梯投入使用。',
      ].join('\n'),
    );
    expect(issue.header.paper).toBe('西子城事报');
    expect(issue.date.date).toBe('2025-02-17');
    expect(issue.messages.filter((message) => message.ruleId === 'page-header-dates-differ').map((message) => message.line)).toEqual([7]);
    expect(issue.articles.map((article) => [article.title, article.page?.number])).toEqual([
      ['拱墅区老楼加装电梯达1000台', 'A3'],
      ['一部电梯方便两个单元楼', 'A4'],
    ]);
  });

  it('reads an article that jumps to another page back as one, and the story after it as its own', () => {
    const issue = convert(
      [
        'A3 要闻 2025年2月17日 星期一',
        '',
        '拱墅区老楼加装电梯达1000台',
        '',
        '本报讯（记者 詹丽华）这些天，老旧小区住宅加梯工作启动以来，拱墅区加装的第1000台电梯正在这里',
        '',
        '（下转A4版）',
        '',
        '文化进工地 党旗高高飘',
        '',
        '近日，杭州市总工会举办文艺晚会。（记者 周金友）',
        '',
        'A4 城事 2025年2月17日 星期一',
        '',
        '（上接A3版）',
        '',
        '动工。截至目前，拱墅区加梯惠及居民超过4万人。',
        '',
        '一部电梯方便两个单元楼',
        '',
        '记者 王青',
        '',
        '最近，拱墅区流水苑25幢3单元的加装电梯投入使用。',
      ].join('\n'),
    );
    expect(issue.articles.map((article) => article.title)).toEqual(['拱墅区老楼加装电梯达1000台', '文化进工地 党旗高高飘', '一部电梯方便两个单元楼']);
    const jumped = issue.articles[0]?.blocks.map((block) => (block.type === 'table' ? '' : block.text));
    expect(jumped).toEqual(['这些天，老旧小区住宅加梯工作启动以来，拱墅区加装的第1000台电梯正在这里动工。截至目前，拱墅区加梯惠及居民超过4万人。']);
    expect(issue.removed.filter((removal) => removal.kind === 'jump').map((removal) => removal.text)).toEqual(['（下转A4版）', '（上接A3版）']);
  });
});
