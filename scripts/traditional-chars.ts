/**
 * `npm run search:traditional`: writes data/search/traditional-chars.json,
 * every character a rule of the traditional → simplified dictionaries search
 * folds with (src/search/simplify.ts) changes. The search page loads the
 * dictionaries (~60 KB) only for a query holding one of these: no other text
 * can be changed by them. test/search/traditional.test.ts checks
 * the file against the installed opencc-js.
 */
import { writeFile } from 'node:fs/promises';
import { changedCharacters } from '../src/search/index/traditional-source.ts';

const chars = await changedCharacters();
await writeFile(new URL('../data/search/traditional-chars.json', import.meta.url), `${JSON.stringify({ chars })}\n`);
process.stderr.write(`traditional-chars: ${Array.from(chars).length} characters\n`);
