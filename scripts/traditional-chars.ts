/**
 * `npm run search:traditional`: writes data/search/traditional-chars.json,
 * every character a rule of the traditional → simplified dictionaries search
 * folds with (src/search/simplify.ts) changes. The search page loads the
 * dictionaries (~60 KB) only for a query holding one of these: no other text
 * can be changed by them. test/search/traditional.test.ts checks
 * the file against the installed opencc-js.
 */
import { writeFile } from 'node:fs/promises';
import { EXIT, helpText, main, parseFlags } from '../src/cli-kit/index.ts';
import { changedCharacters } from '../src/search/index/traditional-source.ts';

const COMMAND = {
  usage: 'npm run search:traditional',
  summary: 'Write data/search/traditional-chars.json: every character the traditional → simplified folding of search changes.',
  flags: { help: { type: 'boolean', short: 'h', description: 'show this help' } },
} as const;

main('traditional-chars', async () => {
  const { values } = parseFlags(process.argv.slice(2), COMMAND);
  if (values.help) {
    process.stdout.write(helpText(COMMAND));
    return EXIT.ok;
  }
  const chars = await changedCharacters();
  await writeFile(new URL('../data/search/traditional-chars.json', import.meta.url), `${JSON.stringify({ chars })}\n`);
  process.stderr.write(`traditional-chars: ${Array.from(chars).length} characters\n`);
  return EXIT.ok;
});
