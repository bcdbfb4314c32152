/**
 * The byline vocabulary (data/bylines/roles.tsv): which tokens are role
 * markers (记者), organisation prefixes (共享联盟) or photo-credit words (摄,
 * 供图), and which role each records. Kept as data so a new paper's wording is
 * a row, not a code change.
 */
import { DataFileError, parseTsv } from '../data/tsv.ts';

export const MARKER_KINDS = ['role', 'org', 'credit', 'credit-lead', 'credit-close'] as const;
export type MarkerKind = (typeof MARKER_KINDS)[number];

export interface BylineMarker {
  marker: string;
  /** The role recorded for the names the marker governs; null when it names none. */
  records: string | null;
  kind: MarkerKind;
}

export interface BylineRoles {
  /** Markers by their printed token, for exact lookups. */
  byToken: ReadonlyMap<string, BylineMarker>;
  /** Organisation prefixes, longest first (共享联盟·湖州 starts with 共享联盟). */
  orgPrefixes: readonly BylineMarker[];
  /** Role markers longest first, to split a role glued to a name (记者陈晔). */
  rolePrefixes: readonly BylineMarker[];
}

function isMarkerKind(kind: string): kind is MarkerKind {
  return (MARKER_KINDS as readonly string[]).includes(kind);
}

const byLengthDescending = (a: BylineMarker, b: BylineMarker): number => b.marker.length - a.marker.length || a.marker.localeCompare(b.marker);

export function bylineRoles(markers: readonly BylineMarker[]): BylineRoles {
  return {
    byToken: new Map(markers.map((marker) => [marker.marker, marker])),
    orgPrefixes: markers.filter((m) => m.kind === 'org').sort(byLengthDescending),
    rolePrefixes: markers.filter((m) => m.kind === 'role').sort(byLengthDescending),
  };
}

export function parseBylineRoles(text: string, file: string): BylineRoles {
  const seen = new Set<string>();
  const markers = parseTsv(text, file, ['marker', 'kind']).map(({ line, fields }): BylineMarker => {
    const marker = fields['marker'] ?? '';
    const kind = fields['kind'] ?? '';
    if (!isMarkerKind(kind)) throw new DataFileError(file, line, `unknown kind "${kind}"; expected one of ${MARKER_KINDS.join(', ')}`);
    if (seen.has(marker)) throw new DataFileError(file, line, `marker "${marker}" is listed twice`);
    seen.add(marker);
    return { marker, records: fields['records'] || null, kind };
  });
  return bylineRoles(markers);
}
