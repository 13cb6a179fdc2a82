// A trie over token sequences in their 'search' normalisation, with the proclitic rules of
// ANNOTATION.md on the first token. Shared by the gazetteer (names) and the lexicon (trigger phrases).
import { isInvisible, isLineBreak, isSpace, Letter } from '../normalize/chars.js';
import { cutAfter, isConjunction, isPreposition, MIN_STEM, procliticReadings } from '../tokenize/clitics.js';
import { normalize, tokenize, type Token } from './text.js';
import { spansOf, type Doc, type Spelling, type TokenSpans } from '../tokenize/document.js';
import { K } from '../tokenize/scan.js';
import { foldedOnce } from '../normalize/search-key.js';

interface TrieNode<V> {
  /** Values whose key ends here. */
  v?: V[];
  /** Some longer key continues this one. */
  more?: boolean;
}

/**
 * A key or the start of one, as {@link TrieMatcher.matchDoc} walks them: its values, whether a
 * longer key goes on after it, and the node each next token's key leads to, found on first use
 * (`node.next.get('المتحده')` of the node `الامم`, where a walk built the string `'الامم المتحده'`
 * and looked it up at every token). The keys are the matcher's own, so there are as many nodes as
 * keys and prefixes reached; a next word that continues no key leads to {@link DEAD}.
 */
interface KeyNode<V> {
  readonly key: string;
  readonly v: V[] | undefined;
  readonly more: boolean;
  /** The node after this one by the next token's key; made on first use, only for a node with `more`. */
  next: Map<string, KeyNode<V>> | undefined;
}

/**
 * The nodes, stems and starts below are made by constructors, not object literals: they live as
 * long as the matcher's nodes and the spellings, and V8, once it sees a literal's objects survive,
 * allocates that literal in the old generation and deoptimises every function it was inlined into
 * (`learn`, `walkNodes`, `matchDocAs`: compiled again twice in the middle of a first pass,
 * `--trace-pretenuring-statistics`). A constructor has no such allocation site.
 */
class KeyNodeRecord<V> implements KeyNode<V> {
  declare readonly key: string;
  declare readonly v: V[] | undefined;
  declare readonly more: boolean;
  declare next: Map<string, KeyNode<V>> | undefined;
  constructor(key: string, v: V[] | undefined, more: boolean) {
    this.key = key;
    this.v = v;
    this.more = more;
    this.next = undefined;
  }
}

/** A {@link StemStart} (see {@link KeyNodeRecord}). */
class StemStartRecord<V> implements StemStart<V> {
  declare proclitic: string;
  declare stem: string;
  declare node: KeyNode<V>;
  declare cut: number;
  constructor(proclitic: string, stem: string, node: KeyNode<V>) {
    this.proclitic = proclitic;
    this.stem = stem;
    this.node = node;
    this.cut = UNCUT;
  }
}

/** A {@link TrieStart} (see {@link KeyNodeRecord}). */
class TrieStartRecord<V> implements TrieStart<V> {
  declare mid: boolean;
  declare node: KeyNode<V>;
  declare stems: StemStart<V>[];
  declare short: boolean;
  declare longerStem: boolean;
  constructor(mid: boolean, node: KeyNode<V>, stems: StemStart<V>[], short: boolean, longerStem: boolean) {
    this.mid = mid;
    this.node = node;
    this.stems = stems;
    this.short = short;
    this.longerStem = longerStem;
  }
}

/** Neither a key nor the start of one: where a walk stops. */
const DEAD: KeyNode<never> = new KeyNodeRecord<never>('', undefined, false);

/** A spelling that starts no key but may continue one (its {@link TrieStart}; it never starts a match). */
const MID_ONLY: TrieStart<never> = new TrieStartRecord<never>(true, DEAD, [], false, false);

/**
 * Next-token keys a node remembers before it forgets them all. The words that continue no key are
 * remembered too, and after a few nodes they are many: `علي` (the preposition على in 'search' form,
 * and the given name) met 935 different next words in the benchmark corpus; at 1,024 such nodes
 * forgot theirs every pass.
 */
const MAX_NEXT = 4096;

/**
 * Next-token keys all nodes remember together before every node forgets its own: most next words
 * continue no key and are remembered too, so without a bound a long-running process that reads
 * text of every kind would keep up to {@link MAX_NEXT} of them for each of the thousands of words
 * that start a name (hundreds of MB). 2^18 entries hold a 1.75 MB corpus's several times over.
 */
const MAX_NEXT_TOTAL = 1 << 18;

/** {@link StemStart.cut} not worked out yet. */
const UNCUT = -2;

/** No stem matched yet ({@link TrieMatcher.stemMatch}): a proclitic no reading has, so it equals none. */
const NO_STEM: StemStart<never> = new StemStartRecord<never>('\u0000', '', DEAD);

/** One proclitic reading of a spelling for {@link TrieMatcher.matchDoc}: the stem's node and where the stem starts. */
interface StemStart<V> {
  proclitic: string;
  stem: string;
  node: KeyNode<V>;
  /**
   * Where the stem starts in the spelling's surface after the proclitic's letters (and their marks),
   * or -1 when the letters cut off are not the proclitic: a match through it is none. Worked out
   * when a match first goes through this reading ({@link UNCUT} before).
   */
  cut: number;
}

/**
 * What the trie holds for the keys that can start at one spelling, and whether the spelling can
 * continue one (kept on a `Doc`'s spelling; `false` there when it can do neither).
 */
interface TrieStart<V> {
  /**
   * The spelling is the second or a later token of some key (`المتحده` of `الامم المتحده`), or it
   * is not known: a walk steps onto it through the node's next words. When false, no key goes on
   * through it, and a walk stops before it without building or looking up `key + ' ' + next`.
   */
  mid: boolean;
  node: KeyNode<V>;
  /** The proclitic readings, then و/ف + a two-letter stem. */
  stems: StemStart<V>[];
  /** A two-letter word of و/ف + a letter (وأم): a one-letter stem only as the first word of a longer name. */
  short: boolean;
  /** The word starts with a letter of a proclitic (و ف ب ك ل), and some stem is the start of a longer key. */
  longerStem: boolean;
}

/** A match of a trie key in a token sequence. */
export interface TrieHit<V> {
  tokenStart: number;
  tokenEnd: number;
  /** Offset where the match starts in the original text, after the proclitic. */
  start: number;
  end: number;
  proclitic: string;
  values: V[];
}

/** The 'search' normalisation of a name, token by token: `'الأُمم المتحدة'` → `['الامم', 'المتحده']`. */
export function keyTokens(name: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(name)) {
    const n = normalize(t.text, 'search');
    if (n) out.push(n);
  }
  return out;
}

/** The 'search' form of every token, from its text (`Token.norm` may come from another preset). */
export function normsOf(tokens: readonly Token[]): NormOf {
  const out = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) out[i] = searchForm(tokens[i]!.text);
  return (j) => out[j]!;
}

/** The 'search' form of token `j`. */
export type NormOf = (j: number) => string;

const cache = new Map<string, string>();
/**
 * `normalize(text, 'search')`, memoised (tokens repeat a lot). A word of letters the 'search' form
 * keeps is its own 'search' form (most stems: `عراق`), and one with a single folded letter is made
 * by {@link foldedOnce}: no normalising and no cache entry, which for a new word were a call of
 * `normalize`, a hash of the word and a Map entry.
 */
export function searchForm(text: string): string {
  const once = foldedOnce(text);
  if (once !== undefined) return once;
  let n = cache.get(text);
  if (n === undefined) {
    n = normalize(text, 'search');
    if (cache.size > 100_000) cache.clear();
    cache.set(text, n);
  }
  return n;
}

/**
 * Only whitespace (at most one line break) between two tokens of one name or phrase. A line break is
 * any of the code-point table's (LF, CR, CRLF as one, VT, FF, NEL, LINE SEPARATOR), and a
 * PARAGRAPH SEPARATOR counts as two (a blank line): a lone CR counted as a space let a name run
 * across the blank line of text with CR line ends (`البحر\r\rالأحمر`), and a LINE SEPARATOR was
 * refused where an LF was taken.
 */
function isNameGap(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) {
      if (c === 10 && i > from && text.charCodeAt(i - 1) === 13) continue; // the LF of a CRLF
      // A PARAGRAPH SEPARATOR ends a paragraph, as a blank line does.
      breaks += c === 0x2029 ? 2 : 1;
      if (breaks > 1) return false;
    } else if (!isInvisible(c) && !isSpace(c)) {
      // spaces of any width and invisible marks (RLM, ZWNJ) between words pass; anything else ends the name
      return false;
    }
  }
  return true;
}

/**
 * The longest of `best` and `hit`, the key read as `proclitic` + `stem` at token `i` (see
 * `matchAfterProclitic`): a two-letter stem after و/ف (`short`) only as the first word of a longer name.
 */
/**
 * A three-letter word that may be a one-letter proclitic (و ف ب ل ك) + a two-letter stem: وأم درمان،
 * بأم درمان، لأم كلثوم، لبن لادن. The stem counts only as the first word of a longer name ({@link better}).
 */
function shortStemWord(norm: string): boolean {
  if (norm.length !== MIN_STEM) return false;
  const c = norm.charCodeAt(0);
  return isConjunction(c) || isPreposition(c);
}

/**
 * The stem of a word written with لل before a word that itself starts with ل after the article:
 * `للجنة` = ل + اللجنة (ل + ال + لجنة, one of the three lams dropped, as the spelling rule has it),
 * which the readings (ل + لجنة، ل + الجنة) miss: `تابع [للجنة الأولمبية الدولية]`. Returns
 * `[proclitic, 'ال' + the rest]` (`['ل', 'اللجنة']`, `['ول', 'اللجنة']` for `وللجنة`), or undefined.
 */
function articleLamStem(norm: string): [string, string] | undefined {
  const i = isConjunction(norm.charCodeAt(0)) ? 1 : 0;
  if (norm.length - i < MIN_STEM + 2 || norm.charCodeAt(i) !== Letter.LAM || norm.charCodeAt(i + 1) !== Letter.LAM) return undefined;
  return [norm.slice(0, i + 1), 'ال' + norm.slice(i + 1)];
}

function better<V>(best: [number, V[], string], proclitic: string, stem: string, hit: [number, V[]] | undefined, short: boolean, i: number): [number, V[], string] {
  if (!hit || (short && stem.length < MIN_STEM && hit[0] === i + 1)) return best;
  // `best` is never undefined ({@link NO_BEST} before the first hit) and every test is worked out
  // first: a second reading that hits too, first met late in a long text, then runs no read or
  // comparison V8 has not seen run (a deopt of the gazetteer's matcher with all it inlines).
  const end = hit[0];
  const bestEnd = best[0];
  const longer = end > bestEnd;
  const sameProclitic = proclitic === best[2];
  const same = end === bestEnd && sameProclitic;
  if (longer) return [end, hit[1], proclitic];
  if (same) {
    // Same span read two ways (للعيون: ل + لعيون or ل + العيون): every entry of both.
    return [best[0], [...best[1], ...hit[1].filter((v) => !best[1].includes(v))], proclitic];
  }
  return best;
}

/**
 * Where the stem starts in `surface` after the letters of `proclitic` (and their marks), or -1 when
 * the letters cut off are not exactly the proclitic (conservative: no match through such a reading).
 */
function procliticCut(surface: string, proclitic: string): number {
  const cut = cutAfter(surface, proclitic.length);
  return cut <= 0 || cut >= surface.length || searchForm(surface.slice(0, cut)) !== proclitic ? -1 : cut;
}

/** A {@link TrieHit} of its fields. */
function trieHit<V>(tokenStart: number, tokenEnd: number, start: number, end: number, proclitic: string, values: V[]): TrieHit<V> {
  return { tokenStart, tokenEnd, start, end, proclitic, values };
}

/** `best` of {@link better} before any hit: shorter than every hit. */
const NO_BEST: [number, never[], string] = [-1, [], ''];

/** Letters a proclitic reading can start with (و ف ب ك ل). */
const PROCLITIC_FIRST: ReadonlySet<string> = new Set(['و', 'ف', 'ب', 'ك', 'ل']);

/**
 * Matching over a set of keys (token sequences in 'search' form joined by one space), whatever
 * stores them: `TokenTrie` below, or the precomputed index of the built-in gazetteer.
 */
export abstract class TrieMatcher<V> {
  /** The values whose key is exactly `key`. */
  abstract values(key: string): V[] | undefined;
  /** Whether a longer key starts with `key` + ' '. */
  abstract more(key: string): boolean;

  /**
   * Whether some key has `key` as its second or a later token (`المتحده` of `الامم المتحده`), or
   * true when that is not known: a walk of {@link matchDoc} stops before a token that continues
   * no key.
   */
  protected continues(_key: string): boolean {
    return true;
  }

  /**
   * False when `key + ' ' + next` is certainly neither a key nor the start of one (true when that is
   * not known): {@link step} then builds no such string and looks nothing up.
   */
  protected mayBeJoinedKey(_key: string, _next: string): boolean {
    return true;
  }

  /**
   * Tags the per-spelling answers of {@link startsAt} (kept on a `Doc`'s spellings, which every
   * document shares); replaced whenever the keys change, which invalidates them.
   */
  protected startsToken: object = {};

  /**
   * Whether a key can start at a token spelled `norm` ('search' form): `norm` itself, or the stem
   * of one of its proclitic readings (`وبغداد` → `بغداد`), is a key or the first tokens of one.
   * When it is false {@link matchAt} finds nothing there, whatever follows. `readings`: the
   * proclitic readings of `norm` when the caller has them (a `Doc`'s spelling does).
   */
  startsAny(norm: string, readings: readonly (readonly [string, string, ...unknown[]])[] = procliticReadings(norm)): boolean {
    if (this.values(norm) !== undefined || this.more(norm)) return true;
    // An index loop, not `for (const [, stem] of readings)`: that made an iterator and destructured each reading through another, for every new spelling.
    for (let r = 0; r < readings.length; r++) {
      const stem = readings[r]![1];
      if (this.values(stem) !== undefined || this.more(stem)) return true;
    }
    if (shortStemWord(norm)) {
      const stem = norm.slice(1);
      if (this.values(stem) !== undefined || this.more(stem)) return true;
    }
    const lam = articleLamStem(norm);
    return lam !== undefined && (this.values(lam[1]) !== undefined || this.more(lam[1]));
  }


  get(key: readonly string[]): V[] | undefined {
    return key.length ? this.values(key.join(' ')) : undefined;
  }

  /** Longest key whose first token is `first` and whose next tokens follow token `i`: [tokenEnd, values]. */
  private walk(first: string, text: string | undefined, tokens: TokenSpans, norms: NormOf, i: number): [number, V[]] | undefined {
    let prefix = first;
    let best: [number, V[]] | undefined;
    for (let j = i; ; ) {
      const v = this.values(prefix);
      if (v) best = [j + 1, v];
      if (!this.more(prefix) || j + 1 >= tokens.length || (text !== undefined && !isNameGap(text, tokens.end(j), tokens.start(j + 1)))) break;
      j++;
      prefix = prefix + ' ' + norms(j);
    }
    return best;
  }

  /**
   * The longest key starting at token `i`: the token as written first; only when that finds nothing,
   * the token read as proclitics + stem (longest match, then fewest proclitic letters; the entries
   * of two readings with the same span, as ل + لعيون and ل + العيون in للعيون, are joined).
   */
  matchAt(text: string | undefined, tokens: TokenSpans, norms: NormOf, i: number): TrieHit<V> | undefined {
    const norm = norms(i);
    const exact = this.walk(norm, text, tokens, norms, i);
    // الخرطوم [وأم درمان]: a one-word match of the whole token (وأم, the agency WAM) gives way to
    // a longer name read after the proclitic (و + أم درمان), so a proclitic never makes a fragment a name.
    const longer = exact && exact[0] === i + 1 && i + 1 < tokens.length && PROCLITIC_FIRST.has(norm[0]!) ? this.matchAfterProclitic(text, tokens, norms, i) : undefined;
    if (longer && longer.tokenEnd > i + 1) return longer;
    if (exact) {
      const end = tokens.end(exact[0] - 1);
      return { tokenStart: i, tokenEnd: exact[0], start: tokens.start(i), end, proclitic: '', values: exact[1] };
    }
    return this.matchAfterProclitic(text, tokens, norms, i);
  }

  /** The readings {@link matchAfterProclitic} tries: proclitics + stem, and و/ف + a two-letter stem. */
  private static stemReadings(norm: string, readings?: readonly (readonly [string, string, ...unknown[]])[]): (readonly [string, string, ...unknown[]])[] {
    const out: (readonly [string, string, ...unknown[]])[] = readings ? readings.slice() : procliticReadings(norm);
    // وأم درمان، بأم درمان، لأم كلثوم: a two-letter stem after a one-letter proclitic only as the first word of a longer name.
    if (shortStemWord(norm)) out.push([norm[0]!, norm.slice(1)]);
    // تابع [للجنة الأولمبية الدولية]: ل + اللجنة (articleLamStem).
    const lam = articleLamStem(norm);
    if (lam) out.push(lam);
    return out;
  }

  /** The longest key starting at token `i` read as proclitics + stem (see {@link matchAt}). */
  private matchAfterProclitic(text: string | undefined, tokens: TokenSpans, norms: NormOf, i: number): TrieHit<V> | undefined {
    const norm = norms(i);
    let best = NO_BEST as [number, V[], string];
    // وأم درمان، لأم كلثوم: a two-letter stem after a one-letter proclitic only as the first word of a longer name.
    const short = shortStemWord(norm);
    for (const [proclitic, stem] of TrieMatcher.stemReadings(norm)) best = better(best, proclitic, stem, this.walk(stem, text, tokens, norms, i), short, i);
    if (best === NO_BEST) return undefined;
    const proclitic = best[2];
    const surface = tokens.surface(i);
    const cut = procliticCut(surface, proclitic);
    if (cut < 0) return undefined;
    return {
      tokenStart: i,
      tokenEnd: best[0],
      start: tokens.start(i) + cut,
      end: tokens.end(best[0] - 1),
      proclitic,
      values: best[1],
    };
  }

  /** Greedy left-to-right, longest-first, non-overlapping matches over the whole token sequence (a longer key starting inside a match wins: {@link matchSpans}). */
  matchAll(text: string, tokens: readonly Token[] | TokenSpans, norms?: NormOf): TrieHit<V>[] {
    const spans = Array.isArray(tokens) ? spansOf(tokens) : (tokens as TokenSpans);
    if (norms === undefined) norms = Array.isArray(tokens) ? normsOf(tokens) : (j) => searchForm(spans.surface(j));
    return this.matchSpans(text, spans, norms);
  }

  // ---- matchDoc: the same matches over a Doc, walked through nodes kept between documents ----

  /** The nodes of {@link matchDoc} by key, valid while {@link startsToken} is `nodesToken`. */
  private keyNodes = new Map<string, KeyNode<V>>();
  private nodesToken: object | undefined;
  /** Next-token entries the nodes of {@link keyNodes} hold together, and how many they may ({@link MAX_NEXT_TOTAL}). */
  private nextEntries = 0;
  private nextBudget = MAX_NEXT_TOTAL;
  /** The values of the key {@link walkNodes} last found (a field, not a tuple made a walk). */
  private found: V[] = [];
  /** Where the match {@link matchStart} last found starts in the text, and its proclitic. */
  private hitFrom = 0;
  private hitProclitic = '';

  /** The node of `key`: {@link DEAD} when it is neither a key nor the start of one. */
  private nodeOf(key: string): KeyNode<V> {
    let node = this.keyNodes.get(key);
    if (node === undefined) {
      const v = this.values(key);
      const more = this.more(key);
      if (v === undefined && !more) return DEAD;
      node = new KeyNodeRecord(key, v, more);
      this.keyNodes.set(key, node);
    }
    return node;
  }

  /**
   * The node after `node` when the next token is token `j` of `doc` (`الامم` + `المتحده`). A token
   * whose spelling continues no key ({@link TrieStart.mid}; most words) leads nowhere: a new word
   * after `علي` (على) builds no `'علي ' + word` to look up and is not remembered.
   */
  private step(node: KeyNode<V>, doc: Doc, j: number): KeyNode<V> {
    const sp = doc.spelling(j);
    if (sp.trieOwner !== this.nodesToken) this.learn(sp);
    const st = sp.trieStart as TrieStart<V> | false;
    if (st === false || !st.mid) return DEAD;
    const next = sp.key;
    let to = node.next?.get(next);
    if (to === undefined) {
      // Most pairs a first pass meets are no key (`في` + a new word): not built, not looked up.
      to = this.mayBeJoinedKey(node.key, next) ? this.nodeOf(node.key + ' ' + next) : DEAD;
      if (this.nextEntries >= this.nextBudget) this.forgetNextWords();
      let map = node.next;
      if (map === undefined) map = node.next = new Map();
      else if (map.size >= MAX_NEXT) {
        this.nextEntries -= map.size;
        map.clear();
      }
      map.set(next, to);
      this.nextEntries++;
    }
    return to;
  }

  /** Every node forgets the next words it remembers (they are found again on use). */
  private forgetNextWords(): void {
    for (const node of this.keyNodes.values()) node.next = undefined;
    this.nextEntries = 0;
  }

  /**
   * How many next-token entries the nodes hold, and a lower bound for them (the default when not
   * given): for the tests, which check that memory stays bounded and that forgetting changes no match.
   *
   * @internal
   */
  nextWordsHeld(budget?: number): number {
    if (budget !== undefined) {
      this.nextBudget = budget;
      this.forgetNextWords();
    }
    return this.nextEntries;
  }

  /**
   * {@link walk} from `node`, the key of token `i` (or of a stem of it): the end token of the
   * longest key whose next tokens follow, or -1; its values in {@link found}.
   */
  private walkNodes(node: KeyNode<V>, doc: Doc, i: number): number {
    let end = -1;
    for (let j = i; ; ) {
      if (node.v !== undefined) {
        end = j + 1;
        this.found = node.v;
      }
      if (!node.more || j + 1 >= doc.length || !isNameGap(doc.text, doc.end(j), doc.start(j + 1))) return end;
      j++;
      node = this.step(node, doc, j);
    }
  }

  /**
   * What can start at a spelling (its key `norm` and its proclitic `readings`): the
   * nodes of `norm` and of each stem {@link matchAfterProclitic} tries, or false when none is a key
   * or the start of one ({@link startsAny}). Asked once per spelling by {@link matchDoc}.
   */
  private trieStart(norm: string, readings?: readonly (readonly [string, string, ...unknown[]])[]): TrieStart<V> | false {
    const mid = this.continues(norm);
    // Most spellings start nothing: that is answered first, with nothing made.
    if (!this.startsAny(norm, readings)) return mid ? MID_ONLY : false;
    const rs = TrieMatcher.stemReadings(norm, readings);
    const stems = new Array<StemStart<V>>(rs.length);
    let stemMore = false;
    for (let r = 0; r < rs.length; r++) {
      const proclitic = rs[r]![0];
      const node = this.nodeOf(rs[r]![1]);
      if (node.more) stemMore = true;
      stems[r] = new StemStartRecord(proclitic, rs[r]![1], node);
    }
    const short = shortStemWord(norm);
    return new TrieStartRecord(mid, this.nodeOf(norm), stems, short, stemMore && PROCLITIC_FIRST.has(norm[0]!));
  }

  /** Keeps on spelling `sp` what it can start and whether it continues a key ({@link trieStart}): once per spelling. */
  private learn(sp: Spelling): void {
    // A word's spelling has its proclitic readings already (the same as procliticReadings(key)).
    sp.trieStart = sp.kind === K.WORD ? this.trieStart(sp.key, sp.readings) : this.trieStart(sp.key);
    sp.trieOwner = this.nodesToken;
  }

  /**
   * {@link matchAt} at token `i` of `doc`, from what its spelling can start: the end token of the
   * match, or -1; where it starts in the text, its proclitic and its values in {@link hitFrom},
   * {@link hitProclitic} and {@link found} (fields, not a hit object made for the caller to copy).
   */
  private matchStart(doc: Doc, i: number, start: TrieStart<V>): number {
    const next = i + 1;
    const hasNext = next < doc.length;
    const exact = this.walkNodes(start.node, doc, i);
    const values = this.found;
    // No match of the whole token: the stems. الخرطوم [وأم درمان]: a one-word match of the whole
    // token (وأم, the agency WAM) gives way to a longer name read after the proclitic (و + أم
    // درمان): only a stem that starts a longer key can. One call for both (the second case's own
    // call and tests, first met in new text, deoptimised matchDocAs, into which this is inlined).
    const stems = exact < 0 || (exact === next && start.longerStem && hasNext) ? this.stemMatch(doc, i, start) : -1;
    if (exact < 0 || stems > next) return stems;
    this.found = values;
    this.hitFrom = doc.start(i);
    this.hitProclitic = '';
    return exact;
  }

  /** {@link matchAfterProclitic} at token `i` of `doc`, from what its spelling can start (as {@link matchStart} answers). */
  private stemMatch(doc: Doc, i: number, start: TrieStart<V>): number {
    let bestEnd = -1;
    let bestValues: V[] = this.found;
    let best = NO_STEM as StemStart<V>;
    const stems = start.stems;
    for (let k = 0; k < stems.length; k++) {
      const r = stems[k]!;
      if (r.node === DEAD) continue;
      const end = this.walkNodes(r.node, doc, i);
      // وأم درمان: the one-letter stem of a two-letter word only as the first word of a longer name.
      if (end < 0 || (start.short && r.stem.length < MIN_STEM && end === i + 1)) continue;
      // Both tests for every stem that matches, the first one's included: a second stem that
      // matched no further, first met in new text, deoptimised matchDocAs (this is inlined in it).
      const sameEnd = end === bestEnd;
      const sameProclitic = r.proclitic === best.proclitic;
      if (end > bestEnd) {
        bestEnd = end;
        bestValues = this.found;
        best = r;
      } else if (sameEnd && sameProclitic) {
        // Same span read two ways (للعيون: ل + لعيون or ل + العيون): every entry of both.
        const found = this.found;
        const before = bestValues;
        bestValues = [...before, ...found.filter((v) => !before.includes(v))];
      }
    }
    if (best === NO_STEM) return -1;
    if (best.cut === UNCUT) best.cut = procliticCut(doc.surface(i), best.proclitic);
    if (best.cut < 0) return -1;
    this.found = bestValues;
    this.hitFrom = doc.start(i) + best.cut;
    this.hitProclitic = best.proclitic;
    return bestEnd;
  }

  /**
   * {@link matchAll} over a document: the same matches as `matchSpans(doc.text, doc, keys)`. Most
   * words start no key; that is asked once per spelling (and kept on it), not at every token, and
   * a key's next words are found through the nodes {@link step} keeps, not by building the key.
   */
  matchDoc(doc: Doc): TrieHit<V>[] {
    return this.matchDocAs(doc, trieHit);
  }

  /** {@link matchDoc}, each match made by `make` (the gazetteer makes its own matches, with a copy of the values). */
  matchDocAs<H>(doc: Doc, make: (tokenStart: number, tokenEnd: number, start: number, end: number, proclitic: string, values: V[]) => H): H[] {
    const out: H[] = [];
    const token = this.startsToken;
    if (this.nodesToken !== token) {
      this.keyNodes = new Map();
      this.nodesToken = token;
      this.nextEntries = 0;
    }
    for (let i = 0; i < doc.length; ) {
      const sp = doc.spelling(i);
      if (sp.trieOwner !== token) this.learn(sp);
      const start = sp.trieStart as TrieStart<V> | false;
      const end = start === false || start === MID_ONLY ? -1 : this.matchStart(doc, i, start);
      if (end > i) {
        const found = this.found;
        const from = this.hitFrom;
        const proclitic = this.hitProclitic;
        // A longer key starting inside this one wins (see {@link TrieMatcher.matchSpans}).
        const inside = end - i > 1 && end - i < this.longestKeyTokens() ? this.longerInside(doc, i, end) : -1;
        if (inside > 0) {
          i = inside;
          continue;
        }
        out.push(make(i, end, from, doc.end(end - 1), proclitic, found));
        i = end;
      } else i++;
    }
    return out;
  }

  /**
   * Tokens of the longest key, or more: no key starts inside a match of that many tokens and ends
   * beyond it, so none is looked for (a user's gazetteer of long names over text that follows them).
   */
  protected longestKeyTokens(): number {
    return Number.MAX_SAFE_INTEGER;
  }

  /** The first token after `i` and before `end` where a key longer than `end - i` tokens starts, or -1. */
  private longerInside(doc: Doc, i: number, end: number): number {
    const token = this.startsToken;
    for (let j = i + 1; j < end; j++) {
      const sp = doc.spelling(j);
      if (sp.trieOwner !== token) this.learn(sp);
      const start = sp.trieStart as TrieStart<V> | false;
      if (start === false || start === MID_ONLY) continue;
      if (this.matchStart(doc, j, start) - j > end - i) return j;
    }
    return -1;
  }

  /**
   * {@link matchAll} over any token table (an array's adapter or a `Doc`): left to right, the
   * longest key at each token, except that a key which starts inside it and is longer wins:
   * نادي [باريس سان جيرمان], not [نادي باريس] سان جيرمان (the Paris Club, then half a club).
   */
  matchSpans(text: string, tokens: TokenSpans, norms: NormOf): TrieHit<V>[] {
    const out: TrieHit<V>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const hit = this.matchAt(text, tokens, norms, i);
      if (hit) {
        let inside = -1;
        const length = hit.tokenEnd - i;
        for (let j = i + 1; length < this.longestKeyTokens() && j < hit.tokenEnd && inside < 0; j++) {
          const other = this.matchAt(text, tokens, norms, j);
          if (other && other.tokenEnd - j > hit.tokenEnd - i) inside = j;
        }
        if (inside > 0) {
          i = inside;
          continue;
        }
        out.push(hit);
        i = hit.tokenEnd;
      } else i++;
    }
    return out;
  }
}

/**
 * A mutable trie: one flat map from every key prefix to its node, so building it allocates little.
 */
export class TokenTrie<V> extends TrieMatcher<V> {
  private readonly nodes = new Map<string, TrieNode<V>>();
  /** Every token of a key after its first ({@link continues}), made on first use after a change. */
  private mids: Set<string> | undefined;

  values(key: string): V[] | undefined {
    return this.nodes.get(key)?.v;
  }
  more(key: string): boolean {
    return this.nodes.get(key)?.more === true;
  }
  /** Tokens of the longest key added. */
  private longest = 0;
  protected override longestKeyTokens(): number {
    return this.longest;
  }
  protected override continues(key: string): boolean {
    if (this.mids === undefined) {
      const mids = new Set<string>();
      for (const k of this.nodes.keys()) for (let sp = k.indexOf(' '); sp >= 0; sp = k.indexOf(' ', sp + 1)) mids.add(tokenAfter(k, sp));
      this.mids = mids;
    }
    return key.includes(' ') || this.mids.has(key);
  }

  /** Adds `value` under `key` (tokens joined by one space); returns false when it was already there. */
  add(key: string, value: V): boolean {
    if (!key) return false;
    this.startsToken = {};
    let tokens = 1;
    for (let sp = key.indexOf(' '); sp >= 0; sp = key.indexOf(' ', sp + 1)) {
      tokens++;
      const prefix = key.slice(0, sp);
      const node = this.nodes.get(prefix);
      if (node) node.more = true;
      else this.nodes.set(prefix, { more: true });
    }
    this.mids = undefined;
    if (tokens > this.longest) this.longest = tokens;
    const node = this.nodes.get(key);
    if (!node) this.nodes.set(key, { v: [value] });
    else if (!node.v) node.v = [value];
    else if (node.v.includes(value)) return false;
    else node.v.push(value);
    return true;
  }
}

/** The token of `key` after its space at `sp` (up to the next space). */
export function tokenAfter(key: string, sp: number): string {
  const next = key.indexOf(' ', sp + 1);
  return key.slice(sp + 1, next < 0 ? key.length : next);
}
