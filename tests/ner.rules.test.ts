import { describe, expect, it } from 'vitest';
import { createAnalyzer, extractEntities, type Entity } from '../src/index.js';

/** `[type, text]` pairs of the entities found, in order. */
function found(text: string): [string, string][] {
  return extractEntities(text).map((e) => [e.type, e.text]);
}

function one(text: string, surface: string): Entity {
  const e = extractEntities(text).find((x) => x.text === surface);
  if (!e) throw new Error(`no entity "${surface}" in: ${JSON.stringify(found(text))}`);
  return e;
}

describe('gazetteer names across proclitics (ANNOTATION.md: proclitics outside, ال inside)', () => {
  it('cuts و ب ل and keeps ال', () => {
    expect(found('وصل الوفد إلى بغداد قادماً من دمشق والقاهرة')).toEqual([
      ['LOC', 'بغداد'],
      ['LOC', 'دمشق'],
      ['LOC', 'القاهرة'],
    ]);
    expect(found('عاد الوزير بعد زيارته للعراق وبيروت')).toEqual([
      ['LOC', 'لعراق'],
      ['LOC', 'بيروت'],
    ]);
  });

  it('starts للأمم المتحدة after the first ل', () => {
    const e = one('وجه الوزير رسالة للأمم المتحدة أمس', 'لأمم المتحدة');
    expect(e.type).toBe('ORG');
  });

  it('gives countries their ISO code whatever the spelling', () => {
    expect(one('زار الوفد سورية الأسبوع الماضي', 'سورية').id).toBe('SY');
    expect(one('زار الوفد سوريا الأسبوع الماضي', 'سوريا').id).toBe('SY');
    expect(one('وصلت الطائرة إلى السعودية صباحاً', 'السعودية').id).toBe('SA');
  });

  it('keeps diacritics and tatweel inside the span, in original offsets', () => {
    const text = 'وصلَ الوفدُ إلى دِمَشْق';
    const e = one(text, 'دِمَشْق');
    expect(text.slice(e.start, e.end)).toBe('دِمَشْق');
  });
});

describe('people after titles and roles (titles outside the span)', () => {
  it('title, nationality adjective, then the name', () => {
    expect(found('استقبل الرئيس الفرنسي إيمانويل ماكرون ضيفه')).toContainEqual(['PER', 'إيمانويل ماكرون']);
  });

  it('a name in quotation marks after a title', () => {
    expect(found('التقى الرئيس السوري “بشار الأسد” بالوفد')).toContainEqual(['PER', 'بشار الأسد']);
  });

  it('an organisation, a comma, then the name: رئيس هيئة …، فالح الفياض', () => {
    const got = found('نقل رئيس هيئة الحشد الشعبي، فالح الفياض، رسالة شفهية');
    expect(got).toContainEqual(['ORG', 'هيئة الحشد الشعبي']);
    expect(got).toContainEqual(['PER', 'فالح الفياض']);
  });

  it('a title followed by an ordinary word is no person', () => {
    expect(found('قال الرئيس في كلمته أمس إن الوضع صعب').filter(([t]) => t === 'PER')).toEqual([]);
  });
});

describe('people from given names, verbs and document propagation', () => {
  it('a known given name and a family name', () => {
    expect(found('وقد تحدث إبراهيم الجعفري عن العلاقات')).toContainEqual(['PER', 'إبراهيم الجعفري']);
  });

  it('the family name alone, before and after the full name, is the same person', () => {
    const text = 'المعلم يصل اليوم. والتقى وليد المعلم نظيره. وأكد المعلم أن الزيارة مهمة.';
    const people = extractEntities(text).filter((e) => e.type === 'PER');
    expect(people.map((e) => e.text)).toEqual(['المعلم', 'وليد المعلم', 'المعلم']);
    expect(people[0]!.canonical).toBe('وليد المعلم');
    expect(people[2]!.canonical).toBe('وليد المعلم');
  });

  it('common words that are also names are not people on their own', () => {
    for (const text of ['لدينا أمل كبير في التوصل إلى اتفاق', 'كان الطقس حسن اليوم', 'أعجبنا الجمال الطبيعي للمنطقة', 'تعمل شبكة الأمان الاجتماعي']) {
      expect(found(text), text).toEqual([]);
    }
  });
});

describe('organisations', () => {
  it('an institution and a nationality adjective are one ORG', () => {
    expect(found('أعلنت الحكومة العراقية موافقتها')).toEqual([['ORG', 'الحكومة العراقية']]);
    expect(found('ردت الرئاسة السورية على الرسالة')).toEqual([['ORG', 'الرئاسة السورية']]);
    expect(found('قصف الجيش الإسرائيلي المنطقة')).toEqual([['ORG', 'الجيش الإسرائيلي']]);
  });

  it('but not when the adjective does not agree, nor after وزير', () => {
    expect(found('قال وزير الخارجية الأمريكي إن المحادثات مستمرة').filter(([t]) => t === 'ORG')).toEqual([]);
    expect(found('عانى الشعبان العراقي والسوري من الحرب')).toEqual([]);
  });

  it('a head noun and its genitive chain, with a لـ complement', () => {
    expect(found('تخرج في جامعة الملك فهد للبترول والمعادن عام 1990')).toContainEqual(['ORG', 'جامعة الملك فهد للبترول والمعادن']);
    expect(found('أصدرت وزارة الخارجية الروسية بياناً')).toContainEqual(['ORG', 'وزارة الخارجية الروسية']);
  });

  it('a descriptor stays outside: قناة [الجزيرة]، شركة [توتال]', () => {
    expect(found('بثت قناة الجزيرة المقابلة')).toContainEqual(['ORG', 'الجزيرة']);
    expect(found('وقعت شركة توتال العقد')).toContainEqual(['ORG', 'توتال']);
  });

  it('a head noun before a one-word name is a descriptor: حركة [حماس]', () => {
    expect(found('اعتقل ناشط من حركة حماس أمس')).toEqual([['ORG', 'حماس']]);
    expect(found('أعلن رئيس هيئة الحشد الشعبي ذلك')).toEqual([['ORG', 'هيئة الحشد الشعبي']]);
  });

  it('a known name ends the organisation: [حزب الله] وإسرائيل, not one span', () => {
    const got = found('اندلعت الحرب بين حزب الله وإسرائيل');
    expect(got).toContainEqual(['ORG', 'حزب الله']);
    expect(got.some(([, text]) => text.includes('وإسرائيل') && text.includes('حزب'))).toBe(false);
  });

  it('a ministry inside a role is part of the role: وزيرة الخارجية الأمريكية', () => {
    expect(found('قالت وزيرة الخارجية الأمريكية إن الاتفاق قريب').filter(([t]) => t === 'ORG')).toEqual([]);
  });

  it('a proclitic joined by tatweel stays outside: لـ(كل الاخبار)', () => {
    expect(found('كشفت مصادر لـ(كل الاخبار) عن مضمون الرسالة')).toContainEqual(['ORG', 'كل الاخبار']);
  });
});

describe('places from context', () => {
  it('a descriptor stays outside: مدينة [الموصل]', () => {
    expect(found('عاد السكان إلى مدينة الموصل')).toContainEqual(['LOC', 'الموصل']);
  });

  it('a place head is inside: [جبل طارق]', () => {
    expect(found('وصل الوفد إلى جبل طارق')).toContainEqual(['LOC', 'جبل طارق']);
    expect(found('عبرت السفينة مضيق جبل طارق')).toEqual([['LOC', 'مضيق جبل طارق']]);
  });

  it('a nationality adjective is never a place', () => {
    expect(found('وقعت الشركات السعودية اتفاقات')).toEqual([]);
  });
});

describe('options and errors', () => {
  it('filters by type', () => {
    const text = 'التقى الرئيس السوري بشار الأسد في دمشق';
    expect(extractEntities(text, { types: ['LOC'] }).map((e) => e.type)).toEqual(['LOC']);
  });

  it('names the bad argument', () => {
    expect(() => extractEntities(42 as unknown as string)).toThrow(TypeError);
    expect(() => extractEntities(42 as unknown as string)).toThrow(/extractEntities: expected text to be a string, got number/);
    expect(() => extractEntities('نص', { types: ['PERSON' as 'PER'] })).toThrow(RangeError);
    expect(() => extractEntities('نص', null as never)).toThrow(TypeError);
  });
});

describe('places inside the name of a competition (ANNOTATION.md: events are no entities, only the outermost name counts)', () => {
  it('finds no place in كأس X، دوري أبطال X، كأس أمم X, with or without proclitics', () => {
    expect(found('فاز الفريق بدوري أبطال أوروبا وكأس إسبانيا ثم لعب في كأس أمم أفريقيا')).toEqual([]);
    expect(createAnalyzer({ tagger: false }).extractEntities('وبلغ نهائي بطولة كأس إنجلترا').map((e) => e.text)).toEqual([]);
  });

  it('keeps the place of an edition named where it is held, and a place after أبطال alone', () => {
    expect(found('شارك في أولمبياد بكين ثم في مونديال ألمانيا')).toEqual([
      ['LOC', 'بكين'],
      ['LOC', 'ألمانيا'],
    ]);
    expect(found('وتستمر منافسات أبطال مصر في القاهرة')).toEqual([
      ['LOC', 'مصر'],
      ['LOC', 'القاهرة'],
    ]);
  });

  it('keeps a place outside the name: كأس العالم في قطر', () => {
    expect(found('انطلقت كأس العالم في قطر')).toEqual([['LOC', 'قطر']]);
  });
});
