// chooseEntry (src/ner/known.ts) in one pass over a match's entries, against the rule it states:
// among the unambiguous entries when there is one, else among all, the first of the best
// `defaultRank`; tentative when every entry is ambiguous.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GazetteerEntry, GazetteerMatch } from '../src/gazetteer/index.js';
import { builtinGazetteer } from '../src/index.js';
import { chooseEntry } from '../src/ner/known.js';
import { defaultRank } from '../src/ner/link/choose.js';

/** The two-pass statement of the rule (the code before 2026-12-06 23:10). */
function reference(entries: readonly GazetteerEntry[]): { entry: GazetteerEntry | undefined; tentative: boolean } {
  const sure = entries.some((e) => !e.ambiguous);
  let best: GazetteerEntry | undefined;
  for (const e of entries) {
    if (sure && e.ambiguous) continue;
    if (best === undefined || defaultRank(e) < defaultRank(best)) best = e;
  }
  return { entry: best, tentative: !sure };
}

const matchOf = (entries: GazetteerEntry[]): GazetteerMatch => ({ start: 0, end: 1, tokenStart: 0, tokenEnd: 1, proclitic: '', entries }) as GazetteerMatch;

const entry = fc.record(
  {
    name: fc.constantFrom('عمان', 'الجزيرة', 'الأسد', 'دمشق'),
    type: fc.constantFrom('LOC', 'ORG', 'PER'),
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    aliases: fc.constant([] as string[]),
    kind: fc.constantFrom('country', 'city', 'media', 'person', undefined),
    ambiguous: fc.constantFrom(true, false, undefined),
  },
  { requiredKeys: ['name', 'type', 'aliases'] },
) as fc.Arbitrary<GazetteerEntry>;

describe('chooseEntry', () => {
  it('chooses as the two-pass rule does: random lists of entries of every type, kind and ambiguity', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 6 }), (entries) => {
        const got = chooseEntry(matchOf(entries));
        const want = reference(entries);
        expect(got.entry).toBe(want.entry);
        expect(got.tentative).toBe(want.tentative);
      }),
      { numRuns: 3000 },
    );
  });

  it('chooses as the two-pass rule does for every match of the built-in gazetteer over the fixtures’ names', () => {
    const g = builtinGazetteer();
    const text = 'زار الوفد عمان والجزيرة ودمشق وبغداد والقاهرة وقال مراسل الجزيرة إن الأسد التقى وفد الأردن في عمان';
    const matches = g.match(text);
    expect(matches.length).toBeGreaterThan(5);
    for (const m of matches) {
      const want = reference(m.entries);
      expect(chooseEntry(m)).toEqual({ entry: want.entry, tentative: want.tentative });
    }
  });
});
