import { describe, expect, it } from 'vitest';
import {
  collapseWhitespace,
  expandPresentationForms,
  isArabicDigit,
  isArabicLetter,
  isArabicMark,
  isArabicPunctuation,
  isInvisible,
  isLineBreak,
  isSpace,
  isTatweel,
  normalize,
  normalizeAlef,
  normalizeAlefMaksura,
  normalizeDigits,
  normalizeHamza,
  normalizePersian,
  normalizePunctuation,
  normalizeTehMarbuta,
  normalizeWithOffsets,
  removeInvisibles,
  stripDiacritics,
  stripTatweel,
  type NormalizeOptions,
} from '../src/normalize/index.js';

/** Every operation off: the base for testing one operation alone. */
const NONE = {
  diacritics: false,
  tatweel: false,
  alef: false,
  alefMaksura: false,
  tehMarbuta: false,
  hamza: false,
  persian: false,
  presentationForms: false,
  digits: 'keep',
  punctuation: false,
  invisibles: false,
  whitespace: false,
} as const;
const only = (ops: Partial<typeof NONE> | Record<string, unknown>): NormalizeOptions =>
  ({ ...NONE, ...ops }) as NormalizeOptions;

const ZWNJ = '\u200C';
const ZWJ = '\u200D';
const NBSP = '\u00A0';

// [input, options, expected, what]. Expected values are written by hand from the spec.
const CASES: [string, NormalizeOptions, string, string][] = [
  // diacritics
  ['مُحَمَّد', only({ diacritics: true }), 'محمد', 'damma, fatha, shadda'],
  ['كِتَابٌ', only({ diacritics: true }), 'كتاب', 'kasra, fatha, dammatan'],
  ['شُكْرًا', only({ diacritics: true }), 'شكرا', 'sukun, fathatan'],
  ['الرَّحْمٰنِ', only({ diacritics: true }), 'الرحمن', 'superscript alef U+0670'],
  ['صلى\u0610', only({ diacritics: true }), 'صلى', 'U+0610 sallallahou sign'],
  ['قُرْآن\u06D6', only({ diacritics: true }), 'قرآن', 'Quranic small high ligature U+06D6'],
  ['آية\u06DD١', only({ diacritics: true }), 'آية\u06DD١', 'U+06DD end of ayah is not a mark: kept'],
  ['\u06DEبسم', only({ diacritics: true }), '\u06DEبسم', 'U+06DE rub el hizb is not a mark: kept'],
  ['ب\u08F0', only({ diacritics: true }), 'ب', 'extended mark U+08F0'],
  ['ب\u08E2', only({ diacritics: true }), 'ب\u08E2', 'U+08E2 (Cf) is not a mark'],
  ['مُحَمَّد', 'display', 'مُحَمَّد', 'display keeps diacritics'],
  ['مُحَمَّد', 'standard', 'محمد', 'standard removes diacritics'],
  // tatweel
  ['الـــعراق', only({ tatweel: true }), 'العراق', 'tatweel run'],
  ['جـميل', only({ tatweel: true }), 'جميل', 'one tatweel'],
  ['الـــعراق', 'display', 'الـــعراق', 'display keeps tatweel'],
  ['الـــعراق', 'standard', 'العراق', 'standard removes tatweel'],
  // alef
  ['إبراهيم', only({ alef: true }), 'ابراهيم', 'alef with hamza below'],
  ['أحمد', only({ alef: true }), 'احمد', 'alef with hamza above'],
  ['آمنة', only({ alef: true }), 'امنة', 'alef with madda'],
  ['ٱلله', only({ alef: true }), 'الله', 'alef wasla'],
  ['\u0672\u0673\u0675', only({ alef: true }), 'ااا', 'rarer alef forms'],
  ['إبراهيم', 'standard', 'ابراهيم', 'standard unifies alef'],
  ['إبراهيم', 'display', 'إبراهيم', 'display keeps alef forms'],
  // alef maksura
  ['مستشفى', only({ alefMaksura: true }), 'مستشفي', 'final alef maksura'],
  ['على', only({ alefMaksura: true }), 'علي', 'preposition'],
  ['مستشفى', 'standard', 'مستشفى', 'standard keeps alef maksura'],
  // teh marbuta
  ['مدرسة', only({ tehMarbuta: true }), 'مدرسه', 'teh marbuta'],
  ['مدرسة', 'standard', 'مدرسة', 'standard keeps teh marbuta'],
  // hamza
  ['مسؤول', only({ hamza: true }), 'مسوول', 'waw with hamza'],
  ['رئيس', only({ hamza: true }), 'رييس', 'yeh with hamza'],
  ['سماء', only({ hamza: true }), 'سماء', 'standalone hamza stays'],
  ['أسئلة', only({ hamza: true }), 'أسيلة', 'alef with hamza is not hamza\'s job'],
  // persian
  ['کتاب', only({ persian: true }), 'كتاب', 'keheh'],
  ['ایران', only({ persian: true }), 'ايران', 'farsi yeh'],
  ['ہم', only({ persian: true }), 'هم', 'heh goal'],
  ['ھذا', only({ persian: true }), 'هذا', 'heh doachashmee'],
  ['خانۀ', only({ persian: true }), 'خانه', 'heh with yeh above'],
  ['ڪتاب', only({ persian: true }), 'كتاب', 'swash kaf'],
  ['\u06D0\u06CD\u06CE', only({ persian: true }), 'ييي', 'Pashto and Kurdish yeh forms'],
  ['ە', only({ persian: true }), 'ه', 'Kurdish ae'],
  ['پنجره گچ ژاله', only({ persian: true }), 'پنجره گچ ژاله', 'letters with no Arabic equivalent stay'],
  ['کتاب', 'standard', 'كتاب', 'standard unifies Persian forms'],
  ['کتاب', 'display', 'کتاب', 'display keeps Persian forms'],
  ['ۃ', only({ persian: true, tehMarbuta: true }), 'ه', 'teh marbuta goal → ة → ه in one pass'],
  // presentation forms
  ['ﻻ', only({ presentationForms: true }), 'لا', 'lam-alef ligature'],
  ['ﷲ', only({ presentationForms: true }), 'الله', 'Allah ligature'],
  ['ﷺ', only({ presentationForms: true }), 'صلى الله عليه وسلم', 'sallallahou alayhe wasallam'],
  ['ﺑﺴﻢ', only({ presentationForms: true }), 'بسم', 'contextual forms'],
  ['ﻷ', only({ presentationForms: true }), 'لأ', 'lam with alef-hamza ligature'],
  ['ﻷ', only({ presentationForms: true, alef: true }), 'لا', 'ligature then alef, same pass'],
  ['ﺃﺣﻤﺪ', 'standard', 'احمد', 'presentation forms then alef'],
  ['\uFC5E', only({ presentationForms: true }), ' \u064C\u0651', 'form with harakat keeps its marks'],
  ['\uFC5E', only({ presentationForms: true, diacritics: true }), ' ', 'whose marks diacritics removes'],
  ['ﻚ', 'display', 'ك', 'display expands presentation forms'],
  ['\uFDFC', only({ presentationForms: true, persian: true }), 'ريال', 'rial sign → ریال → ريال'],
  // digits
  ['١٢٣', only({ digits: 'latin' }), '123', 'Arabic-Indic to Latin'],
  ['۴۵۶', only({ digits: 'latin' }), '456', 'Extended to Latin'],
  ['2024', only({ digits: 'arabic' }), '٢٠٢٤', 'Latin to Arabic-Indic'],
  ['۱۴۰۳', only({ digits: 'arabic' }), '١٤٠٣', 'Extended to Arabic-Indic'],
  ['١٢٣', 'standard', '١٢٣', 'standard keeps digits'],
  ['١٢٣', 'search', '123', 'search turns digits Latin'],
  // punctuation
  ['نعم، لا؛ لماذا؟', only({ punctuation: true }), 'نعم, لا; لماذا?', 'comma, semicolon, question'],
  ['٥٠٪', only({ punctuation: true }), '٥٠%', 'percent'],
  ['٣٫٥ و١٬٠٠٠', only({ punctuation: true }), '٣.٥ و١,٠٠٠', 'decimal and thousands separators'],
  ['نعم، لا؟', 'standard', 'نعم، لا؟', 'standard keeps punctuation'],
  // invisibles
  [`می${ZWNJ}خواهم`, only({ invisibles: true }), 'میخواهم', 'ZWNJ inside a word'],
  [`بغ${ZWJ}داد`, only({ invisibles: true }), 'بغداد', 'ZWJ between letters'],
  ['\u200Fمرحبا\u200E', only({ invisibles: true }), 'مرحبا', 'RLM, LRM'],
  ['\u061Cعربي', only({ invisibles: true }), 'عربي', 'ALM'],
  ['\u202Bنص\u202C \u2067نص\u2069', only({ invisibles: true }), 'نص نص', 'embeddings and isolates'],
  ['\uFEFFبداية', only({ invisibles: true }), 'بداية', 'BOM'],
  ['كل\u00ADمة\u2060\u200B', only({ invisibles: true }), 'كلمة', 'soft hyphen, word joiner, ZWSP'],
  [`👨${ZWJ}👩${ZWJ}👧`, only({ invisibles: true }), `👨${ZWJ}👩${ZWJ}👧`, 'ZWJ inside an emoji sequence kept'],
  [`❤\uFE0F${ZWJ}🔥`, only({ invisibles: true }), `❤\uFE0F${ZWJ}🔥`, 'ZWJ after VS16 kept'],
  [`👍${ZWJ}ب`, only({ invisibles: true }), '👍ب', 'ZWJ between emoji and letter removed'],
  [`ب${ZWNJ}👍`, only({ invisibles: true }), 'ب👍', 'ZWNJ between letter and emoji removed'],
  [`می${ZWNJ}خواهم`, 'display', 'میخواهم', 'display removes invisibles'],
  // whitespace
  [`في${NBSP}${NBSP}بغداد`, only({ whitespace: true }), 'في بغداد', 'NBSP run'],
  ['في\t \u2003\u3000بغداد', only({ whitespace: true }), 'في بغداد', 'tab, em space, ideographic space'],
  ['جملة.\r\n\r\nجملة', only({ whitespace: true }), 'جملة.\nجملة', 'a run with a line break becomes one \\n'],
  ['سطر \n سطر', only({ whitespace: true }), 'سطر\nسطر', 'spaces around a line break'],
  ['سطر\u2029سطر', only({ whitespace: true }), 'سطر\nسطر', 'paragraph separator'],
  ['  نص  ', only({ whitespace: true }), ' نص ', 'leading and trailing runs collapse, no trim'],
  ['ب \u064E ج', only({ whitespace: true, diacritics: true }), 'ب ج', 'a removed mark does not split a run'],
  ['ب \u200B ج', only({ whitespace: true, invisibles: true }), 'ب ج', 'a removed invisible does not split a run'],
  ['في  بغداد', 'standard', 'في  بغداد', 'standard keeps white space'],
  // presets on a sentence
  ['قَالَ الرَّئِيسُ إِنَّ المُسْتَشْفَى ﻻ يَعْمَل', 'standard', 'قال الرئيس ان المستشفى لا يعمل', 'standard sentence'],
  ['قَالَ الرَّئِيسُ إِنَّ المُسْتَشْفَى ﻻ يَعْمَل', 'search', 'قال الرييس ان المستشفي لا يعمل', 'search sentence'],
  ['مدرسةُ   الـبنات ٣٢؟', 'search', 'مدرسه البنات 32?', 'search: everything'],
  ['مدرسةُ   الـبنات ٣٢؟', 'display', 'مدرسةُ   الـبنات ٣٢؟', 'display changes no spelling'],
  ['مسؤول', { preset: 'search', hamza: false }, 'مسؤول', 'an operation overrides the preset'],
  ['مسؤول', { hamza: true }, 'مسوول', 'default preset is standard, plus an operation'],
  ['١٢٣', { preset: 'display', digits: 'latin' }, '123', 'digits on top of display'],
  // pass-through
  ['Hello, world! 123', 'search', 'Hello, world! 123', 'Latin text untouched'],
  ['🙂 نص', 'search', '🙂 نص', 'emoji untouched'],
  ['\uD800ب\uDC00', 'search', '\uD800ب\uDC00', 'lone surrogates untouched'],
  ['', 'search', '', 'empty string'],
];

describe('normalize: case table', () => {
  it('has at least 60 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });
  it.each(CASES.map(([input, options, expected, what]) => ({ input, options, expected, what })))(
    '$what: $input → $expected',
    ({ input, options, expected }) => {
    expect(normalize(input, options)).toBe(expected);
    expect(normalizeWithOffsets(input, options).text).toBe(expected);
    },
  );
});

describe('named helpers', () => {
  it('each does its one operation', () => {
    expect(stripDiacritics('مُحَمَّدٌ')).toBe('محمد');
    expect(stripTatweel('الـــعراق')).toBe('العراق');
    expect(normalizeAlef('إبراهيم أحمد')).toBe('ابراهيم احمد');
    expect(normalizeAlefMaksura('مستشفى')).toBe('مستشفي');
    expect(normalizeTehMarbuta('مدرسة')).toBe('مدرسه');
    expect(normalizeHamza('مسؤول رئيس')).toBe('مسوول رييس');
    expect(normalizePersian('کتاب ی')).toBe('كتاب ي');
    expect(expandPresentationForms('ﻻ ﷲ')).toBe('لا الله');
    expect(normalizeDigits('عام ٢٠٢٤', 'latin')).toBe('عام 2024');
    expect(normalizeDigits('عام 2024', 'arabic')).toBe('عام ٢٠٢٤');
    expect(normalizeDigits('عام ٢٠٢٤', 'keep')).toBe('عام ٢٠٢٤');
    expect(normalizePunctuation('كيف حالك؟')).toBe('كيف حالك?');
    expect(removeInvisibles(`می${ZWNJ}خواهم`)).toBe('میخواهم');
    expect(collapseWhitespace(`في${NBSP}${NBSP} بغداد`)).toBe('في بغداد');
  });
  it('do nothing else', () => {
    expect(stripDiacritics('أحمدُ الـ')).toBe('أحمد الـ');
    expect(normalizeAlef('مُحَمَّد')).toBe('مُحَمَّد');
    expect(expandPresentationForms('ﺃ')).toBe('أ');
  });
});

describe('normalizeWithOffsets', () => {
  it('maps spans back to the original', () => {
    const original = 'قالَ مُحَمَّدٌ';
    const { text, toOriginal } = normalizeWithOffsets(original);
    expect(text).toBe('قال محمد');
    expect(toOriginal).toBeInstanceOf(Int32Array);
    expect(toOriginal.length).toBe(text.length + 1);
    expect(original.slice(toOriginal[0], toOriginal[3])).toBe('قالَ');
    expect(original.slice(toOriginal[4], toOriginal[8])).toBe('مُحَمَّدٌ');
    expect(toOriginal[text.length]).toBe(original.length);
  });
  it('maps every character of an expanded ligature to its start', () => {
    const original = 'و ﷲ';
    const { text, toOriginal } = normalizeWithOffsets(original, 'display');
    expect(text).toBe('و الله');
    expect([...toOriginal]).toEqual([0, 1, 2, 2, 2, 2, 3]);
  });
  it('maps a collapsed run to its first white-space character', () => {
    const original = `أ ${NBSP}\tب`;
    const { text, toOriginal } = normalizeWithOffsets(original, 'search');
    expect(text).toBe('ا ب');
    expect([...toOriginal]).toEqual([0, 1, 4, 5]);
  });
  it('returns an identity map for unchanged text', () => {
    const { text, toOriginal } = normalizeWithOffsets('abc', 'display');
    expect(text).toBe('abc');
    expect([...toOriginal]).toEqual([0, 1, 2, 3]);
    expect([...normalizeWithOffsets('').toOriginal]).toEqual([0]);
  });
});

describe('errors', () => {
  it('rejects a non-string text with a TypeError naming the type', () => {
    expect(() => normalize(42 as unknown as string)).toThrow(
      new TypeError('normalize: expected text to be a string, got number'),
    );
    expect(() => normalizeWithOffsets(null as unknown as string)).toThrow(
      new TypeError('normalizeWithOffsets: expected text to be a string, got null'),
    );
    expect(() => stripDiacritics(undefined as unknown as string)).toThrow(TypeError);
    expect(() => stripDiacritics(undefined as unknown as string)).toThrow(/stripDiacritics: .*got undefined/);
  });
  it('rejects an unknown preset with a RangeError naming it', () => {
    expect(() => normalize('x', 'fast' as never)).toThrow(RangeError);
    expect(() => normalize('x', 'fast' as never)).toThrow(/"fast"/);
    expect(() => normalize('x', { preset: 'loose' } as never)).toThrow(/"loose"/);
  });
  it('rejects bad option values and unknown options with a RangeError naming them', () => {
    expect(() => normalize('x', { digits: 'roman' } as never)).toThrow(RangeError);
    expect(() => normalize('x', { digits: 'roman' } as never)).toThrow(/digits.*"roman"/);
    expect(() => normalize('x', { alef: 'yes' } as never)).toThrow(/"alef"/);
    expect(() => normalize('x', { diacritic: true } as never)).toThrow(/unknown option "diacritic"/);
    expect(() => normalizeDigits('x', 'hindi' as never)).toThrow(RangeError);
  });
  it('rejects options of the wrong type with a TypeError', () => {
    expect(() => normalize('x', 42 as never)).toThrow(TypeError);
    expect(() => normalize('x', null as never)).toThrow(TypeError);
  });
  it('accepts undefined operations as "use the preset"', () => {
    expect(normalize('إ', { alef: undefined })).toBe('ا');
  });
});

describe('character classes', () => {
  const cu = (s: string) => s.charCodeAt(0);
  it('isArabicMark', () => {
    for (const c of '\u064B\u064E\u0651\u0652\u065F\u0670\u0610\u061A\u06D6\u06ED\u08D3\u08FF') {
      expect(isArabicMark(cu(c)), c.charCodeAt(0).toString(16)).toBe(true);
    }
    for (const c of 'ابـ\u06DD\u06DE\u06E5\u08E2a ١') expect(isArabicMark(cu(c)), c.charCodeAt(0).toString(16)).toBe(false);
    expect(isArabicMark(0x1f600)).toBe(false);
    expect(isArabicMark(-1)).toBe(false);
  });
  it('isTatweel', () => {
    expect(isTatweel(0x0640)).toBe(true);
    expect(isTatweel(cu('ا'))).toBe(false);
  });
  it('isInvisible', () => {
    for (const c of '\u200B\u200C\u200D\u200E\u200F\u061C\u202A\u202E\u2066\u2069\uFEFF\u00AD\u2060') {
      expect(isInvisible(cu(c))).toBe(true);
    }
    for (const c of ' \u00A0aب') expect(isInvisible(cu(c))).toBe(false);
  });
  it('isArabicLetter', () => {
    for (const c of 'ابتثجحخءآأؤإئةىيپچژگکیۀےڤݐࢠﻻﷲﺑ') expect(isArabicLetter(cu(c)), c).toBe(true);
    for (const c of 'ـ\u064E١۱،؟a \u06DD') expect(isArabicLetter(cu(c)), c).toBe(false);
  });
  it('isArabicDigit', () => {
    for (const c of '٠٩۰۹') expect(isArabicDigit(cu(c))).toBe(true);
    for (const c of '09ا') expect(isArabicDigit(cu(c))).toBe(false);
  });
  it('isSpace and isLineBreak', () => {
    for (const c of ' \t\n\r\u00A0\u2000\u200A\u2028\u2029\u202F\u205F\u3000\u0085') expect(isSpace(cu(c))).toBe(true);
    for (const c of 'a\u200B\uFEFFب') expect(isSpace(cu(c))).toBe(false);
    for (const c of '\n\r\u2028\u2029\u0085') expect(isLineBreak(cu(c))).toBe(true);
    for (const c of ' \t\u00A0') expect(isLineBreak(cu(c))).toBe(false);
  });
  it('isArabicPunctuation', () => {
    for (const c of '،؛؟٪٫٬۔؍') expect(isArabicPunctuation(cu(c))).toBe(true);
    for (const c of ',;?اـ١') expect(isArabicPunctuation(cu(c))).toBe(false);
  });
  it('read a one-character string as its code unit, NaN as no character, and refuse anything else by name', () => {
    // isArabicLetter('ب') was false (the string indexed nothing) and isSpace(10n) true (10n indexed "10").
    for (const c of 'بپﻻ') expect(isArabicLetter(c), c).toBe(true);
    expect(isArabicMark('\u064F')).toBe(true);
    expect(isSpace('\u00A0')).toBe(true);
    expect(isArabicLetter('قال'.charCodeAt(3))).toBe(false); // NaN: past the end
    expect(() => isSpace(10n as never)).toThrow(/^isSpace: expected a UTF-16 code unit .* got bigint/);
    expect(() => isArabicLetter(null as never)).toThrow(TypeError);
    expect(() => isTatweel(undefined as never)).toThrow(/^isTatweel: .* got undefined/);
    expect(() => isArabicLetter('قال')).toThrow(/^isArabicLetter: expected one UTF-16 code unit, got a string of 3/);
    expect(() => isInvisible('')).toThrow(RangeError);
    for (const f of [isArabicDigit, isLineBreak, isArabicPunctuation]) expect(() => f({} as never)).toThrow(TypeError);
  });
});

describe('generated presentation-form table', () => {
  it('matches the compatibility decomposition of every presentation form', async () => {
    const { PRESENTATION_FORMS } = await import('../src/normalize/presentation-forms.generated.js');
    const table = new Map<number, string>();
    for (let i = 0; i < PRESENTATION_FORMS.length; i += 2) {
      table.set(PRESENTATION_FORMS[i] as number, PRESENTATION_FORMS[i + 1] as string);
    }
    let changed = 0;
    for (const [lo, hi] of [[0xfb50, 0xfdff], [0xfe70, 0xfeff]] as const) {
      for (let c = lo; c <= hi; c++) {
        const ch = String.fromCharCode(c);
        const nfkc = ch.normalize('NFKC');
        if (nfkc === ch) expect(table.has(c)).toBe(false);
        else {
          changed++;
          expect(table.get(c)).toBe(nfkc);
        }
      }
    }
    expect(table.size).toBe(changed);
    expect(table.get(0xfdf2)).toBe('الله');
    expect(table.get(0xfefb)).toBe('لا');
  });
});

describe('NORMALIZE_SWITCHES', () => {
  it('lists every on/off operation, and each one alone changes a word that needs it', async () => {
    const { NORMALIZE_SWITCHES, normalize: norm } = await import('../src/index.js');
    const word: Record<string, string> = {
      diacritics: 'مُحَمَّد', tatweel: 'الـعراق', alef: 'أحمد', alefMaksura: 'مستشفى', tehMarbuta: 'مدرسة', hamza: 'مسؤول',
      persian: 'کتاب', presentationForms: 'ﻻ', punctuation: 'لماذا؟', invisibles: 'مي\u200cخواهم', whitespace: 'بغداد\u00a0\u00a0دمشق',
    };
    expect([...NORMALIZE_SWITCHES].sort()).toEqual(Object.keys(word).sort());
    for (const op of NORMALIZE_SWITCHES) {
      const input = word[op]!;
      expect(norm(input, { preset: 'display', presentationForms: false, invisibles: false, [op]: true }), op).not.toBe(input);
    }
  });
});
