// The segmenter's word lists live in data/lexicon/segment/*.txt; scripts/gen-segment-lexicon.ts keys
// them as segment() reads a word and writes src/tokenize/segment-lexicon.generated.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSegmentLists, segmentKey, segmentLexiconModule } from '../scripts/segment-lexicon-data.js';
import { segment } from '../src/tokenize/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fs = { readdirSync: (d: string) => readdirSync(d), readFileSync: (p: string, e: 'utf8') => readFileSync(p, e) };

describe("the segmenter's word lists (data/lexicon/segment)", () => {
  it('are what the generated module holds (after an edit: npm run gen:segment-lexicon), without an error', () => {
    const errors: string[] = [];
    const lists = readSegmentLists(root, errors, fs);
    expect(errors).toEqual([]);
    expect(lists.map((l) => l.name).sort()).toEqual(['particle-bases', 'particle-bases-first-person', 'particle-bases-ni', 'protected', 'short-stems']);
    const shipped = readFileSync(new URL('../src/tokenize/segment-lexicon.generated.ts', import.meta.url), 'utf8');
    expect(shipped, 'run npm run gen:segment-lexicon').toBe(segmentLexiconModule(lists));
  });

  it('key a word as segment() reads it, and refuse a key that could never match or a word listed twice', () => {
    expect(segmentKey('فَلَسْطِين')).toBe('فلسطين');
    expect(segmentKey('بـغداد')).toBe('بغداد');
    expect(segmentKey('أنَّ')).toBe('أن');
    const errors: string[] = [];
    const files: Record<string, string> = { 'x.txt': '# a comment: وزير\nوَزير وزير\nCNN ٢٠ فلسطين\n' };
    const lists = readSegmentLists('/r', errors, { readdirSync: () => Object.keys(files), readFileSync: (p) => files[p.slice(p.lastIndexOf('/') + 1)]! });
    expect(lists).toEqual([{ name: 'x', words: ['وزير', 'فلسطين'] }]);
    expect(errors).toEqual([
      'data/lexicon/segment/x.txt:2: "وزير" is listed already (line 2)',
      'data/lexicon/segment/x.txt:3: "CNN" is not a word of Arabic letters (key "CNN")',
      'data/lexicon/segment/x.txt:3: "٢٠" is not a word of Arabic letters (key "٢٠")',
    ]);
  });

  it('hold what segment() keeps whole: a protected word with a clitic-like first letter, a short stem after a proclitic', () => {
    // وزارة is in protected.txt: not و + زارة. فهو: ف + هو (short-stems.txt).
    expect(segment('وزارة').stem.text).toBe('وزارة');
    expect(segment('والوزارة').proclitics.map((p) => p.text)).toEqual(['و', 'ال']);
    expect(segment('فهو').stem.text).toBe('هو');
  });
});
