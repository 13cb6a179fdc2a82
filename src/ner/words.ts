import type { Demonym, EntityType, Gazetteer, GazetteerMatch, Lexicon, Trigger, TriggerKind } from '../gazetteer/index.js';
import { procliticReadings, searchForm } from '../gazetteer/trie.js';
import { isArabicMark, isInvisible, isTatweel } from '../normalize/chars.js';
import { segment, type Token } from '../tokenize/index.js';
import { CLOSED_CLASS } from './closed-class.js';

/** A reading of a word after cutting its proclitics: `وبدمشق` → `{ proclitic: 'وب', key: 'دمشق', start }`. */
export interface Reading {
  proclitic: string;
  key: string;
  /** Offset in the original text where the word proper starts (after proclitic letters, their marks and a joining tatweel). */
  start: number;
}

/** A trigger phrase found at a token: its kind, type and token extent. */
export interface TriggerAt {
  kind: TriggerKind;
  type: Trigger['type'];
  tokenStart: number;
  tokenEnd: number;
  /** Offset after the proclitics of the first word. */
  start: number;
}

/**
 * The recogniser's view of a tokenised text: each token's 'search' form, and lookups in the
 * lexicon that also try the word without its proclitics (`والتقى` is `التقى`, `وزير` stays whole).
 */
export class Words {
  readonly keys: string[];
  private readonly triggerCache = new Map<number, TriggerAt[]>();
  private readonly readingCache: (Reading[] | undefined)[] = [];
  private readonly nameLikeCache: (boolean | undefined)[] = [];
  /** For each token, the gazetteer match that covers it (set by {@link Words.cover}). */
  private readonly cover: (GazetteerMatch | undefined)[] = [];
  private readonly coverType: (EntityType | undefined)[] = [];
  private readonly coverTentative: boolean[] = [];

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    readonly lexicon: Lexicon,
    readonly gazetteer: Gazetteer,
  ) {
    this.keys = tokens.map((t) => searchForm(t.text));
  }

  get length(): number {
    return this.tokens.length;
  }

  isWord(i: number): boolean {
    return this.tokens[i]?.kind === 'word';
  }

  /**
   * Records the gazetteer matches that name a place or an organisation unambiguously, so that
   * person names do not run into them (`التقى بوتين [أردوغان] في [أنقرة]`).
   */
  setCover(matches: readonly GazetteerMatch[], typeOf: (m: GazetteerMatch) => { type: EntityType; tentative: boolean }): void {
    for (const m of matches) {
      const { type, tentative } = typeOf(m);
      for (let k = m.tokenStart; k < m.tokenEnd; k++) {
        this.cover[k] = m;
        this.coverType[k] = type;
        this.coverTentative[k] = tentative;
      }
    }
  }

  /** Token `i` belongs to a place or organisation name the gazetteer knows without doubt. */
  covered(i: number): boolean {
    const t = this.coverType[i];
    return (t === 'LOC' || t === 'ORG') && !this.coverTentative[i];
  }

  /** The gazetteer match at `i` is ambiguous (a common word too: الجزيرة، عمان). */
  coverAmbiguous(i: number): boolean {
    return this.coverTentative[i] === true;
  }

  coveredBy(i: number, type: EntityType): boolean {
    return this.coverType[i] === type && !this.coverTentative[i];
  }

  /** The gazetteer match that covers token `i`, if any. */
  coverAt(i: number): GazetteerMatch | undefined {
    return this.cover[i];
  }

  /** End token (exclusive) of the gazetteer match covering `i`; `i + 1` when none. */
  coverEnd(i: number): number {
    return this.cover[i]?.tokenEnd ?? i + 1;
  }

  /** Tokens `i` and `i + 1` are separated by spaces only, on the same line. */
  joined(i: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[i + 1];
    if (!a || !b) return false;
    for (let k = a.end; k < b.start; k++) {
      const c = this.text.charCodeAt(k);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return false;
    }
    return true;
  }

  /** The readings of word `i`, the whole word first, then without proclitics (most likely first). */
  readings(i: number): readonly Reading[] {
    let out = this.readingCache[i];
    if (out) return out;
    const t = this.tokens[i];
    if (!t || t.kind !== 'word') return NO_READINGS;
    const key = this.keys[i]!;
    out = [{ proclitic: '', key, start: t.start }];
    for (const [proclitic, rest] of procliticReadings(key)) {
      out.push({ proclitic, key: rest, start: t.start + cutAfterLetters(t.text, proclitic.length) });
    }
    this.readingCache[i] = out;
    return out;
  }

  /** The 'search' form of word `i` read from offset `start` (after the proclitics a rule cut off). */
  keyAt(i: number, start: number): string {
    return this.readings(i).find((r) => r.start === start)?.key ?? this.keys[i]!;
  }

  /** The first reading of word `i` that satisfies `test`. */
  find(i: number, test: (key: string) => boolean): Reading | undefined {
    for (const r of this.readings(i)) if (test(r.key)) return r;
    return undefined;
  }

  isClosedClass(i: number): boolean {
    return CLOSED_CLASS.has(this.keys[i]!);
  }

  isCommon(key: string): boolean {
    return CLOSED_CLASS.has(key) || this.lexicon.isCommonWord(key);
  }

  /** The nationality adjective word `i` is, proclitics allowed (`والسوري`). */
  demonym(i: number): Demonym | undefined {
    if (!this.isWord(i)) return undefined;
    for (const r of this.readings(i)) {
      const d = this.lexicon.demonym(r.key);
      if (d) return d;
    }
    return undefined;
  }

  /** Trigger phrases starting at token `i`, longest first (proclitics allowed on the first word). */
  triggersAt(i: number): TriggerAt[] {
    let found = this.triggerCache.get(i);
    if (found) return found;
    found = [];
    if (this.isWord(i)) {
      const m = this.lexicon.matchTrigger(this.tokens, i, this.text, this.keys);
      if (m) {
        for (const t of m.triggers) found.push({ kind: t.kind, type: t.type, tokenStart: i, tokenEnd: m.tokenEnd, start: m.start });
      }
    }
    this.triggerCache.set(i, found);
    return found;
  }

  trigger(i: number, kind: TriggerKind): TriggerAt | undefined {
    return this.triggersAt(i).find((t) => t.kind === kind);
  }

  /**
   * A word that can be part of a name: an Arabic word that is not a closed-class word, a trigger,
   * a nationality adjective or a common word, unless it is a known given or family name.
   * `فالح` and `الفياض` are; `الشعبي`, `في`, `الرئيس`, `السوري` are not.
   */
  nameLike(i: number): boolean {
    let v = this.nameLikeCache[i];
    if (v === undefined) this.nameLikeCache[i] = v = this.computeNameLike(i);
    return v;
  }

  private computeNameLike(i: number): boolean {
    if (!this.isWord(i)) return false;
    const key = this.keys[i]!;
    if (key.length < 2 || CLOSED_CLASS.has(key) || this.covered(i)) return false;
    if (this.isPersonName(key)) return true;
    if (this.isCommon(key) || this.demonym(i) || this.triggersAt(i).length > 0) return false;
    return !this.isCommonWithClitics(i);
  }

  /**
   * A common word under proclitics or an accusative ending: `بالأسلحة`، `والمياه`، `بدوره`،
   * `فوزاً` (فوز + tanwin alef). Names rarely take ال after a proclitic inside a sentence, so a
   * proclitic followed by ال counts too (`بالنقاط`). Known names are checked before this.
   */
  isCommonWithClitics(i: number): boolean {
    const key = this.keys[i]!;
    if (key.length > 3 && key.endsWith('ا') && this.isCommon(key.slice(0, -1))) return true;
    // ومواقفنا = و + مواقف + نا, نظيره = نظير + ه: a common stem under clitics.
    const seg = segment(this.tokens[i]!.text);
    if ((seg.proclitics.length > 0 || seg.enclitics.length > 0) && this.isCommon(searchForm(seg.stem.text))) return true;
    const readings = this.readings(i);
    for (let r = 1; r < readings.length; r++) {
      const k = readings[r]!.key;
      if (this.isCommon(k) || (k.startsWith('ال') && !this.isPersonName(k))) return true;
    }
    return false;
  }

  /** The tokenizer's segmentation finds a pronoun suffix on word `i` (ضيفه = ضيف + ه), which names do not take. */
  hasPronounSuffix(i: number): boolean {
    return !this.isPersonName(this.keys[i]!) && segment(this.tokens[i]!.text).enclitics.length > 0;
  }

  /**
   * Word `i` starts a new phrase joined by و/ف rather than continuing a name: `وسمير`, `والثالثة`,
   * `وإلى` (a known name, a common word or a definite word after the conjunction).
   */
  startsConjunct(i: number): boolean {
    for (const r of this.readings(i)) {
      if (r.proclitic === '' || !(r.proclitic.startsWith('و') || r.proclitic.startsWith('ف'))) continue;
      if (this.isPersonName(r.key) || this.isCommon(r.key) || r.key.startsWith('ال')) return !this.isPersonName(this.keys[i]!);
    }
    return false;
  }

  /** A given or family name from the lexicon. */
  isPersonName(key: string): boolean {
    return this.lexicon.isGivenName(key) || this.lexicon.isFamilyName(key);
  }

  /** A name particle: بن، ابن، أبو، عبد، آل… */
  isParticle(i: number): boolean {
    return this.trigger(i, 'particle') !== undefined;
  }
}

const NO_READINGS: readonly Reading[] = Object.freeze([]);

/** Offset in `text` just after its first `letters` letters and the marks, tatweel and invisibles that follow them. */
export function cutAfterLetters(text: string, letters: number): number {
  const skip = (c: number) => isArabicMark(c) || isTatweel(c) || isInvisible(c);
  let i = 0;
  while (i < text.length && skip(text.charCodeAt(i))) i++;
  for (let n = 0; n < letters && i < text.length; n++) {
    i++;
    while (i < text.length && skip(text.charCodeAt(i))) i++;
  }
  return i;
}
