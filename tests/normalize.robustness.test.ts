import { describe, expect, it } from 'vitest';
import { normalize, normalizeWithOffsets } from '../src/normalize/index.js';

// Large and hostile inputs: results must be right (no timing assertions here; see bench/).
describe('normalize: robustness', () => {
  it('removes 1,000,000 diacritics', () => {
    const marks = '\u064E\u0651\u0650\u0652'.repeat(250_000);
    expect(marks.length).toBe(1_000_000);
    expect(normalize(marks)).toBe('');
    expect(normalize(marks, 'display')).toBe(marks);
    const { text, toOriginal } = normalizeWithOffsets(marks, 'search');
    expect(text).toBe('');
    expect([...toOriginal]).toEqual([1_000_000]);
  });

  it('handles 10 MB without a single space', () => {
    const unit = 'مُسْتَشْفَىأإآـةؤئ١٢ﻻ';
    const big = unit.repeat(Math.ceil(10_000_000 / unit.length));
    const expectedUnit = 'مستشفيااا' + 'هوي' + '12' + 'لا';
    const out = normalize(big, 'search');
    expect(out.length).toBe(expectedUnit.length * (big.length / unit.length));
    expect(out.slice(0, expectedUnit.length * 3)).toBe(expectedUnit.repeat(3));
    expect(out.slice(-expectedUnit.length)).toBe(expectedUnit);
    const { text, toOriginal } = normalizeWithOffsets(big, 'search');
    expect(text).toBe(out);
    expect(toOriginal.length).toBe(text.length + 1);
    expect(toOriginal[text.length]).toBe(big.length);
    // The last ligature's two letters both map to its offset.
    expect(toOriginal[text.length - 1]).toBe(big.length - 1);
    expect(toOriginal[text.length - 2]).toBe(big.length - 1);
  });

  it('passes lone surrogates through, in order and unchanged', () => {
    const s = '\uD800\uD800ب\uDC00\uDFFF\u064E\uD83D' + '\uDE00'.repeat(3) + 'a\uDBFF';
    const expected = '\uD800\uD800ب\uDC00\uDFFF\uD83D' + '\uDE00'.repeat(3) + 'a\uDBFF';
    expect(normalize(s)).toBe(expected);
    expect(normalize(s, 'search')).toBe(expected);
    // Long enough to take the bulk-decoding path, still exact.
    const long = ('نص\uDC00 ').repeat(5000);
    expect(normalize(long, 'search')).toBe(long);
  });

  it('removes bidi controls everywhere, also in long text', () => {
    const controls = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C';
    const s = (controls + 'عربي' + controls + ' English ').repeat(10_000);
    expect(normalize(s, 'display')).toBe('عربي English '.repeat(10_000));
  });

  it('expands many ligatures in a row beyond the input length', () => {
    const s = '\uFDFA'.repeat(100_000);
    const out = normalize(s, 'display');
    expect(out).toBe('صلى الله عليه وسلم'.repeat(100_000));
    const { toOriginal } = normalizeWithOffsets(s, 'display');
    expect(toOriginal.length).toBe(out.length + 1);
    expect(toOriginal[18]).toBe(1);
    expect(toOriginal[out.length]).toBe(100_000);
  });

  it('keeps text made only of white space as one space or line break', () => {
    expect(normalize(' \u00A0\t'.repeat(100_000), 'search')).toBe(' ');
    expect(normalize(' \n'.repeat(100_000), 'search')).toBe('\n');
  });
});

describe('normalize: both internal strategies on large mixed text', () => {
  it('agree on 1 MB of mixed Arabic, emoji, invisibles, presentation forms and white space', async () => {
    const { compile, pass } = await import('../src/normalize/engine.js');
    const { resolveOptions } = await import('../src/normalize/options.js');
    const { PRESENTATION_FORMS } = await import('../src/normalize/presentation-forms.generated.js');
    const pieces = ['مُحَمَّدٌ', ' ', 'الـعراق', '\u00A0\u00A0', 'ﻻ', 'ﷺ', '👨\u200D👩', '\u200C', '\n \n', 'إلى', '٣٤', '؟', '\uD800', 'abc', '\uFE70'];
    let seed = 7;
    const parts: string[] = [];
    for (let len = 0; len < 1_000_000; ) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const p = pieces[seed % pieces.length]!;
      parts.push(p);
      len += p.length;
    }
    const big = parts.join('');
    for (const preset of ['display', 'standard', 'search'] as const) {
      const compiled = compile(resolveOptions('normalize', preset), PRESENTATION_FORMS);
      const a = pass(big, compiled, true, 'slices');
      const b = pass(big, compiled, true, 'buffer');
      expect(b.text === a.text).toBe(true);
      expect(b.toOriginal!.length).toBe(a.toOriginal!.length);
      let same = true;
      for (let k = 0; k < a.toOriginal!.length; k++) if (a.toOriginal![k] !== b.toOriginal![k]) same = false;
      expect(same).toBe(true);
      expect(normalize(a.text, preset) === a.text).toBe(true);
    }
  });
});

describe('normalize: the fixture news texts', () => {
  it('are normalised idempotently, with consistent offsets, under every preset', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const dir = new URL('../fixtures/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const original = readFileSync(new URL(f, dir), 'utf8');
      for (const preset of ['display', 'standard', 'search'] as const) {
        const { text, toOriginal } = normalizeWithOffsets(original, preset);
        expect(text).toBe(normalize(original, preset));
        expect(normalize(text, preset)).toBe(text);
        expect(toOriginal[text.length]).toBe(original.length);
        // Every normalised line maps back to original text that normalises to it.
        let a = 0;
        for (let b = 0; b <= text.length; b++) {
          if (b === text.length || text[b] === '\n') {
            const line = text.slice(a, b);
            expect(normalize(original.slice(toOriginal[a], toOriginal[b]), preset)).toBe(line);
            a = b + 1;
          }
        }
      }
    }
  });
});
