/**
 * Where one story ends and the next begins, and which line of a headline stack
 * is the headline: each convention of assemble.ts on a page of its own.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize/index.ts';
import { loadSegmentLexicon, segment } from './index.ts';

const lexicon = loadSegmentLexicon(fileURLToPath(new URL('../../../data/', import.meta.url)));
const read = (lines: readonly string[]) =>
  segment(normalize(lines.join('\n\n'), 'page.txt').issue, lexicon).articles.map((article) => ({ title: article.title, subtitle: article.subtitle, paragraphs: article.blocks.length }));

describe('headline stacks', () => {
  it('takes the unmarked lines under a `#` headline as its deck, however many lines it is printed on', () => {
    expect(read(['# 我市14个行政村入选', '省2019年第一批美丽乡村', '重点示范村和示范村', '■ 记者 吴永生', '本报讯 近日，省里公布了名单。'])).toEqual([
      { title: '我市14个行政村入选', subtitle: '省2019年第一批美丽乡村 重点示范村和示范村', paragraphs: 1 },
    ]);
  });

  it('takes a one-word label over the headline for its overline (湖州市, 吴村镇)', () => {
    expect(read(['上一篇的标题', '上一篇的正文。', '湖州市', '花式送福迎新春', '本报讯（通讯员 史媛）龙年新春将至，老同志们开展了迎新春活动。'])[1]).toEqual({ title: '花式送福迎新春', subtitle: '湖州市', paragraphs: 1 });
  });

  it('takes a line ending in —— for the overline leading into the title', () => {
    expect(read(['《大潮起之江》走进杭州淳安——', '一叶知千岛 茶乡飘新味', '本报讯 今天推出第33期视频。'])[0]).toMatchObject({ title: '一叶知千岛 茶乡飘新味', subtitle: '《大潮起之江》走进杭州淳安——' });
  });
});

describe('where a new story starts', () => {
  const before = ['老旧小区加装电梯', '本报讯（记者 王青）居民们纷纷点赞。', '加装工作还将继续推进。'];

  it('at a short line over a news lead (近日，… / 3月7日，…)', () => {
    expect(read([...before, '春茶开采', '近日，佐村镇早春茶陆续进入采摘期。']).map((a) => a.title)).toEqual(['老旧小区加装电梯', '春茶开采']);
    expect(read([...before, '春茶“抢鲜”', '3月7日，茶农们抢抓有利时机采摘春茶。']).map((a) => a.title)).toEqual(['老旧小区加装电梯', '春茶“抢鲜”']);
  });

  it('at a short line whose text is signed while the story above already is (one story, one byline)', () => {
    expect(read([...before, '水乡开渔礼', '活动包含启动仪式、百味市集等环节，现场年味浓郁。', '■摄影 记者 王 蓉']).map((a) => a.title)).toEqual(['老旧小区加装电梯', '水乡开渔礼']);
  });

  it('not at a subheading inside a story, nor at photo captions printed between its paragraphs', () => {
    expect(read([...before, '为什么建工匠学院', '1195万，这是全省技能人才总数。']).map((a) => a.title)).toEqual(['老旧小区加装电梯']);
    expect(read([...before, '沟里树木郁郁葱葱', '环境清幽引白鹭', '卧龙沟的上游有众多泉眼。']).map((a) => a.title)).toEqual(['老旧小区加装电梯']);
  });
});
