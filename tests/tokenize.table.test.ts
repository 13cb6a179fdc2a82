import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, type NormalizeOptions } from '../src/normalize/index.js';
import { TOKEN_KINDS, tokenize, tokenTable, type Token, type TokenTable } from '../src/tokenize/index.js';
import { mixedText } from './tokenize.helpers.js';

const presets = fc.constantFrom<NormalizeOptions>('display', 'standard', 'search', { preset: 'search', alef: false }, { digits: 'latin' });

/** The table's tokens read column by column (no `token(i)`): what each column says. */
function columns(table: TokenTable): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < table.length; i++) {
    out.push({ text: table.text(i), start: table.start[i]!, end: table.end[i]!, kind: TOKEN_KINDS[table.kind[i]!]!, norm: table.norm(i) });
  }
  return out;
}

/** '' when the table's offsets are in order and slice back to `text(i)`, else the first violation. */
function offsetError(text: string, table: TokenTable): string {
  let prev = 0;
  for (let i = 0; i < table.length; i++) {
    const a = table.start[i]!;
    const b = table.end[i]!;
    if (!(a >= prev && b > a && b <= text.length)) return `token ${i} [${a},${b}) after ${prev}`;
    if (text.slice(a, b) !== table.text(i)) return `token ${i} does not slice back`;
    prev = b;
  }
  return '';
}

describe('tokenTable', () => {
  it('holds the tokens of a news sentence as columns', () => {
    const text = 'قالَ مصدرٌ لـCNN: ارتفع المؤشر ٣٫٥٪ في بغداد.';
    const table = tokenTable(text);
    expect(table.source).toBe(text);
    expect(table.length).toBe(11);
    expect(table.start).toBeInstanceOf(Uint32Array);
    expect(table.kind).toBeInstanceOf(Uint8Array);
    expect([table.text(2), table.kindName(2), table.norm(2)]).toEqual(['لـ', 'word', 'ل']);
    expect([table.text(3), table.kindName(3)]).toEqual(['CNN', 'latin']);
    expect([table.text(7), table.kindName(7), table.start[7], table.end[7]]).toEqual(['٣٫٥٪', 'number', 31, 35]);
    expect(table.norm(1)).toBe('مصدر');
    expect(table.token(10)).toEqual({ text: '.', start: 44, end: 45, kind: 'punct', norm: '.' });
    expect(tokenTable(text, { normalize: 'search' }).norms().slice(0, 2)).toEqual(['قال', 'مصدر']);
    expect(tokenTable('إلى المدرسة', { normalize: 'search' }).norms()).toEqual(['الي', 'المدرسه']);
  });

  it('agrees with tokenize token by token, for every normalisation', () => {
    fc.assert(
      fc.property(mixedText, presets, (text, normalizeOptions) => {
        const options = { normalize: normalizeOptions };
        const expected = tokenize(text, options);
        const table = tokenTable(text, options);
        expect(table.length).toBe(expected.length);
        // Read once before norms() is computed (norm(i) one by one), then through every other route.
        expect(columns(table)).toEqual(expected);
        expect(table.norms()).toEqual(expected.map((t) => t.norm));
        expect(columns(table)).toEqual(expected);
        expect(table.tokens()).toEqual(expected);
        expect(expected.map((_, i) => table.token(i))).toEqual(expected);
        for (let i = 0; i < table.length; i++) expect(table.kindName(i)).toBe(expected[i]!.kind);
      }),
      { numRuns: 1000 },
    );
  });

  it('offsets are monotone and slice back, on arbitrary UTF-16 strings too', () => {
    fc.assert(
      fc.property(fc.oneof(mixedText, fc.string({ unit: 'binary', maxLength: 60 })), (text) => {
        const table = tokenTable(text);
        expect(offsetError(text, table)).toBe('');
        for (let i = 0; i < table.length; i++) expect(table.norm(i)).toBe(normalize(table.text(i)));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives a long text the same tokens as tokenize (tokens past the spelling cache, long tokens)', () => {
    const long = 'https://example.com/' + 'a'.repeat(40);
    const text = Array.from({ length: 3000 }, (_, i) => `كلمة${i} مُحَمَّدٌ ${long}${i % 7} وإلى،`).join('\n');
    const table = tokenTable(text, { normalize: 'search' });
    expect(columns(table)).toEqual(tokenize(text, { normalize: 'search' }));
  });

  it('lists the kinds in the order of their codes, frozen', () => {
    expect(TOKEN_KINDS).toEqual(['word', 'latin', 'number', 'punct', 'symbol', 'url', 'email', 'hashtag', 'mention', 'emoji']);
    expect(Object.isFrozen(TOKEN_KINDS)).toBe(true);
    const table = tokenTable('قال @user: https://example.com 😀 #مصر ٣ a@b.co');
    expect(Array.from(table.kind, (k) => TOKEN_KINDS[k])).toEqual(tokenize(table.source).map((t) => t.kind));
  });

  it('rejects bad input with a TypeError or RangeError', () => {
    expect(() => tokenTable(42 as unknown as string)).toThrow(new TypeError('tokenTable: expected text to be a string, got number'));
    expect(() => tokenTable('نص', null as unknown as object)).toThrow(TypeError);
    expect(() => tokenTable('نص', { normalize: 'loud' as 'search' })).toThrow(RangeError);
    const table = tokenTable('نص قصير');
    for (const bad of [-1, 2, 0.5, Number.NaN]) {
      expect(() => table.token(bad)).toThrow(RangeError);
      expect(() => table.text(bad)).toThrow(RangeError);
      expect(() => table.norm(bad)).toThrow(RangeError);
      expect(() => table.kindName(bad)).toThrow(RangeError);
    }
    // A string index said "token index 1 out of range" in a table of two tokens.
    expect(() => table.token('1' as unknown as number)).toThrow(new TypeError('TokenTable: expected the token index to be a number, got string'));
    expect(() => table.text(undefined as unknown as number)).toThrow(/TokenTable: expected the token index to be a number, got undefined/);
    expect(tokenTable('').length).toBe(0);
    expect(tokenTable(' \n ').tokens()).toEqual([]);
  });
});
