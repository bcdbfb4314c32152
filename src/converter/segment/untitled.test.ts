import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hanDifference } from '../../../test/seeds/han-ledger.ts';
import { severityOf } from '../messages.ts';
import { normalize } from '../normalize/index.ts';
import { loadSegmentLexicon, segment } from './index.ts';
import { MAX_DERIVED_TITLE, titleFromText } from './untitled.ts';

const lexicon = loadSegmentLexicon(fileURLToPath(new URL('../../../data/', import.meta.url)));
const SAMPLE = fileURLToPath(new URL('../../../content/raw/002_83bbc0ccf697ed6e.txt', import.meta.url));

describe('an article printed without a headline', () => {
  it('is titled from its first sentence and flagged, so the site and editors can tell', () => {
    const normalized = normalize('市民在公园里赏花。春光正好，游人如织。\n\n拍友 蒋友青 摄\n', 'photo.txt');
    const [article] = segment(normalized.issue, lexicon).articles;
    expect(article?.title).toBe('市民在公园里赏花');
    expect(article?.titleGenerated).toBe(true);
  });
});

describe('titleFromText', () => {
  it('takes a short first sentence whole, without its full stop', () => {
    expect(titleFromText('金东公安开展夏季治安大巡防。巡防力量随处可见。')).toBe('金东公安开展夏季治安大巡防');
  });

  it('cuts a long first sentence after a whole word, with an ellipsis', () => {
    const title = titleFromText('所队协作联勤联巡、机关警力全员下沉、部门及基层组织共同参与，6月以来的金东街头巷陌装备齐全。');
    expect([...title].length).toBeLessThanOrEqual(MAX_DERIVED_TITLE);
    expect(title).toMatch(/^所队协作联勤联巡、机关警力全员下沉.*…$/u);
    expect(title).not.toMatch(/[、，]…$/u);
  });

  it('skips marks with no words before them and gives nothing for text without words', () => {
    expect(titleFromText('![x](javascript:alert(1))正文一句。')).toMatch(/^\[x\]\(javascript.*…$/u);
    expect(titleFromText('：…')).toBe('');
  });

  it('cuts a first word longer than a title where the room ends', () => {
    expect(titleFromText('x'.repeat(100))).toBe(`${'x'.repeat(MAX_DERIVED_TITLE - 1)}…`);
  });
});

describe('text without a recognisable headline', () => {
  it('becomes an article titled from its first sentence, with a warning naming the line', () => {
    const { issue } = normalize('\n\n所队协作联勤联巡、机关警力全员下沉、部门及基层组织共同参与，金东街头巷陌巡防力量随处可见。\n\n“我们根据夏季治安形势特点调整警力。”负责人介绍。\n', 'a.txt');
    const output = segment(issue, lexicon);
    expect(output.articles).toHaveLength(1);
    expect(output.articles[0]?.title).toMatch(/^所队协作联勤联巡.*…$/u);
    expect(output.articles[0]?.blocks).toHaveLength(2);
    expect(output.messages.filter((m) => severityOf(m) === 'warning')).toEqual([expect.objectContaining({ ruleId: 'headline-missing', place: { line: 3 } })]);
    expect(hanDifference(issue, output)).toEqual({});
  });

  // How its time grows with the line is measured by npm run bench (scripts/bench-scaling.ts), not here.
  it('reads a whole issue printed on one enormous line', () => {
    const body = readFileSync(SAMPLE, 'utf8').replace(/\s+/g, '');
    const line = body.repeat(Math.ceil(200_000 / body.length)).slice(0, 200_000);
    const { issue } = normalize(line, 'one-line.txt');
    const output = segment(issue, lexicon);
    expect(output.articles).toHaveLength(1);
    expect([...(output.articles[0]?.title ?? '')].length).toBeLessThanOrEqual(MAX_DERIVED_TITLE);
    expect(output.messages.map((m) => m.ruleId)).toContain('headline-missing');
  });
});
