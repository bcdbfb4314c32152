/**
 * The segment stage: `segment(issue, lexicon)` turns a normalized issue into
 * articles; `loadSegmentLexicon(dataDir)` reads the data it needs
 * (data/bylines/roles.tsv, data/segment/cues.tsv, data/segment/furniture.yaml).
 */

export { segment } from './segment.ts';
export { loadSegmentLexicon } from './load.ts';
export type { SegmentLexicon } from './assemble.ts';
