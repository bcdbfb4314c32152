/**
 * Property-based tests of the whole converter (decode → … → serialize) over
 * the five sample issues damaged at random (test/property/mutations.ts). A
 * failure prints fast-check's seed and shrunk counterexample; replay it with
 * FC_SEED=<seed> (the run's seed, test/setup/fc-seed.global.ts) and
 * FC_PATH=<path>. FC_RUNS raises the number of runs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/converter/lexicon/index.ts';
import { severityOf } from '../../src/converter/messages.ts';
import { NORMALIZE_RULES } from '../../src/converter/normalize/header.ts';
import { normalize } from '../../src/converter/normalize/index.ts';
import { convertBytes, convertText, type ConverterData, type IssueConversion } from '../../src/converter/pipeline.ts';
import { loadSegmentLexicon } from '../../src/converter/segment/index.ts';
import { articleProblems, ledgerProblems, serializationProblems } from './invariants.ts';
import { ADDRESSES, applyMutation, encode, rawIssueArb, type RawIssueCase } from './mutations.ts';

const RAW = fileURLToPath(new URL('../../content/raw/', import.meta.url));
const DATA = fileURLToPath(new URL('../../data/', import.meta.url));
const data: ConverterData = {
  segmentation: loadSegmentLexicon(DATA),
  lexicon: loadLexicon(DATA),
  corrections: { file: 'corrections.yaml', entries: [] },
};
const seeds = new Map(
  readdirSync(RAW)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => [file, readFileSync(RAW + file, 'utf8')]),
);

function settings(numRuns: number): fc.Parameters<unknown> {
  const path = process.env['FC_PATH'];
  return {
    numRuns: Number(process.env['FC_RUNS'] ?? numRuns),
    ...(path === undefined ? {} : { path }),
    verbose: 1,
  };
}

function mutatedText(sample: RawIssueCase): string {
  return sample.mutations.reduce(applyMutation, seeds.get(sample.seed) ?? '');
}

/**
 * Failures a damaged file may rightly end in, by their exact reason. An article
 * without a headline or without text under its headline is never one:
 * segmentation makes a best effort and reports it instead.
 */
const FAIR_REASONS = new Set([
  'the file is empty (0 bytes)',
  'the text is neither valid UTF-8 nor GB18030/GBK Chinese, and has no UTF-16 byte-order mark',
  'the file has no text (only whitespace)',
  'no date: the text names no year and there is no header date; add a `---` header with `date: YYYY-MM-DD` or an issue correction',
  'no article could be recognised (no headline followed by body text)',
]);
const HEADER_RULES: readonly string[] = NORMALIZE_RULES;

/** A `---` line the damage put first opens a header: refusing a header that does not read is fair, nothing else is. */
function isHeaderRefusal(text: string, result: Extract<IssueConversion, { ok: false }>): boolean {
  const errors = result.messages.filter((message) => severityOf(message) === 'error');
  return (
    /^\uFEFF?---\s*(\r?\n|$)/u.test(text) &&
    errors.length > 0 &&
    errors.every((message) => HEADER_RULES.includes(message.ruleId ?? '')) &&
    result.reason === errors.map((message) => message.reason).join('; ')
  );
}

/** Everything that must hold of one conversion of `text`. */
function problems(text: string, result: IssueConversion): string[] {
  if (!result.ok) return FAIR_REASONS.has(result.reason) || isHeaderRefusal(text, result) ? [] : [`unfair failure: ${result.reason}`];
  const input = normalize(text, result.issue.source).issue;
  return [...articleProblems(result.issue), ...serializationProblems(result.issue), ...ledgerProblems(input, result.issue)];
}

describe('the converter on damaged sample issues', () => {
  it('never throws, and what it publishes is titled, has a body, reads back, carries no markup and loses no text', () => {
    fc.assert(
      fc.property(rawIssueArb([...seeds.keys()]), (sample) => {
        const text = mutatedText(sample);
        const fromBytes = convertBytes(encode(text, sample.encoding), sample.seed, data);
        expect(problems(text, fromBytes)).toEqual([]);
        // Stored in any accepted encoding, the text converts as it does from a string.
        if (fromBytes.ok) expect(fromBytes).toEqual(convertText(text, sample.seed, data));
      }),
      settings(120),
    );
  });

  it('publishes the undamaged text in every encoding and line-break style', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds.keys()), fc.constantFrom<'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le-bom' | 'utf-16be-bom'>('utf-8', 'utf-8-bom', 'gb18030', 'utf-16le-bom', 'utf-16be-bom'), fc.boolean(), (seed, encoding, crlf) => {
        const text = crlf ? (seeds.get(seed) ?? '').replace(/\n/g, '\r\n') : (seeds.get(seed) ?? '');
        const result = convertBytes(encode(text, encoding), seed, data);
        expect(result.ok ? [] : [result.reason]).toEqual([]);
        expect(result).toEqual(convertText(seeds.get(seed) ?? '', seed, data));
      }),
      settings(25),
    );
  });

  // Full GFM would autolink URLs and e-mail addresses whatever the escaping; the site parses GFM tables only.
  it('never lets an address in the text become a link', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds.keys()), fc.constantFrom(...ADDRESSES), (seed, address) => {
        const text = applyMutation(seeds.get(seed) ?? '', { kind: 'insert-line', at: 0.5, text: address });
        expect(problems(text, convertText(text, seed, data))).toEqual([]);
      }),
      settings(5),
    );
  });
});

describe('the failures counted as fair', () => {
  const converted = (text: string) => convertText(text, 'x.txt', data);

  it('include a header the damage opened and that does not read', () => {
    const text = `---\n${seeds.values().next().value ?? ''}`;
    expect(converted(text).ok).toBe(false);
    expect(problems(text, converted(text))).toEqual([]);
  });

  it('exclude other failures, even ones that mention a header', () => {
    const crash: IssueConversion = { ok: false, source: 'x.txt', reason: 'internal converter error: cannot read properties of undefined (reading \'header\')', messages: [] };
    expect(problems('---\n', crash)).toEqual([`unfair failure: ${crash.reason}`]);
  });
});
