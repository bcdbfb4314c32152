/**
 * The byline vocabulary (data/bylines/roles.tsv): which tokens are role
 * markers (记者), organisation prefixes (共享联盟), credit words (摄, 供图) or
 * parts of an outlet dateline (本报讯, 天门日报讯), and which role each
 * records; with the surnames that tell a person's name from other words. Kept
 * as data so a new paper's wording is a row, not a code change.
 */
import { DataFileError, parseTsv } from '../../data-files/tsv.ts';
import { surnameRanks, type Surnames } from './person.ts';

export const MARKER_KINDS = ['role', 'org', 'credit', 'credit-org', 'credit-lead', 'credit-close', 'dispatch', 'outlet', 'self', 'staff', 'place-end'] as const;
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
  /** Role markers of two or more characters, longest first: found inside a token (记者宋晓娜通讯员付一洲). */
  gluedRoles: readonly BylineMarker[];
  /** Credit words longest first: found at the end of a token (李丹摄, 吴雷报道). */
  gluedCredits: readonly BylineMarker[];
  /** Markers of one kind as printed, longest first (for building patterns). */
  markers: (kind: MarkerKind) => string[];
  /** Single and compound surnames (王, 欧阳) with their rank. */
  surnames: Surnames;
}

function isMarkerKind(kind: string): kind is MarkerKind {
  return (MARKER_KINDS as readonly string[]).includes(kind);
}

const byLengthDescending = (a: BylineMarker, b: BylineMarker): number => b.marker.length - a.marker.length || a.marker.localeCompare(b.marker);

export function bylineRoles(markers: readonly BylineMarker[], surnames: Iterable<string>): BylineRoles {
  const sorted = [...markers].sort(byLengthDescending);
  const byKind = new Map(MARKER_KINDS.map((kind) => [kind, sorted.filter((m) => m.kind === kind).map((m) => m.marker)]));
  return {
    byToken: new Map(markers.map((marker) => [marker.marker, marker])),
    orgPrefixes: sorted.filter((m) => m.kind === 'org'),
    // A one-character role (文, 图) is a role only as a token of its own: inside a token it is part of a name (邵进文).
    gluedRoles: sorted.filter((m) => m.kind === 'role' && m.marker.length > 1),
    gluedCredits: sorted.filter((m) => m.kind === 'credit'),
    markers: (kind) => byKind.get(kind) ?? [],
    surnames: surnameRanks(surnames),
  };
}

export function parseBylineRoles(text: string, file: string, surnames: Iterable<string> = []): BylineRoles {
  const seen = new Set<string>();
  const markers = parseTsv(text, file, ['marker', 'kind']).map(({ line, fields }): BylineMarker => {
    const marker = fields['marker'] ?? '';
    const kind = fields['kind'] ?? '';
    if (!isMarkerKind(kind)) throw new DataFileError(file, line, `unknown kind "${kind}"; expected one of ${MARKER_KINDS.join(', ')}`);
    if (seen.has(marker)) throw new DataFileError(file, line, `marker "${marker}" is listed twice`);
    seen.add(marker);
    return { marker, records: fields['records'] || null, kind };
  });
  return bylineRoles(markers, surnames);
}
