/** Bylines: the vocabulary (data/bylines/roles.tsv) and the printed forms it reads. */
export type { BylineRoles } from './roles.ts';
export { mentionsRole } from './names.ts';
export { looksLikeLeadByline, opensReport, parseNameLine, splitCredit, splitClosingNames, splitLeadByline, splitTrailingByline, type Byline, type Credit } from './forms.ts';
