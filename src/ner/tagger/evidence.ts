import type { EntityType } from '../../gazetteer/index.js';
import type { TokenKind } from '../../tokenize/index.js';
import { WB, type Words } from '../words.js';
import { entryType } from '../entry-fields.js';
import { FLAG, type TaggerInput } from './features.js';
import { endOfTrigger } from './fields.js';
import { begin } from './tags.js';

const TRIGGER_FLAG = {
  title: FLAG.TITLE,
  'org-head': FLAG.ORG_HEAD,
  institution: FLAG.INSTITUTION,
  descriptor: FLAG.DESCRIPTOR,
  'place-head': FLAG.PLACE_HEAD,
  'person-verb': FLAG.PERSON_VERB,
  particle: FLAG.PARTICLE,
} as const;

const SHADDA = '\u0651';

const GAZ_FLAG: Record<EntityType, number> = { PER: FLAG.GAZ_PER, LOC: FLAG.GAZ_LOC, ORG: FLAG.GAZ_ORG };

/** A span the rules chose, in tokens. */
export interface RuleSpan {
  type: EntityType;
  tokenStart: number;
  tokenEnd: number;
}

/**
 * The tagger's input from the recogniser's view of the words: 'search' keys, the stem under
 * proclitics, lexicon and gazetteer facts, and the rules' own spans as BIO tags.
 *
 * @example
 * // 'وصل الرئيس إلى بغداد': بغداد gets GAZ_LOC | GAZ_BEGIN and the rules' tag B-LOC
 */
export function evidence(w: Words, ruleSpans: readonly RuleSpan[], reuse = false): TaggerInput {
  const n = w.length;
  const shared = reuse && n <= WORK_KEEP ? workFor(n) : undefined;
  const texts = shared ? shared.texts : new Array<string>(n);
  const kinds = shared ? shared.kinds : new Array<TokenKind>(n);
  const stems = shared ? shared.stems : new Array<string>(n);
  const flags = shared ? shared.flags.subarray(0, n) : new Uint32Array(n);
  const rules = shared ? shared.rules.subarray(0, n) : new Uint8Array(n);
  if (shared) {
    flags.fill(0);
    rules.fill(0);
  }
  const doc = w.doc;
  let keys = w.keys;
  // Each token's spelling bits read once (Words.spellingBits): whether it is a word, whether a
  // trigger phrase may start at it (most words: none, and no call).
  const bits = w.spellingBits();
  for (let i = 0; i < n; i++) {
    const b = bits[i]!;
    texts[i] = doc.surface(i);
    kinds[i] = doc.kind(i);
    stems[i] = stemOf(w, i);
    if ((b & WB.AS_NAME) !== 0) {
      // عليّ the name where its sentence writes the preposition على: a word of its own for the
      // tagger, whose key and affixes are not the preposition's (علي's first and last three letters
      // are, in text that writes على as علي): a shadda at both ends, which no 'search' key holds.
      const own = keys === w.keys ? keys.slice() : (keys as string[]);
      own[i] = stems[i] = SHADDA + own[i] + SHADDA;
      keys = own;
    }
    let f = i === 0 ? FLAG.LINE_START : 0;
    if ((b & WB.WORD) !== 0) {
      // علي read as the name in its sentence (WB.AS_NAME): flags of its own, not its spelling's.
      f |= (b & WB.AS_NAME) !== 0 ? lexiconFlags(w, i) : w.spellingFlags(i, lexiconFlags);
      if (w.nameLike(i)) f |= FLAG.NAME_LIKE;
      if ((b & WB.NO_TRIGGER) === 0) {
        const triggers = w.triggersAt(i);
        for (let t = 0; t < triggers.length; t++) {
          const tr = triggers[t]!;
          f |= TRIGGER_FLAG[tr.kind];
          const end = endOfTrigger(tr);
          for (let k = i + 1; k < end; k++) flags[k]! |= FLAG.IN_TRIGGER;
        }
      }
    }
    const m = w.coverAt(i);
    if (m) {
      for (let e = 0; e < m.entries.length; e++) f |= GAZ_FLAG[entryType(m.entries[e]!)];
      if (m.tokenStart === i) f |= FLAG.GAZ_BEGIN;
      if (w.coverAmbiguous(i)) f |= FLAG.GAZ_TENTATIVE;
    }
    flags[i]! |= f;
  }
  lineStartsInto(w, flags);
  for (let k = 0; k < ruleSpans.length; k++) {
    const s = ruleSpans[k]!;
    const b = begin(s.type);
    rules[s.tokenStart] = b;
    for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) rules[k] = b + 1;
  }
  return { texts, kinds, keys, stems, flags, rules };
}

/**
 * `LINE_START` of the tokens after the first: a token with a line break before it, which only a
 * sentence's first token can have (`Words.lineStartOf`). The whole text was searched for each of
 * the four breaks before: `indexOf('\u2028')` and `'\u2029'` stop at every ب and ة of an Arabic text
 * (V8's search looks for the code unit's low byte, 0x28 or 0x29), about 1% of a steady pass.
 */
function lineStartsInto(w: Words, flags: Uint32Array): void {
  for (let s = 1; s < w.doc.sentenceCount; s++) {
    const i = w.lineStartOf(s);
    if (i >= 0) flags[i]! |= FLAG.LINE_START;
  }
}

/**
 * Work space of {@link evidence} with `reuse`, for a caller that reads the input at once and drops
 * it (the tagger component): two typed arrays and three arrays made per document cost more than
 * filling them. The arrays may be longer than the document (only the first `n` entries are its).
 */
const WORK_KEEP = 1 << 16;
let work = { texts: [] as string[], kinds: [] as TokenKind[], stems: [] as string[], flags: new Uint32Array(1024), rules: new Uint8Array(1024) };

function workFor(n: number): typeof work {
  if (work.flags.length < n) work = { texts: [], kinds: [], stems: [], flags: new Uint32Array(Math.min(WORK_KEEP, n * 2)), rules: new Uint8Array(Math.min(WORK_KEEP, n * 2)) };
  return work;
}

/**
 * The flags of word `i` that its spelling decides alone (through the lexicon): computed once per
 * spelling and kept with its facts ({@link Words.spellingFlags}). Those that depend on the
 * neighbours (a name-like word next to a known place, trigger phrases, gazetteer names) are read per token.
 */
function lexiconFlags(w: Words, i: number): number {
  let f = 0;
  // givenReading(i) and familyReading(i), from the spelling's bits: no list of readings made to
  // test that one exists.
  const b = w.spellingBits()[i]!;
  if ((b & WB.GIVEN_READING) !== 0) f |= FLAG.GIVEN;
  if ((b & WB.FAMILY_READING) !== 0) f |= FLAG.FAMILY;
  if (w.isCommonAt(i)) f |= FLAG.COMMON;
  if (w.isCommonWithClitics(i)) f |= FLAG.COMMON_CLITICS;
  if (w.demonym(i)) f |= FLAG.DEMONYM;
  if (w.isClosedClass(i)) f |= FLAG.CLOSED;
  if (w.hasPronounSuffix(i)) f |= FLAG.PRONOUN_SUFFIX;
  if (w.startsConjunct(i)) f |= FLAG.CONJUNCT;
  if (w.personAt(i)) f |= FLAG.PERSON_NAME; // isPersonName(keys[i]), read from the spelling's facts
  return f;
}

/**
 * Where the name proper starts in token `i`, after proclitics (ANNOTATION.md keeps them out):
 * where the gazetteer read it (`وبغداد` → `بغداد`), where an organisation's head was read
 * (`بمستشفى الملك فيصل` → `مستشفى`), else after و ف ب ك ل when what remains is a known name or a
 * definite word and the whole word is not known (`والكاظمي` → `الكاظمي`, but `وزارة` stays whole).
 */
export function nameStart(w: Words, i: number): number {
  const m = w.coverAt(i);
  if (m && m.tokenStart === i) return m.start;
  const head = w.trigger(i, 'org-head');
  if (head && head.tokenStart === i) return head.start;
  const r = w.stemReading(i);
  return r ? r.start : w.doc.start(i);
}


function stemOf(w: Words, i: number): string {
  const m = w.coverAt(i);
  if (m && m.tokenStart === i && m.proclitic) {
    const k = w.readingKeyAt(i, m.start);
    if (k !== undefined) return k;
  }
  return w.stemKey(i) ?? w.keys[i]!;
}
