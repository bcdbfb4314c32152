/**
 * Traditional → simplified folding for search (OpenCC's Taiwan → mainland
 * chain: variant phrases, then TSPhrases + TSCharacters). Both the index
 * builder and the browser use this exact converter, so 垃圾分類 and 長護險
 * find the simplified text. The browser loads this module lazily (about
 * 33 KB gzipped) so the search page's own script stays small.
 */
import { ConverterFactory } from 'opencc-js/core';
import fromTaiwan from 'opencc-js/from/tw';
import toMainland from 'opencc-js/to/cn';
import type { ToSimplified } from '../normalize.ts';

export const toSimplified: ToSimplified = ConverterFactory(fromTaiwan, toMainland);
