/**
 * The frontmatter is written without the yaml package where it can be; these
 * tests hold it to exactly what the package writes, on the converter's shapes
 * and on strings full of characters YAML escapes.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { frontmatter, YAML_OPTIONS } from './index.ts';

const viaYaml = (data: Record<string, unknown>) => `---\n${stringify(data, YAML_OPTIONS)}---\n`;

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('', ' ', '义乌', '"引号"', 'a\\b', '行\n行', '---', '# 注', 'true', '2024-06-14', '1e3', 'null', '\u2028', '\u00a0', '\ud800', '👍', ' 前后 '),
);
const scalar = fc.oneof(text, fc.constant(null), fc.boolean(), fc.integer({ min: -5, max: 100000 }), fc.double());
const key = fc.constantFrom('title', 'role', 'name', 'order', 'tags', 'x');
const flatMap = fc.dictionary(key, scalar, { maxKeys: 3 });
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.array(flatMap, { maxLength: 3 }));

describe('frontmatter', () => {
  it('writes what the yaml package writes', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 5 }), (data) => {
        expect(frontmatter(data)).toBe(viaYaml(data));
      }),
      { numRuns: Number(process.env['FC_RUNS'] ?? 500) },
    );
  });

  // Found by the property above (seed -1659668054): String(-0) is "0", yaml writes -0.
  it('writes -0 as yaml does', () => {
    expect(frontmatter({ title: -0 })).toBe('---\ntitle: -0\n---\n');
    expect(frontmatter({ tags: [-0, 0] })).toBe(viaYaml({ tags: [-0, 0] }));
  });

  it('writes an article-shaped document directly, in yaml\'s layout', () => {
    const data = { title: '“积分制”助力垃圾分类工作', authors: [{ name: '杰克', role: null }], tags: ['垃圾分类', '积分制'], order: 7, dateInferred: false, captions: [] };
    expect(frontmatter(data)).toBe(viaYaml(data));
    expect(frontmatter(data)).toBe('---\ntitle: "“积分制”助力垃圾分类工作"\nauthors:\n  - name: "杰克"\n    role: null\ntags:\n  - "垃圾分类"\n  - "积分制"\norder: 7\ndateInferred: false\ncaptions: []\n---\n');
  });
});
