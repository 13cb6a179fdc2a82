// oneLine (token-index.ts): no line break (LF, CR, U+2028, U+2029) between two tokens of a document.
// It asks only the first token of each sentence after the first (a line break between two tokens
// ends a sentence); this checks it against asking every pair of tokens (the dateline rules that read
// it, datelinePlaces and datelineEntry, searched the text for a break before).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinGazetteer, builtinLexicon } from '../src/gazetteer/index.js';
import { oneLine } from '../src/ner/token-index.js';
import { Words } from '../src/ner/words.js';
import { createDoc } from '../src/tokenize/document.js';

/** By its definition: every pair of neighbouring tokens joined. */
function expected(w: Words): boolean {
  for (let i = 0; i + 1 < w.length; i++) if (!w.joined(i)) return false;
  return true;
}

function check(text: string): boolean {
  const w = new Words(createDoc(text), builtinLexicon(), builtinGazetteer());
  const got = oneLine(w);
  expect(got).toBe(expected(w));
  w.release();
  return got;
}

const words = ['قال', 'الرئيس', 'بشار', 'الأسد', 'في', 'دمشق', 'وزارة', 'الخارجية', '.', '،', ':', '!', '؟', '"', ')', '(', '2020', 'م.', 'أ.د.', 'CNN', 'Node.js', 'بـ', 'ـ', '\u200f', '\u200c', '-', 'رويترز'];
const gaps = [' ', ' ', ' ', '  ', '\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', '\t', ' \n ', '\n\n', '\u200f\n', ''];

describe('oneLine', () => {
  it('a dateline on its own line, lines ended by CR, U+2028 and U+2029; breaks only before or after the tokens', () => {
    expect(check('بغداد (رويترز)\nقال الرئيس إن الوضع مستقر')).toBe(false);
    expect(check('قال الرئيس إن الوضع مستقر .\r\nوأضاف أن الحكومة\u2028 تعمل\u2029في دمشق')).toBe(false);
    expect(check('\nقال الرئيس بشار الأسد في دمشق . وقال إن الوضع مستقر\n')).toBe(true);
    expect(check('قال الرئيس بشار الأسد في دمشق . وقال إن')).toBe(true);
  });

  it('agrees with asking every pair of tokens, on random texts with every kind of break', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...gaps)), { minLength: 1, maxLength: 40 }), fc.constantFrom('', '\n', ' '), (parts, lead) => {
        check(lead + parts.map(([w, g]) => w + g).join(''));
      }),
      { numRuns: 400 },
    );
  });
});
