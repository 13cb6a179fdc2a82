// How the built-in model's base64 is decoded (src/ner/tagger/builtin.ts): Node's Buffer where there is
// one (the cold start), atob elsewhere (browsers); both must give the same bytes.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { base64Bytes } from '../src/ner/tagger/builtin.js';
import { packedModelBase64 } from '../src/ner/tagger/generated/model.js';

describe('base64Bytes', () => {
  it('decodes Arabic text encoded as UTF-8, with and without Node\'s Buffer', () => {
    const text = 'وصل الوفد العراقي إلى دمشق';
    const b64 = Buffer.from(text, 'utf8').toString('base64');
    expect(new TextDecoder().decode(base64Bytes(b64))).toBe(text);
    expect(new TextDecoder().decode(base64Bytes(b64, null))).toBe(text);
  });

  it('gives the same bytes of the shipped model both ways, as a plain Uint8Array', () => {
    const viaBuffer = base64Bytes(packedModelBase64());
    expect(viaBuffer.constructor).toBe(Uint8Array);
    expect(Buffer.compare(Buffer.from(viaBuffer), Buffer.from(base64Bytes(packedModelBase64(), null)))).toBe(0);
  });

  it('agrees both ways on any bytes, every length and padding (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const b64 = Buffer.from(bytes).toString('base64');
        expect([...base64Bytes(b64, null)]).toEqual([...bytes]);
        expect([...base64Bytes(b64)]).toEqual([...bytes]);
      }),
    );
  });
});

describe('base64Bytes without atob (a bare JavaScript realm: a vm context, an embedded engine)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("decodes the shipped model as atob does, so the built-in tagger loads there (it threw 'atob is not defined')", () => {
    const withAtob = base64Bytes(packedModelBase64(), null);
    vi.stubGlobal('atob', undefined);
    const without = base64Bytes(packedModelBase64(), null);
    expect(without.constructor).toBe(Uint8Array);
    expect(Buffer.compare(Buffer.from(without), Buffer.from(withAtob))).toBe(0);
    expect(new TextDecoder().decode(base64Bytes(Buffer.from('وصل الوفد العراقي إلى دمشق', 'utf8').toString('base64'), null))).toBe('وصل الوفد العراقي إلى دمشق');
  });

  it('agrees with Buffer on any bytes, every length and padding (property)', () => {
    vi.stubGlobal('atob', undefined);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect([...base64Bytes(Buffer.from(bytes).toString('base64'), null)]).toEqual([...bytes]);
      }),
    );
  });
});
