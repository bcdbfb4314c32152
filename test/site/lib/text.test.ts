import { describe, expect, it } from 'vitest';
import { readingTime, readingTimeOfHtml } from '../../../src/site/lib/reading-time.ts';
import { t } from '../../../src/site/lib/i18n.ts';

describe('readingTime', () => {
  it('counts Han characters and Latin words apart, ignoring Markdown syntax', () => {
    const time = readingTime('## 小标题\n\n**义乌** 排污权 GEP VEP 2024\n\n| 序号 | 名称 |\n| --- | --- |\n| 1 | 公司 |');
    expect(time.han).toBe(3 + 2 + 3 + 2 + 2 + 2);
    expect(time.words).toBe(4);
    expect(time.minutes).toBe(1);
  });

  it('counts rendered HTML the same as its Markdown, tags and entities left out', () => {
    const html = '<h2 id="x">小标题</h2>\n<p><strong>义乌</strong> 排污权 GEP VEP 2024 &amp; A&#x26;B</p><div class="table-scroll"><table><tr><th>序号</th><th>名称</th></tr><tr><td>1</td><td>公司</td></tr></table></div>';
    expect(readingTimeOfHtml(html)).toEqual({ han: 3 + 2 + 3 + 2 + 2 + 2, words: 4 + 2, minutes: 1 });
  });

  it('gives about a minute per 400 characters', () => {
    expect(readingTime('字'.repeat(1200)).minutes).toBe(3);
    expect(readingTime('').minutes).toBe(1);
  });
});

describe('t', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('article.readingTime', { minutes: 3 })).toBe('约 3 分钟读完');
    expect(t('article.readingTime')).toBe('约 {minutes} 分钟读完');
  });

  it('names the configured site where a string says {site}', () => {
    expect(t('feed.themeTitle', { label: '科技' })).toBe('报摘 · 主题：科技');
    process.env['SITE_NAME'] = '潮州日报文摘';
    try {
      expect(t('feed.themeTitle', { label: '科技' })).toBe('潮州日报文摘 · 主题：科技');
    } finally {
      delete process.env['SITE_NAME'];
    }
  });
});
