/**
 * The one table of Arabic code points that drives normalisation and the tokenizer's character
 * classes. Every predicate here is O(1): one lookup in a `Uint16Array` of flags for U+0000–U+FFFF,
 * built once, lazily, on first use. Arguments are UTF-16 code units; anything outside
 * U+0000–U+FFFF (astral code points, negative numbers, NaN) is in no class.
 *
 * The ranges below were taken from the Unicode Character Database (general categories, Unicode 17)
 * at development time and are written out literally, so results never depend on the Unicode
 * version of the JavaScript engine.
 *
 * @module
 */

/** Flag bits of the class table. Internal: the bit layout may change. */
export const MARK = 1;
export const TATWEEL = 2;
export const INVISIBLE = 4;
export const LETTER = 8;
export const DIGIT = 16;
export const SPACE = 32;
export const PUNCT = 64;
export const LINE_BREAK = 128;
/** Basic-plane code points that may sit next to ZWJ inside an emoji sequence. */
export const EMOJI = 256;

/**
 * Combining marks used with Arabic (general category M inside the Arabic blocks): tashkeel
 * U+064B–U+065F, superscript alef U+0670, Quranic annotation signs U+0610–U+061A and U+06D6–U+06ED
 * (only the marks: U+06DD END OF AYAH is Cf, U+06DE is So, U+06E5/U+06E6 are letters, U+06E9 is
 * So),
 * and the extended marks U+0897–U+089F, U+08CA–U+08FF (U+08E2 is Cf, not a mark).
 * Pairs `[first, last]`, inclusive.
 */
export const MARK_RANGES: readonly number[] = [
  0x0610, 0x061a, 0x064b, 0x065f, 0x0670, 0x0670, 0x06d6, 0x06dc, 0x06df, 0x06e4, 0x06e7, 0x06e8,
  0x06ea, 0x06ed, 0x0897, 0x089f, 0x08ca, 0x08e1, 0x08e3, 0x08ff,
];

/**
 * Arabic letters (general category L) of U+0600–06FF, U+0750–077F, U+0870–08FF, U+FB50–FDFF,
 * U+FE70–FEFF, tatweel U+0640 excepted (see {@link isTatweel}).
 */
export const LETTER_RANGES: readonly number[] = [
  0x0620, 0x063f, 0x0641, 0x064a, 0x066e, 0x066f, 0x0671, 0x06d3, 0x06d5, 0x06d5, 0x06e5, 0x06e6,
  0x06ee, 0x06ef, 0x06fa, 0x06fc, 0x06ff, 0x06ff, 0x0750, 0x077f, 0x0870, 0x0887, 0x0889, 0x088f,
  0x08a0, 0x08c9, 0xfb50, 0xfbb1, 0xfbd3, 0xfd3d, 0xfd50, 0xfd8f, 0xfd92, 0xfdc7, 0xfdf0, 0xfdfb,
  0xfe70, 0xfe74, 0xfe76, 0xfefc,
];

/** Arabic-Indic digits ٠–٩ and Extended Arabic-Indic (Persian/Urdu) digits ۰–۹. */
export const DIGIT_RANGES: readonly number[] = [0x0660, 0x0669, 0x06f0, 0x06f9];

/**
 * Arabic punctuation (general category P in the Arabic blocks): ؉ ؊ ، ؍ ؛ ؝ ؞ ؟ ٪ ٫ ٬ ٭ ۔ ﴾ ﴿,
 * plus U+2E41 REVERSED COMMA ⹁ (used in Arabic script).
 */
export const PUNCT_RANGES: readonly number[] = [
  0x0609, 0x060a, 0x060c, 0x060d, 0x061b, 0x061b, 0x061d, 0x061f, 0x066a, 0x066d, 0x06d4, 0x06d4,
  0xfd3e, 0xfd3f, 0x2e41, 0x2e41,
];

/** Unicode White_Space: tab, LF, VT, FF, CR, space, NEL, NBSP, U+1680, U+2000–200A, LS, PS, U+202F, U+205F, U+3000. */
export const SPACE_RANGES: readonly number[] = [
  0x0009, 0x000d, 0x0020, 0x0020, 0x0085, 0x0085, 0x00a0, 0x00a0, 0x1680, 0x1680, 0x2000, 0x200a,
  0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000,
];

/** Line breaks among the spaces: LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
export const LINE_BREAK_RANGES: readonly number[] = [0x000a, 0x000d, 0x0085, 0x0085, 0x2028, 0x2029];

/**
 * Invisible format characters: soft hyphen U+00AD, ARABIC LETTER MARK U+061C, ZWSP U+200B,
 * ZWNJ U+200C, ZWJ U+200D, LRM U+200E, RLM U+200F, bidi embeddings and overrides U+202A–202E,
 * WORD JOINER U+2060, bidi isolates U+2066–2069, BOM / ZWNBSP U+FEFF.
 */
export const INVISIBLE_RANGES: readonly number[] = [
  0x00ad, 0x00ad, 0x061c, 0x061c, 0x200b, 0x200f, 0x202a, 0x202e, 0x2060, 0x2060, 0x2066, 0x2069,
  0xfeff, 0xfeff,
];

/**
 * Basic-plane Extended_Pictographic code points, plus U+20E3 COMBINING ENCLOSING KEYCAP and
 * U+FE0F VARIATION SELECTOR-16: the BMP part of "emoji" for the ZWJ rule (see {@link
 * isEmojiCodePoint}).
 */
const EMOJI_BMP_RANGES: readonly number[] = [
  0x00a9, 0x00a9, 0x00ae, 0x00ae, 0x203c, 0x203c, 0x2049, 0x2049, 0x20e3, 0x20e3, 0x2122, 0x2122,
  0x2139, 0x2139, 0x2194, 0x2199, 0x21a9, 0x21aa, 0x231a, 0x231b, 0x2328, 0x2328, 0x23cf, 0x23cf,
  0x23e9, 0x23f3, 0x23f8, 0x23fa, 0x24c2, 0x24c2, 0x25aa, 0x25ab, 0x25b6, 0x25b6, 0x25c0, 0x25c0,
  0x25fb, 0x25fe, 0x2600, 0x27bf, 0x2934, 0x2935, 0x2b05, 0x2b07, 0x2b1b, 0x2b1c, 0x2b50, 0x2b50,
  0x2b55, 0x2b55, 0x3030, 0x3030, 0x303d, 0x303d, 0x3297, 0x3297, 0x3299, 0x3299, 0xfe0f, 0xfe0f,
];

export const TATWEEL_CODE = 0x0640;
/** Tanween, the marks of an indefinite ending: fathatan ً U+064B, dammatan ٌ U+064C, kasratan ٍ U+064D. */
export const TANWEEN_FATH = 0x064b;
export const TANWEEN_DAMM = 0x064c;
export const TANWEEN_KASR = 0x064d;
/** Alef U+0627, which carries fathatan at the end of an accusative (`كتاباً`، `هاتفيًا`). */
export const ALEF_CODE = 0x0627;

/**
 * The Arabic letters that code compares by code unit (segmenter, clitics, key shapes, word facts): one
 * list, a `const enum` of one declaration, so that esbuild writes each member as a literal in every
 * module of the bundle (a top-level `const` there becomes a `var`, read from the module's context at
 * each use). Not exported from the package.
 */
export const enum Letter {
  HAMZA = 0x0621, // ء
  ALEF_HAMZA = 0x0623, // أ
  WAW_HAMZA = 0x0624, // ؤ
  YEH_HAMZA = 0x0626, // ئ
  ALEF = 0x0627, // ا
  BEH = 0x0628, // ب
  TEH_MARBUTA = 0x0629, // ة
  TEH = 0x062a, // ت
  SEEN = 0x0633, // س
  FEH = 0x0641, // ف
  KAF = 0x0643, // ك
  LAM = 0x0644, // ل
  MEEM = 0x0645, // م
  NOON = 0x0646, // ن
  HEH = 0x0647, // ه
  WAW = 0x0648, // و
  ALEF_MAKSURA = 0x0649, // ى
  YEH = 0x064a, // ي
}

/** Code unit `cu` is a tanween mark (ً ٌ ٍ). */
export function isTanween(cu: number): boolean {
  return cu >= TANWEEN_FATH && cu <= TANWEEN_KASR;
}

/**
 * `text[start, end)` ends in tanween, also with the alif written after it: indefinite, so an
 * adverb or a common noun, rarely a name (`هاتفياً`، `هاتفيًا`، `جداً`، `كتابٌ`; not `ترامب`).
 *
 * @example
 * endsWithTanween('قال ترامب هاتفياً', 10, 17); // → true
 */
export function endsWithTanween(text: string, start = 0, end = text.length): boolean {
  if (end - start > 1 && text.charCodeAt(end - 1) === ALEF_CODE) end--;
  return end > start && isTanween(text.charCodeAt(end - 1));
}
/**
 * Some code unit of `text[start, end)` is an Arabic presentation form (U+FB50–FDFF, U+FE70–FEFF): a
 * contextual form or a ligature (`ﻻ` = لا, `ﻷ` = ل + أ), as text copied from a PDF has them, where
 * one code unit may hold two letters.
 *
 * @example
 * hasPresentationForm('وﻻ'); // → true
 * hasPresentationForm('ولا'); // → false
 */
export function hasPresentationForm(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return true;
  }
  return false;
}

export const ZWNJ = 0x200c;
export const ZWJ = 0x200d;

let table: Uint16Array | undefined;

function fill(t: Uint16Array, ranges: readonly number[], flag: number): void {
  for (let i = 0; i < ranges.length; i += 2) {
    for (let c = ranges[i]!; c <= ranges[i + 1]!; c++) t[c]! |= flag;
  }
}

/** The class table (flags per UTF-16 code unit), built on first use. Internal. */
export function classTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  fill(t, MARK_RANGES, MARK);
  fill(t, LETTER_RANGES, LETTER);
  fill(t, DIGIT_RANGES, DIGIT);
  fill(t, PUNCT_RANGES, PUNCT);
  fill(t, SPACE_RANGES, SPACE);
  fill(t, LINE_BREAK_RANGES, LINE_BREAK);
  fill(t, INVISIBLE_RANGES, INVISIBLE);
  fill(t, EMOJI_BMP_RANGES, EMOJI);
  t[TATWEEL_CODE] = TATWEEL;
  return (table = t);
}

function has(cu: number, flag: number): boolean {
  const t = table ?? classTable();
  // Out-of-range indices read `undefined`, and `undefined & flag` is 0.
  return (t[cu]! & flag) !== 0;
}

/**
 * Is this UTF-16 code unit a combining mark used with Arabic (harakat, shadda, sukun, superscript
 * alef, Quranic annotation marks, extended Arabic marks)? This is exactly the set that the
 * `diacritics` operation removes.
 *
 * @example
 * isArabicMark('مُ'.charCodeAt(1)); // true  (damma U+064F)
 * isArabicMark('م'.charCodeAt(0));  // false
 */
export function isArabicMark(cu: number): boolean {
  return has(cu, MARK);
}

/**
 * Is this code unit the tatweel (kashida) U+0640 `ـ`? Tatweel is not a letter for
 * {@link isArabicLetter}.
 *
 * @example
 * isTatweel('الـعراق'.charCodeAt(2)); // true
 */
export function isTatweel(cu: number): boolean {
  return cu === TATWEEL_CODE;
}

/**
 * Is this code unit an invisible format character (ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM U+061C, bidi
 * embeddings, overrides and isolates, word joiner, BOM, soft hyphen)? This is the set the
 * `invisibles` operation removes (ZWJ/ZWNJ between two emoji excepted).
 *
 * @example
 * isInvisible('می‌خواهم'.charCodeAt(2)); // true (ZWNJ U+200C)
 */
export function isInvisible(cu: number): boolean {
  return has(cu, INVISIBLE);
}

/**
 * Is this code unit an Arabic-script letter (general category L in U+0600–06FF, U+0750–077F,
 * U+0870–08FF, U+FB50–FDFF, U+FE70–FEFF), including Persian, Urdu and Kurdish letters and the
 * presentation forms? Digits, punctuation, marks and tatweel are not letters.
 *
 * @example
 * isArabicLetter('ع'.charCodeAt(0)); // true
 * isArabicLetter('پ'.charCodeAt(0)); // true
 * isArabicLetter('ـ'.charCodeAt(0)); // false (tatweel)
 */
export function isArabicLetter(cu: number): boolean {
  return has(cu, LETTER);
}

/**
 * Is this code unit an Arabic-Indic digit ٠–٩ (U+0660–0669) or an Extended Arabic-Indic digit
 * ۰–۹ (U+06F0–06F9)?
 *
 * @example
 * isArabicDigit('٣'.charCodeAt(0)); // true
 * isArabicDigit('3'.charCodeAt(0)); // false
 */
export function isArabicDigit(cu: number): boolean {
  return has(cu, DIGIT);
}

/**
 * Is this code unit Unicode white space (space, tab, line breaks, NBSP, U+2000–200A, U+202F,
 * U+205F, U+3000 …)? ZWSP and BOM are invisibles, not spaces.
 *
 * @example
 * isSpace('\u00a0'.charCodeAt(0)); // true (NBSP, as in «في\u00a0بغداد»)
 */
export function isSpace(cu: number): boolean {
  return has(cu, SPACE);
}

/**
 * Is this code unit a line break (LF, VT, FF, CR, NEL, U+2028, U+2029)? Every line break is also
 * a space for {@link isSpace}.
 *
 * @example
 * isLineBreak('سطر\nسطر'.charCodeAt(3)); // true
 */
export function isLineBreak(cu: number): boolean {
  return has(cu, LINE_BREAK);
}

/**
 * Is this code unit Arabic-script punctuation: ، ؛ ؟ ٪ ٫ ٬ ٭ ۔ ؍ ؉ ؊ ؝ ؞ ﴾ ﴿ ⹁?
 *
 * @example
 * isArabicPunctuation('؟'.charCodeAt(0)); // true
 */
export function isArabicPunctuation(cu: number): boolean {
  return has(cu, PUNCT);
}

/**
 * Is this code point (a full code point, not a code unit) part of an emoji for the ZWJ/ZWNJ rule?
 * True for basic-plane Extended_Pictographic characters, U+FE0F, U+20E3, every code point of
 * U+1F000–U+1FFFF (pictographs, emoticons, skin-tone modifiers, regional indicators …) and the
 * tag characters U+E0020–U+E007F used by flag sequences. Internal.
 */
export function isEmojiCodePoint(cp: number): boolean {
  if (cp < 0x10000) return has(cp, EMOJI);
  return (cp >= 0x1f000 && cp <= 0x1ffff) || (cp >= 0xe0020 && cp <= 0xe007f);
}

// ---------------------------------------------------------------------------------------------
// Letter mappings of the normalisation operations. Flat pairs: source code unit, target code
// unit(s). Every operation's mapping lives here, next to the classes above.

/**
 * `alef`: hamzated and rarer alef forms → bare alef ا U+0627: آ U+0622, أ U+0623, إ U+0625,
 * ٱ (wasla) U+0671, ٲ U+0672, ٳ U+0673, ٵ (high hamza alef) U+0675, ݳ U+0773, ݴ U+0774,
 * ࢭ (low alef) U+08AD.
 */
export const ALEF_MAP: readonly number[] = [
  0x0622, 0x0627, 0x0623, 0x0627, 0x0625, 0x0627, 0x0671, 0x0627, 0x0672, 0x0627, 0x0673, 0x0627,
  0x0675, 0x0627, 0x0773, 0x0627, 0x0774, 0x0627, 0x08ad, 0x0627,
];

/** `alefMaksura`: ى U+0649 → ي U+064A. */
export const ALEF_MAKSURA_MAP: readonly number[] = [0x0649, 0x064a];

/** `tehMarbuta`: ة U+0629 → ه U+0647. */
export const TEH_MARBUTA_MAP: readonly number[] = [0x0629, 0x0647];

/**
 * `hamza`: hamza on a carrier → the bare carrier: ؤ U+0624 → و, ئ U+0626 → ي, and the high-hamza
 * forms ٶ U+0676 → و, ٸ U+0678 → ي. Standalone ء U+0621 stays; hamza on alef is `alef`'s.
 */
export const HAMZA_MAP: readonly number[] = [0x0624, 0x0648, 0x0626, 0x064a, 0x0676, 0x0648, 0x0678, 0x064a];

/**
 * `persian`: Persian, Urdu, Kurdish, Pashto letter forms that have an Arabic equivalent →
 * that equivalent. ک U+06A9 and ڪ U+06AA → ك; ی U+06CC, ې U+06D0, ۍ U+06CD, ێ U+06CE,
 * ے U+06D2 → ي; ۓ U+06D3 → ئ; ہ U+06C1, ە U+06D5, ھ U+06BE, ۀ U+06C0, ۂ U+06C2 → ه;
 * ۃ U+06C3 → ة. Letters with no Arabic equivalent (پ چ ژ گ ڤ ڵ ۆ ٹ ڈ ڑ ں …) are kept.
 */
export const PERSIAN_MAP: readonly number[] = [
  0x06a9, 0x0643, 0x06aa, 0x0643, 0x06cc, 0x064a, 0x06d0, 0x064a, 0x06cd, 0x064a, 0x06ce, 0x064a,
  0x06d2, 0x064a, 0x06d3, 0x0626, 0x06c1, 0x0647, 0x06d5, 0x0647, 0x06be, 0x0647, 0x06c0, 0x0647,
  0x06c2, 0x0647, 0x06c3, 0x0629,
];

/**
 * `punctuation`: Arabic punctuation → ASCII: ، → `,`  ؛ → `;`  ؟ → `?`  ٪ → `%`  ٫ (decimal
 * separator) → `.`  ٬ (thousands separator) → `,`  ۔ (Urdu full stop) → `.`.
 */
export const PUNCTUATION_MAP: readonly number[] = [
  0x060c, 0x2c, 0x061b, 0x3b, 0x061f, 0x3f, 0x066a, 0x25, 0x066b, 0x2e, 0x066c, 0x2c, 0x06d4, 0x2e,
];

/** First code units of the three digit sets: Western 0–9, Arabic-Indic ٠–٩, Extended ۰–۹. */
export const DIGIT_ZERO_LATIN = 0x30;
export const DIGIT_ZERO_ARABIC = 0x0660;
export const DIGIT_ZERO_EXTENDED = 0x06f0;
