import type { Demonym, EntityType, Gazetteer, GazetteerMatch, Lexicon, Trigger, TriggerKind } from '../gazetteer/index.js';
import { matchStarts } from './match-starts.js';
import { keyTokens, searchForm } from '../gazetteer/trie.js';
import type { TrieGazetteer } from '../gazetteer/gazetteer.js';
import { addFlag, Lex, type TriggerMatch, type WordFlagSource } from '../gazetteer/lexicon.js';
import { type Doc, type Spelling, Tok } from '../tokenize/document.js';
import { builtinGazetteer } from '../gazetteer/index.js';
import { knownNames } from '../search/known-names.js';
import { isSearchForm } from '../normalize/search-key.js';
import { cliticShapeIfWanted } from '../tokenize/segment.js';
import { K } from '../tokenize/scan.js';
import { endsWithTanween, hasPresentationForm, isArabicMark, isTatweel, Letter } from '../normalize/chars.js';
import { expandPresentationForms } from '../normalize/expand-presentation-forms.js';
import { CLOSED_CLASS } from './closed-class.js';
import { filterOf, type KeyFilter } from '../gazetteer/key-filter.js';
import { keyShapeBits } from './key-shapes.js';

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
 * What can be said of a word from its spelling alone, computed once per distinct spelling and
 * shared by every document (words repeat: the cache is what keeps the recogniser fast). A
 * spelling keeps them in its own fields (`factsBits`, and `facts`: the nationality adjective, when
 * there is one); this object holds them only in a lexicon's Map, when a `Words` of another lexicon
 * has taken the spelling's fields ({@link Words.takeFacts}).
 */
interface WordFacts {
  /**
   * What the lexicon says of the whole spelling's key, whatever its kind (`W.B_GIVEN | W.B_FAMILY |
   * W.B_CLOSED | W.B_COMMON`), and the word's facts as bits: `W.B_WORD`, `W.B_NO_TRIGGER`,
   * `W.B_COMMON_CLITICS`, `W.B_PRONOUN`, `W.B_CONJUNCT`, which readings are a given name and a
   * family name ({@link readingIn}) and which a person's name at all. Bits, not a field each: a
   * steady pass reads one number a token off the spelling.
   */
  readonly bits: number;
  readonly demonym: Demonym | undefined;
}

/**
 * {@link WordFacts} made by a constructor, not an object literal (V8 deoptimises a function that
 * inlines a literal whose objects it sees survive, once it allocates them in the old generation).
 * Made only when a spelling's facts move to their lexicon's Map: a new spelling's facts are numbers
 * on the spelling (where each new spelling had an object of 32 bytes, read again at every word).
 */
class Facts implements WordFacts {
  declare readonly bits: number;
  declare readonly demonym: Demonym | undefined;
  constructor(bits: number, demonym: Demonym | undefined) {
    this.bits = bits;
    this.demonym = demonym;
  }
}

/** {@link WordFacts.bits}: the key is a given name, a family name, a closed-class word, a common word (closed-class or the lexicon's). */
const enum W { B_GIVEN = 1 }
const enum W { B_FAMILY = 2 }
const enum W { B_CLOSED = 4 }
const enum W { B_COMMON = 8 }
/** The token is an Arabic word (the other kinds get no readings, and none of the bits below). */
const enum W { B_WORD = 16 }
/** No trigger phrase starts with this word or one of its readings. */
const enum W { B_NO_TRIGGER = 32 }
/** {@link Words.isCommonWithClitics}. */
const enum W { B_COMMON_CLITICS = 64 }
/** {@link Words.hasPronounSuffix}. */
const enum W { B_PRONOUN = 128 }
/** {@link Words.startsConjunct}. */
const enum W { B_CONJUNCT = 512 }
/** Where the given-name reading (-1 none, 0 the whole word, r + 1 proclitic reading r) is kept, plus 1, in three bits. */
const enum W { GIVEN_SHIFT = 10 }
/** Where the standalone family-name reading ({@link Words.familyReading}) is kept, as the given one. */
const enum W { FAMILY_SHIFT = 13 }
/** The word, or a reading of it, is a nationality adjective ({@link WordFacts.demonym} is set). */
const enum W { B_DEMONYM = 1 << 16 }
/** The given-name reading ({@link W.GIVEN_SHIFT}) is a common word too ({@link Words.isCommon} of its key): وأمل → أمل. */
const enum W { B_GIVEN_COMMON = 1 << 17 }
/** Where the key's shape bits ({@link keyShapeBits}: article, head, nisba, corporate word) are kept, four bits, for a token of any kind. */
const enum W { SHAPE_SHIFT = 18 }
/**
 * What {@link Words.nameLike} can tell from the spelling alone: never a name word (a key of one
 * letter, a closed-class or common word, a nationality adjective, tanween: `في`، `السوري`، `قائلةً`),
 * or a known name (a name word unless a gazetteer name covers it). Neither: it is one unless a
 * gazetteer name covers it or a trigger phrase starts at it (read per token).
 */
const enum W { B_NAME_NEVER = 1 << 22 }
const enum W { B_NAME_KNOWN = 1 << 23 }
/**
 * Which proclitic readings' keys are a given or family name ({@link Words.isPersonName}), bit `r`
 * for reading `r`, three bits: {@link Words.computeStemReading} reads them instead of asking the
 * lexicon again about each reading of a new spelling (وسمير → سمير).
 */
const enum W { READING_PERSON_SHIFT = 24 }
/**
 * The 'search' form folds ى into ي, so the preposition على and the given name علي share the key
 * علي. A spelling written with a final ي whose key is a given name and a closed-class word (`علي`)
 * is {@link W.B_YEH_NAME}; one written with a final ى whose key is a closed-class word
 * and a given name (`على`) is {@link W.B_MAKSURA_WORD}. A sentence with both writes the two apart:
 * there its `علي` is the name (`وزير الصحة [علي المرابط] … على`), read with the bits of a given name
 * ({@link readYehNames}, which marks the token {@link W.B_AS_NAME}). A text that writes على as علي
 * (common in news copied from the web) has no على, and its علي stays the preposition.
 */
const enum W { B_YEH_NAME = 1 << 27 }
const enum W { B_MAKSURA_WORD = 1 << 28 }
const enum W { B_AS_NAME = 1 << 29 }

/**
 * Masks of a token's spelling bits ({@link Words.spellingBits}), for a caller that asks several
 * facts of every token of a document (the token index): one read of the table a token, where each
 * method reads it again behind a call and a bounds check (and `demonym`, `familyReading` read the
 * spelling's facts object or make the token's list of readings). Each mask answers as the method
 * named; every bit but {@link WB.WORD} and the shapes is set only on an Arabic word.
 */
export const enum WB {
  /** `isWord(i)`. */
  WORD = W.B_WORD,
  /** `demonym(i) !== undefined`. */
  DEMONYM = W.B_DEMONYM,
  /** `familyReading(i) !== undefined`. */
  FAMILY_READING = 7 << W.FAMILY_SHIFT,
  /** `givenReading(i) !== undefined` (a proclitic reading that is a given name: `ومحمد` → `محمد`). */
  GIVEN_READING = 7 << W.GIVEN_SHIFT,
  /** `mayStartGivenName(i)` is `(b & WB.GIVEN_START) !== 0 || (b & WB.NO_TRIGGER) === 0`. */
  GIVEN_START = W.B_GIVEN | WB.GIVEN_READING,
  /** No trigger phrase starts at the token (`triggersAt(i)` is empty). */
  NO_TRIGGER = W.B_NO_TRIGGER,
  /**
   * `articleAt(i)`, `definiteHeadShapeAt(i)`, `nisbaShapeAt(i)`, `corporateAt(i)` (a token of any
   * kind): `Shape.ARTICLE` … `Shape.CORPORATE` (1, 2, 4, 8) at {@link W.SHAPE_SHIFT}, written out here
   * because esbuild inlines a member only when its value is known in this file (tests/ner.words.test.ts
   * checks them against `Shape`).
   */
  ARTICLE = 1 << W.SHAPE_SHIFT,
  DEFINITE_HEAD = 2 << W.SHAPE_SHIFT,
  NISBA = 4 << W.SHAPE_SHIFT,
  CORPORATE = 8 << W.SHAPE_SHIFT,
  /** The token is read otherwise than its spelling in its sentence: `علي` as the name where على is written with ى ({@link W.B_YEH_NAME}). */
  AS_NAME = W.B_AS_NAME,
  /** For the token index: the bits of the lists of words only (a clear {@link WB.NO_TRIGGER} puts a word on `givens` too). */
  ON_A_WORD_LIST = WB.DEMONYM | WB.FAMILY_READING | WB.GIVEN_START | WB.CORPORATE | WB.NO_TRIGGER,
  /** For the token index: the bits that put a token on some list, but {@link WB.NO_TRIGGER}, which does when clear. */
  ON_SOME_LIST = WB.NISBA | WB.DEFINITE_HEAD | WB.DEMONYM | WB.FAMILY_READING | WB.GIVEN_START | WB.CORPORATE,
}

/**
 * {@link W.B_YEH_NAME} or {@link W.B_MAKSURA_WORD} for a spelling whose key is a given name and a
 * closed-class word (only علي: على), from the last letter it is written with (marks and tatweel
 * skipped: `عليٌّ`); 0 otherwise. Not for a given name that is a common word ending in ي (رمزي،
 * سلمي، بشري): those end in ي however a text writes ى, so the letter tells nothing.
 */
function finalYehBits(text: string): number {
  let k = text.length - 1;
  while (k > 0 && (isArabicMark(text.charCodeAt(k)) || isTatweel(text.charCodeAt(k)))) k--;
  const last = text.charCodeAt(k);
  return last === Letter.YEH ? W.B_YEH_NAME : last === Letter.ALEF_MAKSURA ? W.B_MAKSURA_WORD : 0;
}

/**
 * In a sentence that writes على with ى ({@link W.B_MAKSURA_WORD}), each `علي` ({@link W.B_YEH_NAME})
 * gets the bits of a given name that is no common word: a name word, its own given-name reading.
 * The sentence, not the document: news pieces together text typed apart, and in ANERcorp a علي
 * for على lies a sentence or two from a على more often than a name does (41 to 19 within three
 * sentences), where in one sentence with على it is the name 11 times out of 14.
 */
function readYehNames(bitsOf: Int32Array, doc: Doc): void {
  const common = W.B_CLOSED | W.B_COMMON | W.B_COMMON_CLITICS | W.B_NAME_NEVER | W.B_GIVEN_COMMON | (7 << W.GIVEN_SHIFT);
  for (let s = 0; s < doc.sentenceCount; s++) {
    const [from, to] = doc.sentenceTokens(s);
    let all = 0;
    for (let i = from; i < to; i++) all |= bitsOf[i]!;
    if ((all & (W.B_YEH_NAME | W.B_MAKSURA_WORD)) !== (W.B_YEH_NAME | W.B_MAKSURA_WORD)) continue;
    for (let i = from; i < to; i++) {
      const b = bitsOf[i]!;
      if ((b & W.B_YEH_NAME) !== 0) bitsOf[i] = (b & ~common) | W.B_NAME_KNOWN | (1 << W.GIVEN_SHIFT) | W.B_AS_NAME;
    }
  }
}

/** The reading kept at `shift` of `bits` ({@link W.GIVEN_SHIFT}, {@link W.FAMILY_SHIFT}): -1 none. */
function readingIn(bits: number, shift: number): number {
  return ((bits >>> shift) & 7) - 1;
}

/**
 * What the lexicon (and the closed-class list, and the trigger phrases' first words) says of one
 * 'search' key, as bits ({@link LexiconCache.flagsOf}): {@link Words.computeFacts} asks about the key
 * and each of its readings once, where it asked each table in turn: the lexicon's bits
 * (`Lex.GIVEN`, `Lex.FAMILY`, `Lex.COMMON`: `isCommonWord`, `Lex.DEMONYM`), a closed-class word, the
 * first word of a trigger phrase.
 */
const enum W { F_CLOSED = 16 }
const enum W { F_FIRST = 32 }
/** {@link Words.isCommon}: a closed-class word or the lexicon's common word. */
const F_COMMON = W.F_CLOSED | Lex.COMMON;

/**
 * Keys asked of a lexicon's tables one by one before {@link LexiconCache.flagsOf} reads them all
 * into one Map (for a lexicon that lists them, {@link WordFlagSource}): a cold start asks about a few
 * dozen keys; a long text asks about tens of thousands, each a hash of the key in five or six
 * tables (given, family, closed-class, common, nationality adjectives, trigger words) where the
 * Map hashes it once.
 */
const enum W { FLAGS_AFTER = 4096 }

const enum W { FACTS_LIMIT = 100_000 }
interface LexiconCache {
  facts: Map<string, WordFacts>;
  firstWords: Set<string>;
  /** A stem as written (a cut of `cliticShapeIfWanted`) is, in 'search' form, a common word ({@link Words.isCommon}). */
  commonStem: (stem: string) => boolean;
  /** The `F_*` bits of a 'search' key. */
  flagsOf: (key: string) => number;
}
const factsByLexicon = new WeakMap<Lexicon, LexiconCache>();

/**
 * The `F_*` bits of keys in `lexicon` (whose trigger phrases start with `firstWords`): asked of
 * each table until {@link W.FLAGS_AFTER} keys, then read from one Map of every word any of them knows,
 * when the lexicon can list its words.
 */
function flagLookup(lexicon: Lexicon, firstWords: Set<string>): (key: string) => number {
  const source = lexicon as Partial<WordFlagSource>;
  let table: Map<string, number> | undefined;
  /** The keys of `table`: most keys a new spelling asks about (its stems, its readings) are none. */
  let known: KeyFilter | undefined;
  let asked = 0;
  const fromTables = (k: string): number =>
    (lexicon.isGivenName(k) ? Lex.GIVEN : 0) |
    (lexicon.isFamilyName(k) ? Lex.FAMILY : 0) |
    (lexicon.isCommonWord(k) ? Lex.COMMON : 0) |
    (lexicon.demonym(k) !== undefined ? Lex.DEMONYM : 0) |
    (CLOSED_CLASS.has(k) ? W.F_CLOSED : 0) |
    (firstWords.has(k) ? W.F_FIRST : 0);
  return (k) => {
    if (table !== undefined) return known!.mayHave(k) ? (table.get(k) ?? 0) : 0;
    if (++asked > W.FLAGS_AFTER && typeof source.wordFlags === 'function') {
      const t = source.wordFlags();
      for (const w of CLOSED_CLASS) addFlag(t, w, W.F_CLOSED);
      for (const w of firstWords) addFlag(t, w, W.F_FIRST);
      table = t;
      known = filterOf(t);
      return table.get(k) ?? 0;
    }
    return fromTables(k);
  };
}

/** Keeps the facts a spelling's slot gave up to another lexicon (bounded). */
function keep(facts: Map<string, WordFacts>, text: string, f: WordFacts): void {
  if (facts.size >= W.FACTS_LIMIT) facts.clear();
  facts.set(text, f);
}

function lexiconCache(lexicon: Lexicon): LexiconCache {
  let c = factsByLexicon.get(lexicon);
  if (!c) {
    const known = lexicon as Partial<TriggerFirstWords>;
    const firstWords = typeof known.triggerFirstWords === 'function' ? known.triggerFirstWords() : firstWordsOf(lexicon);
    const flagsOf = flagLookup(lexicon, firstWords);
    const commonStem = (stem: string): boolean => (flagsOf(searchForm(stem)) & F_COMMON) !== 0;
    factsByLexicon.set(lexicon, (c = { facts: new Map(), firstWords, commonStem, flagsOf }));
  }
  return c;
}

const TRIGGER_KINDS: readonly TriggerKind[] = ['title', 'org-head', 'institution', 'descriptor', 'place-head', 'person-verb', 'particle'];

/**
 * The first word ('search' form) of every trigger phrase of `lexicon`: a word that is none of them,
 * nor after its proclitics, starts no phrase ({@link W.B_NO_TRIGGER}).
 *
 * @internal exported for the tests
 */
export function firstWordsOf(lexicon: Lexicon): Set<string> {
  const firstWords = new Set<string>();
  for (const kind of TRIGGER_KINDS) for (const t of lexicon.triggers(kind)) firstWords.add(keyTokens(t.phrase)[0] ?? '');
  return firstWords;
}

/**
 * A lexicon that has its phrases' first words without tokenising them again (the built-in one reads
 * them from the keys its lines carry): tokenising and normalising the 486 built-in phrases at the
 * first `analyze` was about 29 M instructions of a cold start (about 9% of it over a bare `node`), and compiled the 'standard' table
 * only for them.
 */
interface TriggerFirstWords {
  triggerFirstWords(): Set<string>;
}

/** A lexicon that can match trigger phrases over a `Doc` directly (the built-in one can). */
interface DocTriggerMatcher {
  matchTriggerIn(tokens: Doc, i: number, text: string, normOf: (j: number) => string): TriggerMatch | undefined;
}

/**
 * The recogniser's view of a document: lookups in the lexicon that also try each word without
 * its proclitics (`والتقى` is `التقى`, `وزير` stays whole), trigger phrases, and which tokens a
 * gazetteer name covers. Words and their readings come from the {@link Doc}; what the lexicon says
 * of a spelling is computed once and shared by every document.
 */
export class Words {
  readonly text: string;
  /** The document's token table (see {@link Doc.table}). */
  private readonly table: Int32Array;
  /** Every token's 'search' key. */
  readonly keys: readonly string[];
  /** {@link triggersAt} of each token once asked (undefined: not asked yet). */
  private readonly triggerCache: (TriggerAt[] | undefined)[];
  /** The per-token tables below, borrowed from {@link spareTables} and given back by {@link release}. */
  private tables: WordTables | undefined;
  // Per-token tables sized once (a JS array first written at a high index turns into a slow dictionary).
  private readonly readingCache: (Reading[] | undefined)[];
  /** {@link nameLike} of each token: 0 not asked yet, 1 false, 2 true. */
  private readonly nameLikeCache: Uint8Array;
  /** For each token, the gazetteer match that covers it (set by {@link Words.setCover}). */
  private readonly cover: (GazetteerMatch | undefined)[];
  private readonly coverType: (EntityType | undefined)[];
  /** 1 where the covering match is tentative. */
  private readonly coverTentative: Uint8Array;
  /**
   * Each token's {@link WordFacts.bits} (the spelling's, made once with its facts): the rules ask
   * them at every token, and one read of this table is one load where the facts were two (the
   * array's slot, then the object, often on a cache line of its own). Filled by the constructor's
   * loop, whose loads of the tokens' facts do not wait on one another.
   */
  private readonly bitsOf: Int32Array;
  private readonly shared: LexiconCache;
  private readonly docTriggers: DocTriggerMatcher | undefined;
  /**
   * Which per-token tables this document has written ({@link W.W_READINGS}, {@link W.W_TRIGGERS},
   * {@link W.W_NAME_LIKE}), and the tokens {@link setCover} wrote: {@link release} clears only those
   * (most documents ask no token's readings, and start a trigger phrase at few words).
   */
  private written = 0;
  private coverFrom = 0;
  private coverTo = 0;
  /** The matches of the last {@link setCover}, and {@link coverStarts} listed from them on first use. */
  private coverMatches: readonly GazetteerMatch[] = [];
  private coverStartList: readonly number[] | undefined;

  constructor(
    readonly doc: Doc,
    readonly lexicon: Lexicon,
    readonly gazetteer: Gazetteer,
  ) {
    this.text = doc.text;
    this.table = doc.table;
    this.keys = doc.keys();
    this.shared = lexiconCache(lexicon);
    const m = lexicon as Partial<DocTriggerMatcher>;
    this.docTriggers = typeof m.matchTriggerIn === 'function' ? (m as DocTriggerMatcher) : undefined;
    const n = doc.length;
    const t = borrowTables(n);
    this.tables = t;
    this.bitsOf = t.bits;
    this.readingCache = t.readings;
    this.nameLikeCache = t.nameLike;
    this.cover = t.cover;
    this.coverType = t.coverType;
    this.coverTentative = t.coverTentative;
    this.triggerCache = t.triggers;
    const shared = this.shared;
    const bitsOf = this.bitsOf;
    // Each token's spelling carries its facts for this lexicon once computed, and their bits
    // beside them (`factsBits`): one check a token, and the bits copied without reading the facts
    // object (the facts are read off the spelling: no table of them to fill and clear a token).
    let all = 0;
    for (let i = 0; i < n; i++) {
      const sp = doc.spelling(i);
      all |= bitsOf[i] = sp.factsOwner === shared ? sp.factsBits : this.takeFacts(sp);
    }
    if ((all & (W.B_YEH_NAME | W.B_MAKSURA_WORD)) === (W.B_YEH_NAME | W.B_MAKSURA_WORD)) readYehNames(bitsOf, doc);
    // The last document's bits past this one's tokens (release leaves the bits to be written over).
    for (let i = n; i < t.bitsUsed; i++) bitsOf[i] = 0;
    t.bitsUsed = n;
  }

  /**
   * The facts of spelling `sp` for this lexicon, put in its fields (the spelling is the cache: a
   * spelling made again is the same object, `createDoc`); returns their bits. Fields that hold
   * another lexicon's facts give them to that lexicon's Map, and this lexicon's may be in its own
   * Map; a new spelling's fields hold nothing. The numbers kept beside them (the tagger's flags,
   * the stem reading) are asked again.
   */
  private takeFacts(sp: Spelling): number {
    const shared = this.shared;
    let f: WordFacts | undefined;
    const owner = sp.factsOwner as LexiconCache | undefined;
    if (owner !== undefined) {
      keep(owner.facts, sp.text, new Facts(sp.factsBits, sp.facts as Demonym | undefined));
      f = shared.facts.get(sp.text);
      if (f !== undefined && (f.bits & W.B_WORD) !== (sp.kind === K.WORD ? W.B_WORD : 0)) f = undefined;
    }
    if (f !== undefined) {
      sp.facts = f.demonym;
      sp.factsBits = f.bits;
    } else this.computeFacts(sp);
    sp.factsFlags = -1;
    sp.factsStem = -1;
    sp.factsStemFor = undefined;
    sp.factsOwner = shared;
    return sp.factsBits;
  }

  /**
   * Gives the per-token tables back for the next document's `Words` (cleared, so that they read as
   * new ones). Call it once the recogniser is done with this one: it answers nothing after.
   */
  release(): void {
    const t = this.tables;
    if (t === undefined) return;
    this.tables = undefined;
    // Only the tables this document wrote, over its tokens (each is written at tokens 0 … length - 1
    // only); the bits are written over by the next document's Words.
    const n = this.doc.length;
    const written = this.written;
    if ((written & W.W_NAME_LIKE) !== 0) for (let i = 0; i < n; i++) t.nameLike[i] = 0;
    if ((written & W.W_READINGS) !== 0) for (let i = 0; i < n; i++) t.readings[i] = undefined;
    if ((written & W.W_TRIGGERS) !== 0) for (let i = 0; i < n; i++) t.triggers[i] = undefined;
    const { cover, coverType, coverTentative } = t;
    for (let i = this.coverFrom, to = this.coverTo; i < to; i++) {
      cover[i] = undefined;
      coverType[i] = undefined;
      coverTentative[i] = 0;
    }
    if (t.capacity <= W.TABLES_KEEP) spareTables = t;
  }

  /**
   * Each token's spelling bits, read with the `WB_*` masks: token `i`'s at index `i` (0 past the
   * last token). The table is this `Words`' own until {@link release}; not to be written.
   */
  spellingBits(): Int32Array {
    return this.bitsOf;
  }

  /** Keeps the per-token tables with this `Words` ({@link release} then gives nothing back): for a caller that reads it after the recogniser's run. */
  keep(): void {
    this.tables = undefined;
  }

  /**
   * The spelling of word `i`, its facts this lexicon's (shared across documents): taken back when a
   * `Words` of another lexicon has had the spelling since.
   */
  private ownSpelling(i: number): Spelling {
    const sp = this.doc.spelling(i);
    if (sp.factsOwner !== this.shared) this.takeFacts(sp);
    return sp;
  }

  /** Computes the facts of `sp` for this lexicon into its fields `factsBits` and `facts` (the nationality adjective). */
  private computeFacts(sp: Spelling): void {
    const key = sp.key;
    const word = sp.kind === K.WORD;
    const readings = sp.readings;
    const lex = this.lexicon;
    const flagsOf = this.shared.flagsOf;
    // The whole spelling in the lexicon, asked once: the rules read these bits instead of asking again.
    const f0 = flagsOf(key);
    const given0 = (f0 & Lex.GIVEN) !== 0;
    const family0 = (f0 & Lex.FAMILY) !== 0;
    const common0 = (f0 & F_COMMON) !== 0;
    const person0 = given0 || family0;
    const bits =
      (given0 ? W.B_GIVEN : 0) | (family0 ? W.B_FAMILY : 0) | ((f0 & W.F_CLOSED) !== 0 ? W.B_CLOSED : 0) | (common0 ? W.B_COMMON : 0) | (keyShapeBits(key) << W.SHAPE_SHIFT);
    if (!word) {
      sp.factsBits = bits | W.B_NO_TRIGGER;
      sp.facts = undefined;
      return;
    }
    // The bits of each reading's key, asked once (a word has at most three readings).
    const nr = readings.length;
    const rf = readingFlags;
    for (let r = 0; r < nr; r++) rf[r] = flagsOf(readings[r]![1]);
    let demonym = (f0 & Lex.DEMONYM) !== 0 ? lex.demonym(key) : undefined;
    for (let r = 0; !demonym && r < nr; r++) if ((rf[r]! & Lex.DEMONYM) !== 0) demonym = lex.demonym(readings[r]![1]);
    // startsConjunct: و or ف before a known name, a common word or a definite word (`وسمير`,
    // `وإلى`, `والثالثة`), read from the readings' bits; never when the whole word is a name (`وليد`).
    let conjunct = false;
    let readingPerson = 0;
    for (let r = 0; r < nr; r++) {
      const f = rf[r]!;
      if ((f & (Lex.GIVEN | Lex.FAMILY)) !== 0) readingPerson |= 1 << r;
      const p0 = readings[r]![0].charCodeAt(0);
      if ((p0 === Letter.WAW || p0 === Letter.FEH) && ((f & (Lex.GIVEN | Lex.FAMILY | F_COMMON)) !== 0 || readings[r]![1].startsWith('ال'))) conjunct = !person0;
    }
    let noTrigger = (f0 & W.F_FIRST) === 0;
    for (let r = 0; noTrigger && r < nr; r++) if ((rf[r]! & W.F_FIRST) !== 0) noTrigger = false;
    let commonWithClitics = key.length > 3 && key.charCodeAt(key.length - 1) === Letter.ALEF && (flagsOf(key.slice(0, -1)) & F_COMMON) !== 0;
    for (let r = 0; !commonWithClitics && r < nr; r++) {
      const f = rf[r]!;
      if ((f & F_COMMON) !== 0 || (readings[r]![1].startsWith('ال') && (f & (Lex.GIVEN | Lex.FAMILY)) === 0)) commonWithClitics = true;
    }
    let pronounSuffix = false;
    // بعلبك is not ب + علبك: segmentation keeps the built-in gazetteer's names whole (the facts
    // are cached per spelling for every document, so they use the built-in names, not a user's).
    // The cut is asked only when it can change a fact (a known name takes no pronoun suffix here).
    // Not asked either when the word can end in no pronoun and no proclitic cut of it leaves a
    // common stem (or one is already known): the cut could change no fact (most new words).
    // Only the shape's parts are read, never its offsets: a word with presentation forms (`وﻻ`
    // copied from a PDF, which segmentation leaves whole) is cut as its letters (`ولا` = و + لا).
    const seg = !person0 || !commonWithClitics ? cliticShapeIfWanted(lettersOf(sp.text), builtinNames(), commonWithClitics ? undefined : this.shared.commonStem) : undefined;
    if (seg !== undefined) {
      pronounSuffix = !person0 && seg.enclitic;
      // ومواقفنا = و + مواقف + نا, نظيره = نظير + ه: a common stem under clitics.
      if (!commonWithClitics && (seg.proclitics || seg.enclitic) && (flagsOf(searchForm(seg.stem)) & F_COMMON) !== 0) commonWithClitics = true;
      // وحكومته = و + حكومة + ه: before a pronoun suffix the ta marbuta is written ت.
      if (!commonWithClitics && seg.enclitic && endsWithTeh(seg.stem) && (flagsOf(searchForm(seg.stem.slice(0, -1) + 'ة')) & F_COMMON) !== 0) commonWithClitics = true;
    }
    // لدينا is not ل + دينا: a common word has no name reading.
    let given = -1;
    let family = -1;
    if (!common0) {
      if (given0) given = 0;
      else for (let r = 0; given < 0 && r < nr; r++) if ((rf[r]! & Lex.GIVEN) !== 0) given = r + 1;
      // Foreign surnames (بلير، ساركوزي) or a nisba in ـي (القرضاوي); a definite family name that is
      // also a noun (الجمال) needs a given name before it.
      if (family0 && standaloneFamily(key, f0 & ~F_COMMON)) family = 0;
      else for (let r = 0; family < 0 && r < nr; r++) if (standaloneFamily(readings[r]![1], rf[r]!)) family = r + 1;
    }
    // The whole word as a given name is no common word (`!common0`); a reading may be one.
    const givenCommon = given > 0 && (rf[given - 1]! & F_COMMON) !== 0;
    // nameLike's tests of the spelling (computeNameLike), once a spelling instead of once a token.
    const nameNever = key.length < 2 || (f0 & W.F_CLOSED) !== 0 || (!person0 && (common0 || commonWithClitics || demonym !== undefined || endsWithTanween(sp.text)));
    const wordBits =
      W.B_WORD |
      (noTrigger ? W.B_NO_TRIGGER : 0) |
      (commonWithClitics ? W.B_COMMON_CLITICS : 0) |
      (pronounSuffix ? W.B_PRONOUN : 0) |
      ((given + 1) << W.GIVEN_SHIFT) |
      ((family + 1) << W.FAMILY_SHIFT) |
      (demonym !== undefined ? W.B_DEMONYM : 0) |
      (givenCommon ? W.B_GIVEN_COMMON : 0) |
      (nameNever ? W.B_NAME_NEVER : person0 ? W.B_NAME_KNOWN : 0) |
      (conjunct ? W.B_CONJUNCT : 0) |
      (readingPerson << W.READING_PERSON_SHIFT) |
      (given0 && (f0 & W.F_CLOSED) !== 0 ? finalYehBits(sp.text) : 0);
    sp.factsBits = bits | wordBits;
    sp.facts = demonym;
  }

  get length(): number {
    return this.doc.length;
  }

  isWord(i: number): boolean {
    return i >= 0 && i < this.doc.length && this.table[i * Tok.FIELDS + 2] === K.WORD;
  }

  /**
   * Records the gazetteer matches that name a place or an organisation unambiguously, so that
   * person names do not run into them (`التقى بوتين [أردوغان] في [أنقرة]`).
   */
  setCover(matches: readonly GazetteerMatch[], typeOf: (m: GazetteerMatch) => { type: EntityType; tentative: boolean }): void {
    let from = this.coverFrom;
    let to = this.coverTo;
    for (const m of matches) {
      const { type, tentative } = typeOf(m);
      for (let k = m.tokenStart; k < m.tokenEnd; k++) {
        this.cover[k] = m;
        this.coverType[k] = type;
        this.coverTentative[k] = tentative ? 1 : 0;
      }
      // The tokens written, for release: one range from the first to the last.
      if (m.tokenStart < m.tokenEnd) {
        if (from === to) from = m.tokenStart;
        from = Math.min(from, m.tokenStart);
        to = Math.max(to, m.tokenEnd);
      }
    }
    this.coverFrom = from;
    this.coverTo = to;
    this.coverMatches = matches;
    this.coverStartList = undefined;
  }

  /**
   * The tokens where the match that covers them starts, in text order ({@link matchStarts}), listed
   * once a document for the rules that begin at a known name: in `لاعب [برشلونة] [الإسباني]` the
   * token of برشلونة, not الإسباني's (a demonym, no match of its own).
   */
  coverStarts(): readonly number[] {
    return (this.coverStartList ??= matchStarts(this, this.coverMatches));
  }

  /** Token `i` belongs to a place or organisation name the gazetteer knows without doubt. */
  covered(i: number): boolean {
    const t = this.coverType[i];
    return (t === 'LOC' || t === 'ORG') && !this.coverTentative[i];
  }

  /** The gazetteer match at `i` is ambiguous (a common word too: الجزيرة، عمان). */
  coverAmbiguous(i: number): boolean {
    return this.coverTentative[i] === 1;
  }

  coveredBy(i: number, type: EntityType): boolean {
    return this.coverType[i] === type && !this.coverTentative[i];
  }

  /**
   * A gazetteer match that is not ambiguous covers token `i` (of any type): `coverAt(i) &&
   * !coverAmbiguous(i)`, with both reads and the comparison made whatever the answer, so that a
   * rule's optimised code does not deoptimise the first time a token in new text is covered.
   */
  coveredSurely(i: number): boolean {
    const covered = this.cover[i] !== undefined;
    const sure = this.coverTentative[i] !== 1;
    return covered && sure;
  }

  /** The gazetteer match that covers token `i`, if any. */
  coverAt(i: number): GazetteerMatch | undefined {
    return this.cover[i];
  }

  /** End token (exclusive) of the gazetteer match covering `i`; `i + 1` when none. */
  coverEnd(i: number): number {
    return this.cover[i]?.tokenEnd ?? i + 1;
  }

  /**
   * The first token of sentence `s` when a line break comes before it, else -1 (the first sentence:
   * always -1). A line break between two tokens always ends a sentence (`sentenceRanges`: the
   * scanner's class `Cls.NEWLINE` holds LF, CR, U+2028 and U+2029, the breaks {@link joined} reads),
   * so only a sentence's first token can start a line: callers ask each sentence after the first,
   * and a document of one sentence (most) asks nothing.
   */
  lineStartOf(s: number): number {
    if (s <= 0) return -1;
    const i = this.doc.sentenceTable[s * 4]!;
    return this.joined(i - 1) ? -1 : i;
  }

  /** Tokens `i` and `i + 1` are separated by spaces only, on the same line. */
  joined(i: number): boolean {
    if (i < 0 || i + 1 >= this.doc.length) return false;
    const t = this.table;
    const text = this.text;
    for (let k = t[i * Tok.FIELDS + 1]!, to = t[(i + 1) * Tok.FIELDS]!; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return false;
    }
    return true;
  }

  /** The readings of word `i`, the whole word first, then without proclitics (most likely first). */
  readings(i: number): readonly Reading[] {
    let out = this.readingCache[i];
    if (out) return out;
    if (!this.isWord(i)) return NO_READINGS;
    const start = this.doc.start(i);
    out = [{ proclitic: '', key: this.keys[i]!, start }];
    for (const [proclitic, key, offset] of this.doc.readings(i)) out.push({ proclitic, key, start: start + offset });
    this.readingCache[i] = out;
    this.written |= W.W_READINGS;
    return out;
  }

  /** The 'search' form of word `i` read from offset `start` (after the proclitics a rule cut off). */
  keyAt(i: number, start: number): string {
    // The readings of the spelling, read in place (no list of readings made for the token).
    const s0 = this.doc.start(i);
    if (start === s0) return this.keys[i]!;
    for (const [, key, offset] of this.doc.readings(i)) if (s0 + offset === start) return key;
    return this.keys[i]!;
  }

  /** Word `i` (or the word under its proclitics) is a known given name, and the word is no common word. */
  givenReading(i: number): Reading | undefined {
    const g = this.isWord(i) ? readingIn(this.bitsOf[i]!, W.GIVEN_SHIFT) : -1;
    return g < 0 ? undefined : this.readings(i)[g];
  }

  /**
   * Word `i` may start a given name: it is a given name, or has a given-name reading, or may start
   * a trigger phrase (a particle: عبد، أبو). One read of the spelling's bits; false means
   * {@link givenAt}, {@link givenReading} and {@link isParticle} all say no.
   */
  mayStartGivenName(i: number): boolean {
    const bits = this.bitsOf[i]!;
    return (bits & (W.B_GIVEN | (7 << W.GIVEN_SHIFT))) !== 0 || (bits & W.B_NO_TRIGGER) === 0;
  }

  /** {@link givenReading}'s key is a common word too ({@link isCommon} of it: وأمل → أمل), read from the spelling's bits. */
  givenReadingIsCommon(i: number): boolean {
    return (this.bitsOf[i]! & W.B_GIVEN_COMMON) !== 0;
  }

  /** Token `i`'s key starts with the article ال (`startsWithArticle`), read from the spelling's bits. */
  articleAt(i: number): boolean {
    return (this.bitsOf[i]! & WB.ARTICLE) !== 0;
  }

  /** Token `i`'s key may be a definite organisation head (`mayBeDefiniteHead`: ال، وال، فال), from the spelling's bits. */
  definiteHeadShapeAt(i: number): boolean {
    return (this.bitsOf[i]! & WB.DEFINITE_HEAD) !== 0;
  }

  /** Token `i`'s key is shaped like a definite nisba (`definiteNisbaShape`: البيضاوي، الوجدية), from the spelling's bits. */
  nisbaShapeAt(i: number): boolean {
    return (this.bitsOf[i]! & WB.NISBA) !== 0;
  }

  /** Token `i`'s key is a word of `CORPORATE_WORDS` (غروب، كابيتال), from the spelling's bits. */
  corporateAt(i: number): boolean {
    return (this.bitsOf[i]! & WB.CORPORATE) !== 0;
  }

  /** Word `i` (or the word under its proclitics) is a family name that can stand alone as a person. */
  familyReading(i: number): Reading | undefined {
    const f = this.isWord(i) ? readingIn(this.bitsOf[i]!, W.FAMILY_SHIFT) : -1;
    return f < 0 ? undefined : this.readings(i)[f];
  }

  /**
   * The reading of word `i` without proclitics that is a name or a definite word, when the whole
   * word is neither a known name nor a common word (`والكاظمي` → `الكاظمي`, `وبغداد` → `بغداد`;
   * `وزارة` has none). Computed once per spelling and gazetteer.
   */
  stemReading(i: number): Reading | undefined {
    const r = this.stemAt(i);
    return r < 0 ? undefined : this.readings(i)[r];
  }

  /** The key of {@link stemReading} (`والكاظمي` → `الكاظمي`), read off the spelling: no list of readings is made for the token. */
  stemKey(i: number): string | undefined {
    const r = this.stemAt(i);
    return r < 0 ? undefined : r === 0 ? this.keys[i] : this.doc.readings(i)[r - 1]![1];
  }

  /** Index of {@link stemReading} in {@link readings} (-1: none). */
  private stemAt(i: number): number {
    if (!this.isWord(i)) return -1;
    const sp = this.ownSpelling(i);
    if (sp.factsStemFor !== this.gazetteer) {
      sp.factsStem = this.computeStemReading(i);
      sp.factsStemFor = this.gazetteer;
    }
    return sp.factsStem;
  }

  private computeStemReading(i: number): number {
    const key = this.keys[i]!;
    // isPersonName(key) || isCommon(key), read from the spelling's facts (asked of the lexicon when they were made).
    if ((this.bitsOf[i]! & (W.B_GIVEN | W.B_FAMILY | W.B_COMMON)) !== 0) return -1;
    // readings(i)[r] is the spelling's reading r - 1 (reading 0 is the whole word); whether a
    // reading's key is a person's name was asked when the facts were made.
    const readings = this.doc.readings(i);
    const person = this.bitsOf[i]! >>> W.READING_PERSON_SHIFT;
    for (let r = 0; r < readings.length; r++) {
      const [proclitic, k] = readings[r]!;
      // كاليمانتان، كالونزو: after comparison ك a definite word is no stem unless it is a known
      // name (كالعراق); names that start with كال are commoner than "like the …" before an unknown word.
      const definite = k.startsWith('ال') && !proclitic.endsWith('ك');
      if (definite || (person & (1 << r)) !== 0 || this.isGazetteerKey(k)) return r + 1;
    }
    return -1;
  }

  /**
   * The key of the reading of word `i` that starts at offset `start` (the whole word's when it
   * starts there): `readings(i).find((r) => r.start === start)?.key`, without making the list.
   */
  readingKeyAt(i: number, start: number): string | undefined {
    if (!this.isWord(i)) return undefined;
    const s0 = this.doc.start(i);
    if (start === s0) return this.keys[i];
    for (const [, key, offset] of this.doc.readings(i)) if (s0 + offset === start) return key;
    return undefined;
  }

  /**
   * A number that a later stage derives from the spelling of word `i` alone (and the lexicon),
   * kept with the spelling's facts: `compute` runs once per spelling, not once per token. One
   * slot, for one caller: the tagger's lexicon flags (`evidence.ts`). Not for a token read otherwise
   * than its spelling in its document ({@link WB.AS_NAME}: the caller computes its flags itself).
   */
  spellingFlags(i: number, compute: (w: Words, i: number) => number): number {
    const sp = this.ownSpelling(i);
    if (sp.factsFlags < 0) sp.factsFlags = compute(this, i);
    return sp.factsFlags;
  }

  /**
   * `gazetteer.lookup(key).length > 0` for a 'search' key: one read of the trie when the key is
   * made of letters the 'search' form keeps (then it is its own single token and its own 'search'
   * form), without tokenising and normalising it again.
   */
  private isGazetteerKey(key: string): boolean {
    const trie = (this.gazetteer as Partial<TrieGazetteer>).source?.trie;
    if (trie !== undefined && key.length > 0 && isSearchForm(key)) return trie.values(key) !== undefined;
    return this.gazetteer.lookup(key).length > 0;
  }

  /** Word `i` as a whole is a closed-class or common word. */
  isCommonAt(i: number): boolean {
    return this.isWord(i) && (this.bitsOf[i]! & W.B_COMMON) !== 0;
  }

  /** The first reading of word `i` that satisfies `test`. */
  find(i: number, test: (key: string) => boolean): Reading | undefined {
    if (!this.isWord(i)) return undefined;
    // Tested on the spelling's keys; the token's list of readings is made only for a hit.
    if (test(this.keys[i]!)) return this.readings(i)[0];
    const rs = this.doc.readings(i);
    for (let r = 0; r < rs.length; r++) if (test(rs[r]![1])) return this.readings(i)[r + 1];
    return undefined;
  }

  isClosedClass(i: number): boolean {
    return (this.bitsOf[i]! & W.B_CLOSED) !== 0;
  }

  /** `lexicon.isGivenName(keys[i])`, read from the spelling's facts (token `i` of any kind). */
  givenAt(i: number): boolean {
    return (this.bitsOf[i]! & W.B_GIVEN) !== 0;
  }

  /** `lexicon.isFamilyName(keys[i])`, read from the spelling's facts. */
  familyAt(i: number): boolean {
    return (this.bitsOf[i]! & W.B_FAMILY) !== 0;
  }

  /**
   * Word `i` is و joined to a word that is no known name as a whole and could be a name word
   * (`وماورو`; not `وليد`, `ويلي`, `ولد` of Mauritanian names, nor `والتي`, `وإخراج`): after two words of a person's name and before a further name
   * word it starts a second person, `[اليساندرو دل بييرو] و[ماورو كامورانيزي]` (foreign surnames in و
   * end a name instead: `أوبرا وينفري`, so the word after is needed). Returns the offset after the و,
   * or -1.
   */
  secondPersonStart(i: number): number {
    if (!this.isWord(i)) return -1;
    const key = this.keys[i]!;
    if (key.length < 3 || !key.startsWith('و') || key === 'ولد' || this.personAt(i) || !this.nameLike(i)) return -1;
    const r = this.readings(i).find((x) => x.proclitic === 'و');
    return r ? r.start : -1;
  }

  /** `isPersonName(keys[i])`: the whole key of token `i` is a known given or family name. */
  personAt(i: number): boolean {
    return (this.bitsOf[i]! & (W.B_GIVEN | W.B_FAMILY)) !== 0;
  }

  /** `isCommon(keys[i])`: the whole key of token `i` (of any kind) is a closed-class or common word. */
  commonKeyAt(i: number): boolean {
    return (this.bitsOf[i]! & W.B_COMMON) !== 0;
  }

  /** A closed-class word or the lexicon's common word (one lookup once the lexicon's words are in one Map: {@link W.FLAGS_AFTER}). */
  isCommon(key: string): boolean {
    return (this.shared.flagsOf(key) & F_COMMON) !== 0;
  }

  /** The nationality adjective word `i` is, proclitics allowed (`والسوري`). */
  demonym(i: number): Demonym | undefined {
    // The bit first: the facts object is read only for a nationality adjective.
    return this.isWord(i) && (this.bitsOf[i]! & W.B_DEMONYM) !== 0 ? (this.ownSpelling(i).facts as Demonym | undefined) : undefined;
  }

  /** Trigger phrases starting at token `i`, longest first (proclitics allowed on the first word). */
  triggersAt(i: number): TriggerAt[] {
    // Most words start no trigger phrase: one shared empty list, nothing cached per token.
    if (!this.isWord(i) || (this.bitsOf[i]! & W.B_NO_TRIGGER) !== 0) return NO_TRIGGERS as TriggerAt[];
    let found = this.triggerCache[i];
    if (found === undefined) {
      this.triggerCache[i] = found = this.matchTriggers(i);
      this.written |= W.W_TRIGGERS;
    }
    return found;
  }

  /** The trigger phrases that start at word `i` ({@link triggersAt}, asked once a token). */
  private matchTriggers(i: number): TriggerAt[] {
    const keys = this.keys;
    const m = this.docTriggers
      ? this.docTriggers.matchTriggerIn(this.doc, i, this.text, (j) => keys[j]!)
      : this.lexicon.matchTrigger(this.doc.tokens(), i, this.text, keys);
    if (!m) return NO_TRIGGERS as TriggerAt[];
    // Made with its first element: V8 gives the first push of an empty array room for 16 (most have one).
    const ts = m.triggers;
    let found: TriggerAt[] | undefined;
    for (let k = 0; k < ts.length; k++) {
      const at: TriggerAt = { kind: ts[k]!.kind, type: ts[k]!.type, tokenStart: i, tokenEnd: m.tokenEnd, start: m.start };
      if (found === undefined) found = [at];
      else found.push(at);
    }
    return found ?? (NO_TRIGGERS as TriggerAt[]);
  }

  trigger(i: number, kind: TriggerKind): TriggerAt | undefined {
    const found = this.triggersAt(i);
    for (let k = 0; k < found.length; k++) if (found[k]!.kind === kind) return found[k];
    return undefined;
  }

  /**
   * A word that can be part of a name: an Arabic word that is not a closed-class word, a trigger,
   * a nationality adjective or a common word, unless it is a known given or family name.
   * `فالح` and `الفياض` are; `الشعبي`, `في`, `الرئيس`, `السوري` are not.
   */
  nameLike(i: number): boolean {
    // Out of range (no token there): not a name word, as computeNameLike says.
    if (!(i >= 0 && i < this.doc.length)) return this.computeNameLike(i);
    // No word, or a spelling never a name word (في، السوري): not one whatever covers the token,
    // so nothing kept (computeNameLike answers so before reading the cover).
    if ((this.bitsOf[i]! & (W.B_WORD | W.B_NAME_NEVER)) !== W.B_WORD) return false;
    let v = this.nameLikeCache[i]!;
    if (v === 0) {
      this.nameLikeCache[i] = v = this.computeNameLike(i) ? 2 : 1;
      this.written |= W.W_NAME_LIKE;
    }
    return v === 2;
  }

  private computeNameLike(i: number): boolean {
    if (!this.isWord(i)) return false;
    // The spelling's part of the answer is in its bits (W.B_NAME_NEVER, W.B_NAME_KNOWN); the token's
    // part is whether a gazetteer name covers it and whether a trigger phrase starts at it.
    const bits = this.bitsOf[i]!;
    if ((bits & W.B_NAME_NEVER) !== 0 || this.covered(i)) return false;
    if ((bits & W.B_NAME_KNOWN) !== 0) return true;
    return this.triggersAt(i).length === 0;
  }

  /**
   * Word `i` ends in tanween (`قائلةً`، `مثاليٍ`، `هاتفياً`, the alif after it too): an indefinite
   * word, an adverb or a common noun, which news never writes on a name it does not know.
   */
  endsWithTanween(i: number): boolean {
    return endsWithTanween(this.text, this.doc.start(i), this.doc.end(i));
  }

  /**
   * A common word under proclitics or an accusative ending: `بالأسلحة`، `والمياه`، `بدوره`،
   * `فوزاً` (فوز + tanwin alef). Names rarely take ال after a proclitic inside a sentence, so a
   * proclitic followed by ال counts too (`بالنقاط`). Known names are checked before this.
   */
  isCommonWithClitics(i: number): boolean {
    return this.isWord(i) && (this.bitsOf[i]! & W.B_COMMON_CLITICS) !== 0;
  }

  /** The tokenizer's segmentation finds a pronoun suffix on word `i` (ضيفه = ضيف + ه), which names do not take. */
  hasPronounSuffix(i: number): boolean {
    return this.isWord(i) && (this.bitsOf[i]! & W.B_PRONOUN) !== 0;
  }

  /**
   * Word `i` starts a new phrase joined by و/ف rather than continuing a name: `وسمير`, `والثالثة`,
   * `وإلى` (a known name, a common word or a definite word after the conjunction).
   */
  startsConjunct(i: number): boolean {
    // It depends on the spelling alone: computed with its facts ({@link computeFacts}).
    return this.isWord(i) && (this.bitsOf[i]! & W.B_CONJUNCT) !== 0;
  }

  /** A given or family name from the lexicon. */
  isPersonName(key: string): boolean {
    return (this.shared.flagsOf(key) & (Lex.GIVEN | Lex.FAMILY)) !== 0;
  }

  /** A name particle: بن، ابن، أبو، عبد، آل… */
  isParticle(i: number): boolean {
    return this.trigger(i, 'particle') !== undefined;
  }
}

let builtinIsKnownName: ((word: string) => boolean) | undefined;

/** `knownNames(builtinGazetteer()).isKnownName`, found once (a WeakMap lookup a new spelling). */
function builtinNames(): (word: string) => boolean {
  return (builtinIsKnownName ??= knownNames(builtinGazetteer()).isKnownName);
}

// ا and ت (`Letter.ALEF`, `Letter.TEH`): the last letters {@link Words.computeFacts} tests by code unit (an `endsWith`
// was a builtin call each, about 150 instructions, for most new spellings). و and ف (`Letter.WAW`, `Letter.FEH`): the
// conjunctions a proclitic reading can start with ({@link Words.startsConjunct}).

/** `s.endsWith('ت')`: a pronoun's stem written with ت for ة (وحكومته = و + حكومت + ه). */
function endsWithTeh(s: string): boolean {
  return s.length > 0 && s.charCodeAt(s.length - 1) === Letter.TEH;
}

/** {@link Words.computeFacts}' bits of a spelling's readings (at most three: و/ف, then ب/ك/ل, then لل read as ل + ال). */
const readingFlags = new Int32Array(4);

/**
 * A family name that may stand alone as a person (see {@link Words.familyReading}), from the `F_*`
 * bits `f` of its key `k`: a family name, no common word, no nationality adjective, and no article
 * unless a nisba in ـي (القرضاوي, not الجمال).
 */
function standaloneFamily(k: string, f: number): boolean {
  return (f & (Lex.FAMILY | F_COMMON | Lex.DEMONYM)) === Lex.FAMILY && (!k.startsWith('ال') || k.endsWith('ي'));
}

const NO_READINGS: readonly Reading[] = Object.freeze([]);
const NO_TRIGGERS: readonly TriggerAt[] = Object.freeze([]);

/**
 * The per-token tables of a {@link Words}, kept from one document to the next: six arrays and a
 * Map a document were about 11 MB of the 143 MB a steady pass over the corpus allocated (sampling
 * heap profiler). Every slot past the document's tokens is clear (undefined, 0), as in new tables.
 */
interface WordTables {
  capacity: number;
  readings: (Reading[] | undefined)[];
  nameLike: Uint8Array;
  cover: (GazetteerMatch | undefined)[];
  coverType: (EntityType | undefined)[];
  coverTentative: Uint8Array;
  bits: Int32Array;
  /** Tokens of the last document whose bits are in {@link bits} (the rest are 0). */
  bitsUsed: number;
  triggers: (TriggerAt[] | undefined)[];
}

/** {@link Words.written}: the per-token tables a document wrote. */
const enum W { W_READINGS = 1 }
const enum W { W_TRIGGERS = 2 }
const enum W { W_NAME_LIKE = 4 }

/** Tables above this many tokens are not kept (a huge document's would stay alive after it). */
const enum W { TABLES_KEEP = 1 << 16 }
/** The first tables' tokens: a news article's (about 40 KB of tables). */
const enum W { TABLES_FIRST = 1024 }
let spareTables: WordTables | undefined;

/** Tables for `n` tokens: the spare ones when they are large enough (taken: a `Words` made meanwhile gets its own), else new ones. */
function borrowTables(n: number): WordTables {
  const spare = spareTables;
  if (spare !== undefined && spare.capacity >= n) {
    spareTables = undefined;
    return spare;
  }
  // Grown geometrically, so that a run of longer documents does not make new tables each time;
  // the first for W.TABLES_FIRST tokens, so that most processes never grow them. A growth first met
  // once V8 had optimised the constructor deoptimised it (its path had no type feedback), and the
  // new arrays, of another elements kind until written, then deoptimised `setCover`, `readings`
  // and `isParticle` ("wrong map"): four recompiles in the `new` pass.
  const capacity = n > W.TABLES_KEEP ? n : Math.min(W.TABLES_KEEP, Math.max(W.TABLES_FIRST, n, 2 * (spare?.capacity ?? 0)));
  return {
    capacity,
    readings: new Array<Reading[] | undefined>(capacity),
    nameLike: new Uint8Array(capacity),
    cover: new Array<GazetteerMatch | undefined>(capacity),
    coverType: new Array<EntityType | undefined>(capacity),
    coverTentative: new Uint8Array(capacity),
    bits: new Int32Array(capacity),
    bitsUsed: 0,
    triggers: new Array<TriggerAt[] | undefined>(capacity),
  };
}

/** `word` with its presentation forms expanded to letters; `word` itself when it has none (most words). */
function lettersOf(word: string): string {
  return hasPresentationForm(word) ? expandPresentationForms(word) : word;
}
