/** Bylines: the vocabulary (data/bylines/roles.tsv) and the printed forms it reads. */
export { MARKER_KINDS, bylineRoles, parseBylineRoles, type BylineMarker, type BylineRoles, type MarkerKind } from './roles.ts';
export { mentionsRole, parseAuthors, splitTokens } from './names.ts';
export { isBareName, isPersonName, splitPersonNames } from './person.ts';
export { looksLikeLeadByline, opensReport, parseNameLine, splitCredit, splitClosingNames, splitLeadByline, splitTrailingByline, type Byline, type Credit, type SplitByline } from './forms.ts';
