import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitIssue, contentLayout, isPublished, recover, stageIssue, unpublishIssue } from './files.ts';

function freshLayout() {
  return contentLayout(mkdtempSync(join(tmpdir(), 'digest-files-')));
}

const files = (version: string) => [
  { path: 'issues/2024-06-14.md', content: `issue ${version}` },
  { path: 'articles/2024-06-14/a.md', content: `a ${version}` },
];

describe('staged publishing', () => {
  it('publishes nothing until commit, then replaces the whole issue', async () => {
    const layout = freshLayout();
    await stageIssue(layout, '2024-06-14', files('v1'));
    expect(existsSync(join(layout.issues, '2024-06-14.md'))).toBe(false);
    await commitIssue(layout, '2024-06-14');
    expect(readFileSync(join(layout.articles, '2024-06-14', 'a.md'), 'utf8')).toBe('a v1');

    await stageIssue(layout, '2024-06-14', [{ path: 'issues/2024-06-14.md', content: 'issue v2' }, { path: 'articles/2024-06-14/b.md', content: 'b v2' }]);
    await commitIssue(layout, '2024-06-14');
    expect(readdirSync(join(layout.articles, '2024-06-14'))).toEqual(['b.md']);
    expect(readdirSync(layout.articles)).toEqual(['2024-06-14']);
    expect(readdirSync(layout.issues)).toEqual(['2024-06-14.md']);
  });

  it('recovers a swap interrupted between its renames', async () => {
    const layout = freshLayout();
    await stageIssue(layout, '2024-06-14', files('v1'));
    await commitIssue(layout, '2024-06-14');
    // As if killed right after moving the live folder aside:
    renameSync(join(layout.articles, '2024-06-14'), join(layout.articles, '.old-2024-06-14'));
    mkdirSync(join(layout.articles, '.tmp-2024-06-14'));
    writeFileSync(join(layout.issues, '.tmp-123'), 'half');
    const notes = await recover(layout);
    expect(notes).toHaveLength(1);
    expect(readFileSync(join(layout.articles, '2024-06-14', 'a.md'), 'utf8')).toBe('a v1');
    expect(readdirSync(layout.articles)).toEqual(['2024-06-14']);
    expect(readdirSync(layout.issues)).toEqual(['2024-06-14.md']);
  });

  it('unpublishes an issue', async () => {
    const layout = freshLayout();
    await stageIssue(layout, '2024-06-14', files('v1'));
    await commitIssue(layout, '2024-06-14');
    await unpublishIssue(layout, '2024-06-14');
    expect(readdirSync(layout.issues)).toEqual([]);
    expect(readdirSync(layout.articles)).toEqual([]);
  });

  it('knows an issue already published with exactly the same files', async () => {
    const layout = freshLayout();
    expect(isPublished(layout, '2024-06-14', files('v1'))).toBe(false);
    await stageIssue(layout, '2024-06-14', files('v1'));
    await commitIssue(layout, '2024-06-14');
    expect(isPublished(layout, '2024-06-14', files('v1'))).toBe(true);
    expect(isPublished(layout, '2024-06-14', files('v2'))).toBe(false);
    expect(isPublished(layout, '2024-06-14', [...files('v1'), { path: 'articles/2024-06-14/b.md', content: 'b v1' }])).toBe(false);
    writeFileSync(join(layout.articles, '2024-06-14', 'stray.md'), 'stray');
    expect(isPublished(layout, '2024-06-14', files('v1'))).toBe(false);
  });
});
