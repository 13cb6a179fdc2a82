import type { EntityType } from '../gazetteer/index.js';
import { type Candidate, gazetteerCandidate, ruleCandidate } from './candidates.js';
import { CLOSED_CLASS } from './closed-class.js';
import { sortSmall } from './sort-small.js';
import type { Words } from './words.js';

interface Known {
  type: EntityType;
  canonical: string;
  id?: string;
}

/**
 * Document-level propagation. After a full name (`مصطفى الكاظمي`, `وليد المعلم`), the family
 * name alone (`الكاظمي`, `المعلم`) is the same person anywhere in the document, before or after;
 * so is a given name that is not a common given name. A one-word name that context confirmed once
 * (`قناة X`, `الرئيس X`) counts everywhere too. Returns new candidates for tokens no accepted
 * entity covers, and confirms tentative gazetteer candidates whose name was confirmed (the
 * tentative ones among `candidates`).
 */
export function propagate(w: Words, accepted: readonly Candidate[], candidates: readonly Candidate[]): readonly Candidate[] {
  // Most documents have no entity to propagate: nothing is made for them (no list, no Map, no copy,
  // no table, and no context for the closure below, which lives in a function of its own).
  if (accepted.length === 0) return NONE;
  const known = knownNames(w, accepted);
  return known === undefined ? NONE : mentions(w, accepted, candidates, known);
}

/** Nothing to add (shared: the caller only reads its length). */
const NONE: readonly Candidate[] = Object.freeze([]);

/** What the accepted entities name, by the key of the word a later mention may use alone; undefined when nothing. */
function knownNames(w: Words, accepted: readonly Candidate[]): Map<string, Known> | undefined {
  const known = new Map<string, Known>();
  // Full names first, wherever they stand, so that `الجعفري` before `إبراهيم الجعفري` links to it.
  const fullFirst = accepted.length > 1 ? sortSmall(accepted.slice(), longestFirst) : accepted;
  for (let f = 0; f < fullFirst.length; f++) {
    const c = fullFirst[f]!;
    const canonical = c.canonical ?? w.text.slice(c.start, c.end);
    // Literals, not `...(c.id ? { id } : {})`: an object spread is a slow path in V8.
    const info: Known = { type: c.type, canonical, id: c.id || undefined }; // one shape, `id` undefined when absent
    const words = c.tokenEnd - c.tokenStart;
    if (c.type === 'PER' && words >= 2) {
      const last = c.tokenEnd - 1;
      if (!w.isParticle(last) && !compoundPart(w, last)) remember(known, w.keys[last]!, info);
      const first = w.keyAt(c.tokenStart, c.start);
      if (!w.lexicon.isGivenName(first) && !w.isParticle(c.tokenStart)) remember(known, first, info);
    } else if (words === 1 && c.source === 'context') {
      remember(known, w.keyAt(c.tokenStart, c.start), info);
    }
  }
  return known.size === 0 ? undefined : known;
}

/** The mentions of `known` names outside the accepted entities, and the tentative candidates they confirm. */
function mentions(w: Words, accepted: readonly Candidate[], candidates: readonly Candidate[], known: Map<string, Known>): Candidate[] {
  const out: Candidate[] = [];
  const taken = takenTable(w.length);
  for (const c of accepted) for (let k = c.tokenStart; k < c.tokenEnd; k++) taken[k] = 1;
  // A one-word mention another rule found (المعلم) still names the person of the full name.
  for (const c of accepted) {
    // The span first: its reads run for every candidate, so they meet both classes (the gazetteer's, the rules') early.
    if (c.tokenEnd - c.tokenStart !== 1 || c.canonical !== undefined) continue;
    const k = known.get(w.keyAt(c.tokenStart, c.start));
    if (k && k.type === c.type && k.canonical.length > c.end - c.start) {
      c.canonical = k.canonical;
      if (k.id) c.id = k.id;
    }
  }
  for (const c of candidates) {
    if (c.tentative && c.tokenEnd - c.tokenStart === 1 && known.get(w.keys[c.tokenStart]!)?.type === c.type) {
      // A copy of the gazetteer's hidden class (a spread made one of its own), its keys in the same order.
      out.push(gazetteerCandidate(c.type, c.tokenStart, c.tokenEnd, c.start, c.end, c.source, false, c.canonical, c.id, 'propagation'));
    }
  }
  const isKnown = (key: string): boolean => known.has(key); // one closure a document, not one a token
  // A reading is its word with proclitics cut from the front (وبالكاظمي → الكاظمي; لل + … → ال + …:
  // clitics.ts), so it ends in the word's last letter: a word whose last letter ends no known key
  // (most words) has no reading to look up.
  const lasts = lastLetters(known);
  for (let i = 0; i < w.length; i++) {
    if (taken[i] || !w.isWord(i) || (lasts & lastLetterBit(w.keys[i]!)) === 0) continue;
    const reading = w.find(i, isKnown);
    if (!reading) continue;
    const k = known.get(reading.key)!;
    const end = w.doc.end(i);
    // One literal whatever `k.id` is (undefined when absent): one hidden class for V8.
    out.push(ruleCandidate(k.type, i, i + 1, reading.start, end, 'document', 'propagation', undefined, k.canonical, k.id));
  }
  return out;
}

/**
 * The tokens the accepted entities stand on, 1 each ({@link mentions}): one table kept from one
 * document to the next, not a `Uint8Array` made for each (a typed array of more than 64 bytes has a
 * backing store of its own, which V8 allocates and frees outside its heap). Cleared here, before
 * use, not after: a document that threw half-way cannot leave marks that a later one would read.
 */
function takenTable(n: number): Uint8Array {
  if (n > TAKEN_KEEP) return new Uint8Array(n);
  if (takenScratch.length < n) takenScratch = new Uint8Array(Math.min(TAKEN_KEEP, Math.max(n, 2 * takenScratch.length)));
  else takenScratch.fill(0, 0, n);
  return takenScratch;
}

/** Tables above this many tokens are not kept (a huge document's would stay alive after it). */
const TAKEN_KEEP = 1 << 16;
// Sized at load for most documents (a news article's 1,000 tokens): first grown after V8 had
// optimised `mentions`, its growth (a path with no type feedback) deoptimised it.
let takenScratch = new Uint8Array(2048);

/**
 * The last code unit of `key` as one bit of 32 (Arabic letters, U+0621–U+064A, fall on different
 * bits); bit 0 for an empty key (no `charCodeAt` past the end, which deoptimises its caller).
 */
function lastLetterBit(key: string): number {
  return key.length === 0 ? 1 : 1 << (key.charCodeAt(key.length - 1) & 31);
}

/** {@link lastLetterBit} of every known key. */
function lastLetters(known: Map<string, Known>): number {
  let bits = 0;
  for (const key of known.keys()) bits |= lastLetterBit(key);
  return bits;
}

/** The longer span (in tokens) first, then the earlier one. */
const longestFirst = (a: Candidate, b: Candidate): number => b.tokenEnd - b.tokenStart - (a.tokenEnd - a.tokenStart) || a.start - b.start;

/** Keeps what `key` names, unless the key is too short, a closed-class word or already known (a module function: a closure over `known` was a context allocated on every call). */
function remember(known: Map<string, Known>, key: string, k: Known): void {
  if (key.length >= 3 && !CLOSED_CLASS.has(key) && !known.has(key)) known.set(key, k);
}

/**
 * The last word `k` of a person's name is the second part of a compound, which names no one alone:
 * after a particle (عبد [الرحمن]), the name of God (نصر [الله]، فرج [الله]), or a common word that
 * is no family name (صلاح [الدين]، نور [الدين]). Such a word is not propagated through the document.
 */
function compoundPart(w: Words, k: number): boolean {
  const key = w.keys[k]!;
  if (key === 'الله' || w.isParticle(k - 1)) return true;
  return w.commonKeyAt(k) && !w.familyAt(k);
}
