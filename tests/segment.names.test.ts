import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinGazetteer, createGazetteer } from '../src/gazetteer/index.js';
import { knownNames } from '../src/search/index.js';
import { segment, type Segmentation } from '../src/tokenize/index.js';
import { segmentSearchForm } from '../src/tokenize/segment.js';
import { arabicWord } from './tokenize.helpers.js';

const parts = (s: Segmentation) => [...s.proclitics.map((p) => p.text + '+'), s.stem.text, ...s.enclitics.map((p) => '+' + p.text)].join(' ');

describe('segment: the lexicon of frequent words and transliterations', () => {
  it('keeps a letter that belongs to a frequent word (بسيطة، بعيد، واقعية)', () => {
    for (const w of ['بسيطة', 'بعيد', 'واحد', 'فعالية']) expect(parts(segment(w)), w).toBe(w);
  });

  it('cuts a preposition before a frequent word however short (بقوة، لمدة، باسم، كوحدة)', () => {
    expect(parts(segment('بقوة'))).toBe('ب+ قوة');
    expect(parts(segment('لمدة'))).toBe('ل+ مدة');
    expect(parts(segment('باسم'))).toBe('ب+ اسم');
    expect(parts(segment('كوحدة'))).toBe('ك+ وحدة');
  });

  it('does not take the first letter of a transliterated name for a proclitic', () => {
    for (const w of ['كارولينا', 'كولورادو', 'بريزبن', 'كانساس', 'بانكوك', 'سيغال', 'لوفينغ', 'كيغالي', 'فولكسفاغن']) {
      expect(parts(segment(w)), w).toBe(w);
    }
  });

  it('still cuts the conjunction in front of a foreign name (وغلاسكو، وواشنطن)', () => {
    expect(parts(segment('وغلاسكو'))).toBe('و+ غلاسكو');
    expect(parts(segment('وواشنطن'))).toBe('و+ واشنطن');
  });

  it('uses the lexicon for pronouns: حياتي → حيات + ي, but أشبه and انطلقنا keep their ending', () => {
    expect(parts(segment('حياتي'))).toBe('حيات +ي');
    expect(parts(segment('مستواها'))).toBe('مستوا +ها');
    expect(parts(segment('أشبه'))).toBe('أشبه');
    expect(parts(segment('انطلقنا'))).toBe('انطلقنا');
    expect(parts(segment('وكأنها'))).toBe('و+ كأن +ها');
  });

  it('reads tanween: no article, pronoun or future before it, a preposition only before tanween kasra', () => {
    // بعداً، لاحقاً، أماناً are accusative adverbs: a preposition governs the genitive.
    for (const w of ['بعداً', 'لاحقاً', 'أماناً', 'كثيراً', 'بيتٌ']) expect(parts(segment(w)), w).toBe(w);
    expect(parts(segment('وأيضاً'))).toBe('و+ أيضاً');
    expect(parts(segment('كجزءٍ'))).toBe('ك+ جزءٍ');
    expect(parts(segment('ببيتٍ'))).toBe('ب+ بيتٍ');
    // فرداً is the known word فرد, not ف + رداً.
    expect(parts(segment('فرداً'))).toBe('فرداً');
  });

  it('reads a final ه as the pronoun in running text (وجهه، وزيرها), as ة only in search form', () => {
    expect(parts(segment('وجهه'))).toBe('وجه +ه');
    expect(parts(segment('وزيرها'))).toBe('وزير +ها');
    expect(parts(segment('وزارة'))).toBe('وزارة');
    expect(parts(segmentSearchForm('وزاره'))).toBe('وزاره');
    expect(parts(segmentSearchForm('وجهه'))).toBe('وجهه');
  });

  it('does not take ف for the conjunction before a transliterated name (فلاديمير، فلوريان), nor كال for ك + ال', () => {
    for (const w of ['فلاديمير', 'فلوريان', 'فوجئ', 'كاليدونيا']) expect(parts(segment(w)), w).toBe(w);
    expect(parts(segment('فقال'))).toBe('ف+ قال');
    expect(parts(segment('فيقول'))).toBe('ف+ يقول');
    expect(parts(segment('كالعادة'))).toBe('ك+ ال+ عادة');
  });

  it('splits من and عن fused with من and ما (ممن، عما)', () => {
    expect(segment('ممن').proclitics.map((p) => [p.text, p.tag])).toEqual([['م', 'prep']]);
    expect(parts(segment('عما'))).toBe('ع+ ما');
    expect(parts(segment('مما'))).toBe('مما');
  });
});

describe('knownNames: segmentation never cuts a name the gazetteer knows', () => {
  const names = knownNames(builtinGazetteer());

  it('keeps بعلبك whole and cuts only the conjunction of وبعلبك', () => {
    expect(parts(segment('بعلبك'))).not.toBe('بعلبك'); // the default rules alone cut it
    expect(parts(segment('بعلبك', names))).toBe('بعلبك');
    expect(parts(segment('وبعلبك', names))).toBe('و+ بعلبك');
    expect(parts(segment('كاليفورنيا', names))).toBe('كاليفورنيا');
  });

  it('cuts in front of a known name the default rules leave whole (لروسيا) and keeps the article rule', () => {
    expect(parts(segment('لروسيا', names))).toBe('ل+ روسيا');
    expect(parts(segment('وبالعراق', names))).toBe('و+ ب+ ال+ عراق');
    expect(parts(segment('للعراق', names))).toBe('ل+ ل+ عراق');
  });

  it('does not break a frequent word for a name hidden in it (لغات is not ل + غات)', () => {
    expect(parts(segment('لغات', names))).toBe('لغات');
  });

  it('works with a user gazetteer, compares in the search form, and caches per gazetteer', () => {
    const g = createGazetteer([{ name: 'بيرغيرون', type: 'PER' }]);
    const mine = knownNames(g);
    expect(knownNames(g)).toBe(mine);
    expect(mine.isKnownName('بيرغيرون')).toBe(true);
    expect(mine.isKnownName('بِيرغيرون')).toBe(true);
    expect(parts(segment('وبيرغيرون', mine))).toBe('و+ بيرغيرون');
  });

  it('rejects what is not a gazetteer', () => {
    expect(() => knownNames({} as never)).toThrow(TypeError);
    expect(() => segment('بعلبك', { isKnownName: 'x' as never })).toThrow(/isKnownName/);
  });

  it('parts still cover the word exactly, with or without names', () => {
    fc.assert(
      fc.property(arabicWord, (w) => {
        for (const s of [segment(w), segment(w, names)]) {
          const all = [...s.proclitics, s.stem, ...s.enclitics];
          expect(all.map((p) => p.text).join('')).toBe(w);
          expect(all.every((p) => w.slice(p.start, p.end) === p.text)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
