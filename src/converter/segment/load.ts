/** The only file access of the segment stage: its data files under data/. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBylineRoles } from '../byline/load.ts';
import type { SegmentLexicon } from './assemble.ts';
import { parseSegmentCues, type SegmentCues } from './cues.ts';
import { parseFurnitureCues, type FurnitureCues } from './furniture/index.ts';

export const CUES_FILE = join('segment', 'cues.tsv');
export const FURNITURE_FILE = join('segment', 'furniture.yaml');

export function loadFurnitureCues(dataDir: string): FurnitureCues {
  const file = join(dataDir, FURNITURE_FILE);
  return parseFurnitureCues(readFileSync(file, 'utf8'), file);
}

export function loadSegmentCues(dataDir: string): SegmentCues {
  const file = join(dataDir, CUES_FILE);
  return parseSegmentCues(readFileSync(file, 'utf8'), file);
}

export function loadSegmentLexicon(dataDir: string): SegmentLexicon {
  return { roles: loadBylineRoles(dataDir), cues: loadSegmentCues(dataDir), furniture: loadFurnitureCues(dataDir) };
}
