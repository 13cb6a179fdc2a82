import { isInvisible } from '../normalize/chars.js';
import { Cls, tokenClasses } from './classes.js';
import { isTerminal, K, releaseScratch, scan, type Triples } from './scan.js';
import { checkString } from './tokenize.js';
import type { Sentence } from './types.js';

/** Multi-letter abbreviations written with a dot that never end a sentence on their own. */
const ABBREVIATIONS = new Set(
  (
    'Dr Mr Mrs Ms Mx Prof St Jr Sr Gen Col Lt Sgt Capt Gov Sen Rep Inc Ltd Co Corp No Nos Vol ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Fig vs cf ' +
    'dr mr mrs ms prof st jr sr gen col lt inc ltd co corp no vol fig' // lower-case variants
  ).split(' '),
);

/** The longest of {@link ABBREVIATIONS}; each starts with an ASCII letter. */
const ABBREVIATION_MAX = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/**
 * `text.slice(s, e)` is one of {@link ABBREVIATIONS}. A word longer than any of them, or not
 * beginning with an ASCII letter (every Arabic word before a full stop), is not sliced and hashed:
 * one slice and one lookup at the end of most sentences.
 */
function isAbbreviation(text: string, s: number, e: number): boolean {
  // The tokenizer keeps a bidi mark or another invisible inside the word it touches (`\u200EDr`,
  // `Dr\u200E`: Arabic text marks its Latin runs so): the word is read without them.
  while (s < e && isInvisible(text.charCodeAt(s))) s++;
  while (e > s && isInvisible(text.charCodeAt(e - 1))) e--;
  return e - s <= ABBREVIATION_MAX && text.charCodeAt(s) < 0x80 && ABBREVIATIONS.has(text.slice(s, e));
}

/** Closing punctuation that stays with the sentence it follows: ) ] } » ” ’ " ' › */
function isCloser(c: number): boolean {
  return (
    c === 0x29 || c === 0x5d || c === 0x7d || c === 0xbb || c === 0x201d || c === 0x2019 || c === 0x22 || c === 0x27 || c === 0x203a
  );
}

/** Era letters after a year: م (ميلادية) and هـ (هجرية); ق.م. ends in م. */
function isEraLetter(c: number): boolean {
  return c === 0x0645 || c === 0x0647;
}

/**
 * Splits text into sentences. A sentence ends after `.` `!` `?` `؟` `…` `۔` (a run of them counts
 * once) together with any closing quotes or brackets glued to it, and at every line break. It
 * does not end inside numbers (`3.5`, `٣٫٥`), URLs or e-mails, after single-letter abbreviations
 * and their chains (`د.`, `أ.د.`, `م.`, `ص.ب.`, `ق.م.`, `U.S.`), after `Dr.`, `Mr.`, `Prof.` and
 * similar, at a dot between two Latin words (`Node.js`), or after a list number at the start of a
 * sentence (`1.`). An era letter after a number (`2020 م.`, `1442 هـ.`, `500 ق.م.`) is taken as
 * the end of its sentence when its dot is followed by white space.
 *
 * Sentences cover every non-space character of `text`; `text.slice(start, end) === sentence.text`,
 * and sentence text has no leading or trailing white space. Linear time.
 *
 * @throws {TypeError} when `text` is not a string.
 *
 * @example
 * sentences('قال د. أحمد: "انتهى." ثم غادر؟ نعم').map((s) => s.text);
 * // ['قال د. أحمد: "انتهى."', 'ثم غادر؟', 'نعم']
 */
export function sentences(text: string): Sentence[] {
  checkString('sentences', 'text', text);
  const triples = scan(text);
  const out: Sentence[] = [];
  sentenceRanges(text, triples.data, triples.length / 3, triples.lineBreak, (_first, _end, start, end) => {
    out.push({ start, end, text: text.slice(start, end) });
  });
  releaseScratch();
  return out;
}

/** Some code unit of `text` in `[from, to)` is a line break. */
function hasLineBreak(text: string, C: Uint8Array, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (C[text.charCodeAt(p)] === Cls.NEWLINE) return true;
  return false;
}

/** Letters (Arabic or Latin) in `text.slice(s, e)`. */
function letterCount(text: string, C: Uint8Array, s: number, e: number): number {
  let k = 0;
  for (let p = s; p < e; p++) {
    const cls = C[text.charCodeAt(p)];
    if (cls === Cls.ALETTER || cls === Cls.LLETTER) k++;
  }
  return k;
}

/** The first code unit of `text.slice(s, e)` that is not an invisible format character, or 0. */
function firstVisible(text: string, s: number, e: number): number {
  for (let p = s; p < e; p++) if (!isInvisible(text.charCodeAt(p))) return text.charCodeAt(p);
  return 0;
}

/** The last letter (Arabic or Latin) of `text.slice(s, e)`, or 0. */
function lastLetter(text: string, C: Uint8Array, s: number, e: number): number {
  for (let p = e - 1; p >= s; p--) {
    const ch = text.charCodeAt(p);
    if (C[ch] === Cls.ALETTER || C[ch] === Cls.LLETTER) return ch;
  }
  return 0;
}

/**
 * The sentence boundaries of {@link sentences} over the scanner's `start, end, kind` triples: calls
 * `emit(firstToken, endToken, start, end)` once per sentence, in order (token range half-open).
 * `lineBreak` is the scan's {@link Triples.lineBreak}: without one, the white space between two
 * tokens is not read again (most documents: a sentence or a paragraph).
 * Shared by `sentences` and the document structure, so both split the same scan the same way.
 *
 * No closure over the loop's state: closures that read and wrote the token index and the open
 * sentence (`close`, `hasLineBreak`…) put those variables in a context object on the heap, so
 * every step of the loop loaded and stored them there (about 50 ns a token, more than the scan).
 */
export function sentenceRanges(
  text: string,
  raw: Int32Array,
  count: number,
  lineBreak: boolean,
  emit: (firstToken: number, endToken: number, start: number, end: number) => void,
): void {
  const C = tokenClasses();
  let sFirst = 0;
  let sStart = -1;
  let sEnd = -1;
  let prevEnd = 0;
  // Single-letter abbreviation chains (أ.د. ص.ب. ق.م. U.S.): the end of the chain's last dot, and
  // the kind of the token before the chain's first letter.
  let chainDotEnd = -1;
  let chainBefore = -1;

  for (let t = 0; t < count; t++) {
    const kind = raw[t * 3 + 2]!;
    // Without a line break only punctuation can end a sentence: any other token only opens one
    // (the end of the sentence is read when it ends).
    if (!lineBreak && kind !== K.PUNCT) {
      if (sStart < 0) {
        sStart = raw[t * 3]!;
        sFirst = t;
      }
      continue;
    }
    const start = raw[t * 3]!;
    const end = raw[t * 3 + 1]!;
    if (lineBreak && sStart >= 0 && start > prevEnd && hasLineBreak(text, C, prevEnd, start)) {
      emit(sFirst, t, sStart, sEnd);
      sStart = -1;
    }
    if (sStart < 0) {
      sStart = start;
      sFirst = t;
    }
    sEnd = end;
    prevEnd = end;

    if (kind !== K.PUNCT) continue;
    let c = text.charCodeAt(start);
    // After white space, invisibles belong to the token that follows: `غادر \u200F؟` ends there too.
    if (isInvisible(c)) c = firstVisible(text, start, end);
    if (!isTerminal(c)) continue;

    const prevStart = t > 0 ? raw[t * 3 - 3]! : -1;
    const prevTokEnd = t > 0 ? raw[t * 3 - 2]! : -1;
    const prevKind = t > 0 ? raw[t * 3 - 1]! : -1;
    const nextStart = t + 1 < count ? raw[t * 3 + 3]! : -1;
    const nextKind = t + 1 < count ? raw[t * 3 + 5]! : -1;
    const nextAdjacent = nextStart === end;
    let boundary = true;
    const singleDot = c === 0x2e && letterCount(text, C, start, end) === 0 && (end - start === 1 || text.charCodeAt(start + 1) !== 0x2e);
    if (singleDot && t > 0 && prevTokEnd === start) {
      const letters = prevKind === K.WORD || prevKind === K.LATIN ? letterCount(text, C, prevStart, prevTokEnd) : -1;
      if (letters === 1) {
        // A single-letter abbreviation, maybe one link of a chain. Not a boundary, except an era
        // letter after a year (2020 م. / 2020م. / 500 ق.م.) followed by white space.
        if (chainDotEnd !== prevStart) chainBefore = t >= 2 ? raw[t * 3 - 4]! : -1;
        boundary = chainBefore === K.NUMBER && isEraLetter(lastLetter(text, C, prevStart, prevTokEnd)) && !nextAdjacent;
        chainDotEnd = end;
      } else if (letters > 1 && isAbbreviation(text, prevStart, prevTokEnd)) {
        boundary = false;
      } else if (prevKind === K.LATIN && nextAdjacent && nextKind === K.LATIN) {
        boundary = false; // Node.js, e.g
      } else if (prevKind === K.NUMBER && prevStart === sStart && !nextAdjacent) {
        boundary = false; // "1." at the start of a list item
      }
    }
    if (!boundary) continue;
    // Closing quotes and brackets glued to the terminal punctuation stay in the sentence.
    while (t + 1 < count && raw[t * 3 + 3]! === sEnd && raw[t * 3 + 5]! === K.PUNCT && isCloser(text.charCodeAt(raw[t * 3 + 3]!))) {
      t++;
      sEnd = prevEnd = raw[t * 3 + 1]!;
    }
    // The sentence ends with token t (sStart was set at this step or before).
    emit(sFirst, t + 1, sStart, sEnd);
    sStart = -1;
  }
  // The last sentence ends with the last token.
  if (sStart >= 0) emit(sFirst, count, sStart, raw[count * 3 - 2]!);
}
