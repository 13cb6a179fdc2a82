// How the built-in model's bytes travel in the bundle as text (src/ner/tagger/byte-text.ts): any
// bytes come back as they were, the text is printable ASCII a string literal needs no escape for,
// and a text no encoder wrote is a RangeError that says where it is wrong.
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeByteText, encodeByteText } from '../src/ner/tagger/byte-text.js';
import { packedModelText } from '../src/ner/tagger/generated/model.js';

/** Printable ASCII but the three characters a string literal escapes. */
const LITERAL_SAFE = /^[\x20\x21\x23-\x26\x28-\x5b\x5d-\x7e]*$/;

describe('encodeByteText and decodeByteText', () => {
  it('carry Arabic text encoded as UTF-8 (every byte ≥ 0x80) there and back', () => {
    const text = 'وصل الوفد العراقي إلى دمشق';
    const encoded = encodeByteText(new TextEncoder().encode(text));
    expect(encoded).toMatch(LITERAL_SAFE);
    expect(new TextDecoder().decode(decodeByteText(encoded))).toBe(text);
  });

  it('give back any bytes, each value once or many times (property)', () => {
    const skewed = fc.array(fc.constantFrom(0, 1, 255, 128, 34, 39, 92), { maxLength: 200 }).map((a) => Uint8Array.from(a));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 600 }), skewed), (bytes) => {
        const encoded = encodeByteText(bytes);
        expect(encoded).toMatch(LITERAL_SAFE);
        expect([...decodeByteText(encoded)]).toEqual([...bytes]);
      }),
    );
  });

  it('write the 90 most frequent values as one character and the others as two', () => {
    // 256 values, value v occurring 300 - v times: the ranks are the values.
    const bytes = Uint8Array.from(Array.from({ length: 256 }, (_, v) => Array<number>(300 - v).fill(v)).flat());
    const body = encodeByteText(bytes).length - 512;
    const singles = Array.from({ length: 90 }, (_, v) => 300 - v).reduce((a, b) => a + b, 0);
    expect(body).toBe(singles + 2 * (bytes.length - singles));
    expect([...decodeByteText(encodeByteText(bytes))]).toEqual([...bytes]);
  });

  it('write the same text for the same bytes', () => {
    const bytes = new TextEncoder().encode('الجامعة العربية في القاهرة');
    expect(encodeByteText(bytes)).toBe(encodeByteText(Uint8Array.from(bytes)));
  });
});

describe('the shipped model in text', () => {
  it('is printable ASCII, and gzip makes it smaller than the same bytes in base64', () => {
    const text = packedModelText();
    expect(text).toMatch(LITERAL_SAFE);
    const bytes = decodeByteText(text);
    expect(bytes.length).toBeGreaterThan(100_000);
    const base64 = Buffer.from(bytes).toString('base64');
    // 2026-12-07: 148.4 KB against 174.3 KB; the test holds the direction, not the figures.
    expect(gzipSync(text, { level: 9 }).length).toBeLessThan(0.9 * gzipSync(base64, { level: 9 }).length);
  });
});

describe('decodeByteText in a bare JavaScript realm (a vm context, an embedded engine)', () => {
  it("decodes the shipped model with no Buffer, atob or TextDecoder there (base64 once threw 'atob is not defined')", () => {
    const bundle = buildSync({ entryPoints: ['src/ner/tagger/byte-text.ts'], bundle: true, format: 'iife', globalName: 'byteText', write: false, charset: 'utf8' });
    const context: Record<string, unknown> = {};
    runInNewContext(bundle.outputFiles[0]!.text, context);
    expect(context.Buffer).toBeUndefined();
    expect(context.atob).toBeUndefined();
    const decode = (context.byteText as { decodeByteText(text: string): ArrayLike<number> }).decodeByteText;
    expect(Buffer.compare(Buffer.from(decode(packedModelText()) as Uint8Array), Buffer.from(decodeByteText(packedModelText())))).toBe(0);
  });
});

describe('decodeByteText on text no encoder wrote', () => {
  const good = encodeByteText(new TextEncoder().encode('بغداد'));
  const body = (s: string) => good.slice(0, 512) + s;

  it('throws a TypeError for what is not a string', () => {
    expect(() => decodeByteText(new Uint8Array(4) as unknown as string)).toThrow(TypeError);
    expect(() => decodeByteText(new Uint8Array(4) as unknown as string)).toThrow(/expected a string, got object/);
  });

  it('throws a RangeError for a text shorter than its header, or a header that is no order of 256 values', () => {
    expect(() => decodeByteText('00ff')).toThrow(/shorter than its 512-character header/);
    expect(() => decodeByteText('00' + good.slice(2))).toThrow(/header is damaged at character/);
    expect(() => decodeByteText('zz' + good.slice(2))).toThrow(/header is damaged at character 0/);
  });

  it('throws a RangeError naming the character that is outside the alphabet', () => {
    expect(() => decodeByteText(body('ب'))).toThrow(/character 512 \(U\+0628\) is not in the alphabet/);
    expect(() => decodeByteText(body('a"'))).toThrow(/character 513 \(U\+0022\)/);
  });

  it('throws a RangeError for an escape cut off or pointing past the 256 values', () => {
    // '}' and '~' are the escape characters: the last two of the alphabet.
    expect(() => decodeByteText(body('}'))).toThrow(/escape at character 512 is cut off/);
    expect(() => decodeByteText(body('}"'))).toThrow(/not in the alphabet/);
    expect(() => decodeByteText(body('~~'))).toThrow(RangeError);
    expect([...decodeByteText(body(''))]).toEqual([]);
  });
});
