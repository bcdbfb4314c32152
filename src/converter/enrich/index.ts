/**
 * Enrichment: what a segmented article is about. Pure functions; the lexicon
 * (gazetteer, taxonomy, stop list, calendar words) is passed in.
 */
export { classify, type Classification } from './classify.ts';
export { inferIssueDate, printedIssueDate } from './date.ts';
export { articleHome, homeRegion, type HomeEvidence } from './home.ts';
export { locate, type HomeRegion, type Location } from './locate.ts';
export { summarize } from './summarize.ts';
