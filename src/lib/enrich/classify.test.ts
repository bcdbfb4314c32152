import { describe, expect, it } from 'vitest';
import { classify } from './classify.ts';
import { buildLexicon, readLexiconSources } from '../lexicon/index.ts';
import { article, DATA_DIR, shippedLexicon } from '../../../test/fixtures/enrich/build.ts';

const lexicon = shippedLexicon();

describe('classify', () => {
  it('picks the theme whose cue terms score highest and explains it, best term first', () => {
    const result = classify(
      article({
        title: '义乌推动排污权管理工作做深做实',
        paragraphs: ['专家服务团队讲解排污权管理相关规定。', '一旦发现未取得排污权指标擅自投产违法排污的,会联合生态环境执法队查处。环保红管家上门指导。'],
      }),
      lexicon,
    );
    expect(result.theme).toBe('生态环保');
    expect(result.themeTerms[0]).toBe('排污权');
    expect(result.scores[0]?.theme).toBe('生态环保');
  });

  it('weighs a title term over the same count of body terms', () => {
    const titleWins = classify(article({ title: '电商创业', paragraphs: ['人才。人才引进。'] }), lexicon);
    expect(titleWins.theme).toBe('经济营商');
    const bodyWins = classify(article({ title: '街道打造梦工厂', paragraphs: ['电商。人才。人才。人才。人才引进。科技人才。'] }), lexicon);
    expect(bodyWins.theme).toBe('科技人才');
  });

  it('matches the longest cue term: 农民工 is labour, not 农民', () => {
    const result = classify(article({ title: '拖欠农民工工资名单', paragraphs: ['农民工。'] }), lexicon);
    expect(result.theme).toBe('劳动社保');
    expect(result.themeTerms).toContain('农民工');
    expect(result.scores.find((score) => score.theme === '乡村振兴')).toBeUndefined();
  });

  it('gives the fallback theme to an article without cue terms', () => {
    expect(classify(article({ title: '标题', paragraphs: ['这里没有任何提示词。'] }), lexicon)).toMatchObject({ theme: '基层治理', themeTerms: [] });
  });

  it('takes its vocabulary from the data: a new term in themes.yaml changes the decision', () => {
    const sources = readLexiconSources(DATA_DIR);
    const edited = buildLexicon({ ...sources, themes: { ...sources.themes, text: sources.themes.text.replace('      民宿: 3', '      民宿: 3\n      龙舟: 5') } });
    const story = article({ title: '龙舟赛事', paragraphs: ['龙舟队伍比赛。'] });
    expect(classify(story, lexicon).theme).toBe('基层治理');
    expect(classify(story, edited)).toMatchObject({ theme: '文化旅游', themeTerms: ['龙舟'] });
  });

  it('gives 3 to 6 tags, without stop words or partial words', () => {
    const result = classify(
      article({
        title: '“积分制”助力垃圾分类工作',
        paragraphs: [
          '越来越多群众主动做好垃圾分类工作,这是眼下鹿城区山福镇的新气象。',
          '转变源自当地正在推进的“积分制”试点。该镇携手鹿城农商行搭建积分兑换物超市,引导村民积极参与垃圾分类。',
          '村民还可以通过观看宣传视频获得额外分,获得的积分可用于兑换物品。进一步提升垃圾分类水平,相关负责人表示。',
        ],
      }),
      lexicon,
    );
    expect(result.tags.length).toBeGreaterThanOrEqual(3);
    expect(result.tags.length).toBeLessThanOrEqual(6);
    expect(result.tags[0]).toBe('垃圾分类');
    for (const tag of result.tags) {
      expect(lexicon.stopwords.has(tag)).toBe(false);
      expect(tag).not.toMatch(/进一步|相关负责人/);
    }
  });
});
