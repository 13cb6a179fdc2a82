import { WB, type Words } from './words.js';

/**
 * Where in a document each rule that starts at a word of some spelling can start, found in one
 * pass over its tokens: the rules then visit those tokens only, not every token each (seven passes
 * over every token before, about a tenth of the rules' time in a steady pass). Every test here reads
 * a spelling's facts only (fixed for the document), never the gazetteer's cover, which the rules
 * still ask themselves.
 *
 * Each list is a prefix of a typed array kept between documents (`count` entries), in text order.
 */
export interface TokenIndex {
  /** Nationality adjectives, proclitics allowed: `Words.demonym(i)` (السوري، والعراقية). */
  readonly demonyms: Int32Array;
  demonymCount: number;
  /** Words with a family-name reading: `Words.familyReading(i)` (بلير، والقرضاوي). */
  readonly families: Int32Array;
  familyCount: number;
  /** Words that may start a given name: `Words.mayStartGivenName(i) && Words.isWord(i)` (أحمد، عبد). */
  readonly givens: Int32Array;
  givenCount: number;
  /** Words of a company's name: `Words.isWord(i) && Words.corporateAt(i)` (غروب، كابيتال). */
  readonly corporates: Int32Array;
  corporateCount: number;
  /** Tokens shaped like a definite nisba: `Words.nisbaShapeAt(i)` (التطواني), of any kind. */
  readonly nisbas: Int32Array;
  nisbaCount: number;
  /**
   * Tokens shaped like a definite organisation head with a word in ال after them:
   * `Words.definiteHeadShapeAt(i) && Words.articleAt(i + 1)` (الاتحاد الدولي).
   */
  readonly definiteHeads: Int32Array;
  definiteHeadCount: number;
  /**
   * Where a trigger phrase starts: `Words.triggersAt(i).length > 0`, asked at the words that may start a given name only, as a word that may start no
   * trigger phrase answers none (`Words.mayStartGivenName` is true of every word that may).
   */
  readonly triggers: Int32Array;
  triggerCount: number;
  /**
   * The text has no line break between tokens: every token is joined to the one before it
   * (`Words.joined`), and the only line starts at token 0. A line break between two tokens always
   * ends a sentence (sentences.ts): a text of one sentence (most documents) is not searched.
   */
  oneLine: boolean;
}

/** The index's arrays start at this many tokens (a news article) and double past it. */
const FIRST_CAPACITY = 1024;

let index = makeIndex(FIRST_CAPACITY);
/** The `Words` that {@link index} holds the lists of (one document at a time). */
let indexed: Words | undefined;

function makeIndex(capacity: number): TokenIndex {
  return {
    demonyms: new Int32Array(capacity),
    demonymCount: 0,
    families: new Int32Array(capacity),
    familyCount: 0,
    givens: new Int32Array(capacity),
    givenCount: 0,
    corporates: new Int32Array(capacity),
    corporateCount: 0,
    nisbas: new Int32Array(capacity),
    nisbaCount: 0,
    definiteHeads: new Int32Array(capacity),
    definiteHeadCount: 0,
    triggers: new Int32Array(capacity),
    triggerCount: 0,
    oneLine: true,
  };
}

/**
 * The lists of `w`'s document, made on the first call for it. Valid while `w` is the document in
 * hand: the next `Words` makes its own (the arrays are reused).
 */
export function tokenIndex(w: Words): TokenIndex {
  if (indexed !== w) {
    indexed = w;
    fillIndex(w);
  }
  return index;
}

/** Drops the reference to the last document's `Words` (the recogniser calls it when done with one). */
export function forgetTokenIndex(): void {
  indexed = undefined;
}

function fillIndex(w: Words): void {
  const n = w.length;
  if (n > index.demonyms.length) {
    let capacity = index.demonyms.length;
    while (capacity < n) capacity *= 2;
    index = makeIndex(capacity);
  }
  const x = index;
  let demonyms = 0;
  let families = 0;
  let givens = 0;
  let corporates = 0;
  let nisbas = 0;
  let definiteHeads = 0;
  // One read of each token's spelling bits (Words.spellingBits), and most tokens (none of the
  // bits, a trigger phrase impossible) are passed over at once: each test through Words' methods
  // was a call and a bounds check, about 230 instructions a token.
  const bits = w.spellingBits();
  for (let i = 0; i < n; i++) {
    const b = bits[i]!;
    // The bits that put a token on some list; a clear WB.NO_TRIGGER counts as one (mayStartGivenName).
    const lists = (b & WB.ON_SOME_LIST) | (~b & WB.NO_TRIGGER);
    if (lists === 0) continue;
    if ((b & WB.NISBA) !== 0) x.nisbas[nisbas++] = i;
    if ((b & WB.DEFINITE_HEAD) !== 0 && i + 1 < n && (bits[i + 1]! & WB.ARTICLE) !== 0) x.definiteHeads[definiteHeads++] = i;
    if ((lists & WB.ON_A_WORD_LIST) === 0 || !w.isWord(i)) continue;
    if ((b & WB.DEMONYM) !== 0) x.demonyms[demonyms++] = i;
    if ((b & WB.FAMILY_READING) !== 0) x.families[families++] = i;
    if ((b & WB.GIVEN_START) !== 0 || (b & WB.NO_TRIGGER) === 0) x.givens[givens++] = i;
    if ((b & WB.CORPORATE) !== 0) x.corporates[corporates++] = i;
  }
  x.demonymCount = demonyms;
  x.familyCount = families;
  x.givenCount = givens;
  x.corporateCount = corporates;
  x.nisbaCount = nisbas;
  x.definiteHeadCount = definiteHeads;
  let triggers = 0;
  for (let t = 0; t < givens; t++) {
    const i = x.givens[t]!;
    if (w.triggersAt(i).length > 0) x.triggers[triggers++] = i;
  }
  x.triggerCount = triggers;
  x.oneLine = oneLine(w);
}

/**
 * No line break between two tokens of `w` (every `joined(i)`): no sentence after the first starts a
 * line (`Words.lineStartOf`). The text was searched with a regex before (in a document of several
 * sentences), which also answered for a break before the first token or after the last, where no
 * rule looks (`datelinePlaces`, `datelineEntry`: the same answers).
 */
export function oneLine(w: Words): boolean {
  for (let s = 1; s < w.doc.sentenceCount; s++) if (w.lineStartOf(s) >= 0) return false;
  return true;
}
