import type { EntityType } from '../gazetteer/index.js';
import { Letter } from '../normalize/chars.js';
import { type Candidate, ruleCandidate } from './candidates.js';
import { COPULAS, DEFINITION_FOLLOWERS, DEFINITION_NOUNS, LOOSE_DESCRIPTORS, PLACE_PREPOSITIONS } from './closed-class.js';
import { bracketedSource, datelineSource } from './known.js';
import { agreesWithHead } from './organizations.js';
import { tokenIndex } from './token-index.js';
import type { Words } from './words.js';
import { entryKind, entryType, isPlaceEntry } from './entry-fields.js';

/**
 * Place heads that are part of the name: [جبل طارق]، [نهر الأردن]، [خليج عدن]، [شبه جزيرة سيناء].
 * The head and one or two name words (or a known name) make one LOC.
 */
export function headedPlaces(w: Words, out: Candidate[]): void {
  const ix = tokenIndex(w);
  const at = ix.triggers;
  for (let t = 0; t < ix.triggerCount; t++) {
    const i = at[t]!;
    const head = w.trigger(i, 'place-head');
    if (!head) continue;
    const j = head.tokenEnd;
    if (j >= w.length || !w.joined(j - 1)) continue;
    const known = w.coverAt(j);
    // جزيرة [هونج كونج]: a known place stands on its own and the head stays outside (the
    // gazetteer match is the entity); [قطاع غزة] is found whole because the gazetteer knows it.
    if (known && known.tokenStart === j) continue;
    // قطاع السياحة is a sector: after a loose head only a known name counts ([قطاع غزة]).
    // نهر [موسمي]: an indefinite nisba of the head's gender is its adjective.
    const headKey = w.keyAt(i, head.start);
    if (LOOSE_DESCRIPTORS.has(headKey) || (head.tokenEnd === i + 1 && agreesWithHead(w, headKey, j))) continue;
    // عمق البحر [بموجة]: a head with the article takes only a definite adjective (البحر الأحمر);
    // an indefinite word after it cannot be its genitive, so the head names nothing.
    if (headKey.startsWith('ال') && !w.keys[j]!.startsWith('ال')) continue;
    let end = j;
    while (end < w.length && end - j < 2 && (end === j || w.joined(end - 1)) && w.nameLike(end) && !looksLikeVerb(w.keys[end]!) && !endsHeadedName(w, headKey, end, end > j)) end++;
    if (end === j) continue;
    out.push(ruleCandidate('LOC', i, end, head.start, w.doc.end(end - 1), 'context', 'place-heads'));
  }
}

/**
 * A news dateline: the first words of a line, then a news agency in brackets:
 * `فرانكفورت (رويترز) -` → [فرانكفورت], or a dash and a source a known agency signs: `كاتمندو - د ب أ :`
 * (`datelineSource` in known.ts). One or two name-like words at the start of a line.
 */
export function datelinePlaces(w: Words, out: Candidate[]): void {
  // In a text of one line only its first token begins a line: the others are not asked whether
  // they are joined to the token before (a scan of the characters between them, every token).
  // A line break between two tokens always ends a sentence (sentences.ts), so only each sentence's
  // first token is asked (`oneLine`, in the document's token index, which the other rules read
  // too): a text of one sentence (most documents) asks none.
  const last = tokenIndex(w).oneLine ? Math.min(1, w.length) : w.length;
  for (let i = 0; i < last; i++) {
    if (i > 0 && w.joined(i - 1)) continue; // must begin a line
    let end = i;
    while (end < w.length && end - i < 2 && (end === i || w.joined(end - 1)) && (w.nameLike(end) || w.coveredBy(end, 'LOC'))) end++;
    if (end === i || end >= w.length || !w.joined(end - 1)) continue;
    // كاتمندو - د ب أ : a dash, then a source that a known agency or newspaper signs.
    if (datelineSource(w, end) >= 0 && !w.personAt(i)) {
      out.push(ruleCandidate('LOC', i, end, w.doc.start(i), w.doc.end(end - 1), 'context', 'datelines'));
      continue;
    }
    // فرانكفورت (رويترز) -: the bracket holds an agency, a few short words.
    if (bracketedSource(w, end) < 0) continue;
    out.push(ruleCandidate('LOC', i, end, w.doc.start(i), w.doc.end(end - 1), 'context', 'datelines'));
  }
}


/**
 * A town named with its region after a comma, as news writes American and other places:
 * `من [بلانو] ، تكساس`، `في [أوستن], تكساس`. One or two name-like words after a preposition of
 * place (في، من، إلى: data/lexicon/lists/place-prepositions.txt), then a comma and a known region
 * or country, which is the gazetteer's. No known name, person or verb is taken.
 */
export function placesBeforeTheirRegion(w: Words, out: Candidate[]): void {
  // The region is a match that starts right after the comma: only the token before a match's start can be the comma.
  const starts = w.coverStarts();
  for (let s = 0; s < starts.length; s++) {
    const k = starts[s]! - 1;
    if (k < 2) continue;
    if (w.doc.kind(k) !== 'punct' || !COMMAS.has(w.doc.bare(k)) || !w.joined(k) || !w.joined(k - 1)) continue;
    const region = w.coverAt(k + 1);
    if (!region || region.tokenStart !== k + 1 || region.proclitic !== '' || !region.entries.some((e) => entryKind(e) === 'subdivision' || entryKind(e) === 'country')) continue;
    let i = k;
    while (i > 0 && k - i < 2 && w.joined(i - 1) && w.nameLike(i - 1) && !w.personAt(i - 1) && !looksLikeVerb(w.keys[i - 1]!)) i--;
    if (i === k) continue;
    if (!(i > 0 && w.joined(i - 1) && PLACE_PREPOSITIONS.has(w.keys[i - 1]!))) continue;
    out.push(ruleCandidate('LOC', i, k, w.doc.start(i), w.doc.end(k - 1), 'context', 'place-regions'));
  }
}

const COMMAS: ReadonlySet<string> = new Set([',', '،']);

/**
 * A place listed after و whose word as written is another, ambiguous place: بين الرياض [وجدة] is
 * Riyadh and Jeddah (و + جدة), not Oujda (وجدة, also "and found"), which would be written ووجدة
 * after a conjunction. The place before the و is one the gazetteer knows for sure, and the word
 * without its و is a place the gazetteer knows too; the و stays outside.
 */
export function placesListedAfterAnd(w: Words, out: Candidate[]): void {
  const starts = w.coverStarts();
  for (let s = 0; s < starts.length; s++) {
    const i = starts[s]!;
    const m = w.coverAt(i)!;
    if (i === 0 || m.tokenEnd !== i + 1 || m.proclitic !== '' || w.text.charCodeAt(m.start) !== Letter.WAW || !w.coverAmbiguous(i)) continue;
    if (!w.joined(i - 1) || !w.coveredBy(i - 1, 'LOC') || w.coverAmbiguous(i - 1)) continue;
    const rest = w.text.slice(m.start + 1, m.end);
    if (!w.gazetteer.lookup(rest).some(isPlaceEntry)) continue;
    out.push(ruleCandidate('LOC', i, i + 1, m.start + 1, m.end, 'context', 'place-regions'));
  }
}

/** The most name words an encyclopaedia's definition of a place starts with. */
const MAX_DEFINED_WORDS = 3;

/**
 * The subject of an encyclopaedia's definition of a place: `[كفرنبل] بلدة سورية في محافظة إدلب`،
 * `[بتير] قرية فلسطينية تقع غرب بيت لحم`، `[معلولا] هي بلدة في ريف دمشق`. At the start of a
 * sentence (a و on its first word stays outside), one to three name words, then (after هي or هو)
 * an indefinite noun of a kind of place (definition-nouns.txt) and, after it, an indefinite
 * nationality adjective or a word that goes on to say where it is (definition-followers.txt).
 * Each name word is name-like or known; a name the gazetteer knows keeps its own candidate too.
 */
export function definedPlaces(w: Words, out: Candidate[]): void {
  const n = w.length;
  const doc = w.doc;
  for (let sentence = 0; sentence < doc.sentenceCount; sentence++) {
    const s = doc.sentenceFirstToken(sentence);
    // The noun of the definition, one to three words after the sentence's first.
    let k = s + 1;
    while (k < n && k - s <= MAX_DEFINED_WORDS && !DEFINITION_NOUNS.has(w.keys[k]!)) k++;
    if (k >= n - 1 || k - s > MAX_DEFINED_WORDS + 1 || !DEFINITION_NOUNS.has(w.keys[k]!)) continue;
    const end = COPULAS.has(w.keys[k - 1]!) ? k - 1 : k;
    if (end === s || end - s > MAX_DEFINED_WORDS || !w.joined(k) || !definitionGoesOn(w, k + 1)) continue;
    let names = true;
    for (let q = s; q < end && names; q++) names = (q === s || w.joined(q - 1)) && (w.nameLike(q) || w.coveredBy(q, 'LOC'));
    if (!names) continue;
    out.push(ruleCandidate('LOC', s, end, nameStartAfterConjunction(w, s), w.doc.end(end - 1), 'context', 'place-regions'));
  }
}

/** Token `k`, after a definition's noun, says what or where the place is (see {@link definedPlaces}). */
function definitionGoesOn(w: Words, k: number): boolean {
  if (!w.isWord(k)) return false;
  const d = w.demonym(k);
  return d !== undefined ? !d.definite : DEFINITION_FOLLOWERS.has(w.keys[k]!);
}

/** Where a sentence's first name word starts: after a و written on it (`وكفرنبل بلدة …`) when the rest is the name. */
function nameStartAfterConjunction(w: Words, s: number): number {
  const start = w.doc.start(s);
  return w.text.charCodeAt(start) === Letter.WAW && !w.nameLike(s) ? start + 1 : start;
}

/** The most names one list after a plural descriptor holds. */
const MAX_LISTED = 6;

/**
 * The names listed from token `k` on after a plural or dual descriptor (called by `describedNames`
 * for the descriptors of data/lexicon/lists/plural-place-descriptors.txt and
 * plural-org-descriptors.txt), joined by و: each is of the descriptor's `type`, known or not
 * (`بلدات [برقين] و[كفر دان] و[السيلة الحارثية]`، `مخيمي [طولكرم] و[نور شمس]`، `شركتا [ألفا] و[تاتش]`).
 * A name is one or two name-like words, or a name the gazetteer knows (its own candidate); after و,
 * a word that is no common word. The list ends at anything else.
 */
export function listedNames(w: Words, k: number, type: EntityType, out: Candidate[]): void {
  // Organisations' descriptors (شركات، قنوات) also head common plurals (شركات [السياحة]، قنوات
  // [الكيبل]، صحف [محترمة]): their list is one-word names with no article, two of them at least.
  const strict = type === 'ORG';
  const from = out.length;
  let names = 0;
  for (let n = 0; n < MAX_LISTED && k < w.length; n++) {
    if (!w.joined(k - 1)) break;
    const known = w.coverAt(k);
    if (known && known.tokenStart === k) {
      // محافظتي [قنا] و[الأقصر]: the descriptor is the context an ambiguous name of its type wants,
      // and decides the type of one that has two (as a singular descriptor does: مدينة [الجديدة]).
      if (known.entries.some((e) => entryType(e) === type)) out.push(ruleCandidate(type, k, known.tokenEnd, known.start, known.end, 'context', 'descriptors', 'descriptors-known'));
      k = known.tokenEnd;
    } else {
      const start = n === 0 ? w.doc.start(k) : stemAfterAnd(w, k);
      if (start < 0 || (n === 0 && !w.nameLike(k))) break;
      if (strict && (w.articleAt(k) || w.commonKeyAt(k) || looksLikeVerb(w.keys[k]!) || w.endsWithTanween(k))) break;
      let end = k + 1;
      // A second word, not the next name's و (برقين [وكفر] دان).
      if (!strict && end < w.length && w.joined(k) && w.keys[end]!.charCodeAt(0) !== WAW && w.nameLike(end) && !looksLikeVerb(w.keys[end]!) && !w.hasPronounSuffix(end)) end++;
      out.push(ruleCandidate(type, k, end, start, w.doc.end(end - 1), 'context', 'descriptors'));
      k = end;
    }
    names++;
    if (k >= w.length || !w.joined(k - 1) || w.keys[k]!.charCodeAt(0) !== WAW) break;
  }
  if (strict && names < 2) out.length = from;
}

/** و, the conjunction a list is joined by. */
const WAW = 0x0648;

/**
 * Where the name starts in token `k` read as و + a name (وكفر، والسيلة): no common word, closed-class
 * word, verb or known person after the و. -1 when it is no such name.
 */
function stemAfterAnd(w: Words, k: number): number {
  if (!w.isWord(k) || w.isClosedClass(k) || w.personAt(k) || w.hasPronounSuffix(k)) return -1;
  const readings = w.doc.readings(k);
  for (let r = 0; r < readings.length; r++) {
    const [proclitic, stem, offset] = readings[r]!;
    if (proclitic === 'و' && stem.length >= 3 && !w.isCommon(stem) && !looksLikeVerb(stem)) return w.doc.start(k) + offset;
  }
  return -1;
}

/**
 * Word `k` begins what follows a headed place name: a conjunct (أبو جبل [ومحمود]), or, after the
 * name word of an indefinite head, a definite participle or adjective describing the place (جبال زاجروس
 * [المكسوة] قممها بالثلوج: a definite word in ة, or a participle in الم). After a head with the
 * article the words are the name's own adjectives (البحر الأبيض المتوسط) and are not cut.
 */
function endsHeadedName(w: Words, headKey: string, k: number, afterName: boolean): boolean {
  if (w.startsConjunct(k)) return true;
  if (!afterName || headKey.startsWith('ال') || w.personAt(k)) return false;
  const key = w.keys[k]!;
  return key.startsWith('ال') && (key.endsWith('ه') || (key.startsWith('الم') && key.length >= 6));
}

/** An unknown word in يـ/تـ (تحيط، يمر) after a place head is a verb: سهل تحيط به الجبال. */
function looksLikeVerb(key: string): boolean {
  return (key.startsWith('ي') || key.startsWith('ت')) && key.length >= 4;
}
