import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/index.js';

// Sentences written for these tests. Each kind is checked with the rules alone and with the
// built-in tagger, which must keep what the rules now get right.
const rules = createAnalyzer({ tagger: false });
const full = createAnalyzer();

function found(text: string, analyzer = rules): string[] {
  return analyzer.extractEntities(text).map((e) => `${e.type} ${e.text}`);
}

function both(text: string): string[][] {
  return [found(text, rules), found(text, full)];
}

describe('a place read through a proclitic needs evidence when the word is a plausible word (known.ts)', () => {
  it('reads no place inside a common word: لغات is not ل + غات, بليون not ب + ليون, كريمة not ك + ريمة', () => {
    for (const text of [
      'يتحدث الطالب ثلاث لغات أجنبية بطلاقة .',
      'حصلت الشركة على قرض بقيمة بليون دولار من المصرف .',
      'تلقى الوزير رسالة كريمة من نظيره .',
    ]) {
      for (const got of both(text)) expect(got.filter((e) => e.startsWith('LOC'))).toEqual([]);
    }
  });

  it('reads no place after comparison ك in an unknown word: كسرت is a verb, كلاوس a given name', () => {
    for (const got of both('كسرت قدمه في المباراة الأخيرة .')) expect(got).toEqual([]);
    expect(found('وقال المستشار كلاوس شولتز إن الحكومة مستعدة .')).toEqual(['PER كلاوس شولتز']);
  });

  it('still reads a place after و ب ل when the word is no common word (وبعقوبة، لبغداد، للقاهرة)', () => {
    for (const got of both('عاد الوفد من بغداد وبعقوبة أمس .')) expect(got).toEqual(['LOC بغداد', 'LOC بعقوبة']);
    for (const got of both('سافر الوزير لبغداد ثم للقاهرة .')) expect(got).toEqual(['LOC بغداد', 'LOC لقاهرة']);
  });
});

describe('organisation heads (organizations.ts)', () => {
  it('a name ends before a noun with a pronoun suffix: وحكومته (ة written ت before the suffix)', () => {
    for (const got of both('ويقول إنه يراهن على هيئة الموارد المائية وحكومته معا .')) expect(got).toEqual(['ORG هيئة الموارد المائية']);
  });

  it('تنظيم is a verbal noun unless a name follows, also under a proclitic (بتنظيم، وتنظيم)', () => {
    for (const text of ['شاركت الجمعية في تنظيم المعرض الدولي للكتاب .', 'وقام بتنظيم الندوة الثقافية .', 'اتهم بالتزوير وتنظيم الرحلات السرية .']) {
      for (const got of both(text)) expect(got).toEqual([]);
    }
  });

  it('على هيئة + an indefinite word is an idiom ("in the shape of"), not an organisation', () => {
    for (const got of both('تخرج الطاقة على هيئة فوتونات .')) expect(got).toEqual([]);
  });

  it('a verb after the name ends it: جمعية الصيادلة يتزعمها', () => {
    expect(found('وجمعية الصيادلة يتزعمها طبيب .')).toEqual(['ORG جمعية الصيادلة']);
  });
});

describe('an indefinite nisba after a head is its adjective (organizations.ts)', () => {
  it('رابطة هيدروجينية is a chemical bond, not an organisation', () => {
    for (const got of both('وتنشأ بين الجزيئين رابطة هيدروجينية ضعيفة .')) expect(got).toEqual([]);
  });

  it('a head and a nisba of the other gender is a name: رابطة عوامي; a verbal noun in تـ…ية is no adjective', () => {
    expect(found('وفازت رابطة عوامي في الانتخابات .')).toEqual(['ORG رابطة عوامي']);
    expect(found('وذكرت هيئة تنمية الصادرات أن الأرقام ارتفعت .')).toEqual(['ORG هيئة تنمية الصادرات']);
  });
});

describe('a city right after a word of a team or of a match host is the club (match-context.tsv)', () => {
  it('حارس مرمى X، صفوف X، ضيفه X', () => {
    expect(found('وتصدى حارس مرمى ليفربول لتسديدة قوية .')).toEqual(['ORG ليفربول']);
    expect(found('ورحل اللاعب عن صفوف برشلونة الصيف الماضي .')).toEqual(['ORG برشلونة']);
    for (const got of both('وتعادل الفريق مع ضيفه ميلان سلبيا .')) expect(got).toContainEqual('ORG ميلان');
  });

  it('the city elsewhere stays a place', () => {
    for (const got of both('وصل الوفد إلى ليفربول أمس .')) expect(got).toEqual(['LOC ليفربول']);
  });
});
