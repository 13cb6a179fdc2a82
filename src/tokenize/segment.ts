import { ClassSet, Cls, tokenClasses } from './classes.js';
import {
  MAX_PROTECTED_SUFFIX,
  PARTICLE_BASES,
  PARTICLE_BASES_FIRST_PERSON,
  PARTICLE_BASES_NI,
  PROTECTED,
  PROTECTED_SUFFIXES,
  SHORT_STEMS,
} from './segment-lexicon.js';
import { Letter, TANWEEN_DAMM, TANWEEN_FATH, TANWEEN_KASR } from '../normalize/chars.js';
import { isConjunction, isPreposition } from './clitics.js';
import { checkOptions, checkString } from './tokenize.js';
import { DEMONYM_FORMS } from '../gazetteer/generated/lexicon.js';
import { commonWordSet } from '../gazetteer/common-words.js';
import { filterOf, type KeyFilter } from '../gazetteer/key-filter.js';
import type { CliticTag, SegmentOptions, SegmentPart, Segmentation, Token } from './types.js';


/** A proclitic in a plan: its length in letters, its tag, whether it is the elided article of لل. */
interface Pro {
  len: number;
  tag: CliticTag;
  elided: boolean;
}

/** How to cut a word: proclitics (in letters) and the enclitic's length in letters (0: none). */
interface Plan {
  pro: readonly Pro[];
  enc: number;
}

const NO_CUT: Plan = { pro: [], enc: 0 };
const P_CONJ: Pro = { len: 1, tag: 'conj', elided: false };
const P_PREP: Pro = { len: 1, tag: 'prep', elided: false };
const P_DET: Pro = { len: 2, tag: 'det', elided: false };
const P_DET_ELIDED: Pro = { len: 1, tag: 'det', elided: true };
const P_FUT: Pro = { len: 1, tag: 'fut', elided: false };

/** Enclitic pronouns, longest first. */
const ENCLITICS = ['هما', 'كما', 'ها', 'هم', 'هن', 'كم', 'كن', 'نا', 'ني', 'ه', 'ك', 'ي'];

// The proclitic sequences, made once: a plan refers to them and never changes them.
const S_NONE: readonly Pro[] = [];
const S_P: readonly Pro[] = [P_PREP];
const S_P_DE: readonly Pro[] = [P_PREP, P_DET_ELIDED];
const S_P_D: readonly Pro[] = [P_PREP, P_DET];
const S_D: readonly Pro[] = [P_DET];
const S_F: readonly Pro[] = [P_FUT];
const S_C: readonly Pro[] = [P_CONJ];
const S_C_P: readonly Pro[] = [P_CONJ, P_PREP];
const S_C_P_DE: readonly Pro[] = [P_CONJ, P_PREP, P_DET_ELIDED];
const S_C_P_D: readonly Pro[] = [P_CONJ, P_PREP, P_DET];
const S_C_D: readonly Pro[] = [P_CONJ, P_DET];
const S_C_F: readonly Pro[] = [P_CONJ, P_FUT];

/**
 * The proclitic sequences each {@link afterKind} allows at a letter, after nothing (`[0]`) and after
 * a conjunction (`[1]`): nothing; ب/ك/ل; لل (the article's alef elided: للعراق); ب/ك/ل + ال
 * (بالعراق); ال; the future س (سيقول).
 */
const SEQUENCES_AFTER: readonly (readonly (readonly Pro[])[])[][] = [
  [[], []],
  [[S_P], [S_C_P]],
  [[S_P, S_P_DE], [S_C_P, S_C_P_DE]],
  [[S_P, S_P_D], [S_C_P, S_C_P_D]],
  [[S_D], [S_C_D]],
  [[S_F], [S_C_F]],
];

/** Appends to `out` the proclitic sequences that may start at letter `p` of `L` after `conj` (a conjunction or nothing). */
function pushAfter(out: (readonly Pro[])[], L: string, p: number, conj: boolean): void {
  for (const seq of SEQUENCES_AFTER[afterKind(L, p)]![conj ? 1 : 0]!) out.push(seq);
}

/**
 * The proclitic sequences the letters allow, the empty one first: (و|ف)? then (ب|ك|ل)(ال)? |
 * ل(ل elided) | ال | س before ي ت ن أ. With `tanween`, only those {@link tanweenAllows}. Shared
 * lists (never changed), one for each {@link optionsKey}: a new word's list was made, grown by
 * `push` and filtered again for each word (about 60 of the bytes its cut allocated).
 */
function procliticOptions(L: string, tanween: number): readonly (readonly Pro[])[] {
  const key = optionsKey(L, tanween);
  let out = OPTIONS_BY_KEY[key];
  if (out === undefined) OPTIONS_BY_KEY[key] = out = makeProcliticOptions(L, tanween);
  return out;
}

/**
 * Which proclitics may start at letter `p` of `L` ({@link SEQUENCES_AFTER}): 0 none, 1 a preposition
 * (ب ك ل), 2 a preposition and the article's elided alef (لل), 3 a preposition and the article
 * (بال), 4 the article (ال), 5 the future س before ي ت ن أ.
 */
function afterKind(L: string, p: number): number {
  // No read past the end (NaN, which no test matches): V8 deoptimises at the first such read, and
  // this runs for every word (a conjunction alone or before one letter reads past it here).
  const n = L.length;
  const ch = p < n ? L.charCodeAt(p) : 0;
  const c1 = p + 1 < n ? L.charCodeAt(p + 1) : 0;
  if (isPreposition(ch)) {
    if (ch === Letter.LAM && c1 === Letter.LAM) return 2;
    return c1 === Letter.ALEF && p + 2 < n && L.charCodeAt(p + 2) === Letter.LAM ? 3 : 1;
  }
  if (ch === Letter.ALEF && c1 === Letter.LAM) return 4;
  return ch === Letter.SEEN && (c1 === Letter.YEH || c1 === Letter.TEH || c1 === Letter.NOON || c1 === Letter.ALEF_HAMZA) ? 5 : 0;
}

/** Kinds {@link afterKind} tells apart. */
const enum Sg { AFTER_KINDS = 6 }
/** Keys of {@link optionsKey} for one tanween: no conjunction (the kind at letter 0), or one and the kind at letter 1. */
const enum Sg { KEYS_A_TANWEEN = Sg.AFTER_KINDS * (Sg.AFTER_KINDS + 1) }

/**
 * What decides {@link procliticOptions}, as a small integer below `4 * Sg.KEYS_A_TANWEEN`: what
 * {@link pushAfter} finds at the word's start, or after its conjunction, and the tanween. A
 * table of 168 lists read by it, where a Map by the classes of the first four letters (thousands
 * of keys, one lookup a call, about three calls a new word) was a cache miss or two a call.
 */
function optionsKey(L: string, tanween: number): number {
  const t = tanween === 0 ? 0 : tanween === TANWEEN_FATH ? 1 : tanween === TANWEEN_DAMM ? 2 : 3;
  const after = isConjunction(L.charCodeAt(0)) ? Sg.AFTER_KINDS * (1 + afterKind(L, 1)) : afterKind(L, 0);
  return after + Sg.KEYS_A_TANWEEN * t;
}

/** The lists of {@link procliticOptions} by {@link optionsKey}, each made on first use. */
const OPTIONS_BY_KEY: (readonly (readonly Pro[])[] | undefined)[] = /* @__PURE__ */ new Array(4 * Sg.KEYS_A_TANWEEN).fill(undefined);

/** The start of every list of {@link procliticOptions}: the empty sequence. */
const ONLY_NONE: readonly (readonly Pro[])[] = [S_NONE];

/** {@link procliticOptions}, made. */
function makeProcliticOptions(L: string, tanween: number): (readonly Pro[])[] {
  // A copy, not a literal: the lists are kept, and V8, once it saw a literal's arrays survive,
  // allocated it in the old generation and deoptimised procliticOptions (which inlines this) in the
  // middle of a first pass (jit-trace aqmar: compiled twice). A copy has no allocation site.
  const out = ONLY_NONE.slice();
  pushAfter(out, L, 0, false);
  if (isConjunction(L.charCodeAt(0))) {
    out.push(S_C);
    pushAfter(out, L, 1, true);
  }
  if (!tanween) return out;
  return out.filter((pro) => tanweenAllows(pro, tanween));
}

/**
 * If `r = L.slice(q)` is a protected word plus an allowed suffix, the length of the shortest such
 * suffix (0 when `r` itself is protected); otherwise -1. Each base (`r` without 0 to 4 letters) is
 * first put to {@link protectedFilter} in place: most bases of a new word are no protected word in
 * any form, and were sliced, with their suffix, to be looked up (about 2 lookups a new word).
 */
function protectedSuffix(L: string, q: number, hehIsTeh: boolean): number {
  const n = L.length;
  const max = Math.min(MAX_PROTECTED_SUFFIX, n - q - 1);
  const f = protectedFilter();
  for (let x = 0; x <= max; x++) {
    if (x > 0 && !suffixFilter().mayHaveRange(L, n - x, n)) continue;
    if (!mayBeProtectedBase(f, L, q, n - x, x > 0, hehIsTeh)) continue;
    const base = L.slice(q, n - x);
    if (x === 0) {
      if (isProtected(base, hehIsTeh)) return 0;
      continue;
    }
    const suffix = L.slice(n - x);
    if (!PROTECTED_SUFFIXES.has(suffix)) continue;
    if (isProtected(base, hehIsTeh)) return x;
    // A final hamza changes its seat before a pronoun: بناء → بنائه، لقاء → لقائها، أبناء → أبناؤهم.
    const b = base.charCodeAt(base.length - 1);
    if ((b === Letter.YEH_HAMZA || b === Letter.WAW_HAMZA) && PROTECTED.has(base.slice(0, -1) + 'ء')) return x;
    const s0 = suffix.charCodeAt(0);
    if ((s0 === Letter.TEH || s0 === Letter.ALEF) && PROTECTED.has(base + 'ة')) return x;
  }
  return -1;
}

let protectedWords: KeyFilter | undefined;
let protectedSuffixes: KeyFilter | undefined;

/** {@link PROTECTED} as a {@link KeyFilter} (made on first use). */
function protectedFilter(): KeyFilter {
  return (protectedWords ??= filterOf(PROTECTED));
}

/** {@link PROTECTED_SUFFIXES} as a {@link KeyFilter} (made on first use). */
function suffixFilter(): KeyFilter {
  return (protectedSuffixes ??= filterOf(PROTECTED_SUFFIXES));
}

/**
 * False when `L.slice(from, to)` (`f`: {@link protectedFilter}) is a protected word in none of the forms {@link protectedSuffix}
 * tries: as it is, with a final ه read as ة (`hehIsTeh`), and before a suffix (`suffixed`) with a
 * final ئ or ؤ read as ء or with a ة after it.
 */
function mayBeProtectedBase(f: KeyFilter, L: string, from: number, to: number, suffixed: boolean, hehIsTeh: boolean): boolean {
  if (f.mayHaveRange(L, from, to)) return true;
  const b = L.charCodeAt(to - 1);
  if (hehIsTeh && b === Letter.HEH && f.mayHaveRange(L, from, to - 1, Letter.TEH_MARBUTA)) return true;
  if (!suffixed) return false;
  if ((b === Letter.YEH_HAMZA || b === Letter.WAW_HAMZA) && f.mayHaveRange(L, from, to - 1, Letter.HAMZA)) return true;
  const s0 = L.charCodeAt(to);
  return (s0 === Letter.TEH || s0 === Letter.ALEF) && f.mayHaveRange(L, from, to, Letter.TEH_MARBUTA);
}

/** 1 if `L` begins with و or ف, else 0. */
function conjLength(L: string): number {
  const c = L.charCodeAt(0);
  return isConjunction(c) ? 1 : 0;
}

/** Does `r` begin with the article, alone or after ب ك ل (ال… بال… كال… لل…)? */
function hasArticleAhead(r: string): boolean {
  if (r.startsWith('ال') || r.startsWith('لل')) return true;
  const c = r.charCodeAt(0);
  return (c === Letter.BEH || c === Letter.KAF) && r.startsWith('ال', 1);
}

/** Length of `s` without one inflectional ending (ة، ات، وا، ت after a consonant, ا), for the minimum-stem rule. */
function coreLength(s: string): number {
  const n = s.length;
  const last = s.charCodeAt(n - 1);
  if (last === Letter.TEH_MARBUTA) return n - 1;
  if (n >= 4 && s.endsWith('ات')) return n - 2;
  if (n >= 4 && s.endsWith('وا')) return n - 2;
  if (last === Letter.TEH && n >= 2) {
    const before = s.charCodeAt(n - 2);
    return before === Letter.WAW || before === Letter.YEH || before === Letter.ALEF ? n : n - 1;
  }
  if (last === Letter.ALEF) return n - 1;
  return n;
}

/**
 * Is `s` a protected word? With `hehIsTeh` (a word already in 'search' form) also with its ة
 * written ه (وزاره is وزارة). Not in running text, where a final ه is a pronoun as often as not:
 * وجهه is وجه + ه (his face), not وجهة (direction).
 */
function isProtected(s: string, hehIsTeh: boolean): boolean {
  return PROTECTED.has(s) || (hehIsTeh && s.endsWith('ه') && PROTECTED.has(s.slice(0, -1) + 'ة'));
}

/** Does the 'search' normalisation fold the letter `c` (أ إ آ ٱ ؤ ئ ى ی ة ک)? */
function folds(c: number): boolean {
  return c === Letter.ALEF_HAMZA || c === 0x0625 || c === 0x0622 || c === 0x0671 || c === Letter.WAW_HAMZA || c === Letter.YEH_HAMZA || c === Letter.ALEF_MAKSURA || c === 0x06cc || c === Letter.TEH_MARBUTA || c === 0x06a9;
}

/** Letters folded as the 'search' normalisation folds them (أ إ آ ٱ → ا، ؤ → و، ئ ى → ي، ة → ه). */
function fold(s: string): string {
  let i = 0;
  while (i < s.length && !folds(s.charCodeAt(i))) i++;
  if (i === s.length) return s; // most stems: nothing to fold, no new string
  let out = s.slice(0, i);
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === Letter.ALEF_HAMZA || c === 0x0625 || c === 0x0622 || c === 0x0671) out += 'ا';
    else if (c === Letter.WAW_HAMZA) out += 'و';
    else if (c === Letter.YEH_HAMZA || c === Letter.ALEF_MAKSURA || c === 0x06cc) out += 'ي';
    else if (c === Letter.TEH_MARBUTA) out += 'ه';
    else if (c === 0x06a9) out += 'ك';
    else out += s[i];
  }
  return out;
}

let demonyms: Set<string> | undefined;

/** Is `s` (letters only) a nationality adjective's masculine singular (سوري، مصري: their ي is no pronoun)? */
function isDemonym(s: string): boolean {
  if (!demonyms) {
    demonyms = new Set();
    // The forms read as masculine singular (code m): every masculine singular of data/lexicon/demonyms.tsv (demonymForms checks it).
    for (const line of DEMONYM_FORMS.split('\n')) if (line.endsWith('\tm')) demonyms.add(line.slice(0, line.indexOf('\t')));
  }
  return demonyms.has(fold(s));
}

/**
 * Is `s` (letters only) a frequent word of news (data/lexicon/common-words.txt), with or without
 * ال? The list has العاصمة: عاصمة is known too.
 */
function isCommon(s: string): boolean {
  return commonWordSet().hasBare(fold(s));
}

/** May the stem `s` stand after bare proclitics (conjunction/preposition, no article, no future)? */
function bareStemOk(s: string, lastPro: Pro, lastProLetter: number): boolean {
  if (SHORT_STEMS.has(s) || PROTECTED.has(s)) return true; // وهو، فقد، وكما، ولكن، فكان
  const need = lastPro.tag === 'prep' && lastProLetter === Letter.KAF ? 4 : 3;
  const first = s.charCodeAt(0);
  if (first === Letter.TEH_MARBUTA || first === Letter.ALEF_MAKSURA || first === Letter.HAMZA) return false;
  const core = coreLength(s);
  if (core < need) return false;
  if (first === Letter.ALEF && core <= 3) return false; // كامل، واحد، فاطمة، لاعب: فاعل patterns
  return true;
}

/**
 * What the lexicon of frequent words says about cutting the bare proclitic that ends at `p`:
 * false when the word with the letter is a known word and the rest is not (بسيطة، بعيد، واحد
 * stay whole), true when the rest is known and the word is not (بقوة → ب + قوة، كجزء → ك + جزء),
 * undefined when it cannot tell.
 */
function lexiconVerdict(L: string, p: number, len: number, S: string, stemEnd: number, tanween: number): boolean | undefined {
  if (SHORT_STEMS.has(S) || PROTECTED.has(S)) return undefined;
  const stemKnown = isCommon(S) || (stemEnd < L.length && isCommon(L.slice(p)));
  let bare = L.slice(p - len, stemEnd);
  if (stemEnd < L.length && bare.endsWith('ت')) bare = bare.slice(0, -1) + 'ة'; // بصمتها: بصمة + ها
  // The alef of tanween fath is no letter of the word: فرداً is the known word فرد.
  const accusative = tanween === TANWEEN_FATH && L.length - (p - len) > 3 && L.charCodeAt(L.length - 1) === Letter.ALEF;
  const wordKnown = isCommon(L.slice(p - len)) || (stemEnd < L.length && isCommon(bare)) || (accusative && isCommon(L.slice(p - len, -1)));
  if (wordKnown && !stemKnown) return false;
  const pro = L.charCodeAt(p - 1);
  if (stemKnown && wordKnown) {
    // Both are words (لمدة، لكن، لعب): ل before a noun of three letters or more
    // is the likelier reading, unless the stem starts with a bare alef outside the wasl patterns.
    if (pro === Letter.LAM && len === 1 && S.length >= 3 && (S.charCodeAt(0) !== Letter.ALEF || waslPattern(S))) return true;
    return undefined;
  }
  if (stemKnown) {
    if (S.length < 3 || (S.charCodeAt(0) === Letter.ALEF && S.length < 4 && !waslPattern(S))) return undefined;
    // A genitive tanween after ك says it is the preposition: كجزءٍ.
    return pro !== Letter.KAF || S.length >= 4 || S.charCodeAt(0) === Letter.ALEF_HAMZA || tanween === TANWEEN_KASR || undefined;
  }
  {
    // Nothing known: a bare ك stands before few unknown words but starts many foreign names
    // (كولورادو، كارلوس); any proclitic is refused before a stem that looks transliterated.
    if (L.charCodeAt(p - 1) === Letter.KAF && S.charCodeAt(0) !== Letter.ALEF_HAMZA && S.charCodeAt(0) !== 0x0625) return false;
    // A conjunction stands before foreign names too (وغلاسكو); only one on a long vowel is doubtful (وودز).
    const conj = isConjunction(L.charCodeAt(p - 1));
    const doubtful = !conj || len !== 1 || p > 1 || L.charCodeAt(0) === Letter.FEH || S.charCodeAt(0) === Letter.WAW || S.charCodeAt(0) === Letter.ALEF;
    if (doubtful && (looksForeign(S) || foreignStart(S, L.charCodeAt(p - 1)))) return false;
  }
  return undefined;
}

// A string, not a regex literal: the built chunks stay ASCII (see tsup.config.ts).
const ARABIC_ENDING = /* @__PURE__ */ new RegExp('(?:ات|ة|ون|ين|ان)$', 'u');
const LONG = (c: number): boolean => c === Letter.ALEF || c === Letter.WAW || c === Letter.YEH;

/**
 * Does the stem look like a transliterated foreign word? Two long vowels among its first three
 * letters (ولومبوس of كولومبوس، يونغ of بيونغ), نغ or وو (لوفينغ، وولمار), a final و after four
 * letters (كولورادو), or an alef without hamza that starts no verbal-noun pattern of hamzat
 * al-wasl (انكوك of بانكوك; but اتجاه، انتخاب، استخدام، اسم، ابن are Arabic).
 */
function looksForeign(S: string): boolean {
  const n = S.length;
  let long = 0;
  for (let i = 0; i < 3 && i < n; i++) if (LONG(S.charCodeAt(i))) long++;
  if (long >= 2 && !ARABIC_ENDING.test(S)) return true; // but زيادات، سيارة، قيادية are Arabic
  if (S.includes('نغ') || S.includes('وو')) return true;
  if (n >= 5 && S.charCodeAt(n - 1) === Letter.WAW) return true;
  if (S.charCodeAt(0) === Letter.ALEF && !waslPattern(S)) return true;
  return false;
}

/**
 * Does the stem start as transliterations start after the letter `pro` (ب، ف، ل…)? Before a
 * stem the lexicon does not know: a و (بوتوماك، لوفينغ), a ي after ب (بيزنطة), ر or ل with a long
 * vowel (بريتيش، بلانو، فلورية: the br, bl, fl of foreign names).
 */
function foreignStart(S: string, pro: number): boolean {
  const c0 = S.charCodeAt(0);
  const c1 = S.charCodeAt(1);
  if (c0 === Letter.WAW) return true;
  if (c0 === Letter.YEH && pro === Letter.BEH) return true;
  return (c0 === 0x0631 || c0 === Letter.LAM) && LONG(c1);
}

/** اسم، ابن، اثن… and the verbal nouns of forms VII, VIII, X (انسحاب، اتفاق، اجتماع، استقلال). */
function waslPattern(S: string): boolean {
  if (S.startsWith('است') || S.startsWith('اسم') || S.startsWith('ابن') || S.startsWith('اثن') || S.startsWith('امر')) return true;
  const c1 = S.charCodeAt(1);
  const c2 = S.charCodeAt(2);
  if (c1 === Letter.TEH && S.charCodeAt(3) === Letter.ALEF) return true; // اتفاق، اتصال، اتجاه
  if (c1 === Letter.NOON && S.charCodeAt(4) === Letter.ALEF) return true; // انسحاب، انتخاب
  if ((c2 === Letter.TEH || c2 === 0x0637 || c2 === 0x062f) && S.charCodeAt(4) === Letter.ALEF) return true; // اجتماع، اضطرار، ازدياد
  return false;
}

/**
 * What the lexicon says about cutting a pronoun off `rest` (the word after its proclitics),
 * leaving the stem `S`: false when `rest` is a known word and the stem is not (أشبه، تشابه،
 * أوجه keep their ه), true when the stem is known and `rest` is not (حياتي → حياة + ي،
 * هاتفنا → هاتف + نا), undefined otherwise.
 */
function encliticVerdict(rest: string, S: string): boolean | undefined {
  if (PARTICLE_BASES.has(S)) return undefined;
  // نا after a past verb of forms VII, VIII, X is its subject, no clitic (انطلقنا، افترضنا، استطعنا).
  if (rest.endsWith('نا') && rest.length - S.length === 2 && S.charCodeAt(0) === Letter.ALEF && S.length >= 5 && S.length <= 6 && !waslPattern(S)) return false;
  const last = S.charCodeAt(S.length - 1);
  // حكومت + ها is حكومة + ها; بنائ + ه is بناء + ه.
  // مستوا + ها is مستوى + ها.
  const stem =
    last === Letter.TEH ? S.slice(0, -1) + 'ة' : last === Letter.YEH_HAMZA || last === Letter.WAW_HAMZA ? S.slice(0, -1) + 'ء' : last === Letter.ALEF ? S.slice(0, -1) + 'ى' : S;
  const stemKnown = isCommon(S) || (stem !== S && isCommon(stem));
  const restKnown = isCommon(rest) || isDemonym(rest);
  if (restKnown && !stemKnown && rest.length - S.length === 1) return false;
  if (stemKnown && !restKnown && S.length >= 3) {
    // A ي after a known stem is as often the nisba (عامي، ملياري) as "my"; after a ة become ت
    // it can only be "my" (حياتي، محطتي).
    return rest.length - S.length !== 1 || rest.charCodeAt(rest.length - 1) !== Letter.YEH || last === Letter.TEH || undefined;
  }
  return undefined;
}

/** Checks one candidate cut under the default (conservative) rules. */
function validDefault(L: string, pro: readonly Pro[], encLen: number, tanween: number, prot: Protection): boolean {
  const p = cutLetters(pro, 0);
  const stemEnd = L.length - encLen;
  if (stemEnd - p < 1) return false;
  const S = L.slice(p, stemEnd);
  const last = pro.length ? pro[pro.length - 1]! : undefined;
  const hasDet = last?.tag === 'det';
  const hasFut = last?.tag === 'fut';
  const enc = encLen ? L.slice(stemEnd) : '';
  let particle = false;
  if (encLen) {
    if (hasDet) return false; // the article and a possessive pronoun exclude each other
    particle = PARTICLE_BASES.has(S);
    const ev = encliticVerdict(L.slice(p), S);
    if (ev === false) return false;
    if (ev === true) particle = true;
    if (particle && S.length === 1 && last?.tag === 'prep') return false; // كلها is not ك + ل + ها
    // The article excludes a pronoun: المتهم is not المت + هم, للحكم not للح + كم.
    if (!particle && (hasArticleAhead(L.slice(p)) || hasArticleAhead(L.slice(conjLength(L))))) return false;
    const lastS = S.charCodeAt(S.length - 1);
    if (ev === true) {
      // the lexicon knows the stem and not the whole word
    } else if (enc === 'ي' || enc === 'ني') {
      if ((enc === 'ي' ? PARTICLE_BASES_FIRST_PERSON : PARTICLE_BASES_NI).has(S)) particle = true;
      else if (PARTICLE_BASES.has(S)) return false;
      else if (enc === 'ي') return false;
      else {
        const f = S.charCodeAt(0);
        if (!((f === Letter.YEH || f === Letter.TEH) && S.length >= 3 && lastS !== Letter.ALEF && lastS !== Letter.WAW)) return false;
      }
    } else if (!particle) {
      if (S.length < 3) return false;
      if (enc === 'ه' && (lastS === Letter.ALEF || lastS === Letter.YEH || lastS === Letter.WAW)) return false;
      if (enc === 'ه' && L.endsWith('الله')) return false; // عبدالله
      // ك is rare in news and ends many stems (يشارك، يترك، مبارك، فيسبوك، بعلبك): only after a
      // particle or a ة that became ت (حكومتك).
      if (enc === 'ك' && lastS !== Letter.TEH) return false;
      if ((enc === 'هم' || enc === 'هما' || enc === 'هن') && lastS === Letter.ALEF) return false; // ساهم
      if (enc === 'كن') return false;
      if ((enc === 'نا' || enc === 'ها') && lastS === Letter.ALEF) return false;
      // نا also ends verb duals and accusatives of ن-final words (تمكنا، معلنا): after three
      // letters only when they end in ت (ة: حكومتنا، دولتنا).
      if (enc === 'نا' && S.length < 4 && lastS !== Letter.TEH) return false;
      // نا after an unknown stem in ي ends names (كارولينا، مارينا، هيلينا) more than it is "our".
      if (enc === 'نا' && lastS === Letter.YEH && ev === undefined && !isCommon(S)) return false;
    }
  }
  if (hasDet) {
    if (S.length < 2) return false;
    if (S.charCodeAt(0) === Letter.ALEF && S.length < 3) return false;
    // ك and the article do not stand before a stem that looks transliterated: كاليفورنيا is a name.
    if (pro.length > 1 && p >= 3 && L.charCodeAt(p - 3) === Letter.KAF && !isCommon(S) && looksForeign(S)) return false;
  } else if (hasFut) {
    if (S.length < 3) return false;
    const rest = L.slice(p);
    if (rest.endsWith('ة') || rest.endsWith('ات')) return false;
    // سنومان، ستايل: a long vowel after the person prefix, in a stem the lexicon does not know.
    if (!isCommon(S)) {
      if (LONG(S.charCodeAt(1)) && (looksForeign(S) || S.length >= 5)) return false;
      // سيشل، سيري، سينمائي، سيبيريا: too short for a verb the lexicon does not know, or a nisba.
      if (S.length < 4 || S.endsWith('ائي') || S.endsWith('يا')) return false;
      // يغال، يفينغز: a long vowel after the second letter of a four-letter stem, or نغ.
      if ((S.length === 4 && S.charCodeAt(2) === Letter.ALEF) || S.includes('نغ')) return false;
    }
  } else if (last && !particle) {
    const verdict = lexiconVerdict(L, p, last.len, S, stemEnd, tanween);
    if (verdict === false) return false;
    if (verdict === undefined && !bareStemOk(S, last, L.charCodeAt(p - 1))) return false;
  }
  return protectionOk(L, pro, encLen, prot);
}

/**
 * Per word: `protectedSuffix` of the word from each of its first letters (computed lazily), and
 * the places where an unblocked proclitic sequence can end.
 */
class Protection {
  /**
   * `protectedSuffix` from letter `q` (asked at the ends of proclitic runs: q ≤ 4), plus 3, in the
   * three bits at `3 * q`; 0 before it is asked. A number, where an `Int8Array` a word and an array
   * of boundaries were about 75 of the bytes a new word's cut allocated.
   */
  private known = 0;
  /** Bit `p` set: an unblocked proclitic sequence can end at letter `p` (bit 0: the word's start). */
  boundaries = 1;
  constructor(private readonly L: string, pros: readonly (readonly Pro[])[], private readonly hehIsTeh: boolean) {
    for (let o = 0; o < pros.length; o++) {
      const pro = pros[o]!;
      let p = 0;
      for (let k = 0; k < pro.length; k++) {
        if (this.suffixAt(p) >= 0) break;
        p += pro[k]!.len; // at most 4 letters: و + ب + ال
        this.boundaries |= 1 << p;
      }
    }
  }
  suffixAt(q: number): number {
    if (q > Sg.LAST_KNOWN) return protectedSuffix(this.L, q, this.hehIsTeh);
    const v = (this.known >>> (3 * q)) & 7;
    if (v !== 0) return v - 3;
    const x = protectedSuffix(this.L, q, this.hehIsTeh);
    this.known |= (x + 3) << (3 * q);
    return x;
  }
  /** A proclitic run can end at letter `p`. */
  isBoundary(p: number): boolean {
    return (this.boundaries & (1 << p)) !== 0;
  }
}

/** The last letter whose {@link Protection.suffixAt} is kept (ten fields of three bits in a small integer). */
const enum Sg { LAST_KNOWN = 9 }

/** No proclitic may start a protected word, and no enclitic may cut into one. */
function protectionOk(L: string, pro: readonly Pro[], encLen: number, prot: Protection): boolean {
  let p = 0;
  for (let k = 0; k < pro.length; k++) {
    if (prot.suffixAt(p) >= 0) return false;
    p += pro[k]!.len;
  }
  if (encLen) {
    // The pronoun may not cut into a protected word starting at the stem or at any place where
    // a proclitic could end (بالله is not بالل + ه).
    const stemEnd = L.length - encLen;
    for (let bs = prot.boundaries, q = 0; bs !== 0; bs >>>= 1, q++) {
      if ((bs & 1) === 0 || q >= stemEnd) continue;
      const x = prot.suffixAt(q);
      if (x >= 0 && encLen > x) return false;
    }
    if (p !== 0 && !prot.isBoundary(p)) {
      const x = prot.suffixAt(p);
      if (x >= 0 && encLen > x) return false;
    }
  }
  return true;
}

function cutLetters(pro: readonly Pro[], enc: number): number {
  let n = enc;
  for (let k = 0; k < pro.length; k++) n += pro[k]!.len;
  return n;
}

/**
 * من and عن fused with ما or من: ممن، عما، عمن (the ن assimilated: the preposition is one
 * letter) and, written without a space, منما، عنمن. مما stays whole: treebanks read it either way.
 */
const FUSED: ReadonlyMap<string, number> = new Map([
  ['ممن', 1], ['عما', 1], ['عمن', 1], ['منما', 2], ['منمن', 2], ['عنما', 2], ['عنمن', 2],
]);

/**
 * `FUSED.get(L)`, asked only of three or four letters (the fused forms' lengths): a new word's
 * letters are a new string, which the Map would hash first (about one new word in two asked).
 */
function fusedCut(L: string): number | undefined {
  return L.length === 3 || L.length === 4 ? FUSED.get(L) : undefined;
}

/**
 * A run of proclitics ends with the article. An index loop, not `pro.some(…)`: the runs are arrays
 * of two hidden classes (the empty `[]` of a plan without proclitics, lists of them), and `some`
 * compiled for one deoptimised at the other on new text.
 */
function hasArticle(pro: readonly Pro[]): boolean {
  for (let k = 0; k < pro.length; k++) if (pro[k]!.tag === 'det') return true;
  return false;
}

/**
 * The cut in front of a known name, if the word is one after some run of conjunctions and
 * prepositions (the article goes with the name and is cut as usual): the fewest letters cut.
 */
function namePlan(L: string, pros: readonly (readonly Pro[])[], isKnownName: (s: string) => boolean): Plan | undefined {
  let best: Plan | undefined;
  let bestQ = Infinity;
  for (let o = 0; o < pros.length; o++) {
    const pro = pros[o]!;
    let q = 0;
    let det: Pro | undefined;
    for (let k = 0; k < pro.length; k++) {
      const x = pro[k]!;
      if (x.tag === 'det') det = x;
      else q += x.len;
    }
    if (q > bestQ || (q === bestQ && (!det || hasArticle(best!.pro)))) continue;
    const name = det?.elided ? 'ال' + L.slice(q + 1) : L.slice(q);
    if (name.length < 2 || !isKnownName(name)) continue;
    // A cut the name would need must not break a frequent word: لغات (languages) is not ل + غات (Ghat).
    if (q > 0 && isCommon(L)) continue;
    best = { pro, enc: 0 };
    bestQ = q;
  }
  return best;
}

/**
 * Proclitic sequences a word with tanween may take. Tanween marks an indefinite noun, which takes
 * no article, no pronoun and is no verb (so no future س); a preposition governs the genitive, so
 * only tanween kasra (ٍ) may follow one: كجزءٍ is ك + جزءٍ, but بعداً and لاحقاً have no ب or ل,
 * while وأيضاً is و + أيضاً.
 */
function tanweenAllows(pro: readonly Pro[], tanween: number): boolean {
  for (let k = 0; k < pro.length; k++) {
    const x = pro[k]!;
    if (x.tag === 'conj') continue;
    if (x.tag === 'prep' && tanween === TANWEEN_KASR) continue;
    return false;
  }
  return true;
}

/** The cuts of the fused prepositions (ممن: 1 letter, منما: 2). */
const FUSED_PLANS: readonly Plan[] = [NO_CUT, { pro: [{ len: 1, tag: 'prep', elided: false }], enc: 0 }, { pro: [{ len: 2, tag: 'prep', elided: false }], enc: 0 }];

/**
 * The enclitics that may end `L`, as bits: `1 << k` when one of `k` letters ({@link ENCLITICS})
 * ends it with letters before it (none when the word has tanween: أماناً is not أما + ناً). Read
 * from the last three letters, not by `endsWith` over the twelve: each was a call of the builtin
 * (about 150 instructions; twelve for most new words of a first pass).
 */
function encliticBits(L: string, tanween: number): number {
  const n = L.length;
  if (tanween !== 0 || n < 2) return 0;
  const last = L.charCodeAt(n - 1);
  const before = L.charCodeAt(n - 2);
  // هـ or كـ before the last letter (هم، كم، هن، كن; هما، كما before the final ا).
  const hehOrKaf = before === Letter.HEH || before === Letter.KAF;
  if (last === Letter.ALEF) {
    // ها، نا (كتابها، كتابنا); هما، كما (كتابهما).
    if (before === Letter.HEH || before === Letter.NOON) return n > 2 ? 4 : 0;
    if (before !== Letter.MEEM || n < 4) return 0;
    const third = L.charCodeAt(n - 3);
    return third === Letter.HEH || third === Letter.KAF ? 8 : 0;
  }
  if (last === Letter.MEEM || last === Letter.NOON) return hehOrKaf && n > 2 ? 4 : 0;
  // ي, and ني (يعلمني).
  if (last === Letter.YEH) return 2 | (before === Letter.NOON && n > 2 ? 4 : 0);
  return last === Letter.HEH || last === Letter.KAF ? 2 : 0;
}

/** {@link encliticBits} of a word that can end in a pronoun of one letter only (ه، ك، ي; not ني). */
const enum Sg { ONE_LETTER = 2 }
/** The longest stem of {@link PARTICLE_BASES_FIRST_PERSON} (عند، لدي، لكن، حول). */
const enum Sg { FIRST_PERSON_MAX = 3 }

/**
 * The default rules may cut a pronoun off `L`: some enclitic may end it ({@link encliticBits}, no
 * list made), except for a word that can end in ي alone, which {@link validDefault} cuts only after a particle ({@link PARTICLE_BASES_FIRST_PERSON}: لي، مني، عندي) or after a ت
 * that was ة (حياتي، محطتي: {@link encliticVerdict}). Any other such word, a nisba above all
 * (السوري، الدولي، والعربي), is planned as one that no pronoun can end: the same cut.
 */
function mayCutPronoun(L: string, tanween: number): boolean {
  const bits = encliticBits(L, tanween);
  const n = L.length;
  // One letter (bits 2) is ه or ك as well as ي.
  if (bits !== Sg.ONE_LETTER || L.charCodeAt(n - 1) !== Letter.YEH) return bits !== 0;
  if (L.charCodeAt(n - 2) === Letter.TEH) return true;
  const pros = procliticOptions(L, tanween);
  for (let o = 0; o < pros.length; o++) {
    const stem = n - 1 - cutLetters(pros[o]!, 0);
    if (stem >= 1 && stem <= Sg.FIRST_PERSON_MAX && PARTICLE_BASES_FIRST_PERSON.has(L.slice(n - 1 - stem, n - 1))) return true;
  }
  return false;
}

/** The enclitic lengths that may end `L` (0: none first, then the longest first). */
function encliticOptions(L: string, tanween: number): number[] {
  const bits = encliticBits(L, tanween);
  const encs: number[] = [0];
  for (let k = 3; k >= 1; k--) if ((bits & (1 << k)) !== 0) encs.push(k);
  return encs;
}

/** Chooses the cut of the letter string `L`; `tanween` is the tanween mark the word carries (0: none). */
function plan(
  L: string,
  tanween: number,
  isKnownWord: ((s: string) => boolean) | undefined,
  isKnownName: ((s: string) => boolean) | undefined,
  hehIsTeh: boolean,
): Plan {
  if (L.length < 2) return NO_CUT;
  const fused = fusedCut(L);
  if (fused !== undefined) return FUSED_PLANS[fused]!;
  const pros = procliticOptions(L, tanween);
  if (isKnownName) {
    const named = namePlan(L, pros, isKnownName);
    if (named) return named;
  }
  const encs = encliticOptions(L, tanween);
  if (pros.length === 1 && encs.length === 1) return NO_CUT;

  if (isKnownWord) {
    if (isKnownWord(L)) return NO_CUT;
    let best: Plan | undefined;
    let bestCut = Infinity;
    for (const pro of pros) {
      let p = 0;
      for (const x of pro) p += x.len;
      const hasDet = pro.length > 0 && pro[pro.length - 1]!.tag === 'det';
      for (const enc of encs) {
        if (pro.length === 0 && enc === 0) continue;
        if (hasDet && enc) continue;
        const S = L.slice(p, L.length - enc);
        if (S.length < 2 && !(enc && PARTICLE_BASES.has(S))) continue;
        // A stem that starts with the article is judged by the candidate that cuts it.
        if (!hasDet && S.length >= 4 && S.startsWith('ال')) continue;
        if (!(isKnownWord(S) || (hasDet && isKnownWord('ال' + S)))) continue;
        const cut = cutLetters(pro, enc);
        if (cut < bestCut) {
          best = { pro, enc };
          bestCut = cut;
        }
      }
    }
    if (best) return best;
  }
  return defaultCut(L, tanween, pros, encs, hehIsTeh);
}

/**
 * The cut the known names give `L`, or undefined when they give none (the word is then cut by
 * the default rules, as without names).
 */
function namedPlan(L: string, tanween: number, isKnownName: (s: string) => boolean): Plan | undefined {
  if (L.length < 2 || fusedCut(L) !== undefined) return undefined;
  return namePlan(L, procliticOptions(L, tanween), isKnownName);
}

/** Cut under the default rules alone (no known words, no names). */
function plainPlan(L: string, tanween: number, hehIsTeh: boolean): Plan {
  return planOf(L, tanween, hehIsTeh);
}

/**
 * The candidate the default rules choose: the valid one that cuts the most letters; among those,
 * the first (in the order of `pros`, then `encs`) that cuts a pronoun, else the first. Candidates
 * are tried from the most letters down, so most words stop at their first valid candidate.
 */
function defaultCut(L: string, tanween: number, pros: readonly (readonly Pro[])[], encs: readonly number[], hehIsTeh: boolean): Plan {
  let maxPro = 0;
  for (let o = 0; o < pros.length; o++) maxPro = Math.max(maxPro, cutLetters(pros[o]!, 0));
  const prot = new Protection(L, pros, hehIsTeh);
  // encs is 0 then the longest first
  for (let cut = maxPro + (encs.length > 1 ? encs[1]! : 0); cut >= 1; cut--) {
    // ties: prefer cutting a pronoun
    for (let pronoun = 1; pronoun >= 0; pronoun--) {
      for (let o = 0; o < pros.length; o++) {
        const pro = pros[o]!;
        const p = cutLetters(pro, 0);
        for (let e = 0; e < encs.length; e++) {
          const enc = encs[e]!;
          if (p + enc !== cut || (enc > 0 ? 1 : 0) !== pronoun) continue;
          if (validDefault(L, pro, enc, tanween, prot)) return { pro, enc };
        }
      }
    }
  }
  return NO_CUT;
}

const memo = new Map<string, Segmentation>();
/** Results of {@link segmentSearchForm}. */
const searchFormMemo = new Map<string, Segmentation>();
const enum Sg { MEMO_LIMIT = 50_000 }
/** Results computed with an `isKnownName` predicate, per predicate. */
const nameMemos = new WeakMap<(s: string) => boolean, Map<string, Segmentation>>();
const searchFormNameMemos = new WeakMap<(s: string) => boolean, Map<string, Segmentation>>();

/** Protected words ending in ة, without it: their form with ه is protected in 'search' form (وزاره). */
let tehStems: Set<string> | undefined;

/**
 * Can reading a final ه as ة ({@link segmentSearchForm}) change the cut of `L`? Only if some
 * protected word ending in ة, written with ه, starts where a proclitic sequence can end (the first
 * four letters) and ends where a suffix of at most four letters can start. Most words have no ه
 * near their end, and segmentSearchForm then shares segment's result.
 */
function hehMatters(L: string): boolean {
  const n = L.length;
  let b = n;
  while (b > 0 && b >= n - MAX_PROTECTED_SUFFIX && L.charCodeAt(b - 1) !== Letter.HEH) b--;
  if (b === 0 || b < n - MAX_PROTECTED_SUFFIX) return false;
  if (!tehStems) {
    tehStems = new Set();
    for (const w of PROTECTED) if (w.endsWith('ة')) tehStems.add(w.slice(0, -1));
  }
  for (; b >= n - MAX_PROTECTED_SUFFIX && b > 0; b--) {
    if (L.charCodeAt(b - 1) !== Letter.HEH) continue;
    for (let q = 0; q <= 4 && q <= b - 1; q++) if (tehStems.has(L.slice(q, b - 1))) return true;
  }
  return false;
}

/** The Arabic letters of a word (`L`), the offset of each in the word (`pos`; null when they are the word itself) and its tanween mark (0: none). */
interface Letters {
  L: string;
  pos: number[] | null;
  tanween: number;
}

/** Letters of `word` and their offsets, or null if the word holds anything but Arabic letters, marks, tatweel, invisibles. */
function lettersOf(word: string): Letters | null {
  const C = tokenClasses();
  let plain = true;
  for (let i = 0; i < word.length; i++) {
    if (C[word.charCodeAt(i)] !== Cls.ALETTER) {
      plain = false;
      break;
    }
  }
  if (plain) return { L: word, pos: null, tanween: 0 };
  let L = '';
  const pos: number[] = [];
  let tanween = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    // The class as bits, every test worked out for every character: a word with a tatweel, a
    // ZWNJ or a mark of another script, first met late in a long text, then meets no comparison
    // V8 has not seen run (a deopt of lettersOf and of cliticShapeIfWanted, which inlines it).
    const bit = 1 << C[c]!;
    const letter = bit & ClassSet.LETTER;
    const mark = bit & ClassSet.MARK;
    const carried = bit & ClassSet.CARRIED;
    if (letter) {
      L += word[i];
      pos.push(i);
    } else if (mark) {
      if (c === TANWEEN_FATH || c === TANWEEN_DAMM || c === TANWEEN_KASR) tanween = c;
    } else if (!carried) return null;
  }
  return { L, pos, tanween };
}

function part(word: string, start: number, end: number, tag?: CliticTag, elided?: boolean): SegmentPart {
  const p: SegmentPart = { text: word.slice(start, end), start, end };
  if (tag) p.tag = tag;
  if (elided) p.elided = true;
  return p;
}

/** The frozen empty list of clitics that results without proclitics or enclitics share. */
const NO_PARTS: SegmentPart[] = Object.freeze([]) as unknown as SegmentPart[];

function freeze(s: Segmentation): Segmentation {
  for (const p of s.proclitics) Object.freeze(p);
  for (const p of s.enclitics) Object.freeze(p);
  Object.freeze(s.proclitics);
  Object.freeze(s.enclitics);
  Object.freeze(s.stem);
  return Object.freeze(s);
}

/** The offset in `word` of its letter `k` (`pos` and `n` from {@link lettersOf}); `word.length` past the last: `وبغداد`, k = 2 → 2. */
function letterOffset(word: string, pos: number[] | null, n: number, k: number): number {
  return k >= n ? word.length : k === 0 ? 0 : pos ? pos[k]! : k;
}

function build(word: string, pl: Plan | null, pos: number[] | null, nLetters: number): Segmentation {
  if (pl === null || (pl.pro.length === 0 && pl.enc === 0)) {
    return Object.freeze({ proclitics: NO_PARTS, stem: Object.freeze({ text: word, start: 0, end: word.length }), enclitics: NO_PARTS });
  }
  const at = (k: number): number => letterOffset(word, pos, nLetters, k);
  let proclitics = NO_PARTS;
  let k = 0;
  if (pl.pro.length) {
    proclitics = [];
    for (const x of pl.pro) {
      proclitics.push(part(word, at(k), at(k + x.len), x.tag, x.elided));
      k += x.len;
    }
  }
  const stemEnd = nLetters - pl.enc;
  const stem = part(word, at(k), at(stemEnd));
  const enclitics = pl.enc ? [part(word, at(stemEnd), word.length, 'pron')] : NO_PARTS;
  return freeze({ proclitics, stem, enclitics });
}

/**
 * Cuts an Arabic word into proclitics, stem and enclitics: the conjunctions و ف, the prepositions
 * ب ك ل, the article ال (and لل = ل + ال with the alef elided, whose article part is the letter
 * `ل` marked `elided: true`), the future marker س before an imperfect verb, and one enclitic
 * pronoun (ه ها هما هم هن ك كما كم كن ي نا, ني). Offsets are into `word`; diacritics, tatweel and
 * invisibles stay with the part they follow, so the parts always concatenate back to `word`.
 *
 * Conservative by design: it does not cut letters that belong to the word (ولد، بلد، كتب، لبنان،
 * فلسطين، بغداد، وليد، كندا …). See the README (Tokenisation) for the rules. Pass `isKnownWord` (e.g. the
 * gazetteer's lookup) to prefer cuts whose stem is a known word. A word that is not purely Arabic
 * is returned whole as the stem. The result is deeply frozen: results are cached and shared
 * between calls with the same word (copy before changing one).
 *
 * @throws {TypeError} when `word` is not a string, `options` not an object or a predicate not a function.
 * @throws {RangeError} on an option other than `isKnownWord` and `isKnownName`.
 *
 * @example
 * segment('وللعراق');
 * // { proclitics: [{ text: 'و', tag: 'conj', … }, { text: 'ل', tag: 'prep', … },
 * //                { text: 'ل', tag: 'det', elided: true, … }],
 * //   stem: { text: 'عراق', start: 3, end: 7 }, enclitics: [] }
 * segment('كتابُه').enclitics[0]; // { text: 'ه', start: 5, end: 6, tag: 'pron' }
 * segment('لبنان').stem.text;    // 'لبنان' (not ل + بنان)
 */
export function segment(word: string, options?: SegmentOptions): Segmentation {
  return segmentWith('segment', word, options, false);
}

/**
 * {@link segment} for a word already in 'search' form (`normalize(w, 'search')`), where ة is
 * written ه: `وزاره` is read as وزارة and left whole, as `segment('وزارة')` leaves it. For the
 * stemmer, whose results must be their own stems; not exported from the package.
 *
 * @internal
 * @example
 * segmentSearchForm('وزاره').stem.text; // 'وزاره' (segment('وزاره') would read و + زاره)
 */
export function segmentSearchForm(word: string, options?: SegmentOptions): Segmentation {
  return segmentWith('segmentSearchForm', word, options, true);
}

/** The option keys of `segment` and `segmentToken`. */
const SEGMENT_KEYS: readonly string[] = ['isKnownWord', 'isKnownName'];

function segmentWith(fn: string, word: string, options: SegmentOptions | undefined, hehIsTeh: boolean): Segmentation {
  checkString(fn, 'word', word);
  checkOptions(fn, options, SEGMENT_KEYS);
  const isKnownWord = options?.isKnownWord;
  if (isKnownWord !== undefined && typeof isKnownWord !== 'function') {
    throw new TypeError(`${fn}: expected options.isKnownWord to be a function`);
  }
  const isKnownName = options?.isKnownName;
  if (isKnownName !== undefined && typeof isKnownName !== 'function') {
    throw new TypeError(`${fn}: expected options.isKnownName to be a function`);
  }
  if (isKnownWord) {
    // Not cached: the predicate may change its answers.
    const info = lettersOf(word);
    const pl = info === null ? null : plan(info.L, info.tanween, isKnownWord, isKnownName, hehIsTeh);
    return build(word, pl, info?.pos ?? null, info?.L.length ?? 0);
  }
  if (!isKnownName) return plainSegmentation(word, hehIsTeh, null);
  const memos = hehIsTeh ? searchFormNameMemos : nameMemos;
  let cache = memos.get(isKnownName);
  if (!cache) memos.set(isKnownName, (cache = new Map()));
  let result = cache.get(word);
  if (result !== undefined) return result;
  // With names, a word is cut in front of a name it holds, or else as without names: the
  // result without names is shared (and computed once for segment, segmentSearchForm, stem).
  const info = lettersOf(word);
  const named = info === null ? undefined : namedPlan(info.L, info.tanween, isKnownName);
  result = named ? build(word, named, info!.pos, info!.L.length) : plainSegmentation(word, hehIsTeh, info);
  remember(cache, word, result);
  return result;
}

/** What {@link cliticShape} tells of a word's cut. */
export interface CliticShape {
  /** Some proclitic is cut off (`وبغداد`). */
  proclitics: boolean;
  /** An enclitic pronoun is cut off (`نظيره`). */
  enclitic: boolean;
  /** The stem as written: `segment(word, { isKnownName }).stem.text`. */
  stem: string;
}

/**
 * What `segment(word, { isKnownName })` says of `word` in brief: whether it cuts proclitics or a
 * pronoun, and its stem (`ومواقفنا` → proclitics, enclitic, `مواقف`). The same plan as
 * {@link segment}, without making, freezing or caching the parts: for a caller that keeps its own
 * answer per spelling (the recogniser's word facts), for which every word it asks about is new.
 *
 * @internal
 * @example
 * cliticShape('ومواقفنا', () => false); // { proclitics: true, enclitic: true, stem: 'مواقف' }
 */
export function cliticShape(word: string, isKnownName: (s: string) => boolean): CliticShape {
  const info = lettersOf(word);
  return info === null ? { proclitics: false, enclitic: false, stem: word } : shapeOfLetters(word, info, isKnownName);
}

/** {@link cliticShape} of a word whose letters are `info`. */
function shapeOfLetters(word: string, info: Letters, isKnownName: (s: string) => boolean): CliticShape {
  return shapeOfPlan(word, info, namedOrPlainPlan(info.L, info.tanween, isKnownName));
}

/** {@link cliticShape} of a word whose letters are `info` and whose plan is `pl`. */
function shapeOfPlan(word: string, info: Letters, pl: Plan): CliticShape {
  if (pl.pro.length === 0 && pl.enc === 0) return { proclitics: false, enclitic: false, stem: word };
  // The stem's offsets as build() computes them.
  const n = info.L.length;
  const k = cutLetters(pl.pro, 0);
  return { proclitics: pl.pro.length > 0, enclitic: pl.enc > 0, stem: word.slice(letterOffset(word, info.pos, n, k), letterOffset(word, info.pos, n, n - pl.enc)) };
}

/**
 * {@link cliticShape}, or undefined when its answer cannot interest a caller that wants to know of
 * a pronoun and of a stem passing `wanted` (undefined: no stem is wanted): the word can end in no
 * pronoun, and no proclitic cut it allows leaves a stem that passes `wanted`. Then the cut is not
 * planned (no known names asked, no candidate checked): most new words of a first pass (`الرئيس`
 * with no common stem `رييس`, `بغداد` with no clitic at all) need no plan for the recogniser's facts.
 * Otherwise the same answer as `cliticShape(word, isKnownName)`, whose plan can only choose a cut
 * among those tested here when no pronoun can end the word.
 *
 * @internal
 * @example
 * cliticShapeIfWanted('والحكومة', names, isCommonStem); // { proclitics: true, enclitic: false, stem: 'حكومة' }
 * cliticShapeIfWanted('بغداد', names, isCommonStem);    // undefined
 */
export function cliticShapeIfWanted(word: string, isKnownName: (s: string) => boolean, wanted: ((stem: string) => boolean) | undefined): CliticShape | undefined {
  const info = lettersOf(word);
  if (info === null) return undefined;
  const L = info.L;
  const n = L.length;
  if (n < 2) return undefined;
  if (mayCutPronoun(L, info.tanween)) return shapeOfLetters(word, info, isKnownName);
  if (wanted === undefined) return undefined;
  const fused = fusedCut(L);
  if (fused !== undefined) return fused > 0 && wanted(word.slice(letterOffset(word, info.pos, n, fused))) ? shapeOfLetters(word, info, isKnownName) : undefined;
  const pros = procliticOptions(L, info.tanween);
  for (let o = 1; o < pros.length; o++) {
    const k = cutLetters(pros[o]!, 0);
    // The plan planOf would make, from the proclitic options found here (no pronoun can end the word).
    if (k < n && wanted(word.slice(letterOffset(word, info.pos, n, k)))) return shapeOfPlan(word, info, namePlan(L, pros, isKnownName) ?? defaultCut(L, info.tanween, pros, NO_ENCLITIC, false));
  }
  return undefined;
}

/** {@link encliticOptions} of a word no pronoun can end. */
const NO_ENCLITIC: readonly number[] = [0];

/**
 * `namedPlan(L, …) ?? plainPlan(L, …, false)`, with the proclitic and enclitic options found once.
 * A word that can have neither (most: `قال`، `حكومة`) is not looked up among the names: a name
 * there would leave it whole, as the default rules do.
 */
function namedOrPlainPlan(L: string, tanween: number, isKnownName: (s: string) => boolean): Plan {
  return planOf(L, tanween, false, isKnownName);
}

/**
 * The plan of `L`: none for a word too short or with no clitic to cut, the fixed plan of a fused
 * form, else a known name's plan (when `isKnownName` is given) or the default rules' cut.
 */
function planOf(L: string, tanween: number, hehIsTeh: boolean, isKnownName?: (s: string) => boolean): Plan {
  if (L.length < 2) return NO_CUT;
  const fused = fusedCut(L);
  if (fused !== undefined) return FUSED_PLANS[fused]!;
  const pros = procliticOptions(L, tanween);
  const encs = encliticOptions(L, tanween);
  if (pros.length === 1 && encs.length === 1) return NO_CUT;
  return (isKnownName ? namePlan(L, pros, isKnownName) : undefined) ?? defaultCut(L, tanween, pros, encs, hehIsTeh);
}

/** Stores a result in a bounded memo (words longer than 40 code units are not kept). */
function remember(cache: Map<string, Segmentation>, word: string, result: Segmentation): void {
  if (word.length > 40) return;
  if (cache.size >= Sg.MEMO_LIMIT) cache.clear();
  cache.set(word, result);
}

/**
 * The cut of `word` without known words or names, through the memos; `info` is `lettersOf(word)`
 * when the caller has it (null: not computed yet). A word in which reading ه as ة changes nothing
 * has the same cut in both forms: it is kept once, in the memo of {@link segment}.
 */
function plainSegmentation(word: string, hehIsTeh: boolean, info: ReturnType<typeof lettersOf> | null): Segmentation {
  let result: Segmentation | undefined;
  if (hehIsTeh) {
    result = searchFormMemo.get(word);
    if (result !== undefined) return result;
    info ??= lettersOf(word);
    if (info !== null && hehMatters(info.L)) {
      result = build(word, plainPlan(info.L, info.tanween, true), info.pos, info.L.length);
      remember(searchFormMemo, word, result);
      return result;
    }
  }
  result = memo.get(word);
  if (result !== undefined) return result;
  info ??= lettersOf(word);
  result = info === null ? build(word, null, null, 0) : build(word, plainPlan(info.L, info.tanween, false), info.pos, info.L.length);
  remember(memo, word, result);
  return result;
}

/**
 * The clitic segmentation of a `word` token (null for every other kind), computed on demand so
 * that {@link tokenize} stays fast: tokens are plain objects and carry no segmentation. Offsets
 * are into `token.text`; add `token.start` for offsets into the text.
 *
 * @example
 * const [t] = tokenize('وبالتالي');
 * segmentToken(t)!.proclitics.map((p) => p.text); // ['و', 'ب', 'ال']
 */
export function segmentToken(token: Token, options?: SegmentOptions): Segmentation | null {
  if (token === null || typeof token !== 'object') throw new TypeError('segmentToken: expected token to be a Token');
  checkOptions('segmentToken', options, SEGMENT_KEYS);
  return token.kind === 'word' ? segment(token.text, options) : null;
}

/**
 * The pieces behind {@link segment}'s default cut, for the differential tests (the candidate order
 * of {@link defaultCut}, the sharing of results between segment and segmentSearchForm). Not
 * exported from the package.
 *
 * @internal
 */
export const segmentInternals = {
  ENCLITICS,
  procliticOptions,
  encliticOptions,
  defaultCut,
  validDefault,
  newProtection: (L: string, pros: readonly (readonly Pro[])[], hehIsTeh: boolean): Protection => new Protection(L, pros, hehIsTeh),
  cutLetters,
  plainPlan,
  plan,
  hehMatters,
  makeProcliticOptions,
  optionsKey,
};
