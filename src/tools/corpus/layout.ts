/**
 * The printing conventions around the seed text: papers, page names, labels,
 * byline and credit templates. The data lives in layout.json; this module only
 * types it and fills its `{placeholder}` templates.
 */
import layoutData from './layout.json' with { type: 'json' };

export interface Paper {
  name: string;
  /** The city the paper's datelines and 共享联盟 credits name. */
  city: string;
}

export interface Layout {
  papers: Paper[];
  /** 版名 by page number (1-based); pages past the end reuse the last names. */
  pageNames: string[];
  /** Labels printed alone on a line: a page's section (专刊) or a column's (浙报观察). */
  sectionLabels: string[];
  /** Boxed slogans printed at the foot of some pages. */
  slogans: { title: string; lines: string[] }[];
  roles: { reporter: string; correspondent: string; staffReporter: string; amateurPhotographer: string };
  bylines: { wire: string; dateline: string; datelineWire: string; staffLine: string; square: string; alliance: string };
  captionCredits: { photographer: string[]; supplied: string[] };
}

export const defaultLayout: Layout = layoutData;

/** Fill `{name}` placeholders; a placeholder without a value is a bug in the caller, so it throws. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`layout template "${template}" needs a value for {${key}}`);
    return String(value);
  });
}
