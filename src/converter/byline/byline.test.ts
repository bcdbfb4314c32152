import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DataFileError } from '../../data-files/tsv.ts';
import { parseNameLine, splitCredit, splitLeadByline, splitTrailingByline } from './forms.ts';
import { loadBylineRoles } from './load.ts';
import { parseBylineRoles } from './roles.ts';

const roles = loadBylineRoles(fileURLToPath(new URL('../../../data/', import.meta.url)));

describe('parseNameLine', () => {
  it.each([
    ['陈 茜 甘凌峰', [{ name: '陈茜', role: null }, { name: '甘凌峰', role: null }]],
    ['小 西 杰 克', [{ name: '小西', role: null }, { name: '杰克', role: null }]],
    ['戚祥浩 慕 煜', [{ name: '戚祥浩', role: null }, { name: '慕煜', role: null }]],
    ['倪俊杰', [{ name: '倪俊杰', role: null }]],
    ['■ 张立忠', [{ name: '张立忠', role: null }]],
    ['本报记者 蒋欣如 通讯员 慕荣雪', [{ name: '蒋欣如', role: '记者' }, { name: '慕荣雪', role: '通讯员' }]],
    ['记者陈晔', [{ name: '陈晔', role: '记者' }]],
    ['记者 欧阳文华', [{ name: '欧阳文华', role: '记者' }]],
  ])('%s', (line, authors) => {
    expect(parseNameLine(line, roles)?.authors).toEqual(authors);
  });

  it.each(['陈 茜 甘', '金华金东推进夏季治安大巡防', '记者', '龙港标准，亮相', '明志笃行 为民解忧', '监督护航'])('refuses %s', (line) => {
    expect(parseNameLine(line, roles)).toBeUndefined();
  });
});

describe('splitLeadByline', () => {
  it('splits a dated dispatch and keeps the dateline', () => {
    const split = splitLeadByline('本报湖州9月4日电（记者 叶诗蕾 共享联盟·湖州 陆晓芬）4日，湖州召开大会。', roles);
    expect(split).toEqual({
      text: '本报湖州9月4日电（记者 叶诗蕾 共享联盟·湖州 陆晓芬）',
      dateline: '本报湖州9月4日电',
      authors: [
        { name: '叶诗蕾', role: '记者' },
        { name: '陆晓芬', role: null, org: '共享联盟·湖州' },
      ],
      rest: '4日，湖州召开大会。',
    });
  });

  it('reads 本报讯 with roles switching mid-bracket', () => {
    const split = splitLeadByline('本报讯（共享联盟·诸暨 杨凌寒 记者 周裕华）在中国袜都', roles);
    expect(split?.dateline).toBeUndefined();
    expect(split?.authors).toEqual([
      { name: '杨凌寒', role: null, org: '共享联盟·诸暨' },
      { name: '周裕华', role: '记者' },
    ]);
    expect(splitLeadByline('本报讯(通讯员 徐英)“太感谢了！”', roles)?.authors).toEqual([{ name: '徐英', role: '通讯员' }]);
  });

  it('leaves a bracket that names no one', () => {
    expect(splitLeadByline('据了解（以下简称《规划》）通过论证。', roles)).toBeUndefined();
  });
});

describe('splitTrailingByline', () => {
  it('takes names closing the last sentence', () => {
    expect(splitTrailingByline('以业余之姿竞出专业之风。（杨少林 施莉莉）', roles)).toEqual({
      text: '（杨少林 施莉莉）',
      rest: '以业余之姿竞出专业之风。',
      authors: [{ name: '杨少林', role: null }, { name: '施莉莉', role: null }],
    });
    expect(splitTrailingByline('（金燕翔）', roles)?.rest).toBe('');
  });

  it('leaves an aside inside a sentence', () => {
    expect(splitTrailingByline('主动上门指导国工恒昌新材料（义乌）', roles)).toBeUndefined();
    expect(splitTrailingByline('由桐乡依据规范（省地方标准DB33/T2476—2022）', roles)).toBeUndefined();
  });
});

describe('splitCredit', () => {
  it('separates people credited from the caption', () => {
    expect(splitCredit('拍友 蒋友青 摄', roles)).toEqual({ caption: '', credit: '拍友 蒋友青 摄', authors: [{ name: '蒋友青', role: '摄影' }] });
    expect(splitCredit('工作人员在安装滴灌装置。 记者 王三 摄', roles)).toEqual({
      caption: '工作人员在安装滴灌装置。',
      credit: '记者 王三 摄',
      authors: [{ name: '王三', role: '摄影' }],
    });
  });

  it('reads an organisation credit glued to its credit word', () => {
    expect(splitCredit('主题论坛现场 浙江省交通投资集团高速公路温州管理中心供图', roles)).toEqual({
      caption: '主题论坛现场',
      credit: '浙江省交通投资集团高速公路温州管理中心供图',
      authors: [],
    });
    expect(splitCredit('图片由嘉兴国家高新区（高照街道）提供', roles)?.credit).toBe('图片由嘉兴国家高新区（高照街道）提供');
  });

  it('does not take 提供 closing an ordinary sentence for a credit', () => {
    expect(splitCredit('为企业提供', roles)).toBeUndefined();
  });
});

describe('parseBylineRoles', () => {
  it('fails on an unknown kind with file and line', () => {
    expect(() => parseBylineRoles('marker\trecords\tkind\n记者\t记者\tperson\n', 'roles.tsv')).toThrow(DataFileError);
    expect(() => parseBylineRoles('marker\trecords\tkind\n记者\t记者\tperson\n', 'roles.tsv')).toThrow('roles.tsv:2');
  });

  it('fails on a marker listed twice', () => {
    expect(() => parseBylineRoles('marker\trecords\tkind\n记者\t记者\trole\n记者\t记者\trole\n', 'roles.tsv')).toThrow('roles.tsv:3');
  });
});
