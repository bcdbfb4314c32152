/**
 * The TypeScript scorer agrees with the dev set's reference scorer
 * (realpages `score.py`): on the perfect report (gold + sources, built by
 * `perfect_report.py`) every figure is 1, and on the converter's report at
 * b0e177e every count is the one score.py printed for it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreSet, SETS } from '../../src/tools/accuracy/evaluate.ts';
import { parseReport } from '../../src/tools/accuracy/report.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/realpages/', import.meta.url));
const scored = (report: string) => scoreSet(SETS.devset, parseReport(readFileSync(FIXTURES + report, 'utf8')));

describe('the dev set fixtures', () => {
  it('keep their bytes: r02 has CRLF line ends, r04 is GBK', () => {
    const r02 = readFileSync(`${FIXTURES}issues/r02_yongzhou_haixun.txt`);
    const r04 = readFileSync(`${FIXTURES}issues/r04_zhijiang_zhigong.txt`);
    expect(r02.includes('\r\n')).toBe(true);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(r04)).toThrow();
    expect(new TextDecoder('gbk').decode(r04)).toContain('之江职工报');
  });
});

describe('the perfect report', () => {
  const { figures } = scored('perfect-report.json');

  it('scores 1.000 on every figure', () => {
    expect(figures.articles).toEqual({ gold: 72, found: 72, matched: 72 });
    expect(figures.headline).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(figures.authors).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect([figures.city, figures.theme, figures.conservation, figures.refused]).toEqual([1, 1, 1, 0]);
    expect(figures.date).toEqual({ right: 11, dated: 11, rate: 1 });
  });
});

describe('the converter report at b0e177e, as score.py scored it', () => {
  const result = scored('baseline-report.json');

  // score.py's rows: gold, pred, matched, city, theme, authors tp/fp/fn, Han characters kept/raw.
  const SCORE_PY: Record<string, [number, number, number, number, number, number, number, number, number, number] | 'missing'> = {
    'r01_xizi_chengshi.txt': [6, 8, 6, 6, 4, 11, 1, 3, 1831, 1842],
    'r02_yongzhou_haixun.txt': [7, 7, 7, 6, 6, 8, 0, 3, 1227, 1399],
    'r03_hehu_zhoumo.txt': 'missing',
    'r04_zhijiang_zhigong.txt': [6, 3, 2, 2, 1, 1, 0, 1, 1158, 1165],
    'r05_bawu_xinwen.txt': [6, 3, 2, 1, 1, 0, 0, 4, 819, 901],
    'r06_zhexinan_shanshui.txt': [5, 5, 5, 5, 2, 5, 1, 4, 814, 859],
    'r07_taizhouwan_chenkan.txt': [6, 4, 2, 0, 2, 2, 0, 1, 1091, 1113],
    'r08_qilu_guancha.txt': [6, 4, 3, 0, 3, 1, 2, 3, 1842, 1847],
    'r09_jingchu_jianghuai.txt': [7, 8, 6, 0, 5, 1, 0, 8, 1847, 1859],
    'r10_zhongxi_lianbo.txt': [6, 5, 4, 0, 4, 3, 0, 4, 1300, 1613],
    'r11_minyuesu_zhoubao.txt': [6, 5, 2, 1, 1, 3, 0, 1, 1900, 1900],
    'r12_zhejiang_zonghe.txt': [5, 5, 5, 5, 4, 4, 0, 1, 1723, 1728],
  };

  it('has the same counts per issue', () => {
    const counts = Object.fromEntries(result.issues.map((issue) => [
      issue.source,
      issue.converted ? [issue.gold, issue.found, issue.matched, issue.city, issue.theme, issue.authors.tp, issue.authors.fp, issue.authors.fn, issue.han.kept, issue.han.raw] : 'missing',
    ]));
    expect(counts).toEqual(SCORE_PY);
  });

  it('has the same totals: title F1 0.682 (P 0.772 R 0.611), authors F1 0.678, city 0.591, theme 0.750, conservation 0.9585, date 0/10', () => {
    const { figures } = result;
    const rounded = (value: number, digits = 3) => Number(value.toFixed(digits));
    expect([figures.headline.f1, figures.headline.precision, figures.headline.recall, figures.authors.f1, figures.city, figures.theme].map((value) => rounded(value)))
      .toEqual([0.682, 0.772, 0.611, 0.678, 0.591, 0.75]);
    expect(rounded(figures.conservation, 4)).toBe(0.9585);
    expect(figures.date).toEqual({ right: 0, dated: 10, rate: 0 });
    expect(figures.refused).toBe(1);
  });
});
