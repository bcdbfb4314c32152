/**
 * The segment stage: `segment(issue, lexicon)` turns a normalized issue into
 * articles; `loadSegmentLexicon(dataDir)` reads the data it needs
 * (data/bylines/roles.tsv, data/segment/cues.tsv, data/segment/furniture.yaml).
 */

export { segment } from './segment.ts';
export { SEGMENT_RULES, type SegmentRule } from './rules.ts';
export { parseSegmentCues, CUE_KINDS, type SegmentCues, type CueKind } from './cues.ts';
export { normalizePunctuation } from './punctuation.ts';
export { boldToStrong } from './emphasis.ts';
export { loadSegmentLexicon, loadSegmentCues } from './load.ts';
export type { SegmentLexicon } from './assemble.ts';
