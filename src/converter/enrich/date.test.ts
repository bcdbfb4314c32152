import { describe, expect, it } from 'vitest';
import { inferIssueDate } from './date.ts';
import { buildLexicon, readLexiconSources } from '../lexicon/index.ts';
import { article, DATA_DIR, issue, shippedLexicon } from '../../../test/fixtures/enrich/build.ts';

const lexicon = shippedLexicon();
const dated = (...paragraphs: string[]) => inferIssueDate(issue([article({ title: '标题', paragraphs })]), lexicon);

describe('inferIssueDate', () => {
  it('takes the header date first', () => {
    const result = inferIssueDate(issue([article({ title: 't', paragraphs: ['2023年8月8日。'] })], { date: '2024-06-14' }), lexicon);
    expect(result).toEqual({ date: '2024-06-14', source: 'header', evidence: 'date: 2024-06-14' });
  });

  it('ignores a header date that is no calendar day', () => {
    expect(inferIssueDate(issue([article({ title: 't', paragraphs: ['2023年8月8日,立案。'] })], { date: '2024-02-30' }), lexicon)?.source).toBe('text');
  });

  it('dates the issue the day after its dateline, the year from the text', () => {
    const result = inferIssueDate(
      issue([article({ title: 't', dateline: '本报湖州9月4日电', paragraphs: ['4日,召开大会。', '1195万,这是截至2022年底全省技能人才总数。到2025年,总量达到1150万人。'] })]),
      lexicon,
    );
    expect(result).toEqual({ date: '2023-09-05', source: 'dateline', evidence: '本报湖州9月4日电' });
  });

  it('takes any outlet\'s dateline as a stamp (水母网9月5日讯), over a later day the text reports', () => {
    const result = inferIssueDate(
      issue([article({ title: 't', dateline: '水母网9月5日讯', paragraphs: ['近日,社区开展活动。', '2019年起,社区推进创城工作,9月20日前完成。'] })]),
      lexicon,
    );
    expect(result).toEqual({ date: '2019-09-06', source: 'dateline', evidence: '水母网9月5日讯' });
  });

  it('finds a dateline left in the first paragraph', () => {
    expect(dated('本报杭州12月31日讯 今天,2024年的最后一天。')).toMatchObject({ date: '2025-01-01', source: 'dateline' });
  });

  it('uses the latest day the text reports, the day after', () => {
    expect(dated('2023年8月22日,送达指令书。2024年4月23日,予以行政处罚。')).toEqual({ date: '2024-04-24', source: 'text', evidence: '2024年4月23日' });
    expect(dated('6月28日上午,4家单位组建联盟。截至2022年5月底,贷款余额达384亿元。')).toEqual({ date: '2022-06-29', source: 'text', evidence: '6月28日上午' });
  });

  it('dates a finished period the day after it ends', () => {
    expect(dated('据了解,今年1至5月,义乌组织培训会8场。2024年4月28日,法院判决。')).toEqual({ date: '2024-06-01', source: 'text', evidence: '今年1至5月' });
    expect(dated('2024年上半年,已累计服务2000余人。5月13日,大会在北京召开。')).toMatchObject({ date: '2024-07-01', evidence: '2024年上半年' });
    expect(dated('截至2023年底,已处理垃圾1万吨。')).toMatchObject({ date: '2024-01-01', source: 'text' });
    expect(dated('2024年有新进展。截至12月底,共完成。')).toMatchObject({ date: '2025-01-01' });
  });

  it('lets no loose month (每年3月、9月, 今年上半年) override a reported day', () => {
    expect(dated('7月31日,街道组织培训。每年3月、9月,代表小组开展征集。2025年4月25日,签署备忘录。')).toMatchObject({ date: '2025-08-01', evidence: '7月31日' });
    expect(dated('今年上半年,我们建成10家示范点。6月28日上午,接受双考。2022年5月底前完成。')).toMatchObject({ date: '2022-06-29' });
  });

  it('ignores targets and plans', () => {
    expect(dated('2023年实现产出80亿元。至2027年,所有农田将建成高标准农田。项目计划2025年上半年竣工,2026年6月完工并投入使用。')).toEqual({
      date: '2023-01-01',
      source: 'year',
      evidence: '2023年',
    });
  });

  it('always returns a valid date, marking the weakest guess', () => {
    expect(dated('2024年第二批典型案例。')).toEqual({ date: '2024-01-01', source: 'year', evidence: '2024年' });
    expect(dated('没有任何日期。')).toBeUndefined();
    expect(dated('2月30日,不存在的一天。2023年。')).toMatchObject({ date: '2023-01-01', source: 'year' });
  });

  it('reads its calendar words from data/taxonomy/dates.yaml', () => {
    const sources = readLexiconSources(DATA_DIR);
    const noPlans = buildLexicon({ ...sources, dates: { ...sources.dates, text: sources.dates.text.replace(/^future: .*$/m, 'future: [将]') } });
    const story = issue([article({ title: 't', paragraphs: ['2023年实现产出。项目计划2025年完工。'] })]);
    expect(inferIssueDate(story, lexicon)?.date).toBe('2023-01-01');
    expect(inferIssueDate(story, noPlans)?.date).toBe('2025-01-01');
  });
});
