/**
 * The byline grammar on the forms newspapers print, one convention per case
 * (names invented or common; the forms are those of the real-pages README's
 * "Byline styles covered").
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { looksLikeLeadByline, opensReport, parseNameLine, splitClosingNames, splitCredit, splitLeadByline, splitTrailingByline } from './forms.ts';
import { loadBylineRoles } from './load.ts';
import { parseAuthors } from './names.ts';

const roles = loadBylineRoles(fileURLToPath(new URL('../../../data/', import.meta.url)));
const names = (text: string) => parseAuthors(text, roles)?.map((author) => author.name);

describe('roles and names', () => {
  it('splits roles printed without spaces between names (记者宋晓娜通讯员付一洲)', () => {
    expect(parseAuthors('记者 宋晓娜通讯员 付一洲', roles)).toEqual([
      { name: '宋晓娜', role: '记者' },
      { name: '付一洲', role: '通讯员' },
    ]);
    expect(parseAuthors('记者宋晓娜通讯员付一洲', roles)).toEqual([
      { name: '宋晓娜', role: '记者' },
      { name: '付一洲', role: '通讯员' },
    ]);
  });

  it('keeps rank and medium prefixes as the role (全媒体记者, 见习记者, 首席记者)', () => {
    expect(parseAuthors('全媒体记者鄢紫见习记者许威', roles)).toEqual([
      { name: '鄢紫', role: '全媒体记者' },
      { name: '许威', role: '见习记者' },
    ]);
    expect(parseAuthors('首席记者 王立新 实习生 李想', roles)).toEqual([
      { name: '王立新', role: '首席记者' },
      { name: '李想', role: '实习生' },
    ]);
  });

  it("reads an outlet's name before the role as the authors' org (浙江在线记者, 今日桐乡记者, 县报道组)", () => {
    expect(parseAuthors('浙江在线记者 李灿', roles)).toEqual([{ name: '李灿', role: '记者', org: '浙江在线' }]);
    expect(parseAuthors('今日桐乡记者 羊宇杰', roles)).toEqual([{ name: '羊宇杰', role: '记者', org: '今日桐乡' }]);
    expect(parseAuthors('记者 卢俊和 县报道组 孙成岩 董王军', roles)).toEqual([
      { name: '卢俊和', role: '记者' },
      { name: '孙成岩', role: '报道组', org: '县' },
      { name: '董王军', role: '报道组', org: '县' },
    ]);
  });

  it('joins a role padded like a name (记 者) and names padded to three characters (龙 钰)', () => {
    expect(parseAuthors('记 者 夏正锋 通讯员 龙 钰 戴 莹', roles)).toEqual([
      { name: '夏正锋', role: '记者' },
      { name: '龙钰', role: '通讯员' },
      { name: '戴莹', role: '通讯员' },
    ]);
  });

  it('separates names by 、 and reads credit words glued to a name (李丹摄, 徐金星报道, 邵进文/摄)', () => {
    expect(names('记者周金友、洪菡婷')).toEqual(['周金友', '洪菡婷']);
    expect(parseAuthors('通讯员 李丹摄', roles)).toEqual([{ name: '李丹', role: '摄影' }]);
    expect(names('徐金星报道')).toEqual(['徐金星']);
    expect(names('吴伟纲 邵进文/摄')).toEqual(['吴伟纲', '邵进文']);
  });

  it('refuses a page staff line (编辑 何一帆 校对 严明): furniture, not a byline', () => {
    expect(parseAuthors('编辑 何一帆 美编 祝小溪', roles)).toBeUndefined();
    expect(parseAuthors('校对 严明', roles)).toBeUndefined();
  });

  it('reads writer and photographer words (撰文 X 摄影 Y)', () => {
    expect(parseAuthors('撰文 张晓明 摄影 李华', roles)).toEqual([
      { name: '张晓明', role: '文字' },
      { name: '李华', role: '摄影' },
    ]);
  });

  it('reads 文/X 图/Y as writer and photographer', () => {
    expect(parseAuthors('文/张晓明 图/李华', roles)).toEqual([
      { name: '张晓明', role: '文字' },
      { name: '李华', role: '摄影' },
    ]);
  });

  it('splits names printed together by their surnames, a compound surname making one name', () => {
    expect(names('记者周金友洪菡婷')).toEqual(['周金友', '洪菡婷']);
    expect(names('记者 陈栋池瑞辉')).toEqual(['陈栋', '池瑞辉']);
    expect(names('记者 欧阳文华')).toEqual(['欧阳文华']);
  });

  it('takes a bullet before the byline for no part of it (□记者 丁霞 报道, ■摄影 记者 王 蓉)', () => {
    expect(names('□记者 丁霞 报道')).toEqual(['丁霞']);
    expect(names('◎记者 丁霞')).toEqual(['丁霞']);
    expect(names('■摄影 记者 王 蓉')).toEqual(['王蓉']);
  });

  it('reads names without any role only when each reads as a person’s name', () => {
    expect(names('胡扬辉 朱凯迪 吴奕含')).toEqual(['胡扬辉', '朱凯迪', '吴奕含']);
    expect(names('阿布都·热合曼')).toEqual(['阿布都·热合曼']);
    // A place label, a word of the dictionary, a column label: not names, though 吴, 强 and 图 can be surnames.
    expect(parseAuthors('吴村镇', roles)).toBeUndefined();
    expect(parseAuthors('强化', roles)).toBeUndefined();
    expect(parseAuthors('图说', roles)).toBeUndefined();
    // Among names, a pen name passes (（小西 陈越超）); words none of which is a name do not.
    expect(parseAuthors('小西 陈越超', roles, true)?.map((a) => a.name)).toEqual(['小西', '陈越超']);
    expect(parseAuthors('待续', roles, true)).toBeUndefined();
    expect(parseAuthors('来源 人民网', roles, true)).toBeUndefined();
    // Names run together need a role to be split: 水乡开渔礼 is a headline.
    expect(parseAuthors('水乡开渔礼', roles)).toBeUndefined();
  });
});

describe('outlet datelines', () => {
  it('open a report where an outlet names itself and text follows (本报讯 连日来…), never at 通讯员 or a headline', () => {
    for (const text of ['本报讯 连日来，', '本报曲阜讯（通讯员 甄帅）吴村镇聚焦重点环节', '水母网9月5日讯（记者 宋晓娜）近日', '天门日报讯（全媒体记者鄢紫）“厨房垃圾怎么分类？”', '浙江在线12月12日讯 近日', '新华社北京1月2日电 记者从国家统计局获悉', '晨刊讯  温州市是本刊采访小组的第四站']) {
      expect(opensReport(text, roles), text).toBe(true);
    }
    // A dateline with only its byline is a stray line; the rest name no outlet before the mark.
    for (const text of ['本报讯（记者 ）', '通讯员 袁昕玥', '电力给力 茶香更浓', '网络诈骗电话多', '讯飞智能']) {
      expect(opensReport(text, roles), text).toBe(false);
    }
  });

  it.each([
    ['水母网9月5日讯（记者 宋晓娜通讯员 付一洲）近日，锦城社区', '水母网9月5日讯', ['宋晓娜', '付一洲']],
    ['天门日报讯(全媒体记者鄢紫见习记者许威)“厨房垃圾怎么分类?', '天门日报讯', ['鄢紫', '许威']],
    ['海曙新闻网讯(记者陈栋 通讯员池瑞辉 林桑)今天上午', '海曙新闻网讯', ['陈栋', '池瑞辉', '林桑']],
    ['本报曲阜讯(通讯员 甄帅)吴村镇聚焦重点环节', '本报曲阜讯', ['甄帅']],
    ['浙江在线12月12日讯（浙江在线记者 李灿）择一行', '浙江在线12月12日讯', ['李灿']],
    ['浙江在线-普陀新闻网12月03日讯(浙江在线通讯员 刘生国)《花为媒》', '浙江在线-普陀新闻网12月03日讯', ['刘生国']],
    ['新华社北京1月2日电 （记者 张华）记者从', '新华社北京1月2日电', ['张华']],
    ['央广网北京1月2日消息（记者 王明）近日', '央广网北京1月2日消息', ['王明']],
    ['本报9月5日讯（实习记者 王明）近日', '本报9月5日讯', ['王明']],
    ['极目新闻讯（记者 李想）近日', '极目新闻讯', ['李想']],
    ['桃源县融媒体中心讯（通讯员 丁洁）连日来', '桃源县融媒体中心讯', ['丁洁']],
  ])('%s', (paragraph, dateline, authors) => {
    const split = splitLeadByline(paragraph, roles);
    expect(split?.dateline).toBe(dateline);
    expect(split?.authors.map((author) => author.name)).toEqual(authors);
  });

  it('keeps no dateline for 本报讯, which says only that the paper reports', () => {
    expect(splitLeadByline('本报讯 (记者 唐 翀)为迎接', roles)).toEqual({ text: '本报讯 (记者 唐 翀)', authors: [{ name: '唐翀', role: '记者' }], rest: '为迎接' });
  });

  it('reads a byline without brackets that ends in a credit word, then a space or a colon', () => {
    expect(splitLeadByline('本报讯 徐金星报道  近日，嵊州市总工会', roles)).toMatchObject({ authors: [{ name: '徐金星', role: null }], rest: '近日，嵊州市总工会' });
    expect(splitLeadByline('本报讯 见习记者何良玉报道 昨日，新年的第一份', roles)).toMatchObject({ authors: [{ name: '何良玉', role: '见习记者' }], rest: '昨日，新年的第一份' });
    expect(splitLeadByline('本报讯通讯员吴雷报道:脱贫摘帽不是终点', roles)).toMatchObject({ authors: [{ name: '吴雷', role: '通讯员' }], rest: '脱贫摘帽不是终点' });
    expect(splitLeadByline('本报讯记者刘文钊摄影报道：前天，潮阳区', roles)).toMatchObject({ authors: [{ name: '刘文钊', role: '摄影' }], rest: '前天，潮阳区' });
  });

  it('reads a bare byline that opens with a role and runs up to the text (本报讯 记者 张三 近日…)', () => {
    expect(splitLeadByline('本报讯 记者 王立新 通讯员 李想 近日，市区多条道路', roles)).toMatchObject({
      authors: [{ name: '王立新', role: '记者' }, { name: '李想', role: '通讯员' }],
      rest: '近日，市区多条道路',
    });
    expect(splitLeadByline('本报讯 记者王立新 昨日，记者从市交通局获悉', roles)?.authors.map((a) => a.name)).toEqual(['王立新']);
    // The text after it starts with no name: a role word opening a sentence is no byline.
    expect(splitLeadByline('本报讯 记者从市交通局获悉，新线路开通。', roles)).toMatchObject({ authors: [], rest: '记者从市交通局获悉，新线路开通。' });
  });

  it('takes a dateline with no byline after it out of the text', () => {
    expect(splitLeadByline('本报讯 近日，沥海镇潭许村', roles)).toEqual({ text: '本报讯', authors: [], rest: '近日，沥海镇潭许村' });
    expect(splitLeadByline('本报讯为创建全国文明典范城市', roles)?.rest).toBe('为创建全国文明典范城市');
    expect(splitLeadByline('晨刊讯  温州市是本刊采访小组的第四站', roles)).toEqual({ text: '晨刊讯', authors: [], dateline: '晨刊讯', rest: '温州市是本刊采访小组的第四站' });
  });

  it('reads a byline from a role to a credit word opening a paragraph without a dateline (记者 陈芮 文/摄 …)', () => {
    expect(splitLeadByline('记者 陈芮 文/摄 4月18日，绘本展开幕。', roles)).toMatchObject({ authors: [{ name: '陈芮' }], rest: '4月18日，绘本展开幕。' });
    expect(splitLeadByline('记者从市交通局获悉，新线路开通。', roles)).toBeUndefined();
  });

  it('takes no ordinary words for a dateline', () => {
    expect(splitLeadByline('社区网格员通讯录已更新，居民可查询。', roles)).toBeUndefined();
    expect(splitLeadByline('网络通讯保障到位。', roles)).toBeUndefined();
    expect(splitLeadByline('通讯员 袁昕玥', roles)).toBeUndefined();
  });

  it('warns only about a bracket that reads like a byline and still fails', () => {
    expect(looksLikeLeadByline('本报讯（记者 J. Smith）近日', roles)).toBe(true);
    expect(looksLikeLeadByline('本报讯（2024年5月数据）今年', roles)).toBe(false);
    expect(looksLikeLeadByline('据了解（以下简称《规划》）通过论证。', roles)).toBe(false);
  });
});

describe('bylines closing the text', () => {
  it('takes a byline with a role or credit after the last sentence (…节目。记者周金友、洪菡婷)', () => {
    expect(splitTrailingByline('送去精彩纷呈的歌舞曲艺节目。记者周金友、洪菡婷', roles)).toMatchObject({ text: '记者周金友、洪菡婷', rest: '送去精彩纷呈的歌舞曲艺节目。' });
    expect(splitTrailingByline('参加了初赛。通讯员张锦清 记者羊荣江 摄影报道', roles)?.authors.map((a) => a.name)).toEqual(['张锦清', '羊荣江']);
  });

  it('reads bracketed credits with pen names (（小汤 摄）) and a line of names alone', () => {
    expect(splitTrailingByline('孩子们写春联、练书法。(小汤 摄)', roles)?.authors).toEqual([{ name: '小汤', role: '摄影' }]);
    expect(splitTrailingByline('聂杨波', roles)).toEqual({ text: '聂杨波', authors: [{ name: '聂杨波', role: null }], rest: '' });
  });

  it('leaves bare names glued to the last sentence to splitClosingNames, which the article’s last paragraph alone may use', () => {
    expect(splitTrailingByline('更营造了浓厚的迎新氛围。汪诚', roles)).toBeUndefined();
    expect(splitClosingNames('更营造了浓厚的迎新氛围。汪诚', roles)).toEqual({ text: '汪诚', authors: [{ name: '汪诚', role: null }], rest: '更营造了浓厚的迎新氛围。' });
    expect(splitClosingNames('实现代表服务群众“零距离”。强化', roles)).toBeUndefined();
  });
});

describe('credits', () => {
  it('takes every role with its names into the credit (记者 叶晖 通讯员 陈兴长 摄)', () => {
    expect(splitCredit('记者 叶晖 通讯员 陈兴长 摄', roles)).toMatchObject({ caption: '', authors: [{ name: '叶晖' }, { name: '陈兴长' }] });
    expect(splitCredit('记 者 夏正锋 通讯员 龙 钰 戴 莹 摄', roles)?.authors.map((a) => a.name)).toEqual(['夏正锋', '龙钰', '戴莹']);
    expect(splitCredit('通讯员周子健、黄翊宸 摄', roles)?.authors.map((a) => a.name)).toEqual(['周子健', '黄翊宸']);
  });

  it('leaves caption words before the credit’s first role in the caption', () => {
    expect(splitCredit('现场 记者 王三 摄', roles)).toEqual({ caption: '现场', credit: '记者 王三 摄', authors: [{ name: '王三', role: '摄影' }] });
  });

  it('reads padded names and a credit glued to the last name', () => {
    expect(splitCredit('为构建平安校园筑牢坚实防线。 林 燕 彭楠岚 摄', roles)).toMatchObject({ caption: '为构建平安校园筑牢坚实防线。', authors: [{ name: '林燕' }, { name: '彭楠岚' }] });
    expect(splitCredit('通讯员 李丹摄', roles)).toMatchObject({ caption: '', authors: [{ name: '李丹' }] });
  });
});

describe('name lines', () => {
  it.each([
    ['今日桐乡记者 羊宇杰', ['羊宇杰']],
    ['莆田晚报记者 钱碧云', ['钱碧云']],
    ['报道组 李剑民 报道', ['李剑民']],
    ['□ 记者  程向阳  王玲琳  汪嫒', ['程向阳', '王玲琳', '汪嫒']],
    ['见习记者伍雅兮', ['伍雅兮']],
    ['刘赟俞', ['刘赟俞']],
  ])('%s', (line, expected) => {
    expect(parseNameLine(line, roles)?.authors.map((author) => author.name)).toEqual(expected);
  });

  it.each(['海岛渔村', '胶东半岛', '城乡扫描', '湖州市'])('refuses the label %s', (line) => {
    expect(parseNameLine(line, roles)).toBeUndefined();
  });
});
