// The tagger's LINE_START flag (evidence.ts): the first token, and a token with a line break
// (LF, CR, U+2028, U+2029) between it and the token before. evidence asks only the first token of
// each sentence after the first (a line break between two tokens ends a sentence); this checks it
// against asking every token, as it did before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { taggerDocument } from '../src/ner/tagger/document.js';
import { FLAG } from '../src/ner/tagger/features.js';

/** LINE_START by its definition: the first token, or no `joined` with the token before. */
function expected(text: string): boolean[] {
  const { doc } = taggerDocument(text, 20);
  return Array.from({ length: doc.length }, (_, i) => i === 0 || !doc.joined(i - 1));
}

function actual(text: string): boolean[] {
  const { input } = taggerDocument(text, 20);
  return Array.from(input.flags, (f) => (f & FLAG.LINE_START) !== 0);
}

const words = ['قال', 'الرئيس', 'بشار', 'الأسد', 'في', 'دمشق', 'وزارة', 'الخارجية', '.', '،', ':', '!', '؟', '"', ')', '(', '2020', 'م.', 'أ.د.', 'CNN', 'Node.js', 'بـ', 'ـ', '\u200f', '\u200c'];
const gaps = [' ', ' ', ' ', '  ', '\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', '\t', ' \n ', '\n\n', '\u200f\n', ''];

describe('LINE_START', () => {
  it('marks the first word of each line: a dateline, a headline, lines ended by CR, U+2028 and U+2029', () => {
    const text = 'بغداد (رويترز)\nقال الرئيس إن الوضع مستقر\r\nوأضاف أن الحكومة\u2028 تعمل\u2029في دمشق . وفي القاهرة';
    const got = actual(text);
    expect(got).toEqual(expected(text));
    const { doc } = taggerDocument(text, 20);
    const starts = got.flatMap((s, i) => (s ? [doc.surface(i)] : []));
    expect(starts).toEqual(['بغداد', 'قال', 'وأضاف', 'تعمل', 'في']);
  });

  it('a text of one line starts a line at its first token only', () => {
    expect(actual('قال الرئيس بشار الأسد في دمشق . وقال إن')).toEqual([true, ...Array(8).fill(false)]);
  });

  it('agrees with asking every token, on random texts with every kind of break', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...gaps)), { minLength: 1, maxLength: 40 }), fc.constantFrom('', '\n', ' '), (parts, lead) => {
        const text = lead + parts.map(([w, g]) => w + g).join('');
        expect(actual(text)).toEqual(expected(text));
      }),
      { numRuns: 400 },
    );
  });
});
