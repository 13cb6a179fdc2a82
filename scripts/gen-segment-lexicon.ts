// Generates src/tokenize/segment-lexicon.generated.ts from the segmenter's word lists,
// data/lexicon/segment/*.txt: `npm run gen:segment-lexicon` after editing one of them
// (tests/segment.lexicon-data.test.ts fails until it is run). Every word goes through the key function
// of the segmenter, `segmentKey`: the letters of the word as segment() reads them (marks, tatweel
// and invisibles dropped; hamza forms kept, so a list holds أن and ان where news writes both). A word
// that is not Arabic letters, or that a list holds twice, is an error: such a key could never match,
// or would hide a typo.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { segmentLexiconModule, readSegmentLists } from './segment-lexicon-data.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const errors: string[] = [];
const lists = readSegmentLists(root, errors, { readdirSync, readFileSync });
if (errors.length) {
  console.error(`${errors.length} error(s) in data/lexicon/segment:\n  ${errors.join('\n  ')}`);
  process.exit(1);
}
const out = join(root, 'src', 'tokenize', 'segment-lexicon.generated.ts');
writeFileSync(out, segmentLexiconModule(lists));
console.log(`wrote ${out}: ${lists.map((l) => `${l.name} ${l.words.length}`).join(', ')}`);
