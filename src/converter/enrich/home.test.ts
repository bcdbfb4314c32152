import { describe, expect, it } from 'vitest';
import { articleHome, homeRegion } from './home.ts';
import { article, shippedLexicon } from '../../../test/fixtures/enrich/build.ts';

const lexicon = shippedLexicon();

const story = (title: string, paragraph: string, byline?: string) => article({ title, paragraphs: [paragraph], ...(byline ? { byline } : {}) });

describe('homeRegion', () => {
  it('reads a place in the masthead first (潮州日报 → 潮州, 浙江日报 → 浙江 only)', () => {
    const articles = [story('莅潮考察', '揭阳商会考察团参观。')];
    expect(homeRegion(articles, { paper: '潮州日报' }, lexicon)).toMatchObject({ province: '广东', city: '潮州' });
    const home = homeRegion(articles, { paper: '浙江日报' }, lexicon);
    expect(home.province).toBe('浙江');
    expect(home.city).toBeUndefined();
  });

  it('counts the outlets in bylines and where the articles are', () => {
    const articles = [
      story('社区开展垃圾分类', '居民踊跃参加。', '天门日报讯（全媒体记者 鄢紫）'),
      story('天门市推进城乡建设', '天门市住建局介绍。'),
      story('咸宁菊黄蟹肥', '咸宁市各地迎来丰收。'),
    ];
    expect(homeRegion(articles, {}, lexicon)).toMatchObject({ province: '湖北', city: '天门' });
  });

  it('finds no home city on a page mixing cities, and no home at all across provinces (the default then)', () => {
    const hubei = [story('天门市新闻', '天门市召开会议。'), story('咸宁市新闻', '咸宁市召开会议。'), story('随州市新闻', '随州市召开会议。')];
    expect(homeRegion(hubei, {}, lexicon)).toMatchObject({ province: '湖北' });
    expect(homeRegion(hubei, {}, lexicon).city).toBeUndefined();
    const mixed = [story('洛阳市新闻', '洛阳市召开会议。'), story('延安市新闻', '延安市召开会议。'), story('乐山市新闻', '乐山市召开会议。')];
    expect(homeRegion(mixed, {}, lexicon)).toMatchObject({ province: lexicon.defaultProvince });
  });

  it('does not let 我省 or a shared name vote before the home is known', () => {
    const articles = [story('我省劳模表彰', '全省各地代表参加。'), story('鼓楼区新闻', '鼓楼区召开会议。'), story('济南市新闻', '济南市召开会议。')];
    expect(homeRegion(articles, {}, lexicon)).toMatchObject({ province: '山东', city: '济南' });
  });

  it('takes an article’s own outlet over the issue’s home (a page reprinting other papers)', () => {
    const issueHome = { province: '浙江', city: '杭州' };
    expect(articleHome(story('我市垃圾分类', '全市推进。', '莆田晚报记者 钱碧云'), issueHome, lexicon)).toEqual({ province: '福建', city: '莆田' });
    expect(articleHome(story('我省劳模', '全省表彰。', '浙江在线12月12日讯'), issueHome, lexicon)).toEqual({ province: '浙江' });
    expect(articleHome(story('社区新闻', '居民参加。', '本报讯（记者 李灿）'), issueHome, lexicon)).toBe(issueHome);
  });

  it('reads a county written bare in a masthead or an outlet’s name, not elsewhere in a byline', () => {
    expect(homeRegion([story('社区新闻', '居民参加。')], { paper: '即墨日报' }, lexicon)).toMatchObject({ province: '山东', city: '青岛' });
    // Inside a paper's name a county's form is a piece of a word: 北方城事 holds 方城 (南阳), and names no home.
    expect(homeRegion([story('社区新闻', '居民参加。')], { paper: '北方城事' }, lexicon).evidence).not.toContainEqual(expect.stringMatching(/masthead/));
    const reprint = story('洁净家园行动', '社区开展活动。', '晋江新闻网2月8日讯');
    expect(articleHome(reprint, { province: '浙江' }, lexicon)).toEqual({ province: '福建', city: '泉州' });
    // 永年 is a district of 邯郸, and a given name.
    const named = story('社区新闻', '居民参加。', '记者 李永年');
    expect(articleHome(named, { province: '浙江' }, lexicon)).toEqual({ province: '浙江' });
  });

  it('reads a region’s literary name in a masthead, and no home from one naming two provinces', () => {
    const articles = [story('社区新闻', '居民参加。')];
    expect(homeRegion(articles, { paper: '齐鲁晚报' }, lexicon)).toMatchObject({ province: '山东' });
    expect(homeRegion(articles, { paper: '八婺新闻' }, lexicon)).toMatchObject({ province: '浙江', city: '金华' });
    expect(homeRegion(articles, { paper: '宁波舟山港报' }, lexicon)).toMatchObject({ province: '浙江', evidence: [expect.stringMatching(/masthead 宁波舟山港报/)] });
    // A province's paper whose articles are mostly one city's is that city's.
    const qingdao = [story('即墨区新闻', '青岛市即墨区召开会议。'), story('黄岛区新闻', '青岛市黄岛区召开会议。')];
    expect(homeRegion(qingdao, { paper: '齐鲁晚报' }, lexicon)).toMatchObject({ province: '山东', city: '青岛' });
    const mixed = [story('天门市新闻', '天门市召开会议。'), story('咸宁市新闻', '咸宁市召开会议。'), story('亳州市新闻', '亳州市召开会议。')];
    expect(homeRegion(mixed, { paper: '荆楚江淮报' }, lexicon)).toMatchObject({ province: '湖北', evidence: [expect.stringMatching(/votes/)] });
  });
});

