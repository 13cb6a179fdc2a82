/**
 * The proclitics of Arabic in ONE place: which letters they are, how a word in 'search' form reads
 * as proclitics + stem, where the proclitic letters end in the original spelling, and the
 * tatweel-joined proclitic (`لـ`). The gazetteer trie, `segment`, the recogniser and the CLI scorer
 * all read them from here.
 *
 * @module
 */
import { hasPresentationForm, isArabicMark, isInvisible, isTatweel, Letter } from '../normalize/chars.js';
import { normalize } from '../normalize/normalize.js';
import { checkString } from './tokenize.js';

/** The conjunctions و (and) and ف (so): `وبغداد` = و + بغداد. */
export const CONJUNCTIONS = 'وف';
/** The prepositions ب (in, by), ك (like) and ل (to, for): `بدمشق` = ب + دمشق, `للعراق` = ل + العراق. */
export const PREPOSITIONS = 'بكل';
/**
 * The letters a proclitic can be, with tatweel: what the reference scorer allows between two
 * starts (gold `العراق` and a prediction `والعراق` name the same place).
 */
export const PROCLITIC_LETTERS: ReadonlySet<string> = new Set([...CONJUNCTIONS, ...PREPOSITIONS, '\u0640']);


/** و or ف (letter code). */
export function isConjunction(c: number): boolean {
  return c === Letter.WAW || c === Letter.FEH;
}

/** ب، ك or ل (letter code). */
export function isPreposition(c: number): boolean {
  return c === Letter.BEH || c === Letter.KAF || c === Letter.LAM;
}

/**
 * Letters that must remain after the proclitics. Two would allow ب + إب in باب ("door"), و + قم in
 * وقم; real names of two letters after a proclitic are rare, common three-letter words are not.
 */
export const MIN_STEM = 3;

/** A reading of a word in 'search' form: `[proclitic, stem]` (`['وب', 'دمشق']` for `وبدمشق`). */
export type ProcliticReading = [proclitic: string, stem: string];

/**
 * The ways to read a word in 'search' form as proclitics + stem, in order: conjunction و/ف, then
 * preposition ب/ك/ل, at most two letters, at least {@link MIN_STEM} letters left; `لل` + X also
 * reads as ل + `الX` (`للعراق` → `ل` + `العراق`, `وللعراق` → `ول` + `العراق`). The whole word is
 * not among the readings.
 *
 * @throws {TypeError} when `norm` is not a string.
 *
 * @example
 * procliticReadings('وللعراق'); // [['و', 'للعراق'], ['ول', 'لعراق'], ['ول', 'العراق']]
 */
export function procliticReadings(norm: string): ProcliticReading[] {
  checkString('procliticReadings', 'norm', norm);
  return readingsOf(norm, norm, pairOf);
}

/**
 * {@link procliticReadings} of `norm` (the 'search' form of `text`) with the offset in `text` where
 * each stem starts, as a `Doc`'s spelling keeps them: `[proclitic, stem, offset]`, the offset
 * `max(0, cutAfter(text, proclitic.length))`, or before a ligature that holds the last proclitic
 * letter and the stem's first (`ﻷسامة` → 0, see {@link stemOffset}). Made directly, not as pairs
 * mapped to triples: a new spelling made two arrays a reading.
 *
 * @example
 * procliticReadingsAt('وبدمشق', 'وَبِدمشق'); // [['و', 'بدمشق', 2], ['وب', 'دمشق', 4]]
 */
export function procliticReadingsAt(norm: string, text: string): [proclitic: string, stem: string, offset: number][] {
  const readings = readingsOf(norm, text, tripleOf);
  // A word with a ligature (rare: text from PDFs) is looked at once, not once a reading.
  if (readings.length > 0 && hasPresentationForm(text)) {
    for (const reading of readings) if (hasPresentationForm(text, 0, reading[2])) reading[2] = stemOffset(text, reading[0]);
  }
  return readings;
}

/**
 * Where the stem starts in `text` after the letters of `proclitic`, when a presentation form may
 * hold more than one letter: the longest cut whose letters are a prefix of the proclitic. A ligature
 * that holds a proclitic and the stem's first letter (`ﻷسامة`: ل + أ in one code unit) stays with
 * the stem, which cannot start inside it: cut after the ligature, a name lost its first letter
 * (`ﻷسامة بن لادن` gave the person `سامة بن لادن`).
 */
function stemOffset(text: string, proclitic: string): number {
  for (let letters = proclitic.length; letters > 0; letters--) {
    const cut = cutAfter(text, letters);
    if (cut > 0 && normalize(text.slice(0, cut), 'search') === proclitic.slice(0, letters)) return cut;
  }
  return 0;
}

const pairOf = (proclitic: string, stem: string): ProcliticReading => [proclitic, stem];
const tripleOf = (proclitic: string, stem: string, text: string): [string, string, number] => [proclitic, stem, Math.max(0, cutAfter(text, proclitic.length))];

/**
 * The one statement of the readings' rules (see {@link procliticReadings}), each made by `make`.
 * The list is made at its length, as a literal: grown by `push` from empty, each list of a new
 * spelling took a backing store of 17 slots (about 60 of the bytes a new spelling allocated).
 */
function readingsOf<R>(norm: string, text: string, make: (proclitic: string, stem: string, text: string) => R): R[] {
  if (norm.length < MIN_STEM + 1) return [];
  let i = 0;
  let conj: R | undefined;
  if (isConjunction(norm.charCodeAt(0))) {
    conj = make(norm[0]!, norm.slice(1), text);
    i = 1;
  }
  const p = norm.charCodeAt(i);
  if (!(isPreposition(p) && norm.length - i - 1 >= MIN_STEM)) return conj === undefined ? [] : [conj];
  const proclitic = norm.slice(0, i + 1);
  const prep = make(proclitic, norm.slice(i + 1), text);
  // Two or three readings from one literal (و + لل, the three, is rare: its own literal, first
  // met late in a long text, deoptimised the spelling of every new word, with all it inlines).
  const article = p === Letter.LAM && norm.charCodeAt(i + 1) === Letter.LAM ? make(proclitic, 'ا' + norm.slice(i + 1), text) : undefined;
  const first = conj ?? prep;
  const second = conj === undefined ? article : prep;
  const third = conj === undefined ? undefined : article;
  const count = (conj === undefined ? 0 : 1) + 1 + (article === undefined ? 0 : 1);
  if (count === 1) return [first];
  const out = [first, second, third] as R[];
  out.length = count;
  return out;
}

/** Marks, tatweel and invisibles that ride on the letter before them (from the one code-point table). */
function isRider(c: number): boolean {
  return isArabicMark(c) || isTatweel(c) || isInvisible(c);
}

/**
 * Offset in `text` just after its first `letters` letters and the marks, tatweel and invisibles
 * that follow them (`لِـ` + `لعراق`: the cut comes after the tatweel); -1 when the text has fewer letters.
 *
 * @example
 * cutAfter('وَبِدمشق', 2); // 4 (after وَ and بِ with their marks)
 */
export function cutAfter(text: string, letters: number): number {
  let i = 0;
  while (i < text.length && isRider(text.charCodeAt(i))) i++;
  for (let n = 0; n < letters; n++) {
    if (i >= text.length) return -1;
    i++;
    while (i < text.length && isRider(text.charCodeAt(i))) i++;
  }
  return i;
}

/**
 * Length of a proclitic joined to the rest by tatweel at the start of `text`: one or two proclitic
 * letters (with their marks), the second or the only one followed by tatweel (`لـ`، `وبـ`، `لِـلـ`).
 * ANNOTATION.md keeps such a proclitic outside an entity: `لـالأسد` → `الأسد`. 0 when there is none.
 *
 * @throws {TypeError} when `text` is not a string.
 *
 * @example
 * joinedProclitic('لـالأسد'); // 2
 * joinedProclitic('وبـCNN');  // 3
 * joinedProclitic('الأسد');   // 0
 */
export function joinedProclitic(text: string): number {
  checkString('joinedProclitic', 'text', text);
  let best = 0;
  let i = 0;
  for (let letters = 0; letters < 2 && i < text.length; letters++) {
    const c = text.charCodeAt(i);
    if (!isConjunction(c) && !isPreposition(c)) break;
    i++;
    while (i < text.length && isArabicMark(text.charCodeAt(i))) i++;
    let tatweel = i;
    while (tatweel < text.length && isTatweel(text.charCodeAt(tatweel))) tatweel++;
    if (tatweel > i) {
      best = tatweel;
      i = tatweel;
    }
  }
  return best;
}
