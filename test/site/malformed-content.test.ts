/** A malformed content entry fails the build with a message naming the file and the field. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert, scratchContent } from '../convert/run-cli.ts';
import { buildSite } from './helpers/dist.ts';

describe('malformed content', () => {
  it('fails the build naming the file and the field', async () => {
    const converted = scratchContent({ 'a.txt': '---\ndate: 2024-03-05\n---\n# 标题一则\n\n正文第一段，讲述了一件事情。\n' });
    expect((await convert(converted)).code).toBe(0);
    const content = mkdtempSync(join(tmpdir(), 'digest-malformed-'));
    cpSync(converted, content, { recursive: true });
    const dir = join(content, 'articles', '2024-03-05');
    const [file = ''] = readdirSync(dir);
    const path = join(dir, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^theme: .*$/m, 'theme: "体育"'));

    const failure = await buildSite('dist-malformed', { CONTENT_DIR: content }).then(
      () => undefined,
      (error: Error & { stderr?: string; stdout?: string }) => `${error.message}\n${error.stdout ?? ''}\n${error.stderr ?? ''}`,
    );
    expect(failure).toBeDefined();
    expect(failure).toContain(file.replace(/\.md$/, ''));
    expect(failure).toMatch(/theme/);
  }, 120_000);
});
