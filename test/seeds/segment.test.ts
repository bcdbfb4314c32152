/**
 * The five real issues, segmented as a careful reader reads them: per issue the
 * articles in order with title, subtitle and authors; plus the structure the
 * heuristics must recover (subheadings, datelines, captions, repairs) and the
 * no-loss ledger.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { severityOf } from '../../src/converter/messages.ts';
import { normalize } from '../../src/converter/normalize/index.ts';
import { loadSegmentLexicon, segment } from '../../src/converter/segment/index.ts';
import type { Author, SegmentedArticle, SegmentedIssue } from '../../src/converter/types.ts';
import { hanDifference } from './han-ledger.ts';

const RAW = fileURLToPath(new URL('../../content/raw/', import.meta.url));
const lexicon = loadSegmentLexicon(fileURLToPath(new URL('../../data/', import.meta.url)));

function run(file: string): { input: ReturnType<typeof normalize>['issue']; output: SegmentedIssue } {
  const { issue } = normalize(readFileSync(RAW + file, 'utf8'), file);
  return { input: issue, output: segment(issue, lexicon) };
}

interface Pin {
  title: string;
  subtitle?: string;
  authors: Author[];
}

function pinOf(article: SegmentedArticle): Pin {
  return { title: article.title, ...(article.subtitle === undefined ? {} : { subtitle: article.subtitle }), authors: article.authors };
}

const PINS: Record<string, Pin[]> = {
  '000_9563d6cde784f245.txt': [
    { title: '“一对一”跟踪，主动靠前服务', subtitle: '义乌推动排污权管理工作做深做实', authors: [{ name: '余依萍', role: null }, { name: '何贤君', role: null }] },
    { title: '聚焦重点项目 助推乡村振兴', authors: [{ name: '张笑言', role: null }, { name: '马乐早', role: null }, { name: '倪俊杰', role: null }] },
    { title: '条块结合，成立区域工会联盟', authors: [{ name: '杨少林', role: null }, { name: '施莉莉', role: null }] },
    { title: '用绿色守护“三生融合”', authors: [{ name: '杜燕华', role: null }] },
    { title: '百日攻坚 赋美城市', authors: [{ name: '梅亦洋', role: null }] },
    { title: '“新”的力量 助力发展', authors: [{ name: '陈越超', role: null }, { name: '潘琪瑞', role: null }] },
    { title: '编制规划 保护耕地', authors: [{ name: '徐一匀', role: null }] },
    { title: '2024年第二批重大劳动保障违法行为典型案例和拖欠农民工工资失信联合惩戒对象名单信息', subtitle: '浙江省人力资源和社会保障厅发布', authors: [] },
  ],
  '001_fb229eccf6daddfc.txt': [
    { title: '政银企携手纾困解难', authors: [{ name: '小西', role: null }, { name: '杰克', role: null }] },
    { title: '四方联盟共解交通领域“急难愁盼”', authors: [{ name: '李莉晓', role: null }, { name: '邵晨婵', role: null }] },
    { title: '14名党政“一把手”接受廉责“双考”', authors: [{ name: '汪琼芳', role: null }, { name: '戚祥浩', role: null }] },
    { title: '苍南紫菜规范化养殖助增收', authors: [{ name: '陈茜', role: null }, { name: '甘凌峰', role: null }] },
    { title: '温州深“图”远虑推垃圾分类', authors: [{ name: '林筠', role: null }] },
    { title: '“积分制”助力垃圾分类工作', authors: [{ name: '福萱', role: null }, { name: '戚祥浩', role: null }] },
    { title: '主题论坛话安全生产', authors: [{ name: '陈继宋', role: null }, { name: '邱颖颖', role: null }] },
    { title: '电子退休证一键申领', authors: [{ name: '王艳琼', role: null }, { name: '邵卢静', role: null }] },
    { title: '产才融合促产业转型', authors: [{ name: '甘凌峰', role: null }] },
    { title: '车辆查控处置不再难', authors: [{ name: '戚祥浩', role: null }, { name: '慕煜', role: null }] },
    { title: '“警校联盟”关爱青少年', authors: [{ name: '张彬怡', role: null }, { name: '殷诚聪', role: null }] },
  ],
  '002_83bbc0ccf697ed6e.txt': [
    { title: '湖州绿色财政：“生态美”促“共同富”', authors: [{ name: '郭明珠', role: null }, { name: '顾志鹏', role: null }] },
    { title: '破解用工管理顽疾', authors: [{ name: '彭周欣', role: null }, { name: '张燕妹', role: null }] },
    { title: '绍兴柯桥区：深化建设社会保险场景试点', authors: [{ name: '金燕翔', role: null }] },
    { title: '桐乡医保：“三个协同”保障长护险异地互认', authors: [{ name: '徐欣越', role: null }, { name: '杨雁婷', role: null }] },
    { title: '攥指成拳 保平安促发展', subtitle: '金华金东推进夏季治安大巡防', authors: [] },
    { title: '嘉兴国家高新区（高照街道）：72件“微实事”书写群众“幸福账单”', authors: [{ name: '张立忠', role: null }] },
    { title: '攻坚提速 决胜全年', authors: [{ name: '王阳', role: null }, { name: '杨吟', role: null }] },
    { title: '浙疆同心 共富共融', authors: [{ name: '刘海龙', role: null }, { name: '胡锦鹏', role: null }, { name: '史泽裕', role: null }] },
  ],
  '003_25df68110ca78dc9.txt': [
    { title: '高水平建设生态文明典范城市 湖州首次颁发生态鼎', authors: [{ name: '叶诗蕾', role: '记者' }, { name: '陆晓芬', role: null, org: '共享联盟·湖州' }] },
    { title: '龙港标准亮相中国质量大会', authors: [{ name: '殷诚聪', role: '记者' }, { name: '谢陈啦', role: null, org: '共享联盟·龙港' }, { name: '王木记', role: null, org: '共享联盟·龙港' }] },
    { title: '5G 农业园', authors: [{ name: '蒋友青', role: '摄影' }] },
    { title: '浙江工匠学院在杭成立 这所新学院如何培养大国工匠', authors: [{ name: '蒋欣如', role: '记者' }, { name: '慕荣雪', role: '通讯员' }] },
    { title: '宁波民宿邀杭州市民去看海', authors: [{ name: '陈晔', role: '记者' }] },
    { title: '岱山建大安全预防中心', authors: [{ name: '郑元丹', role: '记者' }, { name: '张志龙', role: '通讯员' }] },
    { title: '诸暨大唐基层治理巧打老乡牌 异乡客变身新乡贤', authors: [{ name: '杨凌寒', role: null, org: '共享联盟·诸暨' }, { name: '周裕华', role: '记者' }] },
    { title: '淳安凝聚法治力量护航营商环境 提交一次申请，坐等公证服务', authors: [{ name: '徐英', role: '通讯员' }] },
  ],
  '004_8814436af306b0f3.txt': [
    { title: '凝聚新力量 赋能城市发展', authors: [{ name: '倪俊杰', role: null }] },
    { title: '齐抓共管“绿色发展” 共建共享“无废城市”', authors: [{ name: '杜燕华', role: null }] },
    { title: '三轮驱动 激发活力', authors: [{ name: '钱吉光', role: null }] },
    { title: '助力电商创业创新 街道打造“梦工厂”', authors: [{ name: '王懿武', role: null }, { name: '吴鲜花', role: null }] },
    { title: '文旅融合 蝶变跃升', authors: [{ name: '吴筱凡', role: null }] },
    { title: '吃茶话事 化解纠纷', authors: [{ name: '郭黎霞', role: null }, { name: '周雨文', role: null }] },
    { title: '培养“头雁” 助力增收', authors: [{ name: '金正武', role: null }, { name: '陈新楷', role: null }, { name: '周素羽', role: null }] },
    { title: '清风拂面 以文化人', authors: [{ name: '王海燕', role: null }] },
    { title: '监督护航 助企惠企', authors: [{ name: '梅亦洋', role: null }] },
    { title: '明志笃行 为民解忧', authors: [{ name: '张林', role: null }] },
  ],
};

function article(output: SegmentedIssue, title: string): SegmentedArticle {
  const found = output.articles.find((a) => a.title === title);
  if (!found) throw new Error(`no article titled ${title}`);
  return found;
}

function bodyText(a: SegmentedArticle): string {
  return a.blocks.map((block) => (block.type === 'table' ? block.rows.flat().join('|') : block.text)).join('\n');
}

function headings(a: SegmentedArticle): string[] {
  return a.blocks.flatMap((block) => (block.type === 'heading' ? [block.text] : []));
}

describe('seed issues', () => {
  it('are the five pinned here', () => {
    expect(readdirSync(RAW).filter((f) => f.endsWith('.txt')).sort()).toEqual(Object.keys(PINS));
  });

  for (const [file, pins] of Object.entries(PINS)) {
    describe(file, () => {
      const { input, output } = run(file);

      it(`has ${pins.length} articles with their titles, subtitles and authors`, () => {
        expect(output.articles.map(pinOf)).toEqual(pins);
      });

      it('loses no Han character and invents none', () => {
        expect(hanDifference(input, output)).toEqual({});
      });

      it('leaves no half-width punctuation next to Chinese text and no <b> markup', () => {
        const texts = output.articles.flatMap((a) => [a.title, a.subtitle ?? '', bodyText(a)]);
        for (const text of texts) {
          expect(text).not.toMatch(/\p{Script=Han}[,:;?!()]|[,:;?!()]\p{Script=Han}/u);
          expect(text).not.toMatch(/<\/?b>/);
        }
      });
    });
  }
});

describe('000: markdown headlines, kicker, prose row, table, slogan', () => {
  const { output } = run('000_9563d6cde784f245.txt');
  const notice = article(output, '2024年第二批重大劳动保障违法行为典型案例和拖欠农民工工资失信联合惩戒对象名单信息');

  it('joins column breaks, including a fragment ending in a sentence', () => {
    const first = bodyText(output.articles[0]!);
    expect(first).toContain('主动上门指导国工恒昌新材料（义乌）有限公司。');
    expect(first).toContain('电子通信用高高强铜合金精密带材');
    expect(headings(output.articles[0]!)).toEqual([]);
  });

  it('reads the row of case texts as paragraphs and the list as a table', () => {
    expect(headings(notice)).toEqual(['2024年第二批重大劳动保障违法行为典型案例', '2024年第二批向媒体公布的拖欠农民工工资失信联合惩戒对象名单信息']);
    expect(bodyText(notice)).toContain('**一、何某某拖欠劳动报酬案** 何某某，身份证号码：341024*****9218');
    expect(bodyText(notice)).toContain('无证服装作坊拖欠劳动者劳动报酬');
    expect(bodyText(notice)).toContain('平湖市人力资源和社会保障局依据《检察意见书》');
    const table = notice.blocks.find((block) => block.type === 'table');
    expect(table?.type === 'table' && table.rows.length).toBe(12);
    expect(table?.type === 'table' && table.rows[0]?.[0]).toBe('序号');
    expect(table?.type === 'table' && table.rows[1]).toContain('2024-03-01');
  });

  it('removes the slogan, the broken separator row and the repeated 保障', () => {
    expect(output.removed.map((r) => [r.kind, r.kind === 'noise' ? r.text.slice(0, 10) : r.text])).toEqual([
      ['duplicate', '保障'],
      ['noise', '--\t---\t--\t'],
      ['slogan', '社会主义核心价值观'],
      ['slogan', '富强 民主 文明 和谐'],
      ['slogan', '自由 平等 公正 法治'],
      ['slogan', '爱国 敬业 诚信 友善'],
    ]);
  });
});

describe('001: padded name lines, duplicates, rotated and cut articles', () => {
  const { output } = run('001_fb229eccf6daddfc.txt');

  it('removes the fragment printed twice and joins the one its continuation follows', () => {
    const text = bodyText(article(output, '14名党政“一把手”接受廉责“双考”'));
    expect(text.split('为增强“双考”的针对性').length).toBe(2);
    expect(text).toContain('该县纪委监委提前对各单位');
    expect(headings(article(output, '14名党政“一把手”接受廉责“双考”'))).toEqual([]);
  });

  it('removes a sentence repeated inside a paragraph and a paragraph printed again', () => {
    expect(bodyText(article(output, '苍南紫菜规范化养殖助增收'))).toContain('又在思考新的紫菜养殖方式。2020年，通过申请省级');
    expect(bodyText(article(output, '温州深“图”远虑推垃圾分类')).split('垃圾分类离不开全民参与').length).toBe(2);
    // Each passage removed as a duplicate is still printed once in the kept text.
    const kept = output.articles.map(bodyText).join('\n');
    const duplicates = output.removed.filter((r) => r.kind === 'duplicate');
    expect(duplicates).toHaveLength(4);
    for (const removal of duplicates) expect(kept).toContain(removal.text.trim());
  });

  it('moves the fragment of a rotated article to its front', () => {
    const forum = article(output, '主题论坛话安全生产');
    expect(forum.blocks[0]?.type === 'paragraph' && forum.blocks[0].text).toMatch(/^本次论坛由.*浙高运公司温州管理中心等4家单位演讲嘉宾/u);
    expect(forum.captions.map(({ text, credit }) => ({ text, credit }))).toEqual([{ text: '主题论坛现场', credit: '浙江省交通投资集团高速公路温州管理中心供图' }]);
    const pension = article(output, '电子退休证一键申领');
    expect(pension.blocks[0]?.type === 'paragraph' && pension.blocks[0].text).toMatch(/^据了解.*确保线上线下对外服务一致性/u);
  });

  it('warns about the cut article and the rotations, naming each article', () => {
    const named = (reason: string) => output.articles.find((a) => reason.includes(`“${a.title}”`))?.title;
    expect(output.messages.filter((m) => severityOf(m) === 'warning').map((m) => [m.ruleId, named(m.reason)])).toEqual([
      ['article-truncated', '“积分制”助力垃圾分类工作'],
      ['article-rotated', '主题论坛话安全生产'],
      ['article-rotated', '电子退休证一键申领'],
    ]);
  });
});

describe('002: plain headlines, subtitle and subheadings, ■ byline, photo caption', () => {
  const { output } = run('002_83bbc0ccf697ed6e.txt');

  it('keeps subheadings inside their article', () => {
    expect(headings(article(output, '湖州绿色财政：“生态美”促“共同富”'))).toEqual(['共同发力健全生态保护补偿机制', '多元渠道拓展生态价值实现机制']);
    expect(headings(article(output, '破解用工管理顽疾'))).toEqual(['赋能企业合规发展']);
    expect(headings(article(output, '攥指成拳 保平安促发展'))).toEqual(['全域巡防提升见警率', '压降警情提升管事率', '平安善治提升幸福感']);
    expect(headings(article(output, '嘉兴国家高新区（高照街道）：72件“微实事”书写群众“幸福账单”'))).toEqual([]);
  });

  it('keeps the photo caption with its credit and the column label in removed', () => {
    expect(article(output, '嘉兴国家高新区（高照街道）：72件“微实事”书写群众“幸福账单”').captions.map(({ text, credit }) => ({ text, credit }))).toEqual([
      { text: '人大高照街道（嘉兴高新区）工委组织议员考察秀社区龙盛名邸小区“民生微实事”智慧停车项目', credit: '图片由嘉兴国家高新区（高照街道）提供' },
    ]);
    expect(article(output, '嘉兴国家高新区（高照街道）：72件“微实事”书写群众“幸福账单”').byline).toBe('■ 张立忠');
    expect(output.removed.map(({ kind, text }) => ({ kind, text }))).toEqual([{ kind: 'section-label', text: '专刊' }]);
  });

  it('keeps codes inside Chinese brackets as printed', () => {
    expect(bodyText(article(output, '桐乡医保：“三个协同”保障长护险异地互认'))).toContain('（省地方标准DB33/T2476—2022）');
    expect(bodyText(article(output, '湖州绿色财政：“生态美”促“共同富”'))).toContain('各区PM2.5浓度');
  });
});

describe('003: datelines, lead bylines, photo item, section label', () => {
  const { output } = run('003_25df68110ca78dc9.txt');

  it('splits the lead byline off the first paragraph and keeps the dateline', () => {
    const first = output.articles[0]!;
    expect(first.dateline).toBe('本报湖州9月4日电');
    expect(first.byline).toBe('本报湖州9月4日电（记者 叶诗蕾 共享联盟·湖州 陆晓芬）');
    expect(first.blocks[0]?.type === 'paragraph' && first.blocks[0].text).toMatch(/^4日，湖州召开/u);
    expect(article(output, '宁波民宿邀杭州市民去看海').byline).toBe('本报讯（记者 陈晔）');
  });

  it('reads the photo item as an article by its photographer', () => {
    const photo = article(output, '5G 农业园');
    expect(photo.byline).toBe('拍友 蒋友青 摄');
    expect(photo.blocks).toHaveLength(1);
    expect(photo.captions).toEqual([]);
  });

  it('keeps the questions as subheadings and the column label out', () => {
    expect(headings(article(output, '浙江工匠学院在杭成立 这所新学院如何培养大国工匠'))).toEqual(['为什么建工匠学院', '建设怎样的工匠学院', '在工匠学院学什么']);
    expect(bodyText(article(output, '浙江工匠学院在杭成立 这所新学院如何培养大国工匠'))).toContain('自创“竺士杰桥吊操作法”的竺士杰');
    expect(output.removed.map(({ kind, text }) => ({ kind, text }))).toEqual([{ kind: 'section-label', text: '浙报观察' }]);
  });
});

describe('004: a headline after an article without trailing byline, the stray caption', () => {
  const { output } = run('004_8814436af306b0f3.txt');

  it('attaches the caption at the end of the issue to the last article, with a warning', () => {
    const last = output.articles.at(-1)!;
    expect(last.captions).toHaveLength(1);
    expect(last.captions[0]?.credit).toBe('沈俊');
    expect(last.captions[0]?.text).toMatch(/^连日来.*打下良好基础。$/u);
    expect(output.messages.filter((m) => m.ruleId === 'caption-orphan').map((m) => m.reason.includes(`“${last.title}”`))).toEqual([true]);
  });
});
