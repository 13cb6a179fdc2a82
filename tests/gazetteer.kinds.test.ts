import { describe, expect, it } from 'vitest';
import { builtinGazetteer } from '../src/gazetteer/index.js';
import { KIND_NAMES } from '../src/gazetteer/encoding.js';
import { FEATURE_KINDS, ORG_KINDS } from '../scripts/gazetteer-data.js';

// decodeLine gives a built-in entry's kind as the literal of KIND_NAMES (so that the rules'
// `e.kind === 'country'` is an identity check); a kind that is not listed there would decode as a
// string of its own and silently lose that. The list must cover the data.
describe('the built-in kinds as literals', () => {
  it('lists every kind of the built-in gazetteer', () => {
    const kinds = new Set<string>();
    for (const e of builtinGazetteer().entries()) if (e.kind !== undefined) kinds.add(e.kind);
    expect(kinds.has('country')).toBe(true);
    expect(kinds.has('city')).toBe(true);
    expect([...kinds].filter((k) => !KIND_NAMES.has(k))).toEqual([]);
  });

  it("lists every kind the generator admits for features and organisations", () => {
    expect([...FEATURE_KINDS, ...ORG_KINDS].filter((k) => !KIND_NAMES.has(k))).toEqual([]);
  });

  it('maps each kind to itself', () => {
    for (const [k, v] of KIND_NAMES) expect(v).toBe(k);
  });
});
