import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/index.js';

// Pieces of real news Arabic, mixed with the hard parts: diacritics, tatweel, proclitics,
// quotes, invisibles, Latin, digits, emoji and lone surrogates.
const pieces = [
  'الرئيس', 'السوري', 'بشار', 'الأسد', 'وزير', 'الخارجية', 'وليد', 'المعلم', 'والعراق', 'بدمشق', 'للأمم', 'المتحدة',
  'الحكومة', 'العراقية', 'هيأة', 'الحشد', 'الشعبي', 'قال', 'إن', 'في', 'مدينة', 'الموصل', 'قناة', 'الجزيرة', 'لـ',
  'فالح', 'الفياض', '،', '.', '"', '“', '”', '(', ')', 'مُحَمَّد', 'الـــعراق', '\u200f', '\u200c', 'CNN', '2020', '٣٫٥', '🇸🇾', '\ud800', 'ﻻ',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).chain((words) =>
  fc.array(fc.constantFrom(' ', ' ', ' ', '\n', ''), { minLength: words.length, maxLength: words.length }).map((gaps) => words.map((w, i) => w + gaps[i]).join('')),
);

describe('entity invariants on generated text', () => {
  it('every entity slices back to its text, in order, without overlap', () => {
    fc.assert(
      fc.property(text, (t) => {
        const entities = extractEntities(t);
        let last = 0;
        for (const e of entities) {
          expect(t.slice(e.start, e.end)).toBe(e.text);
          expect(e.start).toBeGreaterThanOrEqual(last);
          expect(e.end).toBeGreaterThan(e.start);
          expect(['PER', 'LOC', 'ORG']).toContain(e.type);
          last = e.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('no entity starts with a proclitic joined by tatweel or ends in white space', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const e of extractEntities(t)) {
          expect(e.text).not.toMatch(/^[وفبلك]ـ/);
          expect(e.text).not.toMatch(/\s$/);
          expect(e.text).not.toMatch(/^\s/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('counterexamples fast-check once found', () => {
  it('a proclitic joined by tatweel never starts an entity, nor is one', () => {
    for (const t of ['” " الرئيس الموصل لـالأسد وزير الفياض 🇸🇾 ', 'قناة “ لـ ” ', '. للأمم الرئيس لـلـ . الحشد ']) {
      for (const e of extractEntities(t)) expect(e.text, t).not.toMatch(/^[وفبلك]ـ/);
    }
  });
});

describe('hostile input finishes and keeps the invariants', () => {
  it('one long word, diacritics only, controls, lone surrogates', () => {
    const inputs = ['ب'.repeat(200_000), '\u064e'.repeat(100_000), '\u202b\u200f'.repeat(50_000), '\ud800\udfff\udc00'.repeat(30_000), 'الرئيس '.repeat(20_000)];
    for (const t of inputs) {
      for (const e of extractEntities(t)) expect(t.slice(e.start, e.end)).toBe(e.text);
    }
  });
});
