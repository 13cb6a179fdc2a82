// The built-in model's base64 decoder (src/ner/tagger/builtin.ts), which replaced atob on the cold path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64 } from '../src/ner/tagger/builtin.js';
import { MODEL_BASE64 } from '../src/ner/tagger/generated/model.js';

describe('fromBase64', () => {
  it('decodes Arabic text encoded as UTF-8', () => {
    const text = 'وصل الوفد العراقي إلى دمشق';
    const b64 = Buffer.from(text, 'utf8').toString('base64');
    expect(new TextDecoder().decode(fromBase64(b64))).toBe(text);
  });

  it('gives the bytes Node gives for the shipped model', () => {
    expect(Buffer.compare(Buffer.from(fromBase64(MODEL_BASE64)), Buffer.from(MODEL_BASE64, 'base64'))).toBe(0);
  });

  it('agrees with Node on any bytes, every length and padding (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect([...fromBase64(Buffer.from(bytes).toString('base64'))]).toEqual([...bytes]);
      }),
    );
  });

  it('refuses a character outside the alphabet (also one whose low 7 bits are a letter) and a bad length', () => {
    expect(() => fromBase64('ab$d')).toThrow(RangeError);
    expect(() => fromBase64('abŁd')).toThrow(/outside the base64 alphabet/);
    expect(() => fromBase64('abcde')).toThrow(/length/);
  });
});
