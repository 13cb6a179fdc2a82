import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities, normalize, tokenize } from '../src/index.js';

// Arabic copied from PDFs keeps the presentation forms, among them the lam-alef ligatures ﻻ ﻷ ﻹ ﻵ,
// one code unit for two letters: a proclitic ل can share its code unit with a name's first letter.

/** The entities as `TYPE:search form`. */
const names = (text: string, tagger = false) => extractEntities(text, { tagger }).map((e) => `${e.type}:${normalize(e.text, 'search')}`);

describe('lam-alef ligatures copied from PDFs', () => {
  it('a name after a proclitic fused into ﻷ or ﻹ keeps its first letter', () => {
    // لأسامة written with the ligature ﻷ (ل + أ): the span cannot start inside the ligature, so it keeps it.
    const text = 'وجه الرئيس رسالة ﻷسامة بن ﻻدن';
    for (const tagger of [false, true]) {
      const [e] = extractEntities(text, { tagger });
      expect(e).toMatchObject({ type: 'PER', text: 'ﻷسامة بن ﻻدن' });
    }
  });

  it('وﻻ and فﻻ are the particle ولا, as when written with two letters', () => {
    for (const [plain, pdf] of <[string, string][]>[
      ['اتصل بكريستيانو ولا أتوقع مشاكل بينهما', 'اتصل بكريستيانو وﻻ أتوقع مشاكل بينهما'],
      ['فلا الرئيس ولا الحكومة اهتما بالأمر', 'فﻻ الرئيس وﻻ الحكومة اهتما بالأمر'],
    ]) {
      expect(names(pdf)).toEqual(names(plain));
      expect(names(pdf).join(' ')).not.toContain('ولا');
    }
  });

  it('no entity starts after anything but proclitic letters of its word', () => {
    const pieces = ['ﻷسامة', 'ﻹسرائيل', 'ﻻيطاليا', 'وﻷحمد', 'ﻟﻠﻌﺮاق', 'بن', 'ﻻدن', 'محمد', 'زار', 'الرئيس', 'وصل', 'إلى', 'رسالة', 'من'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }), (words) => {
        const text = words.join(' ');
        const tokens = tokenize(text);
        for (const e of extractEntities(text, { tagger: false })) {
          const t = tokens.find((x) => x.start <= e.start && e.start < x.end)!;
          expect(normalize(text.slice(t.start, e.start), 'search'), `${text} → ${e.text}`).toMatch(/^[وفبكل]{0,2}$/);
        }
      }),
      { numRuns: 150 },
    );
  });
});
