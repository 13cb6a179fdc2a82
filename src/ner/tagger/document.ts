import type { EntityType } from '../../gazetteer/index.js';
import { joinedProclitic } from '../../tokenize/clitics.js';
import { createDoc, type Doc, type TokenSpans } from '../../tokenize/document.js';
import type { Candidate } from '../candidates.js';
import type { Component, RecognizerContext } from '../component.js';
import { AFTER_TAGGER, BUILTIN_COMPONENTS, recognizer, runRecognizer } from '../pipeline.js';
import type { Words } from '../words.js';
import { neverPerson } from '../link/never-people.js';
import { evidence, nameStart, type RuleSpan } from './evidence.js';
import { endsWithTanween, FLAG, featurize, type Features, type TaggerInput } from './features.js';
import type { TaggerModel } from './model.js';
import { sharedEmissions } from './scores.js';
import { endOfCandidate, endOfTrigger, ruleOfCandidate, startOfCandidate, typeOfCandidate } from './fields.js';
import { begin, spansOf, TAG_COUNT } from './tags.js';
import { viterbi } from './viterbi.js';

const LONE_WORD_VETO = FLAG.COMMON | FLAG.GAZ_TENTATIVE | FLAG.CLOSED;

/** A document as the tagger sees it: the rules' choice, the words, and the tagger's features. */
export interface TaggerDocument {
  text: string;
  doc: Doc;
  words: Words;
  /** The rules' chosen entities (all three types), in text order. */
  chosen: Candidate[];
  ruleSpans: RuleSpan[];
  input: TaggerInput;
  features: Features;
}

/** Token range of the span `[start, end)` (offsets into the text): the tokens it overlaps. */
export function tokenRange(doc: TokenSpans, start: number, end: number): { tokenStart: number; tokenEnd: number } {
  let lo = 0;
  let hi = doc.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.end(mid) <= start) lo = mid + 1;
    else hi = mid;
  }
  let e = lo;
  while (e < doc.length && doc.start(e) < end) e++;
  return { tokenStart: lo, tokenEnd: e };
}

/**
 * The tagger's view of a run of the rules: its input and the rules' spans. Tagging reads `input`
 * directly (scores.ts); the feature list is made only by {@link taggerDocument} (training). A plain
 * object: a getter written here was a new closure for every document, and the hidden class made for
 * it kept the document's evidence alive through the next minor GCs (--trace-gc-nvp). With `reuse`
 * the input lives in work space shared by every call, valid until the next (the tagger component).
 */
export function taggerView(doc: Doc, ctx: RecognizerContext, reuse = false): Omit<TaggerDocument, 'text' | 'features'> {
  const chosen = ctx.chosen;
  // One array literal filled by push, not `map`: an empty list then has the class of a full one
  // (V8 makes a literal's arrays with the elements kind its earlier arrays came to), where `map`'s
  // empty result, first met late in a long text, deoptimised evidence ("wrong map").
  const ruleSpans: RuleSpan[] = [];
  for (let k = 0; k < chosen.length; k++) {
    const c = chosen[k]!;
    ruleSpans.push({ type: typeOfCandidate(c), tokenStart: startOfCandidate(c), tokenEnd: endOfCandidate(c) });
  }
  const input = evidence(ctx.words, ruleSpans, reuse);
  // A view that is not work space outlives the run: its Words keeps its tables (see Words.release).
  if (!reuse) ctx.words.keep();
  return { doc, words: ctx.words, chosen, ruleSpans, input };
}

const RULES_BEFORE_TAGGER = BUILTIN_COMPONENTS.filter((c) => !AFTER_TAGGER.includes(c.name));

/** Runs the rules on `text` and computes the tagger's features (training and evaluation use this). */
export function taggerDocument(text: string, bits: number): TaggerDocument {
  let view: Omit<TaggerDocument, 'text' | 'features'> | undefined;
  const capture: Component = { name: 'tagger-view', run: (doc, ctx) => void (view = taggerView(doc, ctx)) };
  const doc = createDoc(text);
  runRecognizer(recognizer({ components: [...RULES_BEFORE_TAGGER, capture] }), doc);
  return { text, ...view!, features: featurize(view!.input, bits) };
}

/** A span the tagger found. */
export interface TaggedSpan {
  type: EntityType;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
}

/**
 * The tagger's spans, with proclitics left outside (`والكاظمي` → `الكاظمي`), trimmed and vetoed
 * by the guide's span conventions where the model strays from them:
 * - a token of invisibles, or a proclitic written apart with a tatweel (`لـ الأمم`), is no part of a name;
 * - a word written with tanween (`قال ترامب هاتفياً`) is indefinite, an adverb or a common noun:
 *   never the edge of a name the rules did not find;
 * - titles before a person are outside (`وأكد المهندس [سامر القباني]`), as the training data has them;
 * - a person of one word that data/lexicon/never-people.tsv lists (`قائلا`، `جلالته`) is none, and
 *   a word it lists as in no name at all ends a person before it (`مطار الملك [خالد] الدولي`);
 * - a name of one word that is a common word or an ambiguous gazetteer name (`كان الطقس حسن`،
 *   `المدينة`، `الجزيرة`) stays the rules' call: they confirm such names from context;
 * - a place or organisation the rules have no part of is kept only when the model is sure of it
 *   word by word (see {@link locallySure}).
 */
export function taggedSpans(model: TaggerModel, view: Pick<TaggerDocument, 'words' | 'doc' | 'input'>): TaggedSpan[] {
  return tagView(model, view).spans;
}

/** What the tagger says of a document: its spans ({@link taggedSpans}) and its scores (`emissions`). */
export interface TaggerVerdict {
  spans: TaggedSpan[];
  /**
   * `scores[i * 7 + t]`: the model's score of tag `t` at token `i`, before the transitions. Work
   * space shared by every call: valid until the next `tagView` (copy it to keep it).
   */
  scores: Float32Array;
}

const TAGS_KEEP = 1 << 16;
let tagScratch = new Uint8Array(1024);

/** {@link taggedSpans}, with the scores they came from (for {@link outsideSpans}). */
export function tagView(model: TaggerModel, view: Pick<TaggerDocument, 'words' | 'doc' | 'input'>): TaggerVerdict {
  const n = view.input.keys.length;
  const scores = sharedEmissions(model, view.input, view.doc);
  // The tags are read only here (spansOf copies them out): a view of work space shared by every
  // call (a huge document gets its own, so that it does not stay alive after it).
  if (n <= TAGS_KEEP && tagScratch.length < n) tagScratch = new Uint8Array(Math.min(TAGS_KEEP, n * 2));
  const tags = n <= TAGS_KEEP ? tagScratch.subarray(0, n) : new Uint8Array(n);
  viterbi(scores, n, model.transitions, tags, model.viterbiMoves());
  const { doc, words } = view;
  const { flags, rules } = view.input;
  const edge = (i: number) => nameWord(doc, i) && (rules[i] !== 0 || !endsWithTanween(doc.bare(i)));
  const keys = view.input.keys;
  const out: TaggedSpan[] = [];
  for (const s of splitConjoined(splitPersons(spansOf(tags), doc), words)) {
    // The edges trimmed by steps of 0 or 1 that run for every span: a span first trimmed at its
    // end late in a long text does not meet an operation V8 never saw run (a deopt of tagView).
    let a = s.tokenStart;
    let b = s.tokenEnd;
    let step: number;
    do {
      step = a < b && !edge(a) ? 1 : 0;
      a += step;
    } while (step !== 0);
    do {
      step = b > a && !edge(b - 1) ? 1 : 0;
      b -= step;
    } while (step !== 0);
    if (s.type === 'PER') {
      // مطار الملك [خالد] الدولي: a word data/lexicon/never-people.tsv says is in no person's name
      // (an adverbial participle, an honorific, الدولي) ends the person before it.
      while (b > a && neverPerson(keys[b - 1]!) === 'anywhere') b--;
      // A title's end read through the reader evidence reads every trigger's with, and the next
      // start worked out before the test: the first title inside a span, late in a long text,
      // then meets no read or comparison V8 has not seen run.
      while (a < b && rules[a] === 0) {
        const titleEnd = endOfTrigger(words.trigger(a, 'title'));
        const next = titleEnd < b ? titleEnd : b;
        if (titleEnd < 0) break;
        a = next;
      }
    }
    s.tokenStart = a;
    s.tokenEnd = b;
    if (s.tokenStart >= s.tokenEnd) continue;
    // A one-word span the rules have no part of: only the model speaks for it.
    const lone = s.tokenEnd - s.tokenStart === 1 && rules[s.tokenStart] === 0;
    if (lone && flags[s.tokenStart]! & (s.type === 'PER' ? FLAG.COMMON : LONE_WORD_VETO)) continue;
    if (s.type !== 'PER' && !ruleTagged(rules, s) && !locallySure(scores, s)) continue;
    // المزارعون names a group; وأضاف قائلا إن، وأكد جلالته: a word of data/lexicon/never-people.tsv is no person.
    if (s.type === 'PER' && lone && (groupNoun(view.input, s.tokenStart) || neverPerson(keys[s.tokenStart]!) !== undefined)) continue;
    // A literal, not `{ ...s, start, end }`: that spread was about 2% of a steady pass.
    // Asked of every span (a span or two a document), used for the second of two people only: its
    // call, first reached late in a long text, was a deopt of tagView.
    const second = words.secondPersonStart(s.tokenStart);
    const start = s.second === s.tokenStart ? second : -1;
    out.push({ type: s.type, tokenStart: s.tokenStart, tokenEnd: s.tokenEnd, start: start >= 0 ? start : nameStart(words, s.tokenStart), end: doc.end(s.tokenEnd - 1) });
  }
  return { spans: out, scores };
}

/**
 * A span of the model's as {@link tagView} cuts it. `second`: where two people joined by و were cut
 * apart ({@link splitConjoined}), the token of the و, else -1. Every one is made with all four keys
 * in this order, not spread from another (`{ ...s, second }`), so that they share one hidden class
 * in V8: cut spans first met on new text made tagView deoptimise ("wrong map").
 */
interface CutSpan {
  type: EntityType;
  tokenStart: number;
  tokenEnd: number;
  second: number;
}

/**
 * A person's name does not run across punctuation: `إيمرسون : خاض إيمرسون` is two mentions, not
 * one, and `محمد ( ص )` ends before the bracket. The model, reading each word's neighbours, now and
 * then chains such runs into one span (ANERcorp CV: PER +0.2 F1); they are cut at each
 * punctuation token.
 */
function splitPersons(spans: readonly { type: EntityType; tokenStart: number; tokenEnd: number }[], doc: Doc): CutSpan[] {
  const out: CutSpan[] = [];
  for (const s of spans) {
    let a = s.tokenStart;
    if (s.type === 'PER') {
      for (let i = s.tokenStart + 1; i < s.tokenEnd - 1; i++) {
        if (doc.kind(i) !== 'punct') continue;
        if (i > a) out.push({ type: s.type, tokenStart: a, tokenEnd: i, second: -1 });
        a = i + 1;
      }
    }
    out.push({ type: s.type, tokenStart: a, tokenEnd: s.tokenEnd, second: -1 });
  }
  return out;
}

/**
 * Two people joined by و in one span of the model's: `[جولي كافنر] و[سين آستن]`, cut where a word
 * of و + no known name comes after two name words and before a further one
 * ({@link Words.secondPersonStart}); `second` is the token of the و, whose letter stays outside.
 * ANERcorp CV: such spans were two gold people 6 times and one
 * gold person 0 times (`أوبرا وينفري`, `سعد بن أبي وقاص` end with the word in و).
 */
function splitConjoined(spans: CutSpan[], words: Words): CutSpan[] {
  const out: CutSpan[] = [];
  for (const s of spans) {
    const start = s.tokenStart;
    const end = s.tokenEnd;
    const type = s.type;
    const per = type === 'PER';
    const second = s.second;
    let a = start;
    let k = a + 2;
    // One place that pushes, for the pieces and for a span left whole: a cut first met late in a
    // long text does not deoptimise tagView (which this is inlined into) at a push of its own.
    for (;;) {
      while (per && k <= end - 2 && words.secondPersonStart(k) < 0) k++;
      const cut = per && k <= end - 2;
      const first = a === start;
      // The piece made every time (a span or two a document): its literal, first reached late in
      // a long text, was a deopt of its own.
      const piece: CutSpan = { type, tokenStart: a, tokenEnd: cut ? k : end, second: first ? second : a };
      out.push(first && !cut ? s : piece);
      // Moved on every time, for the same reason.
      a = cut ? k : a;
      k += 2;
      if (!cut) break;
    }
  }
  return out;
}

const KNOWN_PERSON = FLAG.GIVEN | FLAG.FAMILY | FLAG.PERSON_NAME | FLAG.GAZ_PER;

/**
 * A word that, alone, names a group of people rather than a person: definite (`الرومان`،
 * `القرويون`) or with a plural ending (`مسؤولو`, `صيادون`, `الفرنسيين`), and no given or family
 * name of the lexicon. As one-word persons of the tagger that the rules did not tag, such words
 * were right 28 times and wrong 97 times (ANERcorp CV, docs/MODEL.md).
 */
function groupNoun(input: TaggerInput, i: number): boolean {
  if ((input.flags[i]! & KNOWN_PERSON) !== 0) return false;
  const k = input.stems[i]!;
  return k.startsWith('ال') || k.endsWith('ون') || k.endsWith('ين');
}

function ruleTagged(rules: ArrayLike<number>, s: { tokenStart: number; tokenEnd: number }): boolean {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (rules[i] !== 0) return true;
  return false;
}

/**
 * Whether each token of span `s` scores its own tag (B- at the first, I- after) above every other
 * tag (by more than `by`), before the transitions are added. A span that Viterbi picks only because its neighbours'
 * tags pull it in is weak evidence: measured on places and organisations the rules have no part
 * of (`الائتمان`, `دلتا` as one-word places), such spans were right 0.11–0.39 of the time, the others
 * 0.43–0.67 (ANERcorp CV and AQMAR dev, docs/MODEL.md). People's spans are kept either way: theirs
 * were right about as often in both cases.
 */
function locallySure(scores: Float32Array, s: { type: EntityType; tokenStart: number; tokenEnd: number }, by = 0): boolean {
  const b = begin(s.type);
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const want = i === s.tokenStart ? b : b + 1;
    const own = scores[i * TAG_COUNT + want]! - by;
    for (let t = 0; t < TAG_COUNT; t++) if (t !== want && scores[i * TAG_COUNT + t]! > own) return false;
  }
  return true;
}

function nameWord(doc: Doc, i: number): boolean {
  const surface = doc.surface(i);
  return doc.key(i) !== '' && joinedProclitic(surface) < surface.length;
}

/**
 * The spans (of the rules; those `only` accepts, when given) that the model reads as no name at all: at each of their tokens `O`
 * scores above every other tag, before the transitions are added. The rules' one-word guesses
 * from a list (`آب` a month, not the place; a common word after a title) are where the model,
 * which reads the context, is surest that they are wrong.
 *
 * @example
 * // 'في شهر آب الماضي': the gazetteer's place آب, the model scores O highest → in the set.
 */
export function outsideSpans<S extends { tokenStart: number; tokenEnd: number }>(scores: Float32Array, spans: readonly S[], only?: (s: S) => boolean): ReadonlySet<S> {
  let out: Set<S> | undefined;
  for (const s of spans) {
    if (only !== undefined && !only(s)) continue;
    let sure = s.tokenEnd > s.tokenStart;
    for (let i = s.tokenStart; i < s.tokenEnd && sure; i++) {
      const o = scores[i * TAG_COUNT]!;
      for (let t = 1; t < TAG_COUNT; t++) if (scores[i * TAG_COUNT + t]! > o) sure = false;
    }
    out = withAdded(out, s, sure);
  }
  return out ?? NONE;
}

/**
 * `set` with `x` added when `hit` (a new set when `set` is undefined), else `set`. One function, called
 * whether or not it adds, for {@link outsideSpans} (which adds often) and {@link clubsNamedByPlaces}
 * (rarely): the latter's first add, late in a long text, then runs what V8 has seen run (it was a
 * deopt of the tagger component's code, which inlines it).
 */
function withAdded<S>(set: Set<S> | undefined, x: S, hit: boolean): Set<S> | undefined {
  if (!hit) return set;
  const out = set ?? new Set<S>();
  out.add(x);
  return out;
}

/** The empty set {@link outsideSpans} and {@link clubsNamedByPlaces} return (most documents): none made per document. */
const NONE: ReadonlySet<never> = new Set();

/**
 * The rules that guess a person from a list and a cue (a given name, a family name, a title's
 * person, a reporting verb's subject): their people that no span of the model's touches are
 * struck out too ({@link unbackedPeople}). Not propagation (a name the document has already
 * written in full) nor the protected rules.
 */
export const GUESSED_PEOPLE: ReadonlySet<string> = new Set(['given-names', 'family-names', 'titles', 'reporting-verbs']);

/**
 * `outside` and the people of `chosen` from a {@link GUESSED_PEOPLE} rule that no span of `spans`
 * (the model's, in text order, not overlapping) touches: the model, which reads the rules' tags
 * and the context, proposed no person there, though it did not read `O` at every word either
 * ({@link outsideSpans}). On ANERcorp CV such guesses were right 18 times and wrong 58 (docs/MODEL.md).
 * A new set only when it finds one (most documents: `outside` itself).
 *
 * @example
 * // 'أكد المهندس سامر أن …' (the titles rule's person سامر) with a model that tags no person there → in the set.
 */
export function unbackedPeople<C extends Candidate>(chosen: readonly C[], spans: readonly { tokenStart: number; tokenEnd: number }[], outside: ReadonlySet<C>): ReadonlySet<C> {
  let out: Set<C> | undefined;
  for (const c of chosen) {
    if (typeOfCandidate(c) !== 'PER' || !GUESSED_PEOPLE.has(ruleOfCandidate(c))) continue;
    // The first span that ends after c starts (the spans' ends rise with their starts).
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.tokenEnd <= startOfCandidate(c)) lo = mid + 1;
      else hi = mid;
    }
    if (lo === spans.length || spans[lo]!.tokenStart >= endOfCandidate(c)) (out ??= new Set(outside)).add(c);
  }
  return out ?? outside;
}

/**
 * How far the model's organisation must score above every other tag at each word of a gazetteer
 * place for {@link clubsNamedByPlaces}: half the margin of one a token that training asks for.
 * With 0, `وصل الوفد إلى ليفربول` became the club (the built-in model's B-ORG 0.81 against B-LOC
 * 0.53: the word itself is mostly the club in the training news); in a match it is 1.24 ahead.
 */
const CLUB_MARGIN = 0.5;

/**
 * The gazetteer's places whose very tokens the model reads as an organisation, sure word by word
 * and by {@link CLUB_MARGIN} ({@link locallySure}): a club named by its city or country, which
 * `ANNOTATION.md` counts as an organisation (`حاصر [ليفربول] منطقة جزاء شيفلد`، `أمام [ليفربول] الأحد
 * الماضي`). The gazetteer knows only the place; the context says it plays. `combine` lets the
 * tagger's span replace them. A span that only contains the place is left alone (`منتخب [فرنسا]`:
 * which of the two the guide wants is not settled, and the corpora differ).
 *
 * @example
 * // 'حاصر ليفربول منطقة جزاء شيفلد': the gazetteer's LOC ليفربول, the model's sure ORG over it → in the set.
 */
export function clubsNamedByPlaces<C extends Candidate>(scores: Float32Array, chosen: readonly C[], spans: readonly TaggedSpan[]): ReadonlySet<C> {
  let out: Set<C> | undefined;
  let places: Map<number, C> | undefined;
  for (const s of spans) {
    if (s.type !== 'ORG' || !locallySure(scores, s, CLUB_MARGIN)) continue;
    if (places === undefined) {
      places = new Map();
      for (const c of chosen) if (ruleOfCandidate(c) === 'gazetteer' && typeOfCandidate(c) === 'LOC') places.set(startOfCandidate(c), c);
    }
    const c = places.get(s.tokenStart);
    // Asked whether or not a place starts there (-1 when none): see withAdded.
    out = withAdded(out, c as C, endOfCandidate(c) === s.tokenEnd);
  }
  return out ?? NONE;
}
