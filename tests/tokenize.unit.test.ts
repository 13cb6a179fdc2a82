import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/normalize/index.js';
import { tokenize, type Token } from '../src/tokenize/index.js';
import { tokenInvariantError } from './tokenize.helpers.js';

const pairs = (text: string): [string, string][] => tokenize(text).map((t) => [t.text, t.kind]);

describe('tokenize: kinds', () => {
  it('splits Arabic words, keeping diacritics, tatweel and presentation forms inside', () => {
    expect(pairs('قالَ مُحَمَّدٌ الـعراق ﻻ')).toEqual([
      ['قالَ', 'word'],
      ['مُحَمَّدٌ', 'word'],
      ['الـعراق', 'word'],
      ['ﻻ', 'word'],
    ]);
  });

  it('gives offsets into the original text', () => {
    const text = '  وقال\u00a0الرئيس،  ';
    const tokens = tokenize(text);
    expect(tokens.map((t) => [t.start, t.end])).toEqual([
      [2, 6],
      [7, 13],
      [13, 14],
    ]);
    expect(tokenInvariantError(text, tokens)).toBe('');
  });

  it('recognises numbers of the three digit systems with separators and percent signs', () => {
    expect(pairs('3.5 1,000 ٣٫٥ ١٢٬٣٤٥ ۱۲۳ 50% ٪٥ ٤٥٪ 2020.')).toEqual([
      ['3.5', 'number'],
      ['1,000', 'number'],
      ['٣٫٥', 'number'],
      ['١٢٬٣٤٥', 'number'],
      ['۱۲۳', 'number'],
      ['50%', 'number'],
      ['٪', 'punct'],
      ['٥', 'number'],
      ['٤٥٪', 'number'],
      ['2020', 'number'],
      ['.', 'punct'],
    ]);
  });

  it('recognises Latin words, alphanumerics and apostrophes', () => {
    expect(pairs("CNN COVID19 5G don't Ωμέγα")).toEqual([
      ['CNN', 'latin'],
      ['COVID19', 'latin'],
      ['5G', 'latin'],
      ["don't", 'latin'],
      ['Ωμέγα', 'latin'],
    ]);
  });

  it('recognises URLs, e-mails, hashtags and mentions', () => {
    expect(pairs('زوروا https://example.com/a_b?x=1&y=(2). أو www.gov.iq، راسلوا info@tahlil.org @user_1 #مصر #COVID19 #كل_الاخبار')).toEqual([
      ['زوروا', 'word'],
      ['https://example.com/a_b?x=1&y=(2)', 'url'],
      ['.', 'punct'],
      ['أو', 'word'],
      ['www.gov.iq', 'url'],
      ['،', 'punct'],
      ['راسلوا', 'word'],
      ['info@tahlil.org', 'email'],
      ['@user_1', 'mention'],
      ['#مصر', 'hashtag'],
      ['#COVID19', 'hashtag'],
      ['#كل_الاخبار', 'hashtag'],
    ]);
  });

  it('keeps a URL with an Arabic path and stops at Arabic punctuation', () => {
    expect(pairs('الرابط https://ar.wikipedia.org/wiki/بغداد،ثم')).toEqual([
      ['الرابط', 'word'],
      ['https://ar.wikipedia.org/wiki/بغداد', 'url'],
      ['،', 'punct'],
      ['ثم', 'word'],
    ]);
  });

  it('recognises bare domains only with a known top-level domain', () => {
    expect(pairs('موقع example.com و Node.js')).toEqual([
      ['موقع', 'word'],
      ['example.com', 'url'],
      ['و', 'word'],
      ['Node', 'latin'],
      ['.', 'punct'],
      ['js', 'latin'],
    ]);
  });

  it('keeps whole emoji grapheme clusters', () => {
    expect(pairs('👍🏽 👨‍👩‍👧 🇮🇶🇸🇾 1️⃣ #️⃣ ❤️ ❤️‍🔥 🏴󠁧󠁢󠁳󠁣󠁴󠁿 © ©️')).toEqual([
      ['👍🏽', 'emoji'],
      ['👨‍👩‍👧', 'emoji'],
      ['🇮🇶', 'emoji'],
      ['🇸🇾', 'emoji'],
      ['1️⃣', 'emoji'],
      ['#️⃣', 'emoji'],
      ['❤️', 'emoji'],
      ['❤️‍🔥', 'emoji'],
      ['🏴󠁧󠁢󠁳󠁣󠁴󠁿', 'emoji'],
      ['©', 'symbol'],
      ['©️', 'emoji'],
    ]);
  });

  it('treats an emoji glued to a word as its own token', () => {
    expect(pairs('مبروك🎉🎉')).toEqual([
      ['مبروك', 'word'],
      ['🎉', 'emoji'],
      ['🎉', 'emoji'],
    ]);
  });

  it('makes Arabic comma, semicolon and question mark punct, and groups terminal runs', () => {
    expect(pairs('هل؟نعم،لا؛ربما!! حقا؟!...')).toEqual([
      ['هل', 'word'],
      ['؟', 'punct'],
      ['نعم', 'word'],
      ['،', 'punct'],
      ['لا', 'word'],
      ['؛', 'punct'],
      ['ربما', 'word'],
      ['!!', 'punct'],
      ['حقا', 'word'],
      ['؟!...', 'punct'],
    ]);
  });

  it('marks symbols', () => {
    expect(pairs('$100 + 5 = ١٠٥ ﷼')).toEqual([
      ['$', 'symbol'],
      ['100', 'number'],
      ['+', 'symbol'],
      ['5', 'number'],
      ['=', 'symbol'],
      ['١٠٥', 'number'],
      ['﷼', 'symbol'],
    ]);
  });
});

describe('tokenize: mixed cases', () => {
  it('splits a proclitic joined by tatweel to Latin or digits', () => {
    expect(pairs('بـCNN')).toEqual([
      ['بـ', 'word'],
      ['CNN', 'latin'],
    ]);
    expect(pairs('الـ5G')).toEqual([
      ['الـ', 'word'],
      ['5G', 'latin'],
    ]);
    expect(pairs('لـ(كل الاخبار)')).toEqual([
      ['لـ', 'word'],
      ['(', 'punct'],
      ['كل', 'word'],
      ['الاخبار', 'word'],
      [')', 'punct'],
    ]);
    expect(pairs('بـ2020')).toEqual([
      ['بـ', 'word'],
      ['2020', 'number'],
    ]);
  });

  it('makes quotes attached to words separate punct tokens', () => {
    expect(pairs('«مرحبا» “hello” "اهلا" \'نعم\'')).toEqual([
      ['«', 'punct'],
      ['مرحبا', 'word'],
      ['»', 'punct'],
      ['“', 'punct'],
      ['hello', 'latin'],
      ['”', 'punct'],
      ['"', 'punct'],
      ['اهلا', 'word'],
      ['"', 'punct'],
      ["'", 'punct'],
      ['نعم', 'word'],
      ["'", 'punct'],
    ]);
  });

  it('keeps a word with an RLM or a ZWNJ inside as one word', () => {
    expect(pairs('و\u200fالعراق مي\u200cخواهم')).toEqual([
      ['و\u200fالعراق', 'word'],
      ['مي\u200cخواهم', 'word'],
    ]);
    expect(tokenize('و\u200fالعراق')[0]!.norm).toBe('والعراق');
  });

  it('attaches invisibles to the token before them, or after them after white space', () => {
    expect(pairs('\u200fمرحبا\u200f abc\u200e \u200f \u202bنص\u202c')).toEqual([
      ['\u200fمرحبا\u200f', 'word'],
      ['abc\u200e', 'latin'],
      ['\u200f', 'symbol'],
      ['\u202bنص\u202c', 'word'],
    ]);
  });

  it('keeps a tatweel at the end of a word in the word', () => {
    expect(pairs('العراقيةـ السورية')).toEqual([
      ['العراقيةـ', 'word'],
      ['السورية', 'word'],
    ]);
  });

  it('handles text with no spaces at all', () => {
    const text = 'قال«الرئيس»:ارتفع3.5%فيبغداد،CNN😀#مصر';
    expect(pairs(text)).toEqual([
      ['قال', 'word'],
      ['«', 'punct'],
      ['الرئيس', 'word'],
      ['»', 'punct'],
      [':', 'punct'],
      ['ارتفع', 'word'],
      ['3.5%', 'number'],
      ['فيبغداد', 'word'],
      ['،', 'punct'],
      ['CNN', 'latin'],
      ['😀', 'emoji'],
      ['#مصر', 'hashtag'],
    ]);
    expect(tokenInvariantError(text, tokenize(text))).toBe('');
  });

  it('splits Arabic from Latin and digits without spaces', () => {
    expect(pairs('عام2020م iPhoneجديد')).toEqual([
      ['عام', 'word'],
      ['2020', 'number'],
      ['م', 'word'],
      ['iPhone', 'latin'],
      ['جديد', 'word'],
    ]);
  });
});

describe('tokenize: norm', () => {
  it("uses the 'standard' preset by default", () => {
    const tokens = tokenize('قالَ إنَّ الـعراق أكبر');
    for (const t of tokens) expect(t.norm).toBe(normalize(t.text, 'standard'));
    expect(tokens.map((t) => t.norm)).toEqual(['قال', 'ان', 'العراق', 'اكبر']);
  });

  it('accepts another preset or options', () => {
    expect(tokenize('مدرسةٌ ١٢', { normalize: 'search' }).map((t) => t.norm)).toEqual(['مدرسه', '12']);
    expect(tokenize('أحمد', { normalize: { preset: 'standard', alef: false } })[0]!.norm).toBe('أحمد');
    expect(tokenize('أحمد')[0]!.norm).toBe('احمد');
  });

  it('gives the same norm on repeated calls (cached forms)', () => {
    const a = tokenize('إلى إلى بغداد');
    const b = tokenize('إلى بغداد', { normalize: 'display' });
    expect(a.map((t) => t.norm)).toEqual(['الى', 'الى', 'بغداد']);
    expect(b.map((t) => t.norm)).toEqual(['إلى', 'بغداد']);
  });

  it('keeps every norm right while its cache grows (thousands of spellings in one text, then again)', () => {
    // Real words of the fixture articles under proclitics and with a fatha, damma or kasra on one
    // letter: more distinct spellings than the cache takes before its last growth (1,024 + 4,096 + 16,384).
    const article = ['000_496c174df8b04b51.txt', '003_c07e43e3ddaf4e87.txt'].map((f) => readFileSync(`fixtures/${f}`, 'utf8')).join(' ');
    const words = [...new Set(article.split(/\s+/).filter((w) => /^[\u0621-\u064a]{3,}$/.test(w)))];
    const spellings: string[] = [];
    for (const w of words) for (const p of ['', 'و', 'ف', 'ب', 'ل', 'وال', 'بال']) for (let i = 1; i < w.length; i++) for (const mark of '\u064e\u064f\u0650') spellings.push(p + w.slice(0, i) + mark + w.slice(i));
    expect(new Set(spellings).size).toBeGreaterThan(1024 + 4096 + 16_384);
    const text = spellings.join(' ');
    for (const preset of ['standard', 'search'] as const) {
      for (let pass = 0; pass < 2; pass++) {
        const tokens = tokenize(text, { normalize: preset });
        expect(tokens.length).toBe(spellings.length);
        const wrong = tokens.filter((t) => t.text !== text.slice(t.start, t.end) || t.norm !== normalize(t.text, preset));
        expect(wrong.map((t) => t.text).slice(0, 3)).toEqual([]);
      }
    }
  });

  it('rejects bad options', () => {
    expect(() => tokenize('x', { normalize: 'nope' as never })).toThrow(RangeError);
    expect(() => tokenize('x', 5 as never)).toThrow(TypeError);
  });
});

describe('tokenize: robustness', () => {
  it('throws a TypeError naming the argument on non-string input', () => {
    for (const bad of [undefined, null, 5, {}, ['a'], Symbol('x')]) {
      expect(() => tokenize(bad as never)).toThrow(TypeError);
      expect(() => tokenize(bad as never)).toThrow(/text/);
    }
  });

  it('returns [] for empty or white-space text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t\u00a0\u2028')).toEqual([]);
  });

  it('keeps lone surrogates as symbols', () => {
    const text = 'a\ud800b \udc00 \ud83d';
    const tokens = tokenize(text);
    expect(tokenInvariantError(text, tokens)).toBe('');
    expect(tokens.map((t) => t.kind)).toEqual(['latin', 'symbol', 'latin', 'symbol', 'symbol']);
  });

  it('handles a 200,000-character word with no space', () => {
    const word = 'ب'.repeat(200_000);
    const tokens = tokenize(word);
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.text).toBe(word);
    const mixed = 'abc.'.repeat(50_000);
    expect(tokenInvariantError(mixed, tokenize(mixed))).toBe('');
    const at = 'a@'.repeat(100_000);
    expect(tokenInvariantError(at, tokenize(at))).toBe('');
    const dots = 'a-b.'.repeat(50_000) + '@';
    expect(tokenInvariantError(dots, tokenize(dots))).toBe('');
    const url = 'https://x.' + 'a'.repeat(200_000);
    expect(tokenize(url).map((t) => t.kind)).toEqual(['url']);
    const emoji = '👍\u200d'.repeat(50_000);
    expect(tokenInvariantError(emoji, tokenize(emoji))).toBe('');
  });

  it('handles a text of only diacritics, and bidi controls', () => {
    const marks = '\u064e\u064f\u0650\u0651\u0652'.repeat(1000);
    const tokens = tokenize(marks);
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.kind).toBe('word');
    expect(tokens[0]!.norm).toBe('');
    const bidi = '\u202b\u202a\u200f\u2066 \u2069\u202c';
    expect(tokenInvariantError(bidi, tokenize(bidi))).toBe('');
  });

  it('returns plain objects with exactly the five fields', () => {
    const [t] = tokenize('بغداد') as [Token];
    expect(Object.keys(t).sort()).toEqual(['end', 'kind', 'norm', 'start', 'text']);
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });
});
