import { describe, expect, it } from 'vitest';
import { DataFileError } from '../../data-files/tsv.ts';
import { parseSegmentCues } from './cues.ts';
import type { Item } from './items.ts';
import { readFileSync } from 'node:fs';
import { parseFurnitureCues, readJumpLine, readPageHead, removeFurniture, splitTrailingJump } from './furniture/index.ts';
import { findPrintedDate } from './furniture/printed-date.ts';
import { parseBylineRoles } from '../byline/roles.ts';
import { loadBylineRoles } from '../byline/load.ts';
import { fileURLToPath } from 'node:url';
import { tableBlocks } from './table.ts';

const cues = parseSegmentCues('cue\tkind\n专刊\tsection-label\n社会主义核心价值观\tslogan\n的\tnon-initial\n式\tnon-final\n', 'cues.tsv');
const furnitureFile = new URL('../../../data/segment/furniture.yaml', import.meta.url);
const furniture = parseFurnitureCues(readFileSync(furnitureFile, 'utf8'), 'furniture.yaml');
const roles = parseBylineRoles('marker\trecords\tkind\n记者\t记者\trole\n通讯员\t通讯员\trole\n摄\t摄影\tcredit\n', 'roles.tsv');
const lexicon = { cues, furniture, roles };
const item = (text: string, line: number, gap = 1): Item => ({ text, line, gap });
const head = (text: string, first = false) => readPageHead(text, 1, furniture, first);

describe('removeFurniture', () => {
  it('removes labels, slogan blocks and separator rows, keeping the rest', () => {
    const { items, removed } = removeFurniture(
      [item('专刊', 1), item('标题', 3), item('--\t---\t--', 4, 0), item('社会主义核心价值观', 6), item('富强 民主 文明 和谐', 8), item('自由 平等 公正 法治', 9, 0), item('下一篇', 11)],
      lexicon,
    );
    expect(items.map((i) => i.text)).toEqual(['标题', '下一篇']);
    expect(removed.map((r) => r.kind)).toEqual(['section-label', 'noise', 'slogan', 'slogan', 'slogan']);
  });
});

describe('tableBlocks', () => {
  it('makes a table of short cells with the first row as header', () => {
    const { blocks } = tableBlocks([item('序号\t名称', 1, 0), item('1\t浙江华特装饰股份有限公司', 2, 0)]);
    expect(blocks).toEqual([{ type: 'table', rows: [['序号', '名称'], ['1', '浙江华特装饰股份有限公司']], line: 1 }]);
  });

  it('reads a row of prose cells as paragraph fragments, split after full stops followed by a space', () => {
    const { blocks, messages } = tableBlocks([item('案情一。 2023年8月8日，作坊拖欠\t劳动者劳动报酬。', 1, 0)]);
    expect(blocks.map((b) => (b.type === 'paragraph' ? b.text : ''))).toEqual(['案情一。', '2023年8月8日，作坊拖欠', '劳动者劳动报酬。']);
    expect(messages.map((m) => m.ruleId)).toEqual(['table-prose-row']);
  });
});

describe('parseSegmentCues', () => {
  it('fails on an unknown kind or a long one-character cue, naming the line', () => {
    expect(() => parseSegmentCues('cue\tkind\n专刊\tlabel\n', 'cues.tsv')).toThrow(DataFileError);
    expect(() => parseSegmentCues('cue\tkind\n专刊\tlabel\n', 'cues.tsv')).toThrow('cues.tsv:2');
    expect(() => parseSegmentCues('cue\tkind\n的的\tnon-initial\n', 'cues.tsv')).toThrow('cues.tsv:2');
  });
});

describe('findPrintedDate: the date forms a page prints', () => {
  it.each([
    ['2025年2月17日 星期一', '2025-02-17'],
    ['２０２３年９月７日'.normalize('NFKC'), '2023-09-07'],
    ['禾湖周末 2026.02.05', '2026-02-05'],
    ['八婺新闻 | 2025-10-17 | 周五', '2025-10-17'],
    ['【齐鲁观察】2024/09/13 周五', '2024-09-13'],
    ['二〇二五年十月十五日 星期三', '2025-10-15'],
    ['二〇二四年二月二十九日', '2024-02-29'],
    ['二〇〇八年一月二日', '2008-01-02'],
  ])('%s → %s', (text, date) => {
    expect(findPrintedDate(text)?.date).toBe(date);
  });

  it('takes no impossible date and no version number', () => {
    expect(findPrintedDate('2025年2月30日')).toBeUndefined();
    expect(findPrintedDate('版本 1.2.3')).toBeUndefined();
    expect(findPrintedDate('2023.13.01')).toBeUndefined();
  });
});

describe('readPageHead: the running head (报眉) of a page', () => {
  it.each([
    ['A3 要闻 2025年2月17日 星期一 编辑 何一帆 美编 祝小溪 校对 严明', { date: '2025-02-17', page: 'A3', pageName: '要闻' }],
    ['甬舟海讯 | 2021年6月6日 | 星期日', { date: '2021-06-06', paper: '甬舟海讯' }],
    ['之江职工报 ２０２３年９月７日 星期四 第２版 职工天地', { date: '2023-09-07', paper: '之江职工报', page: '2', pageName: '职工天地' }],
    ['05 城事 台州湾晨刊 2025年9月24日 星期三 责编 林若海 设计 陈一苇', { date: '2025-09-24', paper: '台州湾晨刊', page: '05', pageName: '城事' }],
    ['08 城事·延伸 台州湾晨刊 2025年9月24日 星期三 责编 林若海 设计 陈一苇', { date: '2025-09-24', paper: '台州湾晨刊', page: '08', pageName: '城事·延伸' }],
    ['【齐鲁观察】2024/09/13 周五 Q02 城乡', { date: '2024-09-13', paper: '齐鲁观察', page: 'Q02', pageName: '城乡' }],
    ['荆楚江淮报 2025年6月9日 星期一 A03·区域新闻 值班编委 曾可 编辑 吴帆', { date: '2025-06-09', paper: '荆楚江淮报', page: 'A03', pageName: '区域新闻' }],
    ['中西部联播 二〇二五年十月十五日 星期三 第04版', { date: '2025-10-15', paper: '中西部联播', page: '04' }],
    ['浙江综合周报 第2版 | 2021年6月17日 星期四 | 编辑：许望舒', { date: '2021-06-17', paper: '浙江综合周报', page: '2' }],
    ['2024年1月8日 星期一 第3版 综合', { date: '2024-01-08', page: '3', pageName: '综合' }],
    ['北方城事 | 2026年3月20日 星期五 | A06 民生 | 值班编辑 宁秋实', { date: '2026-03-20', paper: '北方城事', page: 'A06', pageName: '民生' }],
    ['第03版：城事', { page: '03', pageName: '城事' }],
    ['第5版 · 区县', { page: '5', pageName: '区县' }],
    ['责任编辑：王敏 美术编辑：李强', {}],
  ])('%s', (text, expected) => {
    const read = head(text);
    expect(read).toBeDefined();
    expect({ paper: read?.paper, date: read?.date, page: read?.page, pageName: read?.pageName }).toEqual({ paper: undefined, date: undefined, page: undefined, pageName: undefined, ...expected });
  });

  it('reads a masthead with a bare date only where the issue opens', () => {
    expect(head('禾湖周末 2026.02.05', true)).toMatchObject({ paper: '禾湖周末', date: '2026-02-05' });
    // Further down, "name + date" is a notice's signature (落款), part of the article.
    expect(head('湖州市生态环境局 2024年6月1日')).toBeUndefined();
  });

  it('never takes a headline, a sentence or a byline for a head', () => {
    for (const text of [
      '第四届“萧山工匠”认定结果出炉',
      '2024年6月1日起，全市实行垃圾分类。',
      '记者 王青 通讯员 陈磊',
      '乘坐16路公交能免费看晚报',
      '我省31人获 全国五一劳动奖章',
      '1100名师生“火海逃生”',
      '截至2024年5月底 全市新增就业2万人',
    ]) {
      expect(head(text, true), text).toBeUndefined();
    }
  });
});

describe('jump lines (转版)', () => {
  it.each([
    ['（下转A4版）', 'out', 'A4'],
    ['（上接A3版）', 'in', 'A3'],
    ['下转第8版', 'out', '8'],
    ['上接第5版', 'in', '5'],
    ['【下转第5版】', 'out', '5'],
    ['【上接第4版】', 'in', '4'],
    ['（转第3版）', 'out', '3'],
    ['（紧接第1版）', 'in', '1'],
    ['(下转第二版)', 'out', '二'],
  ])('%s', (text, direction, page) => {
    expect(readJumpLine(text, furniture)).toMatchObject({ direction, page });
  });

  it('leaves cross-references in the text alone', () => {
    expect(readJumpLine('（第四届“萧山工匠”及提名奖名单详见本刊2、3版）', furniture)).toBeUndefined();
    expect(readJumpLine('见习记者伍雅兮', furniture)).toBeUndefined();
  });

  it('splits a bracketed jump off the end of a paragraph', () => {
    expect(splitTrailingJump('他们就能住上“电梯房”。（下转A4版）', furniture)).toMatchObject({ rest: '他们就能住上“电梯房”。', jump: { direction: 'out', page: 'A4' } });
    expect(splitTrailingJump('名单详见本刊2、3版。', furniture)).toBeUndefined();
  });
});

describe('removeFurniture: the page around the articles', () => {
  const texts = (items: readonly Item[]) => items.map((i) => i.text);

  it('takes out running heads and gives the items under them their page', () => {
    const { items, removed, pageHeads } = removeFurniture(
      [item('甬舟海讯 | 2021年6月6日 | 星期日', 1, 0), item('第03版：城事', 2, 0), item('市领导会见进博会客人', 4), item('本报讯 昨天，市领导会见了客人。', 6)],
      lexicon,
    );
    expect(texts(items)).toEqual(['市领导会见进博会客人', '本报讯 昨天，市领导会见了客人。']);
    expect(removed.map((r) => r.kind)).toEqual(['page-header', 'page-header']);
    expect(pageHeads).toHaveLength(1);
    expect(pageHeads[0]).toMatchObject({ paper: '甬舟海讯', date: '2021-06-06', page: '03', pageName: '城事', line: 1 });
    expect(items[0]?.page).toMatchObject({ page: '03', pageName: '城事' });
  });

  it('marks where an article jumps out and where it comes back', () => {
    const { items } = removeFurniture(
      [item('正文第一段。', 1), item('（下转A4版）', 3), item('别的文章', 5), item('A4 城事 2025年2月17日 星期一', 7), item('（上接A3版）', 9), item('接着的正文。', 11)],
      lexicon,
    );
    expect(items.map((i) => [i.text, Boolean(i.jumpOut), Boolean(i.jumpIn)])).toEqual([
      ['正文第一段。', true, false],
      ['别的文章', false, false],
      ['接着的正文。', false, true],
    ]);
  });

  it('takes a rubric over a headline for a column label, but not a short headline over its text', () => {
    const label = removeFurniture([item('城事·民生', 1), item('一叶知千岛 茶乡飘新味', 3), item('正文。', 5)], lexicon);
    expect(label.removed.map((r) => r.kind)).toEqual(['section-label']);
    const rubric = removeFurniture([item('湖州新闻', 1), item('村干部：今天我扫街', 3), item('正文。', 5)], lexicon);
    expect(rubric.removed.map((r) => r.kind)).toEqual(['section-label']);
    // A headline that happens to end like a rubric, with its text under it, stays.
    const headline = removeFurniture([item('图片新闻', 1), item('昨天，全市举行了消防演练，共有3000余人参加。', 3)], lexicon);
    expect(headline.removed).toEqual([]);
  });

  it('takes a pair of phrases at the foot of a page for a slogan, but not a trailing line of names', () => {
    const slogan = removeFurniture([item('正文。', 1), item('文明出行 礼让斑马线', 3)], lexicon);
    expect(slogan.removed.map((r) => r.kind)).toEqual(['slogan']);
    const beforeHead = removeFurniture([item('正文。', 1), item('长江大保护 你我共参与', 3), item('A4 城事 2025年2月17日 星期一', 5), item('标题', 7)], lexicon);
    expect(beforeHead.removed.map((r) => r.kind)).toEqual(['slogan', 'page-header']);
    const names = removeFurniture([item('正文。', 1), item('阙献荣 阙明', 3)], lexicon);
    expect(names.removed).toEqual([]);
    const credit = removeFurniture([item('正文。', 1), item('通讯员张晓燕 摄影报道', 3), item('A4 城事 2025年2月17日 星期一', 5)], lexicon);
    expect(credit.removed.map((r) => r.kind)).toEqual(['page-header']);
    // Only role and credit words make a byline: the shipped vocabulary's place endings and outlet words (村, 区, 网) do not.
    const shipped = { ...lexicon, roles: loadBylineRoles(fileURLToPath(new URL('../../../data/', import.meta.url))) };
    expect(removeFurniture([item('正文。', 1), item('建设美丽乡村 共创文明新区', 3)], shipped).removed.map((r) => r.kind)).toEqual(['slogan']);
    expect(removeFurniture([item('正文。', 1), item('通讯员张晓燕 摄影报道', 3)], shipped).removed).toEqual([]);
    // Mid-page, a parallel pair is a headline.
    const headline = removeFurniture([item('西瓜成熟 采摘忙', 1), item('正文。', 3)], lexicon);
    expect(headline.removed).toEqual([]);
  });
});

describe('parseFurnitureCues', () => {
  const valid = readFileSync(furnitureFile, 'utf8');
  it('fails on a list that is not a list of words, or a missing page unit, naming the file', () => {
    expect(() => parseFurnitureCues(valid.replace(/^weekdays: .*$/mu, 'weekdays: 星期一'), 'furniture.yaml')).toThrow('furniture.yaml:1: "weekdays" must be a list of words');
    expect(() => parseFurnitureCues(valid.replace(/^page_unit: .*$/mu, ''), 'furniture.yaml')).toThrow('"page_unit"');
    expect(() => parseFurnitureCues(valid.replace(/^section_max: .*$/mu, 'section_max: 1'), 'furniture.yaml')).toThrow('"section_max"');
  });
});
