import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpace } from '../src/normalize/index.js';
import { sentences } from '../src/tokenize/index.js';
import { mixedText, spanInvariantError } from './tokenize.helpers.js';

const texts = (t: string) => sentences(t).map((s) => s.text);

describe('sentences', () => {
  it('splits on . ! ? ؟ … and keeps the punctuation', () => {
    expect(texts('وصل الوفد. هل انتهى؟ نعم! ربما… لا? حسنا')).toEqual(['وصل الوفد.', 'هل انتهى؟', 'نعم!', 'ربما…', 'لا?', 'حسنا']);
  });

  it('splits at line breaks and trims white space', () => {
    const text = '  سطر أول\nسطر ثان\r\n\r\n\t سطر ثالث  \u2029 رابع ';
    const s = sentences(text);
    expect(s.map((x) => x.text)).toEqual(['سطر أول', 'سطر ثان', 'سطر ثالث', 'رابع']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('counts a run of terminal marks once', () => {
    expect(texts('حقا؟! نعم!!! انتهى...')).toEqual(['حقا؟!', 'نعم!!!', 'انتهى...']);
  });

  it('does not split inside numbers, URLs or e-mails', () => {
    expect(texts('بلغ النمو 3.5 بالمئة و٣٫٥ في المئة. راجع www.example.com/a.b أو info@tahlil.org للمزيد. شكرا')).toEqual([
      'بلغ النمو 3.5 بالمئة و٣٫٥ في المئة.',
      'راجع www.example.com/a.b أو info@tahlil.org للمزيد.',
      'شكرا',
    ]);
  });

  it('does not split after single-letter abbreviations and their chains', () => {
    expect(texts('التقى د. أحمد مع أ.د. سمير في ص.ب. 123 ثم عاد.')).toEqual(['التقى د. أحمد مع أ.د. سمير في ص.ب. 123 ثم عاد.']);
    expect(texts('قال م. علي إن العمل بدأ')).toEqual(['قال م. علي إن العمل بدأ']);
  });

  it('ends the sentence at an era letter after a year followed by white space', () => {
    expect(texts('ولد عام 1950 م. وتوفي في بغداد.')).toEqual(['ولد عام 1950 م.', 'وتوفي في بغداد.']);
    expect(texts('بنيت عام 500 ق.م. وهي قديمة')).toEqual(['بنيت عام 500 ق.م.', 'وهي قديمة']);
    expect(texts('توفي سنة 1442 هـ. ودفن هناك')).toEqual(['توفي سنة 1442 هـ.', 'ودفن هناك']);
    expect(texts('في 2020م. ثم')).toEqual(['في 2020م.', 'ثم']);
  });

  it('knows Latin abbreviations', () => {
    expect(texts('Dr. Smith met Mr. Jones in the U.S. yesterday. Then he left.')).toEqual([
      'Dr. Smith met Mr. Jones in the U.S. yesterday.',
      'Then he left.',
    ]);
    expect(texts('استخدم Node.js الآن.')).toEqual(['استخدم Node.js الآن.']);
  });

  it('reads abbreviations and terminal marks through the bidi marks web text puts around them', () => {
    // An LRM before or after a Latin run, an RLM before a question mark: invisibles stay inside the
    // token they touch (\u200EDr, Dr.\u200E, \u200F؟), and change no boundary.
    for (const mark of ['\u200E', '\u200F', '\u061C', '\u200B', '\uFEFF']) {
      expect(texts(`زار ${mark}Dr. Smith بغداد. ثم عاد`)).toEqual([`زار ${mark}Dr. Smith بغداد.`, 'ثم عاد']);
      expect(texts(`زار Dr${mark}. Smith بغداد. ثم عاد`)).toEqual([`زار Dr${mark}. Smith بغداد.`, 'ثم عاد']);
      expect(texts(`هل انتهى الاجتماع ${mark}؟ ثم غادر الوفد`)).toEqual([`هل انتهى الاجتماع ${mark}؟`, 'ثم غادر الوفد']);
    }
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(texts('قال: "انتهى." ثم غادر')).toEqual(['قال: "انتهى."', 'ثم غادر']);
    expect(texts('قالت «لن نتراجع!» وغادرت. (انتهى.) بعدها')).toEqual(['قالت «لن نتراجع!»', 'وغادرت.', '(انتهى.)', 'بعدها']);
    expect(texts('“Done.” Next')).toEqual(['“Done.”', 'Next']);
  });

  it('keeps numbered list items whole', () => {
    expect(texts('1. البند الأول\n2. البند الثاني')).toEqual(['1. البند الأول', '2. البند الثاني']);
  });

  it('splits text with no spaces after a terminal mark', () => {
    expect(texts('انتهى.بدأ؟نعم')).toEqual(['انتهى.', 'بدأ؟', 'نعم']);
  });

  it('returns [] for empty or white-space text and throws on non-strings', () => {
    expect(sentences('')).toEqual([]);
    expect(sentences(' \n ')).toEqual([]);
    expect(() => sentences(null as never)).toThrow(TypeError);
    expect(() => sentences(1 as never)).toThrow(/text/);
  });

  it('finishes on long and odd inputs', () => {
    for (const text of ['.'.repeat(100_000), 'أ.'.repeat(100_000), 'ب'.repeat(200_000), '\u064e'.repeat(10_000), '\ud800'.repeat(1000)]) {
      expect(spanInvariantError(text, sentences(text))).toBe('');
    }
  });

  it('covers every non-space character and slices back (property)', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const s = sentences(text);
        expect(spanInvariantError(text, s)).toBe('');
        for (const x of s) {
          expect(isSpace(x.text.charCodeAt(0))).toBe(false);
          expect(isSpace(x.text.charCodeAt(x.text.length - 1))).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
