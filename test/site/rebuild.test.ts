/**
 * A rebuild into the same output and cache serves what the content says now:
 * an edited article (same size, modification time set back), a removed one
 * and a renamed one, with the stat-skipping loader (unchanged-files.ts) and
 * the HTML shelf (html-shelf.ts) between the builds.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert, scratchContent } from '../convert/run-cli.ts';
import { buildSite } from './helpers/dist.ts';

const ISSUE = [
  '---\ndate: 2024-03-05\n---',
  '# 杭州新建三座公园\n\n本报讯 杭州市今年新建三座城市公园，讲述了一件事情。',
  '# 宁波港口货运量创新高\n\n本报讯 宁波舟山港今年货运量再创新高，港口工人说起了一件事情。',
  '# 温州举办龙舟赛\n\n本报讯 温州市举办龙舟赛，观众讲述了一件事情。',
].join('\n\n');

const page = (out: string, slug: string) => join(out, 'articles', '2024-03-05', slug, 'index.html');

/** The article's body as the page shows it. */
const prose = (file: string) => /<div class="prose">(.*?)<\/div>/s.exec(readFileSync(file, 'utf8'))?.[1]?.trim();

describe('a rebuild after the content changed', () => {
  it('shows the edited article, drops the removed one and moves the renamed one', async () => {
    const content = scratchContent({ 'a.txt': `${ISSUE}\n` });
    expect((await convert(content)).code).toBe(0);
    const work = mkdtempSync(join(tmpdir(), 'digest-rebuild-'));
    const out = join(work, 'dist');
    const env = { CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'astro-cache') };
    const articles = join(content, 'articles', '2024-03-05');
    const edited = join(articles, 'hang-zhou-xin-jian-san-zuo-gong-yuan.md');
    // Whole seconds, so the time can be put back exactly (Node sets times to the microsecond).
    utimesSync(edited, 1_700_000_000, 1_700_000_000);
    await buildSite(out, env);
    expect(prose(page(out, 'hang-zhou-xin-jian-san-zuo-gong-yuan'))).toBe('<p>杭州市今年新建三座城市公园，讲述了一件事情。</p>');

    // The same number of bytes, and the modification time put back: only the change time tells.
    const before = statSync(edited, { bigint: true });
    writeFileSync(edited, readFileSync(edited, 'utf8').replaceAll('一件事情', '一件大事'));
    utimesSync(edited, 1_700_000_000, 1_700_000_000);
    expect(statSync(edited, { bigint: true })).toMatchObject({ size: before.size, mtimeNs: before.mtimeNs });
    rmSync(join(articles, 'ning-bo-gang-kou-huo-yun-liang-chuang.md'));
    const renamed = readFileSync(join(articles, 'wen-zhou-ju-ban-long-zhou-sai.md'), 'utf8').replace('slug: "wen-zhou-ju-ban-long-zhou-sai"', 'slug: "wen-zhou-long-zhou-sai"');
    writeFileSync(join(articles, 'wen-zhou-long-zhou-sai.md'), renamed);
    rmSync(join(articles, 'wen-zhou-ju-ban-long-zhou-sai.md'));
    const issue = join(content, 'issues', '2024-03-05.md');
    writeFileSync(
      issue,
      readFileSync(issue, 'utf8')
        .replace('articleCount: 3', 'articleCount: 2')
        .replace('  - "ning-bo-gang-kou-huo-yun-liang-chuang"\n', '')
        .replace('"wen-zhou-ju-ban-long-zhou-sai"', '"wen-zhou-long-zhou-sai"'),
    );
    await buildSite(out, env);

    expect(prose(page(out, 'hang-zhou-xin-jian-san-zuo-gong-yuan'))).toBe('<p>杭州市今年新建三座城市公园，讲述了一件大事。</p>');
    expect(existsSync(page(out, 'ning-bo-gang-kou-huo-yun-liang-chuang'))).toBe(false);
    expect(existsSync(page(out, 'wen-zhou-ju-ban-long-zhou-sai'))).toBe(false);
    expect(prose(page(out, 'wen-zhou-long-zhou-sai'))).toBe('<p>温州市举办龙舟赛，观众讲述了一件事情。</p>');
  }, 180_000);
});
