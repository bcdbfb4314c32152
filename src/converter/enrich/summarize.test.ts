import { describe, expect, it } from 'vitest';
import { sentences, summarize } from './summarize.ts';
import { article } from '../../../test/fixtures/enrich/build.ts';

describe('sentences', () => {
  it('ends a sentence at 。！？ and keeps a quotation whole', () => {
    expect(sentences('“前期我还很担心。经过指导,我心里有了底。”日前,专家上门。还有吗?')).toEqual(['“前期我还很担心。经过指导,我心里有了底。”', '日前,专家上门。', '还有吗?']);
  });

  it('drops a trailing fragment that has no end mark', () => {
    expect(sentences('完整的一句。被分栏截断的半句')).toEqual(['完整的一句。']);
  });
});

describe('summarize', () => {
  it('gives the lead sentence, skipping an opening quotation, and strips emphasis', () => {
    const summary = summarize(article({ title: 't', paragraphs: ['“前期我还很担心。”日前,**专家服务团队**来到公司培训。随后还有说明。'] }));
    expect(summary).toBe('日前,专家服务团队来到公司培训。随后还有说明。');
  });

  it('adds a second sentence only while within 120 characters, never cutting one', () => {
    const long = `${'甲'.repeat(70)}。`;
    const summary = summarize(article({ title: 't', paragraphs: [`${long}${long}`] }));
    expect(summary).toBe(long);
    const veryLong = `${'乙'.repeat(200)}。`;
    expect(summarize(article({ title: 't', paragraphs: [`${veryLong}短句。`] }))).toBe(veryLong);
  });

  it('takes a second sentence from the same paragraph only', () => {
    expect(summarize(article({ title: 't', paragraphs: ['第一句。', '擦亮文化底色。'] }))).toBe('第一句。');
  });

  it('uses the caption of a photo story', () => {
    expect(summarize(article({ title: '5G 农业园', captions: ['9月4日,工作人员在安装自动滴灌装置。拍友 摄'] }))).toBe('9月4日,工作人员在安装自动滴灌装置。');
  });
});
