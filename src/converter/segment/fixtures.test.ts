/**
 * Fixture cases, one folder per heuristic under test/fixtures/segment/:
 * `input.txt` is a raw issue, `expected.json` what normalize + segment make of
 * it (articles, removed, and the messages as `line ruleId`). UPDATE=1 writes
 * them all, to be reviewed as a diff; without it a missing expected.json fails
 * the case, so a new fixture is never passed by its own output. Every case
 * also passes the no-loss ledger.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hanDifference } from '../../../test/seeds/han-ledger.ts';
import { severityOf } from '../messages.ts';
import { normalize } from '../normalize/index.ts';
import { loadSegmentLexicon, segment } from './index.ts';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/segment/', import.meta.url));
const lexicon = loadSegmentLexicon(fileURLToPath(new URL('../../../data/', import.meta.url)));
const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
  .map((entry) => entry.name)
  .sort();

describe('segment fixtures', () => {
  it.each(cases)('%s', (name) => {
    const folder = `${FIXTURES}${name}/`;
    const normalized = normalize(readFileSync(`${folder}input.txt`, 'utf8'), `${name}/input.txt`);
    const output = segment(normalized.issue, lexicon);
    const actual = {
      header: output.header,
      articles: output.articles,
      removed: output.removed,
      messages: [...normalized.messages, ...output.messages].map((m) => `${m.line ?? '-'} ${severityOf(m)} ${m.ruleId}`),
    };
    const expectedFile = `${folder}expected.json`;
    if (process.env['UPDATE']) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    if (!existsSync(expectedFile)) expect.fail(`${name}/expected.json is missing: write it with UPDATE=1 and review it`);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    expect(hanDifference(normalized.issue, output)).toEqual({});
  });
});
