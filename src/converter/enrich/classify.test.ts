import { describe, expect, it } from 'vitest';
import { classify, firmNames } from './classify.ts';
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

  describe('firm names', () => {
    it('finds a firm by its ending and the characters before it, up to a 的', () => {
      const text = '位于岭洋乡的衢州溪里香茶叶有限公司内，收购杨梅的公司';
      const names = firmNames(text, lexicon.firmSuffixes).map(([start, end]) => text.slice(start, end));
      expect(names).toContain('衢州溪里香茶叶有限公司');
      expect(names.every((name) => !name.includes('的'))).toBe(true);
      expect(names).not.toContain('收购杨梅的公司');
    });

    it('counts the trade in a firm name for little: two 科技有限公司 at a village school do not make a science story', () => {
      const story = article({
        title: '爱心企业走进村小',
        paragraphs: ['近日，杭州星河科技有限公司、宁波云帆科技有限公司走进农村小学，为孩子们送去书包和文具。', '村民纷纷称赞。'],
      });
      const result = classify(story, lexicon);
      expect(result.theme).toBe('乡村振兴');
      expect(result.scores.find((score) => score.theme === '科技人才')?.score).toBeLessThan(1.5);
    });
  });

  it('reads a neutral word as a whole, so the cue term it holds is not read inside it: 利用工会 is 工会, not 用工', () => {
    const result = classify(article({ title: '爱心驿站开放', paragraphs: ['充分利用工会职工服务中心设立驿站。'] }), lexicon);
    expect(result.themeTerms).toContain('工会');
    expect(result.themeTerms).not.toContain('用工');
    const rhetoric = classify(article({ title: '展现精神风貌', paragraphs: ['推动经济高速发展。'] }), lexicon);
    expect(rhetoric.scores.map((score) => score.theme)).not.toContain('城市建设');
    expect(rhetoric.scores.map((score) => score.theme)).not.toContain('交通建设');
  });

  describe('vocabulary as regional papers write it', () => {
    const themeOf = (title: string, ...paragraphs: string[]) => classify(article({ title, paragraphs }), lexicon).theme;

    it('files growers, crops and the farming calendar under 乡村振兴 (茶农, 春茶, 采摘, 丰收)', () => {
      expect(themeOf('茶香满山', '眼下春茶进入采摘期，茶农们起早上山采茶，茶园里一片繁忙。')).toBe('乡村振兴');
      expect(themeOf('金秋好时节', '连日来，农户抢抓晴好天气收割晚稻，今年水稻又是一个丰收年。')).toBe('乡村振兴');
    });

    it("files model workers and craftsmen under 劳动社保 (the unions' honours), training craftsmen under 科技人才", () => {
      expect(themeOf('十名劳模受表彰', '市总工会为新评选的劳动模范和优秀工匠颁奖，一线职工代表参加。')).toBe('劳动社保');
      expect(themeOf('工匠学院开班', '工匠学院首期技能培训班开班，学员将学习职业技能。')).toBe('科技人才');
    });

    it('files clean-ups of villages and streets (人居环境整治) under 生态环保', () => {
      expect(themeOf('镇里开展人居环境整治', '各村清理卫生死角和生活垃圾，环境卫生明显改善。')).toBe('生态环保');
    });

    it('files 文化科技卫生“三下乡” with stage shows under 文化旅游, not 科技人才', () => {
      expect(themeOf('文化科技卫生“三下乡”走进山村', '文艺演出、送戏下乡等节目轮番上演。')).toBe('文化旅游');
    });

    it('files buses and roads under 交通建设 (公交, 乘客, 道路)', () => {
      expect(themeOf('新开通两条公交线路', '公交公司增加了运力，乘客出行更方便，沿线道路同步拓宽。')).toBe('交通建设');
    });

    it('reads 退休 in 退休教师 as who someone is, not as a pensions story', () => {
      expect(themeOf('退休教师镜头下的海岛', '退休教师拍下的海岛成了网红打卡地，游客纷至沓来。')).toBe('文化旅游');
      expect(themeOf('电子退休证上线', '参保人员可在线申领电子退休证，退休金发放更便捷。')).toBe('劳动社保');
    });
  });
});
