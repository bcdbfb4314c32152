import { describe, expect, it } from 'vitest';
import { siteIdentity } from '../../../src/site/lib/identity.ts';

describe('siteIdentity', () => {
  it('defaults to the UI strings, naming no province', () => {
    expect(siteIdentity({})).toEqual({ name: '报摘', nameLatin: 'Digest', tagline: '地方报纸文摘', description: expect.stringMatching(/^地方报纸的文摘档案/) });
  });

  it('takes each setting from the environment; a blank one keeps the default, an empty Latin name shows none', () => {
    const identity = siteIdentity({ SITE_NAME: '潮州报摘', SITE_TAGLINE: '  ', SITE_NAME_LATIN: '', SITE_DESCRIPTION: '潮州本地新闻文摘' });
    expect(identity).toEqual({ name: '潮州报摘', nameLatin: '', tagline: '地方报纸文摘', description: '潮州本地新闻文摘' });
  });
});
