import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  collapseWhitespace,
  expandPresentationForms,
  isSpace,
  normalize,
  normalizeAlef,
  normalizeAlefMaksura,
  normalizeDigits,
  normalizeHamza,
  normalizePersian,
  normalizePunctuation,
  normalizeTehMarbuta,
  normalizeWithOffsets,
  removeInvisibles,
  stripDiacritics,
  stripTatweel,
  type NormalizeOperations,
  type NormalizeOptions,
  type NormalizePreset,
} from '../src/normalize/index.js';
import { compile, pass } from '../src/normalize/engine.js';
import { resolveOptions } from '../src/normalize/options.js';
import { PRESENTATION_FORMS } from '../src/normalize/presentation-forms.generated.js';

const RUNS = Number(process.env.NORMALIZE_RUNS ?? 400);
const PRESETS: NormalizePreset[] = ['display', 'standard', 'search'];

const range = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((c) => String.fromCharCode(c));
const pieces = (s: string) => fc.constantFrom(...[...s]);

/** Presentation forms whose compatibility decomposition contains a space (isolated harakat, ﷺ, ﷻ). */
const spacedForm = (c: number) => String.fromCharCode(c).normalize('NFKC').includes(' ');

/** One "character" of generated Arabic-ish text. */
function unit(withSpacedForms: boolean): fc.Arbitrary<string> {
  const presentation = fc
    .oneof(fc.integer({ min: 0xfb50, max: 0xfdff }), fc.integer({ min: 0xfe70, max: 0xfeff }))
    .filter((c) => withSpacedForms || !spacedForm(c))
    .map((c) => String.fromCharCode(c));
  return fc.oneof(
    { weight: 30, arbitrary: range(0x0621, 0x064a) }, // letters (and tatweel)
    { weight: 6, arbitrary: pieces('أإآٱؤئءىةکیۀہھڪۃپچگژےۓ') },
    { weight: 10, arbitrary: range(0x064b, 0x065f) }, // tashkeel
    { weight: 3, arbitrary: pieces('\u0670\u0610\u061a\u06d6\u06dd\u06de\u06e5\u06ed\u08d3\u08e2\u08ff') },
    { weight: 4, arbitrary: pieces('ـ') },
    { weight: 6, arbitrary: presentation },
    { weight: 4, arbitrary: pieces('\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202e\u2066\u2069\ufeff\u00ad\u2060') },
    { weight: 4, arbitrary: pieces('👨👩👧🔥👍🏽🇮🇶') },
    { weight: 2, arbitrary: pieces('❤\ufe0f☠') },
    { weight: 2, arbitrary: range(0xd800, 0xdfff) }, // lone surrogates (or accidental pairs)
    { weight: 10, arbitrary: pieces(' \t\n\r\u00a0\u2003\u3000\u2028\u0085') },
    { weight: 4, arbitrary: pieces('٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789') },
    { weight: 3, arbitrary: pieces('،؛؟٪٫٬۔.,?!') },
    { weight: 3, arbitrary: pieces('abcXYZ') },
    { weight: 2, arbitrary: range(0, 0xffff) },
  );
}

const text = (withSpacedForms = true) =>
  fc.array(unit(withSpacedForms), { maxLength: 60 }).map((a) => a.join(''));

const operations: fc.Arbitrary<NormalizeOperations> = fc.record({
  diacritics: fc.boolean(),
  tatweel: fc.boolean(),
  alef: fc.boolean(),
  alefMaksura: fc.boolean(),
  tehMarbuta: fc.boolean(),
  hamza: fc.boolean(),
  persian: fc.boolean(),
  presentationForms: fc.boolean(),
  digits: fc.constantFrom('keep' as const, 'latin' as const, 'arabic' as const),
  punctuation: fc.boolean(),
  invisibles: fc.boolean(),
  whitespace: fc.boolean(),
});

const options: fc.Arbitrary<NormalizeOptions> = fc.oneof(
  fc.constantFrom<NormalizeOptions>(...PRESETS),
  operations,
  fc.record({ preset: fc.constantFrom(...PRESETS), alef: fc.boolean(), whitespace: fc.boolean() }),
);

describe('normalize: properties', () => {
  it.each(PRESETS)('is idempotent with preset %s', (preset) => {
    fc.assert(
      fc.property(text(), (t) => {
        const once = normalize(t, preset);
        expect(normalize(once, preset)).toBe(once);
      }),
      { numRuns: RUNS },
    );
  });

  it('is idempotent for random operation sets', () => {
    fc.assert(
      fc.property(text(), options, (t, o) => {
        const once = normalize(t, o);
        expect(normalize(once, o)).toBe(once);
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it('normalize(x) === normalizeWithOffsets(x).text', () => {
    fc.assert(
      fc.property(text(), options, (t, o) => {
        expect(normalizeWithOffsets(t, o).text).toBe(normalize(t, o));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same text and offsets with both internal strategies (slices, buffer)', () => {
    fc.assert(
      fc.property(text(), options, fc.boolean(), (t, o, withOffsets) => {
        const compiled = compile(resolveOptions('normalize', o), PRESENTATION_FORMS);
        const a = pass(t, compiled, withOffsets, 'slices');
        const b = pass(t, compiled, withOffsets, 'buffer');
        expect(b.text).toBe(a.text);
        expect(b.text).toBe(normalize(t, o));
        if (withOffsets) expect([...b.toOriginal!]).toEqual([...a.toOriginal!]);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('keeps every offset map as it was after later calls (short maps share one slab)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text(), options), { minLength: 2, maxLength: 40 }), (calls) => {
        const results = calls.map(([t, o]) => normalizeWithOffsets(t, o));
        const copies = results.map((r) => Int32Array.from(r.toOriginal));
        // Writing into one map changes no other map.
        for (const r of results) r.toOriginal.fill(-7);
        results.forEach((r, i) => {
          const [t, o] = calls[i]!;
          const fresh = normalizeWithOffsets(t, o);
          expect([...copies[i]!]).toEqual([...fresh.toOriginal]);
          expect(r.toOriginal.length).toBe(fresh.toOriginal.length);
          expect(r.toOriginal.every((v) => v === -7)).toBe(true);
        });
      }),
      { numRuns: RUNS / 4 },
    );
  });

  it('builds a monotone offset map with correct length and endpoints', () => {
    fc.assert(
      fc.property(text(), options, (t, o) => {
        const { text: out, toOriginal } = normalizeWithOffsets(t, o);
        expect(toOriginal).toBeInstanceOf(Int32Array);
        expect(toOriginal.length).toBe(out.length + 1);
        expect(toOriginal[out.length]).toBe(t.length);
        expect(toOriginal[0]).toBeGreaterThanOrEqual(0);
        for (let i = 1; i < toOriginal.length; i++) expect(toOriginal[i]!).toBeGreaterThanOrEqual(toOriginal[i - 1]!);
        // A code unit that is not produced by an operation maps to itself in the original.
        for (let i = 0; i < out.length; i++) {
          const c = out.charCodeAt(i);
          if (c >= 0xd800 && c <= 0xdfff) expect(t.charCodeAt(toOriginal[i]!)).toBe(c);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('round-trips every word through the offset map', () => {
    // Words are split at output white space that comes from white space in the original (not at
    // the spaces inside an expanded ligature). Forms that expand to a leading space (isolated
    // harakat such as U+FE70) are left out: their space merges into the run before them.
    fc.assert(
      fc.property(text(false), options, (t, o) => {
        const { text: out, toOriginal } = normalizeWithOffsets(t, o);
        const cuts: number[] = [];
        for (let j = 0; j < out.length; j++) {
          if (isSpace(out.charCodeAt(j)) && isSpace(t.charCodeAt(toOriginal[j]!))) cuts.push(j);
        }
        let a = 0;
        for (const b of [...cuts, out.length]) {
          if (b > a) {
            const word = out.slice(a, b);
            expect(normalize(t.slice(toOriginal[a], toOriginal[b]), o)).toBe(word);
          }
          a = b + 1;
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('named helpers agree with the single-operation option', () => {
    const none: NormalizeOperations = {
      diacritics: false,
      tatweel: false,
      alef: false,
      alefMaksura: false,
      tehMarbuta: false,
      hamza: false,
      persian: false,
      presentationForms: false,
      digits: 'keep',
      punctuation: false,
      invisibles: false,
      whitespace: false,
    };
    const helpers: [(t: string) => string, Partial<NormalizeOperations>][] = [
      [stripDiacritics, { diacritics: true }],
      [stripTatweel, { tatweel: true }],
      [normalizeAlef, { alef: true }],
      [normalizeAlefMaksura, { alefMaksura: true }],
      [normalizeTehMarbuta, { tehMarbuta: true }],
      [normalizeHamza, { hamza: true }],
      [normalizePersian, { persian: true }],
      [expandPresentationForms, { presentationForms: true }],
      [(t) => normalizeDigits(t, 'latin'), { digits: 'latin' }],
      [(t) => normalizeDigits(t, 'arabic'), { digits: 'arabic' }],
      [normalizePunctuation, { punctuation: true }],
      [removeInvisibles, { invisibles: true }],
      [collapseWhitespace, { whitespace: true }],
    ];
    fc.assert(
      fc.property(text(), (t) => {
        for (const [helper, op] of helpers) expect(helper(t)).toBe(normalize(t, { ...none, ...op }));
      }),
      { numRuns: RUNS },
    );
  });

  it('leaves text without Arabic, invisibles or special spaces unchanged under every preset', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (t) => {
        // ASCII has no target of any operation except white space and (for 'arabic') digits.
        expect(normalize(t, 'standard')).toBe(t);
        expect(normalize(t, 'display')).toBe(t);
        expect(normalize(t, { preset: 'search', whitespace: false })).toBe(t);
      }),
      { numRuns: RUNS },
    );
  });

  it('search output contains no targets of any search operation', () => {
    const targets = /[\u064B-\u065F\u0670\u0640أإآٱىةؤئکیۀ٠-٩۰-۹،؛؟\u200B\u200E\u200F\u061C\u00A0\t]|  |\n\n/u;
    fc.assert(
      fc.property(text(), (t) => {
        const out = normalize(t, 'search');
        expect(out).not.toMatch(targets);
        for (const ch of out) {
          const c = ch.charCodeAt(0);
          if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) expect(ch.normalize('NFKC')).toBe(ch);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
