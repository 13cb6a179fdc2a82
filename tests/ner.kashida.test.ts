import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities, normalize } from '../src/index.js';

// Tatweel (kashida) stretches a word anywhere, also after its first letter (`بـشار`، `لـبـنان`,
// headlines written `فـلـسـطـيـن`). After a proclitic it joins the proclitic to the word (`لـالأسد`),
// and ANNOTATION.md keeps such a proclitic outside the span; after the first letters of a name it is
// part of the name.

const spans = (text: string, tagger = false) => extractEntities(text, { tagger }).map((e) => `${e.type}:${e.text}`);

describe('a tatweel after the first letters of a name', () => {
  it.each([
    ['دعا الرئيس السوري بـشار الأسد المجتمع الدولي', 'PER:بـشار الأسد'],
    ['التقى وزير الخارجية السوري ولـيد المعلم', 'PER:ولـيد المعلم'],
    ['زار الوفد لـبـنان أمس', 'LOC:لـبـنان'],
    ['رفع المتظاهرون شعار تحيا فـلـسـطـيـن', 'LOC:فـلـسـطـيـن'],
    ['وصل الوفد إلى بـغـداد صباحا', 'LOC:بـغـداد'],
    ['اهتم الوفد بلبـنان كثيرا', 'LOC:لبـنان'], // ب + لبـنان: the proclitic off, the name whole
    ['يعيش الأطفال بـفـلسطين تحت الاحتلال', 'LOC:فـلسطين'],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual([expected]);
    expect(spans(text, true)).toEqual([expected]);
  });

  it('a proclitic joined by tatweel still stays outside', () => {
    expect(spans('قال لـبشار الأسد إن الوضع صعب')).toEqual(['PER:بشار الأسد']);
    expect(spans('وصلت رسالة لـبغداد أمس')).toEqual(['LOC:بغداد']);
  });

  it('kashida inside known names changes no entity but its text', () => {
    const sentences = ['دعا الرئيس السوري بشار الأسد إلى الحوار', 'زار وليد المعلم بغداد ثم لبنان', 'عاد الوفد من فلسطين إلى بيروت'];
    const letters = /[\u0628\u062A-\u062E\u0633-\u063A\u0641-\u0646\u064A](?=[\u0621-\u064A])/g;
    fc.assert(
      fc.property(fc.constantFrom(...sentences), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (text, where) => {
        let k = 0;
        const stretched = text.replace(letters, (c) => (where[k++ % where.length] ? c + 'ـ' : c));
        const plain = extractEntities(text, { tagger: false }).map((e) => `${e.type}:${e.norm}`);
        expect(extractEntities(stretched, { tagger: false }).map((e) => `${e.type}:${normalize(e.text, 'search')}`), stretched).toEqual(plain);
      }),
      { numRuns: 120 },
    );
  });
});
