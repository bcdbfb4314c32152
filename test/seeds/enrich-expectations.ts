/**
 * Where each seed article is and what it is about, as an editor reads it: the
 * expected `city`, `place` and `theme` of every article of the five seed
 * issues, keyed by source file and title, plus each issue's inferred date.
 * test/seeds/enrich.test.ts checks them against hand-segmented fixtures; the
 * same table can be run against the real segmenter's output.
 *
 * `knownMiss` records where the classifier disagrees today and what it says
 * instead, so the disagreement stays visible (and the test notices a fix).
 */
export interface ArticleExpectation {
  source: string;
  title: string;
  city: string;
  place: string;
  theme: string;
  knownMiss?: { theme?: string; city?: string; place?: string };
}

export interface DateExpectation {
  source: string;
  date: string;
  source_: 'dateline' | 'text' | 'year';
}

/** Titles compare without punctuation, spacing or full-width forms (the segmenter normalises them). */
export function sameTitle(a: string, b: string): boolean {
  const key = (title: string) => title.normalize('NFKC').replace(/[\p{P}\p{S}\s]/gu, '');
  return key(a) === key(b);
}

export function expectationFor(source: string, title: string): ArticleExpectation | undefined {
  return ARTICLE_EXPECTATIONS.find((expected) => expected.source === source && sameTitle(expected.title, title));
}

const S0 = '000_9563d6cde784f245.txt';
const S1 = '001_fb229eccf6daddfc.txt';
const S2 = '002_83bbc0ccf697ed6e.txt';
const S3 = '003_25df68110ca78dc9.txt';
const S4 = '004_8814436af306b0f3.txt';

export const ARTICLE_EXPECTATIONS: readonly ArticleExpectation[] = [
  { source: S0, title: '“一对一”跟踪,主动靠前服务', city: '金华', place: '义乌', theme: '生态环保' },
  { source: S0, title: '聚焦重点项目 助推乡村振兴', city: '湖州', place: '南浔区双林镇', theme: '乡村振兴' },
  { source: S0, title: '条块结合,成立区域工会联盟', city: '温州', place: '温州', theme: '劳动社保' },
  { source: S0, title: '用绿色守护“三生融合”', city: '嘉兴', place: '嘉兴经济技术开发区', theme: '生态环保' },
  { source: S0, title: '百日攻坚 赋美城市', city: '湖州', place: '德清县武康街道', theme: '城市建设' },
  { source: S0, title: '“新”的力量 助力发展', city: '嘉兴', place: '海盐县西塘桥街道', theme: '党建廉政' },
  { source: S0, title: '编制规划 保护耕地', city: '湖州', place: '安吉县天子湖镇', theme: '乡村振兴' },
  { source: S0, title: '2024年第二批重大劳动保障违法行为典型案例和拖欠农民工工资失信联合惩戒对象名单信息', city: '浙江', place: '浙江', theme: '劳动社保' },

  { source: S1, title: '政银企携手纾困解难', city: '温州', place: '温州', theme: '经济营商' },
  // A party-building alliance (党建联盟) of transport bodies: the news is the alliance (a narrow call over 交通建设).
  { source: S1, title: '四方联盟共解交通领域“急难愁盼”', city: '温州', place: '温州', theme: '党建廉政' },
  { source: S1, title: '14名党政“一把手”接受廉责“双考”', city: '温州', place: '永嘉', theme: '党建廉政' },
  { source: S1, title: '苍南紫菜规范化养殖助增收', city: '温州', place: '苍南县赤溪镇', theme: '乡村振兴' },
  { source: S1, title: '温州深“图”远虑推垃圾分类', city: '温州', place: '温州', theme: '生态环保' },
  { source: S1, title: '“积分制”助力垃圾分类工作', city: '温州', place: '鹿城区山福镇', theme: '生态环保' },
  { source: S1, title: '主题论坛话安全生产', city: '温州', place: '温州', theme: '基层治理' },
  { source: S1, title: '电子退休证一键申领', city: '温州', place: '温州', theme: '劳动社保' },
  { source: S1, title: '产才融合促产业转型', city: '温州', place: '龙港', theme: '科技人才' },
  { source: S1, title: '车辆查控处置不再难', city: '温州', place: '平阳', theme: '基层治理' },
  { source: S1, title: '“警校联盟”关爱青少年', city: '温州', place: '龙湾区瑶溪街道', theme: '基层治理' },

  { source: S2, title: '湖州绿色财政：“生态美”促“共同富”', city: '湖州', place: '湖州', theme: '生态环保' },
  { source: S2, title: '破解用工管理顽疾', city: '杭州', place: '余杭区闲林街道', theme: '劳动社保' },
  { source: S2, title: '绍兴柯桥区：深化建设社会保险场景试点', city: '绍兴', place: '柯桥', theme: '劳动社保' },
  { source: S2, title: '桐乡医保：“三个协同”保障长护险异地互认', city: '嘉兴', place: '桐乡', theme: '劳动社保' },
  { source: S2, title: '攥指成拳 保平安促发展', city: '金华', place: '金东', theme: '基层治理' },
  { source: S2, title: '嘉兴国家高新区(高照街道):72件“微实事”书写群众“幸福账单”', city: '嘉兴', place: '嘉兴国家高新区', theme: '基层治理' },
  { source: S2, title: '攻坚提速 决胜全年', city: '嘉兴', place: '乍嘉苏高速', theme: '交通建设' },
  { source: S2, title: '浙疆同心 共富共融', city: '阿克苏', place: '阿克苏', theme: '乡村振兴' },

  { source: S3, title: '高水平建设生态文明典范城市 湖州首次颁发生态鼎', city: '湖州', place: '湖州', theme: '生态环保' },
  { source: S3, title: '龙港标准亮相中国质量大会', city: '温州', place: '龙港', theme: '基层治理' },
  { source: S3, title: '5G 农业园', city: '台州', place: '路桥区螺洋街道', theme: '乡村振兴' },
  { source: S3, title: '浙江工匠学院在杭成立 这所新学院如何培养大国工匠', city: '浙江', place: '浙江', theme: '科技人才' },
  { source: S3, title: '宁波民宿邀杭州市民去看海', city: '宁波', place: '宁波', theme: '文化旅游' },
  { source: S3, title: '岱山建大安全预防中心', city: '舟山', place: '岱山', theme: '基层治理' },
  { source: S3, title: '诸暨大唐基层治理巧打老乡牌 异乡客变身新乡贤', city: '绍兴', place: '诸暨市大唐街道', theme: '基层治理' },
  { source: S3, title: '淳安凝聚法治力量护航营商环境 提交一次申请,坐等公证服务', city: '杭州', place: '淳安', theme: '经济营商' },

  { source: S4, title: '凝聚新力量 赋能城市发展', city: '湖州', place: '南浔区双林镇', theme: '基层治理' },
  { source: S4, title: '齐抓共管“绿色发展” 共建共享“无废城市”', city: '嘉兴', place: '嘉兴经济技术开发区', theme: '生态环保' },
  // 文旅, 科创 and the digital economy as three engines of a city's growth: an economy story.
  { source: S4, title: '三轮驱动 激发活力', city: '嘉兴', place: '桐乡', theme: '经济营商', knownMiss: { theme: '科技人才' } },
  { source: S4, title: '助力电商创业创新 街道打造“梦工厂”', city: '金华', place: '义乌市北苑街道', theme: '经济营商' },
  { source: S4, title: '文旅融合 蝶变跃升', city: '嘉兴', place: '海盐县沈荡镇', theme: '文化旅游' },
  { source: S4, title: '吃茶话事 化解纠纷', city: '绍兴', place: '诸暨市店口镇', theme: '基层治理' },
  { source: S4, title: '培养“头雁” 助力增收', city: '丽水', place: '莲都区紫金街道', theme: '乡村振兴' },
  { source: S4, title: '清风拂面 以文化人', city: '杭州', place: '上城区丁兰街道', theme: '党建廉政' },
  { source: S4, title: '监督护航 助企惠企', city: '湖州', place: '德清县新市镇', theme: '经济营商' },
  { source: S4, title: '明志笃行 为民解忧', city: '温州', place: '平阳县山门镇', theme: '党建廉政' },
];

/** No seed has a header date: these are inferences, with the rule of src/converter/enrich/date.ts. */
export const DATE_EXPECTATIONS: readonly DateExpectation[] = [
  { source: S0, date: '2024-06-01', source_: 'text' },
  { source: S1, date: '2022-06-29', source_: 'text' },
  { source: S2, date: '2025-08-01', source_: 'text' },
  { source: S3, date: '2023-09-05', source_: 'dateline' },
  { source: S4, date: '2024-07-01', source_: 'text' },
];
