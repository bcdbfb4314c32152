import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { it } from 'vitest';
import { loadLexicon } from '/work/main/src/lib/lexicon/index.ts';
import { convertText } from '/work/main/src/lib/pipeline.ts';
import { loadSegmentLexicon } from '/work/main/src/lib/segment/index.ts';
import { applyMutation, rawIssueArb } from '/work/main/test/property/mutations.ts';
const RAW = '/work/main/content/raw/';
const data = { segmentation: loadSegmentLexicon('/work/main/data'), lexicon: loadLexicon('/work/main/data'), corrections: { file: 'c', entries: [] } };
const seeds = new Map(readdirSync(RAW).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(RAW + f, 'utf8')]));
it('dbg', () => {
  let shown = 0;
  for (const s of fc.sample(rawIssueArb([...seeds.keys()]), { numRuns: 300, seed: 42 })) {
    const text = s.mutations.reduce(applyMutation, seeds.get(s.seed) ?? '');
    const r = convertText(text, s.seed, data);
    if (!r.ok && /no title|no body/.test(r.reason) && shown++ < 8) {
      const m = /line (\d+)/.exec(r.reason); const l = Number(m?.[1]);
      const lines = text.split(/\r\n|\r|\n/);
      console.log(r.reason, JSON.stringify(s.mutations.map(m=>m.kind+('text' in m ? ':'+m.text : ''))), '\n', lines.slice(Math.max(0,l-3), l+4).map((x,i)=>`${l-2+i}: ${x.slice(0,50)}`).join('\n'));
    }
  }
}, 120000);
