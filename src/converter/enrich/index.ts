/**
 * Enrichment: what a segmented article is about. Pure functions; the lexicon
 * (gazetteer, taxonomy, stop list, calendar words) is passed in.
 */
export { classify } from './classify.ts';
export { inferIssueDate, printedIssueDate } from './date.ts';
export { articleHome, homeRegion } from './home.ts';
export { locate } from './locate.ts';
export { summarize } from './summarize.ts';
