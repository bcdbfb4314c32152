/**
 * The content contract: what the converter writes and the site, search and
 * tests read. This room owns the shape of the content (the issue and article
 * frontmatter schemas, schema.ts), its enums and the rules derived from them
 * (date sources and what "inferred" means, date.ts; the theme list,
 * themes.ts), where entries live and which site path each is published at
 * (paths.ts) and the slugs those paths are made of (slug.ts), the
 * frontmatter's text (frontmatter.ts), the Markdown dialect of bodies and the
 * text they show (markdown.ts), and the one way to read an entry back
 * (read.ts, validate.ts). Nothing else restates them. It imports
 * nothing from the converter, the site or search; date.ts, paths.ts,
 * slug.ts and schema.ts use no Node API, so browser code can import them.
 */
export * from './date.ts';
export * from './paths.ts';
export * from './slug.ts';
export * from './schema.ts';
export * from './themes.ts';
export * from './frontmatter.ts';
export * from './markdown.ts';
export * from './validate.ts';
export * from './read.ts';
