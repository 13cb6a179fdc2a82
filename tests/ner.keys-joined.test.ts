import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/ner/index.js';
import { keysJoined } from '../src/ner/pipeline.js';
import { normalize } from '../src/normalize/index.js';
import { createDoc } from '../src/tokenize/document.js';

const fixtures = (): string[] => {
  const dir = new URL('../fixtures/', import.meta.url);
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, dir), 'utf8'));
};

/** Code units and strings that the 'search' form folds, drops, expands, collapses or keeps only in context. */
const units = [
  'ا', 'ب', 'ل', 'م', 'ي', 'ة', 'ى', 'أ', 'إ', 'آ', 'ؤ', 'ئ', 'ء', 'ٱ', 'ک', 'ی', '\u064B', '\u064E', '\u0651', '\u0670',
  'ـ', '\u200C', '\u200D', '\u200B', '\u00AD', '\u2066', '😀', '\uD83D', '\uDE00', 'ﻻ', 'ﷺ', 'ﷲ', '\uFE70', '\uFE72', '\uFE76',
  'ﺃ', 'ﻫ', '٣', '۳', '3', '،', '؛', '«', '»', '.', '-', 'A', 'z', ' ', ' ', ' ', '  ', '\u00A0', '\u2009', '\u3000', '\n', '\r\n', '\t', '\u2028',
];
const text = fc.array(fc.constantFrom(...units), { maxLength: 40 }).map((a) => a.join(''));

/** Every range of up to five tokens of `t` taken whole: where the keys join, they are the text's 'search' form. */
function check(t: string): number {
  const doc = createDoc(t);
  let joined = 0;
  for (let f = 0; f < doc.length; f++) {
    for (let l = f + 1; l <= Math.min(doc.length, f + 5); l++) {
      const start = doc.start(f);
      const end = doc.end(l - 1);
      const norm = keysJoined(doc, f, l, start, end);
      if (norm === undefined) continue;
      joined++;
      expect(norm).toBe(normalize(t.slice(start, end), 'search'));
    }
    // Not the whole tokens: never joined.
    if (doc.end(f) - doc.start(f) > 1) expect(keysJoined(doc, f, f + 1, doc.start(f) + 1, doc.end(f))).toBeUndefined();
  }
  return joined;
}

describe("a name's 'search' form from its tokens' keys", () => {
  it("equals normalize(surface, 'search') wherever the keys are joined (random text of folded, dropped, expanded and white-space units)", () => {
    let joined = 0;
    fc.assert(
      fc.property(text, (t) => {
        joined += check(t);
      }),
      { numRuns: 3000 },
    );
    expect(joined).toBeGreaterThan(3000);
  });

  it('equals it over the fixtures, and every entity norm is its text in search form', () => {
    for (const t of fixtures()) {
      check(t);
      for (const e of extractEntities(t)) expect(e.norm).toBe(normalize(e.text, 'search'));
    }
  });
});
