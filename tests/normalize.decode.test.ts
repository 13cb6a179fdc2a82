import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUnits } from '../src/normalize/engine.js';
import { normalize } from '../src/index.js';

/** The normaliser writes its output into a Uint16Array and decodes it: in Node with Buffer, in browsers with TextDecoder or String.fromCharCode. */
describe('decodeUnits: Node and browser routes give the same string', () => {
  const routes = (units: number[]) => {
    const buf = new Uint16Array(units.length + 8);
    buf.set(units);
    const lone = units.some((u) => u >= 0xd800 && u <= 0xdfff);
    return {
      node: decodeUnits(buf, units.length, lone),
      browser: decodeUnits(buf, units.length, lone, null),
      expected: String.fromCharCode(...units),
    };
  };

  it('on Arabic text around the route thresholds (32 and 64 units)', () => {
    const text = 'وقال وزير الخارجية العراقي إن الحكومة ستعقد اجتماعاً في بغداد يوم الأحد المقبل لبحث الأزمة.';
    for (const n of [0, 1, 31, 32, 33, 63, 64, 65, text.length]) {
      const units = Array.from(text.slice(0, n), (c) => c.charCodeAt(0));
      const r = routes(units);
      expect(r.node).toBe(r.expected);
      expect(r.browser).toBe(r.expected);
    }
  });

  it('keeps lone surrogates as they are on both routes (no U+FFFD)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0x600, max: 0x6ff }), fc.integer({ min: 0xd800, max: 0xdfff }), fc.constant(0x20)), { maxLength: 300, size: 'max' }), (units) => {
        const r = routes(units);
        expect(r.node).toBe(r.expected);
        expect(r.browser).toBe(r.expected);
      }),
      { numRuns: 300 },
    );
  });

  it('normalize of a long text with a lone surrogate keeps it', () => {
    const text = 'أعلنت الحكومة السورية '.repeat(10) + '\ud83d' + ' في دمشق';
    const out = normalize(text, 'search');
    expect(out).toContain('\ud83d');
    expect(out.startsWith('اعلنت الحكومه السوريه')).toBe(true);
    expect(out.endsWith('\ud83d في دمشق')).toBe(true);
  });
});
