import { describe, expect, it } from 'vitest';
import { locate } from './locate.ts';
import { article, shippedLexicon } from '../../../test/fixtures/enrich/build.ts';

const lexicon = shippedLexicon();

describe('locate', () => {
  it('maps a county-level place in the title to its city (义乌 → 金华)', () => {
    const result = locate(article({ title: '义乌推动排污权管理工作做深做实', paragraphs: ['日前,金华市生态环境局义乌分局组织专家服务团队上门指导企业。'] }), lexicon);
    expect(result).toMatchObject({ city: '金华', place: '义乌' });
    expect(result.evidence[0]).toMatch(/city 金华/);
    expect(result.evidence.some((line) => line.startsWith('义乌市 → 金华: title'))).toBe(true);
  });

  it('weighs the title over body frequency', () => {
    const body = '杭州的游客来宁波。杭州市民很多。杭州、杭州、杭州。';
    expect(locate(article({ title: '宁波民宿邀请游客', paragraphs: ['近日。', body] }), lexicon).city).toBe('宁波');
  });

  it('reads the dateline and the byline organisation when the title names no place', () => {
    const dated = article({ title: '首次颁发生态鼎', dateline: '本报湖州9月4日电', paragraphs: ['4日,召开推进大会。', '长兴县获得冠军鼎。'] });
    expect(locate(dated, lexicon).city).toBe('湖州');
    const byOrg = article({ title: '老乡调解化解纠纷', authors: [{ name: '杨凌寒', role: null, org: '共享联盟·诸暨' }], paragraphs: ['日前,一起纠纷得到解决。'] });
    expect(locate(byOrg, lexicon)).toMatchObject({ city: '绍兴', place: '诸暨' });
  });

  it('finds a township written after its county, though no data row lists it', () => {
    const result = locate(article({ title: '苍南紫菜规范化养殖助增收', paragraphs: ['近日,在苍南县赤溪镇流岐岙村紫菜育苗基地,村干部正在忙。', '下一步,赤溪将进一步挖掘乡贤的力量。'] }), lexicon);
    expect(result).toMatchObject({ city: '温州', place: '苍南县赤溪镇' });
    // The bare stem 赤溪 counts only in the paragraph that holds it.
    expect(result.evidence).toContain('赤溪镇 → 温州: lead, body = 4.0');
  });

  it('does not read a township into a short form followed by ordinary words (龙港针对乡镇…)', () => {
    const result = locate(article({ title: '龙港标准亮相中国质量大会', paragraphs: ['龙港针对乡镇缺位等现状,实施标准。', '龙港实行扁平化管理。'] }), lexicon);
    expect(result).toMatchObject({ city: '温州', place: '龙港' });
  });

  it('keeps an incidental township out of a county story (柯桥区 … 兰亭街道陈某)', () => {
    const result = locate(article({ title: '绍兴柯桥区:深化建设社会保险场景试点', paragraphs: ['绍兴市柯桥区兰亭街道陈某,2021年被评为残疾人。', '柯桥区纪委监委联合打造监督应用。柯桥已将系统扩建升级。'] }), lexicon);
    expect(result).toMatchObject({ city: '绍兴', place: '柯桥' });
  });

  it('uses a listed township named alone (店口镇 → 诸暨 → 绍兴)', () => {
    const result = locate(article({ title: '吃茶话事 化解纠纷', paragraphs: ['近年来,店口镇社会治理问题随之增多。', '店口镇“乡贤调解会”在镇社会治理中心揭牌。'] }), lexicon);
    expect(result).toMatchObject({ city: '绍兴', place: '诸暨市店口镇' });
  });

  it('calls a story about the province itself 浙江, though it lists cases from cities', () => {
    const result = locate(
      article({
        title: '2024年第二批重大劳动保障违法行为典型案例',
        subtitle: '浙江省人力资源和社会保障厅发布',
        paragraphs: ['为深入推进“浙江无欠薪”行动,浙江省人力资源和社会保障厅向社会发布名单。', '平湖市人力资源和社会保障局接到投诉。义乌市人力资源和社会保障局依法下达指令书。'],
        table: [['1', '台州市椒江区人力资源和社会保障局'], ['2', '开化县人力资源和社会保障局'], ['3', '杭州市上城区人力资源和社会保障局']],
      }),
      lexicon,
    );
    expect(result).toMatchObject({ city: '浙江', place: '浙江' });
  });

  it('does not let 浙江 inside organisation names outweigh a concrete place', () => {
    const result = locate(
      article({
        title: '条块结合,成立区域工会联盟',
        paragraphs: ['近日,浙江交通集团组建温州区域工会联盟。', '温州区域工会联盟联合集团在温单位。浙江交通集团公司工会深化改革。温州交邮工会参赛。'],
      }),
      lexicon,
    );
    expect(result).toMatchObject({ city: '温州', place: '温州' });
  });

  it('names a story outside Zhejiang by the outside place', () => {
    const result = locate(
      article({
        title: '浙疆同心 共富共融',
        paragraphs: ['日前,新疆阿克苏地区的苹果挂满枝头,浙江帮扶力量援建的民生工程启用。', '每小时可从阿克苏河取水。推进“千万工程在阿克苏”专项行动。'],
      }),
      lexicon,
    );
    expect(result).toMatchObject({ city: '阿克苏', place: '阿克苏' });
  });

  it('matches the longest form: 西湖区 is the district, 杭州湾 does not make 湖州', () => {
    expect(locate(article({ title: '西湖区推进老旧小区改造', paragraphs: ['近日。'] }), lexicon)).toMatchObject({ city: '杭州', place: '西湖' });
  });

  it('ignores ambiguous short forms such as 江北 and 路桥', () => {
    const result = locate(article({ title: '江北岸的路桥建设', paragraphs: ['台州市推进路桥建设。'] }), lexicon);
    expect(result).toMatchObject({ city: '台州', place: '台州' });
  });

  it('falls back to the province when no place is named, and says so', () => {
    const result = locate(article({ title: '标题', paragraphs: ['没有地名的正文。'] }), lexicon);
    expect(result).toMatchObject({ city: '浙江', place: '浙江' });
    expect(result.evidence[0]).toMatch(/no place named/);
  });
});
