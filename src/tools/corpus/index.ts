/**
 * The corpus generator: seed issues in, an endless-enough stream of realistic
 * raw issues out, one printed page each, with the clean articles behind every
 * page as ground truth. Pure: the caller reads the seeds and writes the files.
 *
 *   seeds → extractLexicon → (pageSlots × compose) → renderPage
 */
import type { IssueHeader } from '../../converter/types.ts';
import { pageSlots } from './calendar.ts';
import { composePhoto, composeStory, type CorpusArticle, type PageContext, type PunctuationStyle } from './compose.ts';
import type { Layout } from './layout.ts';
import type { Lexicon } from './lexicon.ts';
import { createRandom } from './random.ts';
import { renderPage, type NoiseCounts } from './render.ts';

export { extractLexicon, type Lexicon, type SeedText } from './lexicon.ts';
export { defaultLayout, type Layout } from './layout.ts';
export { createRandom, type Random } from './random.ts';
export { BYLINE_STYLES, type BylineStyle, type CorpusArticle, type CorpusBlock, type CorpusCaption } from './compose.ts';
export { NOISE_KINDS, type NoiseCounts, type NoiseKind } from './render.ts';

export interface CorpusOptions {
  /** Same seed (and lexicon, layout) → byte-identical issues. */
  seed: string;
  /** Issues to yield, counted from the corpus start. */
  issues: number;
  /** Skip the issues before this index (default 0): lets a caller append issues to an existing corpus. */
  first?: number | null | undefined;
  /** Date of the first issue, YYYY-MM-DD (default 2024-01-01). */
  start?: string | null | undefined;
  /** Paper name from the layout; default: one picked by the seed. */
  paper?: string | null | undefined;
}

export interface GeneratedIssue {
  index: number;
  /** File name for the raw issue, `2024-01-01_03`, sortable by date and page. */
  name: string;
  text: string;
  header: Required<IssueHeader>;
  articles: CorpusArticle[];
  noise: NoiseCounts;
}

const DEFAULT_START = '2024-01-01';
const STORIES_PER_PAGE = [6, 10] as const;
const PUNCTUATION: readonly (readonly [PunctuationStyle, number])[] = [
  ['half-width', 6],
  ['mixed', 3],
  ['full-width', 2],
];

function choosePaper(layout: Layout, options: CorpusOptions): Layout['papers'][number] {
  if (options.paper) {
    const paper = layout.papers.find((candidate) => candidate.name === options.paper);
    if (!paper) throw new RangeError(`unknown paper "${options.paper}"; the layout knows ${layout.papers.map((p) => p.name).join(', ')}`);
    return paper;
  }
  return createRandom(options.seed).fork('paper').pick(layout.papers);
}

export function generateIssue(lexicon: Lexicon, layout: Layout, header: Required<IssueHeader>, city: string, seed: string, index: number): GeneratedIssue {
  const random = createRandom(seed).fork(`issue:${index}`);
  const context: PageContext = { date: header.date, city, punctuation: random.weighted(PUNCTUATION) };
  const articles = Array.from({ length: random.int(...STORIES_PER_PAGE) }, (_, i) => composeStory(lexicon, context, layout, random.fork(`story:${i}`)));
  if (random.chance(0.3)) articles.splice(random.int(1, articles.length), 0, composePhoto(lexicon, context, layout, random.fork('photo')));
  const sectionLabel = random.chance(0.12) ? random.pick(layout.sectionLabels) : undefined;
  const slogan = layout.slogans.length > 0 && random.chance(0.05) ? random.pick(layout.slogans) : undefined;
  const rendered = renderPage(
    { header, articles, ...(sectionLabel ? { sectionLabel } : {}), ...(slogan ? { slogan } : {}) },
    random.fork('render'),
  );
  const name = `${header.date}_${header.page.padStart(2, '0')}`;
  return { index, name, text: rendered.text, header, articles, noise: rendered.noise };
}

/** Yield issues one at a time, so a caller can write each and keep nothing. */
export function* generateCorpus(lexicon: Lexicon, layout: Layout, options: CorpusOptions): Generator<GeneratedIssue> {
  const paper = choosePaper(layout, options);
  const first = options.first ?? 0;
  const calendar = createRandom(options.seed).fork('calendar');
  for (const slot of pageSlots(options.start ?? DEFAULT_START, calendar)) {
    if (slot.index >= options.issues) return;
    if (slot.index < first) continue;
    const edition = layout.pageNames[Math.min(slot.page, layout.pageNames.length) - 1] ?? '';
    const header = { paper: paper.name, date: slot.date, edition, page: String(slot.page) };
    yield generateIssue(lexicon, layout, header, paper.city, options.seed, slot.index);
  }
}
