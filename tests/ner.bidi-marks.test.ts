import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities, normalize, tokenize } from '../src/index.js';

// Text copied from the web carries bidi marks and other invisible format characters around quotes,
// brackets and Latin runs; the tokenizer keeps them inside the token they touch (`«\u200F`,
// `WHO\u200E`). The rules must read those tokens as the marks and words they are.
const INVISIBLES: [string, string][] = [
  ['RLM', '\u200F'],
  ['LRM', '\u200E'],
  ['ALM', '\u061C'],
  ['ZWSP', '\u200B'],
  ['BOM', '\uFEFF'],
  ['WJ', '\u2060'],
];

/** The entities as `TYPE:search form`, so that the same names with invisibles inside compare equal. */
const names = (text: string, tagger = false) => extractEntities(text, { tagger }).map((e) => `${e.type}:${normalize(e.text, 'search')}`);

/** `text` with `mark` glued before (or after) every token that `which` accepts. */
function glue(text: string, mark: string, side: 'before' | 'after', which: (kind: string) => boolean): string {
  let out = '';
  let last = 0;
  for (const t of tokenize(text)) {
    out += text.slice(last, t.start);
    const glued = which(t.kind);
    out += (glued && side === 'before' ? mark : '') + t.text + (glued && side === 'after' ? mark : '');
    last = t.end;
  }
  return out + text.slice(last);
}

const SENTENCES: [string, string[]][] = [
  ['نشرت صحيفة « الصباح » تقريرا عن الانتخابات', ['ORG:الصباح']],
  ['نشرت مجلة "العربي" ملفا عن الشعر', ['ORG:العربي']],
  ['تخرج من جامعة « كولومبيا » عام 1990', ['ORG:كولومبيا']],
  ['أعلنت منظمة الصحة العالمية (WHO) أن الوباء انحسر', ['ORG:منظمه الصحه العالميه', 'ORG:WHO']],
  ['أعلنت شركة « إي-أون » الألمانية عن أرباحها', ['ORG:اي-اون']],
  ['يعمل في مصرف « إتش.إس.بي.سي » منذ سنوات', ['ORG:اتش.اس.بي.سي']],
  ['أعلن حزب العمال (Labour Party) فوزه', ['ORG:حزب العمال', 'ORG:Labour Party']],
  ['بيروت (رويترز) - قال مسؤول في الحكومة اللبنانية', ['LOC:بيروت', 'ORG:رويترز', 'ORG:الحكومه اللبنانيه']],
];

describe('invisible marks glued to punctuation and Latin words change no entity', () => {
  it.each(SENTENCES)('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
    for (const [, mark] of INVISIBLES) {
      for (const side of ['before', 'after'] as const) {
        const marked = glue(text, mark, side, (kind) => kind === 'punct' || kind === 'latin');
        expect(names(marked), JSON.stringify(marked)).toEqual(expected);
      }
    }
  });

  it('with the tagger too: an RLM after the opening guillemet keeps the newspaper', () => {
    expect(names('نشرت صحيفة «\u200Fالصباح» تقريرا', true)).toEqual(['ORG:الصباح']);
    expect(names('أعلنت منظمة الصحة العالمية (WHO\u200E) أن الوباء انحسر', true)).toEqual(['ORG:منظمه الصحه العالميه', 'ORG:WHO']);
  });

  it('a mark after a word keeps the word endings the rules read (ة, a pronoun suffix)', () => {
    // The ة of مرفوقة ends the name; موته is موت + ه, no place.
    for (const [, mark] of INVISIBLES) {
      expect(names(`وصلت السيدة ساركوزي مرفوقة${mark} بابنتها`)).toEqual(names('وصلت السيدة ساركوزي مرفوقة بابنتها'));
      expect(names(`أوصى أن يدفن الى جانبه بعد موته${mark} .`)).toEqual([]);
    }
  });

  it('holds on generated sentences with marks at random token edges', () => {
    const pieces = SENTENCES.map(([s]) => s);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...INVISIBLES.map(([, c]) => c)),
        fc.constantFrom('before', 'after') as fc.Arbitrary<'before' | 'after'>,
        fc.constantFrom('punct', 'latin', 'word'),
        (parts, mark, side, kind) => {
          const text = parts.join('. ');
          expect(names(glue(text, mark, side, (k) => k === kind))).toEqual(names(text));
        },
      ),
      { numRuns: 60 },
    );
  });
});
