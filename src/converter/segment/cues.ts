/**
 * Page furniture known by its words (data/segment/cues.tsv): column labels
 * (专刊, 浙报观察), the first line of a slogan block, characters that never
 * open a sentence (的: a line followed by one is a column-break fragment) and
 * characters that never close a headline (…“大水漫灌”式 is half a sentence).
 */
import { DataFileError, parseTsv } from '../../data-files/tsv.ts';

export const CUE_KINDS = ['section-label', 'slogan', 'non-initial', 'non-final'] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export interface SegmentCues {
  sectionLabels: ReadonlySet<string>;
  slogans: ReadonlySet<string>;
  nonInitial: ReadonlySet<string>;
  nonFinal: ReadonlySet<string>;
}

function isCueKind(kind: string): kind is CueKind {
  return (CUE_KINDS as readonly string[]).includes(kind);
}

export function parseSegmentCues(text: string, file: string): SegmentCues {
  const byKind: Record<CueKind, Set<string>> = { 'section-label': new Set(), slogan: new Set(), 'non-initial': new Set(), 'non-final': new Set() };
  for (const { line, fields } of parseTsv(text, file, ['cue', 'kind'])) {
    const cue = fields['cue'] ?? '';
    const kind = fields['kind'] ?? '';
    if (!isCueKind(kind)) throw new DataFileError(file, line, `unknown kind "${kind}"; expected one of ${CUE_KINDS.join(', ')}`);
    if ((kind === 'non-initial' || kind === 'non-final') && [...cue].length !== 1) throw new DataFileError(file, line, `a ${kind} cue is one character, found "${cue}"`);
    byKind[kind].add(cue);
  }
  return { sectionLabels: byKind['section-label'], slogans: byKind.slogan, nonInitial: byKind['non-initial'], nonFinal: byKind['non-final'] };
}
