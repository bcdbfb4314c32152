/** locate() beyond Zhejiang: each rule of the nationwide gazetteer on a small article of its own. */
import { describe, expect, it } from 'vitest';
import { locate } from './locate.ts';
import { article, shippedLexicon } from '../../../test/fixtures/enrich/build.ts';

const lexicon = shippedLexicon();
const ZHEJIANG = { province: '浙江' };

describe('locate, nationwide', () => {
  it('takes a province-administered county-level city as the city (天门, 济源)', () => {
    expect(locate(article({ title: '天门市垃圾分类走进社区', paragraphs: ['近日,竟陵街道陆羽社区开展活动。'] }), lexicon, { province: '湖北' })).toMatchObject({ city: '天门', place: '天门' });
    expect(locate(article({ title: '济源推进产业转型', paragraphs: ['济源示范区召开会议。'] }), lexicon, ZHEJIANG)).toMatchObject({ city: '济源' });
  });

  it('names an autonomous prefecture by its short name, however the paper writes it (湘西州, 湘西, 吉首市)', () => {
    expect(locate(article({ title: '湘西州开展消防应急演练', paragraphs: ['演练在州府举行。'] }), lexicon, ZHEJIANG)).toMatchObject({ city: '湘西', place: '湘西' });
    expect(locate(article({ title: '消防应急演练', paragraphs: ['吉首市消防救援大队走进学校。'] }), lexicon, ZHEJIANG)).toMatchObject({ city: '湘西', place: '吉首' });
    expect(locate(article({ title: '恩施土家族苗族自治州茶叶丰收', paragraphs: ['近日。'] }), lexicon, ZHEJIANG).city).toBe('恩施');
  });

  it('maps a county written bare to its city at home (通城 in a 湖北 paper → 咸宁)', () => {
    const story = article({ title: '通城推进乡村振兴', paragraphs: ['一村一策,各村因地制宜。'] });
    expect(locate(story, lexicon, { province: '湖北' })).toMatchObject({ city: '咸宁', place: '通城' });
  });

  it('does not read a county short form far from home without support (涡阳 in a 浙江 story)', () => {
    const story = article({ title: '涡阳籍乡贤回乡', paragraphs: ['杭州市民热情接待。'] });
    expect(locate(story, lexicon, ZHEJIANG).city).toBe('杭州');
    // With its province named, the same short form counts.
    const supported = article({ title: '涡阳推进人居环境整治', paragraphs: ['安徽各地开展观摩活动。'] });
    expect(locate(supported, lexicon, ZHEJIANG)).toMatchObject({ city: '亳州', place: '涡阳' });
  });

  it('takes two doubtful names that agree on one city as naming it (四平, a word too, with 铁东区 of 四平 and 鞍山)', () => {
    const story = article({ title: '四平一家属楼前的垃圾堆被搬走', paragraphs: ['铁东区环卫处清理了楼前多年的垃圾。'] });
    expect(locate(story, lexicon, ZHEJIANG).city).toBe('四平');
    // Alone, the word-like name counts for nothing far from home.
    expect(locate(article({ title: '四平八稳推进工作', paragraphs: ['杭州市召开会议。'] }), lexicon, ZHEJIANG).city).toBe('杭州');
  });

  it('does not make a story province-wide because a provincial outlet reports it', () => {
    const story = article({ title: '除蒿草为民解忧', byline: '本网讯（内蒙古新闻网首席记者 王树天）', paragraphs: ['为改善环境，呼和浩特市新城区东苑社区组织清理蒿草。'] });
    expect(locate(story, lexicon, ZHEJIANG).city).toBe('呼和浩特');
  });

  it('gives a tie between the province and a city to the city, the more specific place', () => {
    const story = article({ title: '河北省视察组来唐山视察', paragraphs: ['视察组一行听取了汇报。'] });
    expect(locate(story, lexicon, ZHEJIANG).city).toBe('唐山');
  });

  it('settles a district several cities have by the paper’s home region (鼓楼区)', () => {
    const story = article({ title: '鼓楼区老旧小区改造完工', paragraphs: ['居民们纷纷点赞。'] });
    expect(locate(story, lexicon, { province: '福建' }).city).toBe('福州');
    expect(locate(story, lexicon, { province: '江苏', city: '徐州' }).city).toBe('徐州');
    expect(locate(story, lexicon, { province: '江苏' }).city).toBe('南京');
  });

  it('settles a shared name by the text before the home region (普陀 with 上海 named)', () => {
    const story = article({ title: '普陀区新建口袋公园', paragraphs: ['上海市民在公园休憩。普陀区绿化部门介绍。'] });
    expect(locate(story, lexicon, ZHEJIANG).city).toBe('上海');
    expect(locate(article({ title: '普陀:自然村文化大礼堂落成', paragraphs: ['六横镇举行仪式。'] }), lexicon, ZHEJIANG).city).toBe('舟山');
  });

  it('reads 我市 and 全市 as the home city when no other city is named', () => {
    const story = article({ title: '我市实现城市社区全覆盖', paragraphs: ['近日,全市完成社区调整工作。'] });
    expect(locate(story, lexicon, { province: '山东', city: '青岛' })).toMatchObject({ city: '青岛' });
    // A named city wins over the paper's own.
    const named = article({ title: '我市客商赴乐清考察', paragraphs: ['乐清市低压电器企业接待考察团。'] });
    expect(locate(named, lexicon, { province: '山东', city: '青岛' }).city).toBe('温州');
  });

  it('gives a story from outside the outlet’s region the story’s city (an Anhui paper in 乐清)', () => {
    const story = article({ title: '走进低压电器城——乐清', byline: '晨刊讯 记者 程向阳', paragraphs: ['乐清市柳市镇是中国电器之都。', '黄山客商在乐清考察交流。'] });
    expect(locate(story, lexicon, { province: '安徽', city: '黄山' })).toMatchObject({ city: '温州', place: '乐清' });
  });

  it('calls a province-wide story by the home province (我省 in a 山东 paper)', () => {
    const story = article({ title: '我省31人获全国五一劳动奖章', paragraphs: ['全省各地劳模代表参加表彰。'] });
    expect(locate(story, lexicon, { province: '山东' })).toMatchObject({ city: '山东', place: '山东' });
    expect(locate(story, lexicon, ZHEJIANG)).toMatchObject({ city: '浙江', place: '浙江' });
  });

  it('does not take a street named after a city for the city (杭州北路 in 莱西)', () => {
    const story = article({ title: '社区调整', paragraphs: ['新建了南京中路、杭州北路两个居委会。莱西市水集街道办事处负责。'] });
    expect(locate(story, lexicon, { province: '山东' })).toMatchObject({ city: '青岛', place: '莱西市水集街道' });
  });

  it('reads the outlet a byline names when the story names no place (潮州日报讯)', () => {
    const story = article({ title: '考察交流凝聚情谊', byline: '潮州日报讯（全媒体记者 林宗楷）', paragraphs: ['考察团一行参观了企业。'] });
    expect(locate(story, lexicon, ZHEJIANG).city).toBe('潮州');
  });

  it('gives a story that names no place the home city, else the home province', () => {
    const story = article({ title: '井盖“张大口”', paragraphs: ['记者途经市区南滨路时看到井盖损坏。'] });
    expect(locate(story, lexicon, { province: '陕西', city: '延安' })).toMatchObject({ city: '延安' });
    expect(locate(story, lexicon, { province: '陕西' })).toMatchObject({ city: '陕西' });
  });

  it('never matches a two-character name that is an ordinary word, and 和县 only with support', () => {
    const story = article({ title: '城区道路升级', paragraphs: ['县总工会和县人社局联合慰问。郊区新区矿区东区都有项目。', '温州市民出行更方便。'] });
    expect(locate(story, lexicon, ZHEJIANG).city).toBe('温州');
  });

  it('reads a province-named firm and a hometown association as organisations, not places', () => {
    const firm = article({ title: '县总工会到一线送清凉', byline: '松阳新闻网讯', paragraphs: ['拿到夏令用品,浙江华田不锈钢制造有限公司工人高兴地说:“工会送清凉来了。”'] });
    expect(locate(firm, lexicon, ZHEJIANG)).toMatchObject({ city: '丽水', place: '松阳' });
    const visit = article({ title: '澳门揭阳商会考察团莅潮考察', paragraphs: ['考察团到潮州市考察交流,参观了潮州古城。'] });
    expect(locate(visit, lexicon, { province: '广东' }).city).toBe('潮州');
  });
});

