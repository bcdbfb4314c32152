/**
 * The accuracy each evaluation set must keep (floors.json): one place for the
 * figures `npm run accuracy -- --check` and the accuracy guard test enforce.
 */
import { readFileSync } from 'node:fs';
import type { Figures } from './score.ts';

export const GUARDED = ['headlineF1', 'authorF1', 'city', 'theme', 'date', 'conservation'] as const;
export type GuardedFigure = (typeof GUARDED)[number];

export type Floors = Partial<Record<GuardedFigure, number>> & { maxRefused?: number };

const LABELS: Record<GuardedFigure, string> = {
  headlineF1: 'headline F1',
  authorF1: 'author F1',
  city: 'city',
  theme: 'theme',
  date: 'issue date',
  conservation: 'conservation',
};

export const FLOORS_FILE = new URL('./floors.json', import.meta.url);

export function loadFloors(file: URL | string = FLOORS_FILE): Record<string, Floors> {
  const { about: _about, ...sets } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Floors | string>;
  return sets as Record<string, Floors>;
}

function figure(figures: Figures, name: GuardedFigure): number {
  switch (name) {
    case 'headlineF1': return figures.headline.f1;
    case 'authorF1': return figures.authors.f1;
    case 'date': return figures.date.rate;
    default: return figures[name];
  }
}

/** What the floors guard, for a test's name: `headline F1 ≥ 0.95, …, refused ≤ 0`. */
export function describeFloors(floors: Floors): string {
  const guarded = GUARDED.filter((name) => floors[name] !== undefined).map((name) => `${LABELS[name]} ≥ ${floors[name]}`);
  return [...guarded, ...(floors.maxRefused === undefined ? [] : [`refused ≤ ${floors.maxRefused}`])].join(', ');
}

/** Each figure below its floor, as a sentence; empty when all hold. */
export function shortfalls(figures: Figures, floors: Floors): string[] {
  const below = GUARDED.flatMap((name) => {
    const floor = floors[name];
    const value = figure(figures, name);
    return floor !== undefined && value < floor ? [`${LABELS[name]} ${value.toFixed(4)} is below its floor ${floor}`] : [];
  });
  const refused = floors.maxRefused !== undefined && figures.refused > floors.maxRefused ? [`${figures.refused} refused issue(s), more than ${floors.maxRefused}`] : [];
  return [...below, ...refused];
}
