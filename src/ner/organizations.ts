import type { Demonym, EntityType, GazetteerEntry, GazetteerMatch } from '../gazetteer/index.js';
import { MATCH_WORDS } from '../gazetteer/generated/links.js';
import { type Candidate, ruleCandidate } from './candidates.js';
import { AFFILIATION_WORDS, COMPANY_DESCRIPTORS, DEFINITION_FOLLOWERS, COUNCIL_HEADS, MAYOR_WORDS, MUNICIPAL_HEADS, PLACE_PREPOSITIONS, SITE_DESCRIPTORS, DISTRICT_HEADS, LETTER_NAMES, STATUS_ADJECTIVES, ARMED_GROUP_HEADS, KUNYA_PARTICLES, BOARD_WORDS, COMPLEMENTIZERS, DYNASTY_ADJECTIVES, STATE_HEADS, MEDIA_DESCRIPTORS, TRADE_DESCRIPTORS, NAMED_PLACE_HEADS, PLACE_NAME_STARTS, PLURAL_PLACE_DESCRIPTORS, PLURAL_ORG_DESCRIPTORS, TITLE_ADJECTIVES, CLOSED_CLASS, CLUB_NISBA_HEADS, CORPORATE_WORDS, DEFINITE_ORG_HEADS, FIELD_INSTITUTIONS, IDIOM_HEADS, INSTITUTION_ADJECTIVES, isFeminine, LOOSE_DESCRIPTORS, MEETING_HEADS, NAME_START_PARTICLES, PARTY_ADJECTIVES, PARTY_HEADS, PURPOSE_NOUNS, QUOTATION_OPENERS, VERBAL_NOUN_HEADS, WEAK_ORG_HEADS as WEAK_HEADS } from './closed-class.js';
import { isLatinAcronym } from './components/org-acronym.js';
import { branchEnd, companyNameEnd, isCompanyEntry, tradeEnd } from './company-fields.js';
import { describedByDemonym } from './known.js';
import { filteredHas } from './word-filter.js';
import { Letter } from '../normalize/chars.js';
import { definiteNisbaShape, mayBeDefiniteHead, startsWithArticle } from './key-shapes.js';
import { nameExtent } from './people.js';
import { listedNames } from './places.js';
import { tokenIndex } from './token-index.js';
import type { Reading, Words } from './words.js';
import { entryAmbiguous, entryCountry, entryKind, entryType, isPlaceEntry } from './entry-fields.js';

/** س + ي/ت/ن: a future-tense verb (سيتراوح). A string, not a regex literal: the built chunks stay ASCII (see tsup.config.ts). */
const FUTURE_VERB = /* @__PURE__ */ new RegExp('^س[يتن]');

/** The shape tests of a key, kept where the tests import them from (src/ner/key-shapes.ts). */
export { definiteNisbaShape, mayBeDefiniteHead, startsWithArticle };



/**
 * The extent of an organisation name that starts with a head noun at token `i` (`وزارة`, `هيأة`,
 * `جامعة`, `حزب`…): the head, then a genitive chain of definite words and known names, adjectives
 * (a nationality adjective ends it), and one `لـ` complement with its `و` conjuncts:
 * [وزارة الخارجية الروسية]، [هيأة الحشد الشعبي]، [جامعة الملك فهد للبترول والمعادن]،
 * [اتحاد صناعة السيارات] (an indefinite word only inside an idafa chain). Returns the end token,
 * or `i` when no organisation starts there.
 */
export function organisationExtent(w: Words, i: number): number {
  const head = w.trigger(i, 'org-head');
  if (!head) return i;
  if (inIdiom(w, i, head.tokenEnd)) return i;
  if (boardOfOrganisation(w, head.tokenEnd)) return i;
  // The gazetteer knows a name starting here (حزب الله، جامعة الدول العربية): it has the extent.
  const known0 = w.coverAt(i);
  if (known0 && known0.tokenStart === i && w.coveredBy(i, 'ORG')) return i;
  // The head's own key, without the proclitics of a one-word head (بتنظيم → تنظيم).
  const headKey = head.tokenEnd === i + 1 ? w.keyAt(i, head.start) : w.keys[head.tokenEnd - 1]!;
  let j = head.tokenEnd;
  // جماعة [أبو سياف]، كتائب [أبو علي مصطفى]: an armed group named by a person's kunya is one organisation.
  if (ARMED_GROUP_HEADS.has(headKey) && j + 1 < w.length && w.joined(j - 1) && KUNYA_PARTICLES.has(w.keys[j]!)) {
    const end = nameExtent(w, j, 3);
    if (end > j + 1) return end;
  }
  let last = j;
  let evidence = false;
  let proper = false; // a word that is no common word: the name is a proper one (هيومان رايتس ووتش)
  let complement = false;
  // A definite word was taken (or the head is one: المحكمة العليا): the genitive chain is closed to indefinite words.
  let definite = w.keys[head.tokenEnd - 1]!.startsWith('ال');
  let openComplement = -1; // a لـ complement without the article, which needs a genitive after it
  let knownEnd = -1; // the token after the last known name taken
  while (j < w.length && j - head.tokenEnd < 6 && w.joined(j - 1) && w.isWord(j) && !w.isClosedClass(j)) {
    const key = w.keys[j]!;
    const known = w.coverAt(j);
    // بتندوف، بأثينا، للأمم المتحدة: a known name under a proclitic is a complement, not the name.
    if (known && known.tokenStart === j && known.proclitic !== '') break;
    if (j > head.tokenEnd && personAfterName(w, j)) break;
    if (known && known.tokenStart === j && !w.coverAmbiguous(j)) {
      // A known organisation right after the head is the entity itself: قوات [الأمم المتحدة].
      if (j === head.tokenEnd && w.coveredBy(j, 'ORG')) return i;
      // A head that before a known place names no body of it: مؤتمر [روما] (a meeting held there, an
      // event), بتنظيم [قطر] لكأس العالم (a verbal noun's doer), دائرة [دهوك]، جماعة [أكادير] (an
      // electoral district, a commune): the place is the entity.
      if (j === head.tokenEnd && w.coveredBy(j, 'LOC') && (MEETING_HEADS.has(headKey) || VERBAL_NOUN_HEADS.has(headKey) || DISTRICT_HEADS.has(headKey))) return i;
      j = known.tokenEnd; // جامعة [القاهرة]، مصرف [لبنان]، حركة [حماس]
      last = j;
      evidence = true;
      if (w.coveredBy(j - 1, 'ORG')) break; // an organisation name is complete
      knownEnd = j;
      continue;
    }
    // After a known name only its adjective (مصرف لبنان [المركزي]), a nationality adjective or a
    // field in ل goes on: محكمة جنايات القاهرة [النظر] في، مكتبة الإسكندرية [رقمنة] are the verb's object.
    if (j === knownEnd && !key.startsWith('ل') && !w.demonym(j) && !(w.articleAt(j) && w.nisbaShapeAt(j))) {
      break;
    }
    const demonym = w.demonym(j);
    if (demonym) {
      // وزارة الخارجية [الروسية] is one name; منظمة هيومان رايتس ووتش الأميركية ends before it, and
      // there the adjective is the evidence a weak head wants: [لجنة نوبل] النرويجية.
      if (!demonym.definite || proper) {
        if (proper && demonym.definite) evidence = true;
        break;
      }
      j++;
      last = j;
      evidence = true;
      break; // a nationality adjective closes the name: وزارة الخارجية [الروسية]
    }
    if (w.trigger(j, 'title') || w.trigger(j, 'person-verb')) break;
    // [مجلس الأمن] التابع [للأمم المتحدة]: the body it belongs to is another name.
    if (AFFILIATION_WORDS.has(key)) break;
    // جمعية سوس ماسة للتنمية [لتهيئة] الحدائق: after its field a name takes no ل + indefinite noun,
    // which is a purpose (the field is definite: للتنمية، للإعلام).
    if (complement && key.startsWith('ل') && !key.startsWith('لل') && !w.coverAt(j)) break;
    if (key.startsWith('ال')) {
      if (j > head.tokenEnd && !w.commonKeyAt(j) && looksLikeVerbOrParticiple(key) && (complement || !takesField(w, j))) break;
      // [حزب الازدهار] الحاكم: an adjective of the body's standing describes it.
      if (j > head.tokenEnd && STATUS_ADJECTIVES.has(key)) break;
      if (key.length === 2) break; // منظمة الFIFA: an article written onto a Latin word is no word of its own
      j++;
      last = j;
      definite = true;
      continue;
    }
    // [اتحاد شيفيلد لكرة القدم]، [مركز القاهرة لدراسات حقوق الإنسان]: after a name, ل + a common
    // noun in construct with a definite word is the body's field (handled with the complements below).
    const field = last > head.tokenEnd && !complement && key.startsWith('ل') && !key.startsWith('لل') && startsChain(w, j);
    if (!field && w.isCommonWithClitics(j) && !key.startsWith('لل') && !key.startsWith('وال')) break;
    if (FUTURE_VERB.test(key) && key.length >= 5) break; // سيتراوح: a future verb ends the name
    if (last > head.tokenEnd && !complement && (key.startsWith('لل') || key.startsWith('ل'))) {
      // وفد [وزارة الصحة] للمشاركة، [جامعة برادفيلد] لاستكشاف: a purpose, not the name's field.
      if (PURPOSE_NOUNS.has(key.slice(key.startsWith('لل') ? 2 : 1))) break;
      if (!key.startsWith('لل')) openComplement = j;
      j++; // للبترول
      last = j;
      complement = true;
      continue;
    }
    if (last > head.tokenEnd && key.startsWith('وال')) {
      // والمعادن، والتنمية continue the name; والاتحاد الأفريقي, والقاهرة start another one, and
      // والذي، والتي a relative clause (اتحاد كرة القدم الإنجليزي [والذي] كان).
      if (CLOSED_CLASS.has(key.slice(1))) break;
      if (w.coverAt(j) || definiteTriggerReading(w, j)) break;
      j++;
      last = j;
      continue;
    }
    // اتحاد [صناعة] السيارات: an indefinite word inside an idafa chain, which only a word before
    // any definite one can be (مؤسسة البرمجيات الحرة [تبيع] البرنامج: a verb after the name).
    // جمعية [مصارف] لبنان، غرفة [تجارة] دمشق: so can a word before a known place in construct, unless
    // it is the place's own descriptor (مركز مدينة [كربلاء] is the city centre, محكمة مدينة [كركوك] a court in the city)
    // but for a council's head ([مجلس محافظة نينوى]: council-heads.txt).
    if (!definite && j + 1 < w.length && w.joined(j) && (w.keys[j + 1]!.startsWith('ال') || (knownPlaceAt(w, j + 1) && (!w.trigger(j, 'descriptor') || (j === head.tokenEnd && COUNCIL_HEADS.has(headKey))))) && !w.isClosedClass(j + 1) && w.commonKeyAt(j)) {
      j++;
      continue;
    }
    // لجنة الحكام [تتكون] من: a verb after the name ends it (a verbal noun in ة, تنمية, does not).
    // رابطة [تساهمية]، تيار [كهربي]: an indefinite nisba that agrees with the head is its adjective
    // (رابطة عوامي, a feminine head and a masculine nisba, is a name).
    if (j === head.tokenEnd && agreesWithHead(w, headKey, j)) break;
    // المحكمة العليا [ابطال]، هيئة السكك الحديدية [حنفي] عبدالقوي: after a definite word only a
    // known name continues the chain (جامعة الملك [سعود]); an unknown word starts what follows.
    if (definite && !w.personAt(j) && !w.coverAt(j)) break;
    if (w.nameLike(j) && !w.startsConjunct(j) && !(j > head.tokenEnd && verbShaped(w, j) && !key.endsWith('ه'))) {
      j++; // جامعة هارفارد
      last = j;
      proper = true;
      if (!WEAK_HEADS.has(headKey)) evidence = true;
      continue;
    }
    break;
  }
  // [جامعة نورثامبتون] لاستكشاف المواهب: a name does not end on an indefinite لـ word, which is
  // a purpose (to explore) unless a genitive follows inside the name ([مركز القاهرة لدراسات حقوق الإنسان]).
  if (last === openComplement + 1) last = openComplement;
  if (last === head.tokenEnd) return i;
  if (WEAK_HEADS.has(headKey) && !evidence) return i;
  return last;
}

/**
 * Word `j` (after a head at `j - 1`) is a board's word and an organisation's name follows it: مجلس
 * إدارة [البنك التجاري الدولي]، مجلس أمناء [جامعة القاهرة] name the organisation, not a body of
 * their own (data/lexicon/lists/board-words.txt).
 */
function boardOfOrganisation(w: Words, j: number): boolean {
  if (j + 1 >= w.length || !BOARD_WORDS.has(w.keys[j]!) || !w.joined(j)) return false;
  const k = j + 1;
  return w.coveredBy(k, 'ORG') || w.trigger(k, 'org-head') !== undefined || (w.doc.kind(k) === 'word' && w.find(k, isDefiniteOrgHead) !== undefined);
}

/**
 * Word `j`, after words of an organisation's name, starts the person named after it: a given name
 * after a feminine adjective (الاستخبارات العسكرية [يوري] ساجاي), or after a definite word that is no
 * title a given name that is no common word or أبو، أم، ابن، عبد (كتائب حزب الله [أبو علي] العسكري;
 * جامعة الإمام [محمد] بن سعود goes on after the title).
 */
function personAfterName(w: Words, j: number): boolean {
  const before = w.keys[j - 1]!;
  if (w.givenAt(j) && before.endsWith('ه')) return true;
  return startsWithArticle(before) && ((w.givenAt(j) && !w.commonKeyAt(j)) || NAME_START_PARTICLES.has(w.keys[j]!)) && !w.trigger(j - 1, 'title');
}

/** A place the gazetteer knows starts at word `k`, with no proclitic (لبنان، دمشق; not بدمشق). */
function knownPlaceAt(w: Words, k: number): boolean {
  const m = w.coverAt(k);
  return m !== undefined && m.tokenStart === k && m.proclitic === '' && w.coveredBy(k, 'LOC');
}

/**
 * A reading of word `j` that is a definite trigger word (والاتحاد → الاتحاد). Its own function: a
 * closure over `w` inside a per-token function made V8 allocate a context on every call (about 40
 * bytes a token, in each of the callers), whether or not the closure was reached.
 */
function definiteTriggerReading(w: Words, j: number): Reading | undefined {
  return w.find(j, (k) => k.startsWith('ال') && w.lexicon.trigger(k) !== undefined);
}

/**
 * على هيئة حرف ("in the shape of a letter"): a head after على that makes an idiom with the
 * indefinite word after it (data/lexicon/lists/idiom-heads.txt); على [هيئة الموارد المائية] is a name.
 */
function inIdiom(w: Words, i: number, headEnd: number): boolean {
  if (headEnd !== i + 1 || i === 0 || !w.joined(i - 1) || w.keys[i - 1] !== 'علي' || !IDIOM_HEADS.has(w.keys[i]!)) return false;
  return headEnd < w.length && !w.keys[headEnd]!.startsWith('ال') && !w.coverAt(headEnd);
}

/**
 * An indefinite nisba adjective (ـي، ـية) of the head's gender: مؤسسة خيرية، تيار كهربي. Not a
 * verbal noun in تـ…ية (هيئة تنمية الصادرات) nor a plural in construct in مـ…ي (اتحاد منتجي).
 */
function agreeingNisba(headKey: string, key: string): boolean {
  if (key.startsWith('ال') || key.length < 4) return false;
  return isFeminine(headKey) ? key.endsWith('يه') && !key.startsWith('ت') : key.endsWith('ي') && !key.startsWith('م');
}

/**
 * Word `j`, right after a head noun, is the head's adjective and no name: an indefinite nisba of
 * the head's gender (رابطة [تساهمية]، تيار [كهربي]; رابطة عوامي, a feminine head and a masculine
 * nisba, is a name), or after a feminine head an indefinite word in ة that does not begin a
 * genitive chain (منظمة [شبيهة]، محكمة [مزعومة]; هيئة تنمية الصادرات is a name): names after
 * such a head rarely end in ة (جامعة هارفارد، شركة توتال).
 */
export function agreesWithHead(w: Words, headKey: string, j: number): boolean {
  if (w.personAt(j)) return false;
  if (agreeingNisba(headKey, w.keys[j]!)) return true;
  return isFeminine(headKey) && w.doc.bare(j).endsWith('ة') && !w.keys[j]!.startsWith('ال') && !startsChain(w, j);
}

/** The word after `j` is a definite word joined to it: `j` is the first term of a genitive chain. */
function startsChain(w: Words, j: number): boolean {
  return j + 1 < w.length && w.joined(j) && w.isWord(j + 1) && w.keys[j + 1]!.startsWith('ال') && !w.isClosedClass(j + 1);
}

/**
 * A participle right before the body's field in لل is part of the official name, which the guide
 * keeps whole: [منظمة الدول المصدرة للبترول] (the participle's object is the field). Not a
 * purpose (المكلفة للتحقيق is no field) nor a known name after it.
 */
function takesField(w: Words, j: number): boolean {
  if (!(j + 1 < w.length && w.joined(j) && w.isWord(j + 1))) return false;
  const next = w.keys[j + 1]!;
  return next.startsWith('لل') && next.length >= 5 && !PURPOSE_NOUNS.has(next.slice(2)) && !w.covered(j + 1);
}

/** Participles in م (المتمثل، المنتصر) read as adjectives, not as parts of a name. */
function looksLikeVerbOrParticiple(key: string): boolean {
  return key.startsWith('الم') && key.length >= 6;
}

/** Organisations that start with a head noun (see {@link organisationExtent}, {@link fieldOrganisationExtent}). */
export function headedOrganisations(w: Words, out: Candidate[]): void {
  // organisationExtent(w, i) is i where no trigger phrase starts: asked at the trigger tokens only;
  // fieldOrganisationExtent(w, i) is i but where a word shaped like a definite head has a word in ال
  // after it. Both lists in text order, merged.
  const ix = tokenIndex(w);
  const at = ix.triggers;
  const heads = ix.definiteHeads;
  const n = w.length;
  let t = 0;
  let h = 0;
  while (t < ix.triggerCount || h < ix.definiteHeadCount) {
    const a = t < ix.triggerCount ? at[t]! : n;
    const b = h < ix.definiteHeadCount ? heads[h]! : n;
    const i = a < b ? a : b;
    if (a === i) t++;
    if (b === i) h++;
    const end = a === i ? organisationExtent(w, i) : i;
    if (end === i && b === i) {
      // [الدولة الأموية]: a historical state, a place (its head inside).
      const state = historicalState(w, i);
      if (state !== undefined) {
        out.push(ruleCandidate('LOC', i, i + 2, state.start, w.doc.end(i + 1), 'context', 'place-heads'));
        continue;
      }
    }
    if (end === i) {
      const field = fieldOrganisationExtent(w, i);
      if (field > i) out.push(ruleCandidate('ORG', i, field, w.find(i, (k) => DEFINITE_ORG_HEADS.has(k))!.start, w.doc.end(field - 1), 'context', 'org-heads'));
      continue;
    }
    const head = w.trigger(i, 'org-head')!;
    out.push(ruleCandidate('ORG', i, end, head.start, w.doc.end(end - 1), 'context', 'org-heads'));
  }
}

/**
 * A head of a historical state's name at token `i` (الدولة، الخلافة…: state-heads.txt, under a
 * proclitic too) and a dynasty's adjective after it (dynasty-adjectives.txt): `[الدولة الأموية]`،
 * `ل[لخلافة العباسية]`. Returns the head's reading, or undefined.
 */
function historicalState(w: Words, i: number): Reading | undefined {
  if (!isDynastyAdjective(w.keys[i + 1]!) || !w.joined(i)) return undefined;
  return w.find(i, isStateHead);
}

/** `DYNASTY_ADJECTIVES.has`, asked of the word after every token shaped like a definite head: behind a bit filter ({@link filteredHas}). */
const isDynastyAdjective = filteredHas(DYNASTY_ADJECTIVES);
/** `STATE_HEADS.has`, asked only before a dynasty's adjective. */
const isStateHead = (key: string): boolean => STATE_HEADS.has(key);

/** آند، اند، أند ('search' key اند): "and" in a company's transliterated name ([إنترناشيونال كونفرينسز آند إكزيبيشنز]). */
const isAndWord = (key: string): boolean => key === 'اند';

/**
 * A company named by its own words and an English word of a company's name, as Arabic news
 * transliterates it (data/lexicon/lists/corporate-words.txt): [ميديا غروب]، [شعاع كابيتال]،
 * [أميركان إيرلاينز]، [بروميثيان تكنولوجي غروب]، [إنترناشيونال كونفرينسز آند إكزيبيشنز]. Up to three
 * words before the first such word (names, or words of no class: not a title, head, descriptor,
 * definite word or verb) and such words or آند + a word after it; two words at least. Companies are
 * organisations (ANNOTATION.md).
 */
export function corporateNames(w: Words, out: Candidate[]): void {
  // The corporate words, listed once a document; a name found goes on to the token its scan returns.
  const ix = tokenIndex(w);
  let next = 0;
  for (let t = 0; t < ix.corporateCount; t++) {
    const i = ix.corporates[t]!;
    if (i < next) continue;
    next = corporateNameAt(w, i, out) + 1;
  }
}

/**
 * {@link corporateNames} at the corporate word `i`: the company it ends or starts, if any; returns
 * the token the scan goes on after. A function of its own, apart from the loop over every token:
 * its cases, first met in new text (a corporate word is rare), deoptimised that loop each time,
 * and it was compiled again (three times in a first pass over the corpus).
 */
function corporateNameAt(w: Words, i: number, out: Candidate[]): number {
  let from = i;
  while (from > 0 && i - from < 3 && w.joined(from - 1) && (CORPORATE_WORDS.has(w.keys[from - 1]!) || companyWord(w, from - 1))) from--;
  let to = i + 1;
  while (to < w.length && to - from < 6 && w.joined(to - 1) && w.isWord(to)) {
    // After the corporate word the name goes on over more of them, and over name words when it
    // opened the name (إنترناشيونال كونفرينسز).
    if (CORPORATE_WORDS.has(w.keys[to]!) || (from === i && w.nameLike(to) && !verbShaped(w, to))) to++;
    else if (isAndWord(w.keys[to]!) && to + 1 < w.length && w.joined(to) && w.isWord(to + 1) && (CORPORATE_WORDS.has(w.keys[to + 1]!) || companyWord(w, to + 1))) to += 2;
    else break;
  }
  // لحظة غروب الشمس: a corporate word that is also a common word (غروب, sunset) needs a name word
  // before it of no class of its own (ميديا غروب).
  if (w.commonKeyAt(i) && !(from < i && (w.nameLike(i - 1) || CORPORATE_WORDS.has(w.keys[i - 1]!)))) return i;
  // « إينلينغوا إنترناشيونال لانغويج سكول »: between quotation marks the name is what they hold.
  let a = from;
  while (a > 0 && i - a < 4 && w.isWord(a - 1)) a--;
  if (a > 0 && w.doc.kind(a - 1) === 'punct' && OPENING_QUOTATION_MARKS.has(w.doc.bare(a - 1))) {
    let k = to;
    while (k < w.length && k - a < 6 && w.isWord(k) && (w.nameLike(k) || CORPORATE_WORDS.has(w.keys[k]!) || isAndWord(w.keys[k]!))) k++;
    if (k < w.length && CLOSING_QUOTES.has(w.doc.bare(k))) {
      from = a;
      to = k;
    }
  }
  if (to - from < 2) return i;
  out.push(ruleCandidate('ORG', from, to, w.doc.start(from), w.doc.end(to - 1), 'context', 'org-heads'));
  return to - 1;
}

/** Word `k` may be a word of a company's own name before its corporate word (see {@link corporateNames}). */
function companyWord(w: Words, k: number): boolean {
  if (!w.isWord(k) || w.isClosedClass(k) || w.endsWithTanween(k) || w.keys[k]!.startsWith('ال')) return false;
  // باسم [رويال ستار إيرلاينز]: a known given name before the company's words is no word of it.
  if (w.triggersAt(k).length > 0 || verbShaped(w, k) || w.startsConjunct(k) || w.personAt(k)) return false;
  // أميركان إيرلاينز: an indefinite plural of a nationality is a word of the name.
  return w.nameLike(k) || w.coverAt(k) !== undefined || w.commonKeyAt(k) || w.demonym(k)?.definite === false;
}

/**
 * A head written with the article (data/lexicon/lists/definite-org-heads.txt), one or two
 * adjectives of an institution (a nisba, a nationality adjective or `institution-adjectives`),
 * then its field in لـ: [الاتحاد الدولي للشرطة]، [الهيئة العامة للتأمين الصحي]، [المعهد الوطني
 * لرصد الزلازل]، [الاتحاد الأمريكي للحريات المدنية]. The field takes the definite words and و
 * conjuncts after it. Without the field the words are a generic reference (الهيئة العامة) and
 * name nothing, but for a party's head and two adjectives, one a programme's ([الحزب الوطني
 * الديمقراطي]: party-heads.txt), and for an adjective and then a nationality adjective that agrees
 * with the head ([البنك الوطني الجزائري]); `المركز الأول للفريق` (an ordinal) and `اللجنة الوطنية
 * لمتابعة` (a purpose) neither.
 * Returns the end token, or `i`.
 */
export function fieldOrganisationExtent(w: Words, i: number): number {
  // A word with the article after a word shaped like a head (ال، وال، فال), then an institution's
  // adjective, before the head's readings are looked at: of the 182,000 tokens of the corpus, 40,000
  // have a definite word after them, 7,600 an adjective, and 212 are a head. The string tests
  // first: `joined` reads the characters between the tokens.
  if (i + 1 >= w.length || !w.articleAt(i + 1) || !w.definiteHeadShapeAt(i) || !w.joined(i) || !w.isWord(i + 1)) return i;
  if (w.covered(i)) return knownPartyGoesOn(w, i) ? i + 3 : i;
  if (!institutionAdjective(w, i + 1)) return i;
  const head = w.find(i, isDefiniteOrgHead);
  if (!head) return i;
  // One or two adjectives (the first is checked above).
  let j = i + 2;
  while (j < w.length && j - i <= 2 && w.joined(j - 1) && w.isWord(j) && institutionAdjective(w, j)) j++;
  const end = fieldEnd(w, j);
  if (end >= 0) return end;
  // [البنك الوطني الجزائري]، [اللجنة الأولمبية القطرية]: an adjective, then the nationality adjective
  // of a named country that agrees with the head, is an institution of that country (the guide's
  // institution + nationality adjective); البنك الجزائري alone is a bank of the country.
  // (A nationality adjective that is also a family name, الجزائري، is no adjective to the loop above.)
  if (j - i <= 3 && i + 2 < w.length && w.joined(i + 1) && nationalityAgreeing(w, head.key, i + 2)) {
    // [الجمعية الطبية السورية الأمريكية]: a second nationality adjective belongs to the name too.
    const last = i + 3 < w.length && w.joined(i + 2) && definiteDemonym(w.demonym(i + 3)) ? i + 4 : i + 3;
    const field = fieldEnd(w, last);
    return field >= 0 ? field : last;
  }
  // [الحزب الوطني الديمقراطي]: a party's head and two adjectives, one of them a programme's.
  return j - i === 3 && PARTY_HEADS.has(head.key) && (PARTY_ADJECTIVES.has(w.keys[i + 1]!) || PARTY_ADJECTIVES.has(w.keys[i + 2]!)) ? j : i;
}

/**
 * A party the gazetteer knows by its head and one adjective, with a second party adjective after
 * it: the name goes on (`[الحزب الديمقراطي التقدمي]` in Taiwan, `[الحزب الديمقراطي الوحدوي]` in
 * Northern Ireland, not the Democratic Party of the United States).
 */
function knownPartyGoesOn(w: Words, i: number): boolean {
  const known = w.coverAt(i)!;
  return known.tokenEnd === i + 2 && i + 2 < w.length && w.joined(i + 1) && w.isWord(i + 2) && PARTY_ADJECTIVES.has(w.keys[i + 2]!) && w.find(i, isPartyHead) !== undefined;
}

const isPartyHead = (key: string): boolean => PARTY_HEADS.has(key);

/**
 * The end of an organisation's field in ل that starts at token `j`, after its name (−1 when none
 * starts there): للتأمين [الصحي]، لعلوم [الفضاء والفلك]، لرصد الزلازل. A purpose is no field (وفد …
 * للمشاركة: data/lexicon/lists/purpose-nouns.txt), nor a known name (للأمم المتحدة), and an
 * indefinite ل word needs its genitive after it. Read by {@link fieldOrganisationExtent} and by
 * `named-after` ([جامعة الملك فهد للبترول والمعادن]).
 */
export function fieldEnd(w: Words, j: number): number {
  // A known name in the field (للأمم المتحدة) is another entity; an ambiguous one (للشرطة, also a club) is a word.
  if (j >= w.length || !w.joined(j - 1) || !w.isWord(j) || w.coveredSurely(j)) return -1;
  const key = w.keys[j]!;
  if (key.startsWith('لل')) {
    if (PURPOSE_NOUNS.has(key.slice(2))) return -1;
  } else if (key.startsWith('ل') && key.length >= 4) {
    // لرصد الزلازل، لكرة القدم: an indefinite field needs its genitive after it. A place's name is
    // one too, and ends the field: [الاتحاد العام لطلبة تونس].
    if (PURPOSE_NOUNS.has(key.slice(1)) || j + 1 >= w.length || !w.joined(j) || w.isClosedClass(j + 1)) return -1;
    if (knownPlaceAt(w, j + 1)) return !w.isClosedClass(j) && !w.commonKeyAt(j) ? w.coverEnd(j + 1) : -1;
    // [الاتحاد العام لنقابات عمال مصر]: a second indefinite genitive before the place.
    if (j + 2 < w.length && w.joined(j + 1) && w.isWord(j + 1) && !w.articleAt(j + 1) && !w.isClosedClass(j + 1) && !w.coverAt(j + 1) && knownPlaceAt(w, j + 2)) {
      return !w.isClosedClass(j) && !w.commonKeyAt(j) ? w.coverEnd(j + 2) : -1;
    }
    if (!w.keys[j + 1]!.startsWith('ال')) return -1;
  } else {
    return -1;
  }
  if (w.isClosedClass(j) || w.commonKeyAt(j)) return -1;
  const field = j++;
  // The field's genitives, adjectives and و conjuncts: للتأمين [الصحي]، لعلوم [الفضاء والفلك]،
  // لمناصرة الشعب [الفلسطيني]; not the title's adjective after it (رئيس الهيئة … [الجديد]).
  for (let n = 0; n < 3 && j < w.length && w.joined(j - 1) && w.isWord(j) && !w.isClosedClass(j) && !w.coveredSurely(j); n++) {
    const k = w.keys[j]!;
    const d = w.demonym(j);
    // A nationality adjective ends the field (taken when definite and not right after the field's
    // first word), and so does a title's adjective; a definite word (للطيران [المدني]) or a و conjunct
    // goes on. One `j++` for every case: each case's own, first reached in new text, deoptimised this.
    // The adjective's tests worked out for every word, before the cases (its `definite` read, first
    // met in new text, deoptimised this too: read through definiteDemonym, which every rule asks).
    const afterFirst = j > field + 1;
    const definiteAfterFirst = definiteDemonym(d) && afterFirst;
    const last = d !== undefined || TITLE_ADJECTIVES.has(k);
    const take =
      d !== undefined
        ? definiteAfterFirst
        : !last && ((k.startsWith('ال') && (!looksLikeVerbOrParticiple(k) || endsLikeNisba(k))) || (k.startsWith('وال') && !CLOSED_CLASS.has(k.slice(1)) && !definiteTriggerReading(w, j)));
    if (take) j++;
    if (last || !take) break;
  }
  // اللجنة الملكية لإعمار …: an indefinite field ends no name (its genitive is another name here).
  if (j === field + 1 && !w.keys[field]!.startsWith('لل')) return -1;
  return j;
}

/**
 * `d` is a nationality adjective written with the article (السوري، العراقية). One function that
 * reads `definite` for the rules that ask it (an institution's adjective, the last word of a field):
 * its type feedback, gathered where nationality adjectives are common, serves a rule that meets its
 * first one in new text, where a read of its own deoptimised that rule.
 */
function definiteDemonym(d: Demonym | undefined): boolean {
  return d !== undefined && d.definite;
}

/**
 * Word `j` is a definite singular nationality adjective that agrees with the head `headKey` in gender,
 * after a word that is none (الجمعية السورية الأمريكية is not read from its second adjective).
 */
function nationalityAgreeing(w: Words, headKey: string, j: number): boolean {
  const d = w.demonym(j);
  return definiteDemonym(d) && d!.number === 'sg' && (d!.gender === 'f') === isFeminine(headKey) && !w.demonym(j - 1);
}

/** `DEFINITE_ORG_HEADS.has`, asked of most tokens' readings (see {@link filteredHas}). */
const isDefiniteOrgHead = filteredHas(DEFINITE_ORG_HEADS);

/** Word `j` is an institution's adjective: a definite nisba (الدولي، الوطنية), a nationality adjective or a word of `institution-adjectives`. */
function institutionAdjective(w: Words, j: number): boolean {
  const key = w.keys[j]!;
  if (!key.startsWith('ال') || w.personAt(j)) return false;
  // العام is a closed-class word too ("the year": العام الماضي); after a head it is "general": [الاتحاد العام لطلبة تونس].
  if (w.isClosedClass(j)) return INSTITUTION_ADJECTIVES.has(key);
  const d = w.demonym(j);
  if (d) return definiteDemonym(d) && d.number === 'sg';
  // المكتب [العربي] للتعاون: a club named by the adjective (ambiguous) is still the adjective here.
  if (w.coveredSurely(j)) return false;
  return INSTITUTION_ADJECTIVES.has(key) || (endsLikeNisba(key) && key.length >= 5);
}

/**
 * A 'search' key ends like a nisba adjective, ـي or ـيه (ـية with its ta marbuta folded): العربي،
 * الوطنية. By code units: each `endsWith` was a call of its own, two a word asked.
 */
function endsLikeNisba(key: string): boolean {
  const n = key.length;
  const last = n > 0 ? key.charCodeAt(n - 1) : 0;
  return last === YA || (last === HA && n > 1 && key.charCodeAt(n - 2) === YA);
}

/** ي and ه (the 'search' form of ة too). */
const YA = 0x064a;
const HA = 0x0647;

/**
 * An institution and the adjective of a named country are one organisation:
 * [الحكومة العراقية]، [الرئاسة السورية]، [الجيش السوري]، [القوات الجوية الروسية].
 * The adjective agrees with the institution (الحكومة العراقية, not الحكومة العراقي).
 */
export function nationalInstitutions(w: Words, out: Candidate[]): void {
  const ix = tokenIndex(w);
  const at = ix.triggers;
  for (let t = 0; t < ix.triggerCount; t++) {
    const i = at[t]!;
    const inst = w.trigger(i, 'institution');
    if (!inst) continue;
    const j = inst.tokenEnd;
    if (j >= w.length || !w.joined(j - 1)) continue;
    const d = w.demonym(j);
    if (!d || !d.definite || d.number !== 'sg') continue;
    // وزير الخارجية الأمريكي، وزيرة الخارجية الأمريكية: a role, not the ministry.
    if (i > 0 && w.joined(i - 1) && w.find(i - 1, (k) => k.startsWith('وزير')) && inst.tokenEnd - i === 1) continue;
    // The adjective agrees with the head (وكالة الأنباء [الفرنسية]) or, after a broken plural, with
    // the word it makes one term with (الخطوط الجوية [الفرنسية]).
    const feminine = d.gender === 'f';
    if (feminine !== isFeminine(w.keys[j - 1]!) && (j - i === 1 || feminine !== isFeminine(w.keyAt(i, inst.start)))) continue;
    // [الاتحاد السوداني لكرة القدم]: a federation's or a centre's field in ل after the adjective.
    const field = inst.tokenEnd - i === 1 && FIELD_INSTITUTIONS.has(w.keyAt(i, inst.start)) ? fieldEnd(w, j + 1) : -1;
    const end = field > 0 ? field : j + 1;
    out.push(ruleCandidate('ORG', i, end, inst.start, w.doc.end(end - 1), 'context', 'institutions'));
  }
}

/**
 * A descriptor before a standalone name stays outside the span and announces its type:
 * قناة [الجزيرة]، شركة [توتال]، صحيفة "[الأهرام]"، مدينة [الموصل]. The name is a gazetteer
 * match (even an ambiguous one: the descriptor is the context it needs), the words inside
 * quotation marks, or one to three name-like words.
 */
export function describedNames(w: Words, out: Candidate[]): void {
  const ix = tokenIndex(w);
  const at = ix.triggers;
  for (let t = 0; t < ix.triggerCount; t++) {
    const i = at[t]!;
    // مؤسسة " سيمبيوسيس ": an organisation's head before a name in quotation marks stands outside
    // it as a descriptor does (the marks show the name stands on its own).
    // Not a head that needs evidence (برنامج « X » is a programme, a work; إدارة a department) nor a bracket.
    const head = w.trigger(i, 'org-head');
    const quotedAfterHead = head !== undefined && head.tokenEnd < w.length && w.joined(head.tokenEnd - 1) && w.doc.kind(head.tokenEnd) === 'punct' && OPENING_QUOTATION_MARKS.has(w.doc.bare(head.tokenEnd)) && !WEAK_HEADS.has(w.keyAt(i, head.start));
    const d = w.trigger(i, 'descriptor') ?? (quotedAfterHead ? head : undefined);
    if (!d) continue;
    // [شبه جزيرة عمان]: a descriptor that ends a longer place head is a word of that head.
    if (i > 0 && w.joined(i - 1) && w.trigger(i - 1, 'place-head')?.tokenEnd === i + 1) continue;
    // برئاسة محافظه حسن عبد الله: a feminine descriptor written with ه before a given name is a
    // noun and its pronoun suffix ("its governor"), which the 'search' form reads as محافظة.
    if (d.type === 'LOC' && d.tokenEnd < w.length && endsWithHeh(w, d.tokenEnd - 1) && w.givenAt(d.tokenEnd)) continue;
    // في موقعٍ مثالي، شركةٌ ناشئة: a descriptor with tanween is indefinite and introduces no name.
    if (w.endsWithTanween(d.tokenEnd - 1)) continue;
    // The descriptor's key without its proclitics (بمدينة → مدينة), read once for every test below.
    const descriptorKey = w.keyAt(i, d.start);
    let j = d.tokenEnd;
    if (j >= w.length || !w.joined(j - 1)) continue;
    // بلدات [برقين] و[كفر دان]: a plural or dual descriptor's places (لإحياء حفلات: إحياء, "reviving",
    // is أحياء, "neighbourhoods", in the 'search' form; no plural descriptor is written with إ).
    // شركتا [ألفا] و[تاتش]: an organisation's plural or dual descriptor lists organisations.
    if (d.tokenEnd === i + 1 && (PLURAL_PLACE_DESCRIPTORS.has(descriptorKey) || PLURAL_ORG_DESCRIPTORS.has(descriptorKey))) {
      if (!w.doc.surface(i).includes(HAMZA_BELOW)) listedNames(w, j, d.type, out);
      continue;
    }
    let end = j;
    if (w.doc.kind(j) === 'punct' && OPENING_QUOTES.has(w.doc.bare(j))) {
      // لصحيفة ' ' [نيوز أوف ذا وورلد] ' ': two apostrophes written for one quotation mark.
      const doubled = w.doc.bare(j) === "'" && j + 1 < w.length && w.doc.bare(j + 1) === "'";
      if (doubled) j++;
      let k = j + 1;
      // Up to five words (a full stop or hyphen between two of them is no word).
      for (let words = 0; k < w.length && quotedNameToken(w, j, k); k++) if (w.doc.kind(k) !== 'punct' && ++words > 5) break;
      // صحيفة " [المستقبل] ": after an organisation's descriptor the quoted words are its name even
      // when they are common words (not its adjective: مجموعة " كبيرة "); a place's descriptor
      // still wants a name inside.
      let nameInside = d.type === 'ORG' && k > j + 1 && !w.isClosedClass(j + 1) && !w.endsWithTanween(k - 1) && !(k === j + 2 && agreesWithHead(w, descriptorKey, j + 1));
      for (let q = j + 1; q < k; q++) if (w.nameLike(q) || w.coverAt(q)) nameInside = true;
      if (nameInside && k > j + 1 && k < w.length && CLOSING_QUOTES.has(w.doc.bare(k)) && (!doubled || (k + 1 < w.length && w.doc.bare(k + 1) === "'"))) {
        j = j + 1;
        end = k;
      }
    } else {
      // العاصمة العراقية، المدينة السورية: a place's descriptor and a nationality adjective name no place
      // (an organisation's may: قناة [العراقية] is the channel).
      if (d.type === 'LOC' && w.demonym(j)) continue;
      const known = w.coverAt(j);
      // منطقة الشمال، بولاية العهد: a place's descriptor before a word that only a club is named by
      // (ambiguous) is a generic place, not the club retyped.
      if (known && d.type !== 'ORG' && known.entries.every(isAmbiguousClub)) continue;
      // مقاطعة حركة حماس (a boycott): a place's descriptor before an organisation named with its own
      // head describes nothing (one named by a word may still be a place: مدينة [الجزيرة]، دولة [سبأ]).
      if (known && known.tokenStart === j && d.type === 'LOC' && known.tokenEnd > j + 1 && w.trigger(j, 'org-head') && !known.entries.some(isPlaceEntry)) continue;
      // قناة [سكاي نيوز] البريطانية: a medium's or party's own name, its nationality adjective outside.
      if (known && known.tokenStart === j) end = knownNameEnd(w, known, d.type);
      else if (d.type === 'ORG' && w.doc.kind(j) === 'latin') {
        // شركة [IBM]: an acronym is the org-acronym rule's (which a caller may switch off).
        if (isLatinAcronym(w.doc.bare(j))) continue;
        end = latinNameAfterDescriptor(w, j);
      }
      else if (commonNameOfMedium(w, descriptorKey, i, j)) end = j + 1;
      else if (TRADE_DESCRIPTORS.has(descriptorKey) && commonNounOfPlace(w, j)) end = w.coverEnd(j + 1);
      else if (d.type === 'LOC' && PLACE_NAME_STARTS.has(w.keys[j]!)) end = placeNamedLikePerson(w, descriptorKey, j);
      else if (!LOOSE_DESCRIPTORS.has(descriptorKey)) {
        // مدينة [X]: up to three name words, never a verb (مدينة يقطنها) nor a و-conjunct (خراسان وتقع).
        // مجلة [فصلية]، شركة [مدرجة]: an organisation's descriptor and its adjective name nothing; a
        // place's only with an indefinite nisba (منطقة [سهلية]، ولاية [عثمانية]), since unknown places
        // in ة after مدينة، بلدة are common (منطقة [خزاعة]).
        if (d.type === 'ORG' ? agreesWithHead(w, descriptorKey, j) : agreeingNisba(descriptorKey, w.keys[j]!)) continue;
        // فريق [X] فسيبذل، فريق [X Y] وشريكته: a future verb under و/ف, or a noun with a pronoun
        // suffix after the first word, starts the clause after the name; so does a participle of
        // affiliation (قرية [جيكور] التابعة لقضاء …).
        // لشركة [أرامكس] عثمان الجدة: after the first word, a known given name before another name word
        // starts the person the title before the descriptor names.
        // إذاعة [شمس إف إم]: a medium's name goes on over letters' names after its first word (FM).
        // بلدة تقع في …، قرية تابعة لـ …: a word that goes on to say where a place is (definition-followers.txt) names none.
        if (d.type === 'LOC' && DEFINITION_FOLLOWERS.has(w.keys[j]!)) continue;
        while (end < w.length && end - j < 3 && (end === j || w.joined(end - 1)) && (w.nameLike(end) || (end > j && MEDIA_DESCRIPTORS.has(descriptorKey) && mediumLetter(w, end))) && !conjunctAfterDescriptor(w, end, j) && !verbShaped(w, end) && !(end > j && (conjoinedFutureVerb(w.keys[end]!) || w.hasPronounSuffix(end) || AFFILIATION_WORDS.has(w.keys[end]!) || givenNameStartsPerson(w, end)))) end++;
        // شركة [أورنج الأردن]: a company's name and its branch's country (not a medium's: قناة ليبيا الأحرار).
        if (end > j && COMPANY_DESCRIPTORS.has(descriptorKey)) end = branchEnd(w, end);
      }
    }
    if (end === j) continue;
    // The descriptor decides the type of a known name: فريق [ميلان] is the club, not the city.
    const knownMatch = w.coverAt(j);
    const known = knownMatch?.tokenEnd === end;
    // موقع [البتراء]: a website's descriptor before a name known only as a place names the site.
    const type = d.type === 'ORG' && known && SITE_DESCRIPTORS.has(descriptorKey) && knownMatch!.entries.every(isPlaceEntry) ? 'LOC' : d.type;
    out.push(ruleCandidate(type, j, end, w.doc.start(j), w.doc.end(end - 1), 'context', 'descriptors', known ? 'descriptors-known' : undefined));
  }
}

/**
 * The end of a name the gazetteer knows (`known`) after a descriptor of `type`: without a
 * nationality adjective that describes it (قناة [سكاي نيوز] البريطانية), and for an organisation's
 * descriptor with the trade or branch that follows (شركة [مصر للألومنيوم]، شركة [أورنج الأردن]; a
 * place after شركة takes a trade only).
 */
function knownNameEnd(w: Words, known: GazetteerMatch, type: EntityType): number {
  if (describedByDemonym(w, known)) return known.tokenEnd - 1;
  if (type !== 'ORG') return known.tokenEnd;
  return known.entries.some(isCompanyEntry) ? companyNameEnd(w, known.tokenEnd) : tradeEnd(w, known.tokenEnd);
}

/** Word `k` is written ending in ه (not ة), whatever its 'search' key says. */
function endsWithHeh(w: Words, k: number): boolean {
  const surface = w.doc.surface(k);
  return surface.charCodeAt(surface.length - 1) === Letter.HEH;
}

/**
 * Municipalities named with their place: [بلدية صيدا]، [أمانة عمان الكبرى] (municipal-heads.txt;
 * see {@link municipalityEnd}). The heads are no trigger words (أمانة is also "honesty"): the rule
 * visits the places the gazetteer found (`Words.coverStarts`) and asks the word before each.
 */
export function municipalities(w: Words, out: Candidate[]): void {
  const starts = w.coverStarts();
  for (let s = 0; s < starts.length; s++) {
    const j = starts[s]!;
    if (j === 0 || !w.joined(j - 1)) continue;
    const head = w.find(j - 1, isMunicipalHead);
    if (!head) continue;
    const end = municipalityEnd(w, j - 1, head.start, j);
    if (end > 0) out.push(ruleCandidate('ORG', j - 1, end, head.start, w.doc.end(end - 1), 'context', 'descriptors'));
  }
}

const isMunicipalHead = (key: string): boolean => MUNICIPAL_HEADS.has(key);

/** Word `k` makes a mayor's title with the municipality's head after it (رئيس بلدية [لندن], برئاسة بلدية [روما]): the place is the entity, as ANERcorp marks it. */
function mayorBefore(w: Words, k: number): boolean {
  return w.find(k, isMayorWord) !== undefined;
}

const isMayorWord = (key: string): boolean => MAYOR_WORDS.has(key);

/**
 * The end of a municipality named by a head at word `i` (its letters from `start`, after any
 * proclitic) and the place the gazetteer knows at word `j` (an ambiguous one too: the head is its
 * context), with an institution's adjective after it ([أمانة عمان الكبرى]); -1 when there is none.
 * Not after a preposition of place, written apart (في بلدية) or joined (ببلدية), nor in a mayor's
 * title: there the place alone is the entity.
 */
function municipalityEnd(w: Words, i: number, start: number, j: number): number {
  const place = w.coverAt(j);
  if (!place || place.tokenStart !== j || place.proclitic !== '' || !place.entries.some(isPlaceEntry)) return -1;
  const key = w.keys[i]!;
  if ((key.startsWith('ب') && key !== w.keyAt(i, start)) || (i > 0 && w.joined(i - 1) && (PLACE_PREPOSITIONS.has(w.keys[i - 1]!) || mayorBefore(w, i - 1)))) return -1;
  const end = place.tokenEnd;
  return end < w.length && w.joined(end - 1) && INSTITUTION_ADJECTIVES.has(w.keys[end]!) ? end + 1 : end;
}

/**
 * Word `k` of a name that starts at word `j` after a descriptor begins a phrase joined by و/ف
 * ({@link Words.startsConjunct}) rather than going on with the name. Right after a descriptor no
 * conjunction ف can stand (شركة [فيوليا] is no شركة ف + يوليا), so a first word read as ف + a
 * known name is the name itself there.
 */
function conjunctAfterDescriptor(w: Words, k: number, j: number): boolean {
  return w.startsConjunct(k) && !(k === j && w.keys[k]!.charCodeAt(0) === Letter.FEH);
}

/**
 * Word `k`, after a medium's name word, is a letter's name of the medium's name: one that is no
 * particle (إف), or one that is (إم، إن) right after a letter that is not ([شمس إف إم]، [سي إن إن]);
 * not a particle after a word (صحيفة [حرييت] أن، مجلة [المقتبس] في).
 */
function mediumLetter(w: Words, k: number): boolean {
  if (!LETTER_NAMES.has(w.keys[k]!)) return false;
  return !w.isClosedClass(k) || (LETTER_NAMES.has(w.keys[k - 1]!) && !w.isClosedClass(k - 1));
}

/**
 * Word `k` is a known given name (no common word) with another word of a name after it (a family
 * name is often a common word too: عثمان [الجدة]): a person's name starts there.
 */
function givenNameStartsPerson(w: Words, k: number): boolean {
  return w.givenAt(k) && !w.commonKeyAt(k) && k + 1 < w.length && w.joined(k) && w.isWord(k + 1) && !w.isClosedClass(k + 1) && !verbShaped(w, k + 1);
}

/**
 * Word `j`, after a medium's descriptor `descriptorKey`, is a common word with the article that a
 * nationality adjective agreeing with the descriptor follows, or what the medium said (إن، أن): the
 * medium's name (صحيفة [الخبر] الجزائرية، قناة [الرياضية] المغربية، ذكرت صحيفة [الغد] أن). Without
 * either, صحيفة الخبر may be "the news's paper"; a head or an institution (صحيفة الحزب، صحيفة
 * الحكومة) names whose paper it is. A reporting verb before the descriptor is evidence too: ذكرت صحيفة [الأيام].
 */
function commonNameOfMedium(w: Words, descriptorKey: string, i: number, j: number): boolean {
  if (!MEDIA_DESCRIPTORS.has(descriptorKey) || !w.articleAt(j) || !w.commonKeyAt(j) || w.covered(j) || w.isClosedClass(j)) return false;
  if (j + 1 >= w.length || !w.joined(j) || w.triggersAt(j).length > 0 || w.find(j, isDefiniteOrgHead) !== undefined) return false;
  // ذكرت صحيفة [الأيام]: a medium that reports, the subject of a reporting verb, is named.
  const reported = i > 0 && w.joined(i - 1) && w.trigger(i - 1, 'person-verb') !== undefined;
  return reported || nationalityAgreeing(w, descriptorKey, j + 1) || COMPLEMENTIZERS.has(w.keys[j + 1]!);
}

/**
 * Word `j`, after a company's or medium's descriptor (trade-descriptors.txt), is an indefinite
 * common noun in construct with a place the gazetteer knows surely: the company's own name, made
 * of what it deals in and where (شركة [نفط الكويت]، شركة [اتصالات قطر]، صحيفة [أخبار الخليج]). Not
 * a place under a proclitic (شركة مياه الشرب [بالقاهرة] is a company in Cairo) nor a word that
 * ends otherwise than a noun in construct does (tanween, a pronoun suffix).
 */
function commonNounOfPlace(w: Words, j: number): boolean {
  if (j + 1 >= w.length || !w.joined(j) || !w.commonKeyAt(j) || w.articleAt(j) || w.isClosedClass(j) || w.demonym(j)) return false;
  if (w.endsWithTanween(j) || w.hasPronounSuffix(j) || w.covered(j) || w.triggersAt(j).length > 0) return false;
  return knownPlaceAt(w, j + 1);
}

/** إ: no plural descriptor of places is written with it (إحياء is "reviving"). */
const HAMZA_BELOW = '\u0625';

/**
 * After a place's descriptor `descriptorKey`, a name that starts like a person's (أبو، أم، عبد، ابن،
 * الشيخ: data/lexicon/lists/place-name-starts.txt) and one more word is the place's name: مخيم [أبو
 * شوك]، بلدة [الشيخ زويد]. Returns its end, or `j`. Not after a head that a place named after a
 * person keeps inside (حي، مطار: the named-after component's).
 */
function placeNamedLikePerson(w: Words, descriptorKey: string, j: number): number {
  if (NAMED_PLACE_HEADS.has(descriptorKey) || j + 1 >= w.length || !w.joined(j)) return j;
  const k = j + 1;
  if (!w.isWord(k) || w.isClosedClass(k) || w.demonym(k) || w.hasPronounSuffix(k) || w.startsConjunct(k) || verbShaped(w, k)) return j;
  return k + 1;
}

/**
 * The end of a name in Latin letters after an organisation's descriptor, from token `j`: شركة [Apple]،
 * شركة [OpenAI]، قناة [France 24]. Up to four words in Latin letters on one line, with a number after
 * the first; the name is the company's or medium's own, whatever the words (the guide's descriptor rule).
 */
function latinNameAfterDescriptor(w: Words, j: number): number {
  let end = j + 1;
  while (end < w.length && end - j < 4 && w.joined(end - 1) && (w.doc.kind(end) === 'latin' || w.doc.kind(end) === 'number')) end++;
  return end;
}

/**
 * Token `k` continues a name in quotation marks opened at token `j`: a word, a word in Latin
 * letters (مجلة " [New Yorker] "), a number after the first word (قناة " [تي في 5] "), or a hyphen
 * or full stop between two words (شركة " [إي-أون] "، مصرف « [إتش.إس.بي.سي] »).
 */
function quotedNameToken(w: Words, j: number, k: number): boolean {
  const kind = w.doc.kind(k);
  if (w.isWord(k) || kind === 'latin') return true;
  if (k === j + 1) return false;
  if (kind === 'number') return true;
  const joiner = w.doc.bare(k);
  return (joiner === '-' || joiner === '.') && k + 1 < w.length && (w.isWord(k + 1) || w.doc.kind(k + 1) === 'latin') && w.doc.end(k - 1) === w.doc.start(k) && w.doc.end(k) === w.doc.start(k + 1);
}

/** و/ف + س + an imperfect prefix (فسيبذل، وستواصل): a future verb after a conjunction, never a name word. */
function conjoinedFutureVerb(key: string): boolean {
  return key.length >= 6 && (key[0] === 'ف' || key[0] === 'و') && FUTURE_VERB.test(key.slice(1));
}

/** An unknown word shaped like an imperfect verb (يـ/تـ) or a past verb in ـت (انتشلت) is no name. */
function verbShaped(w: Words, k: number): boolean {
  const key = w.keys[k]!;
  if (w.personAt(k)) return false;
  return ((key.startsWith('ي') || key.startsWith('ت')) && key.length >= 4) || (key.startsWith('ا') && key.endsWith('ت') && key.length >= 5);
}

const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '«', '“', "'", '(']);
/**
 * {@link OPENING_QUOTES} without the bracket (closed-class.ts): a set's lookup, not `surface !== '('`
 * (a string comparison that deoptimised when a surface of another string representation came).
 */
const OPENING_QUOTATION_MARKS = QUOTATION_OPENERS;
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '»', '”', "'", ')']);

/**
 * A city followed by a masculine nationality adjective is a sports club: cities take feminine
 * adjectives (موسكو الروسية), clubs masculine ones (النادي understood): [بورتو] البرتغالي،
 * [لوكوموتيف موسكو] الروسي. A name-like word just before the city belongs to the club.
 */
export function clubsNamedAfterCities(w: Words, out: Candidate[]): void {
  const starts = w.coverStarts();
  for (let s = 0; s < starts.length; s++) {
    const i = starts[s]!;
    const m = w.coverAt(i)!;
    if (clubOfCountry(w, m, out)) continue;
    if (!m.entries.some(isCityEntry) || m.entries.some(isCountryEntry)) continue;
    const j = m.tokenEnd;
    if (clubByItsOwnWords(w, m, out)) continue;
    if (j >= w.length || !w.joined(j - 1)) continue;
    const d = w.demonym(j);
    if (!d || !d.definite || d.gender !== 'm' || d.number !== 'sg' || !w.keys[j]!.startsWith('ال')) continue;
    // A club's adjective is its own country's: [بورتو] البرتغالي. في [الزاوية] اليمنى is a corner
    // (اليمنى, "right", reads as اليمني in the 'search' form), not a Libyan town's Yemeni club.
    if (!cityOfCountry(m, d.country)) continue;
    // في منتجع [دافوس] السويسري، بمدينة [بازل] السويسري: after a place's descriptor the city is the place.
    if (i > 0 && w.joined(i - 1) && w.trigger(i - 1, 'descriptor')?.type === 'LOC') continue;
    // تغلب على [ضيفه] بورتو: a word of the match (the host, the guest) before the city is no word of the club's name.
    const from = i > 0 && w.joined(i - 1) && w.nameLike(i - 1) && !w.personAt(i - 1) && !w.hasPronounSuffix(i - 1) && matchRole(w, i - 1) === undefined ? i - 1 : i;
    out.push(ruleCandidate('ORG', from, m.tokenEnd, from === i ? m.start : w.doc.start(from), m.end, 'context', 'city-clubs'));
  }
}

/**
 * `m` names a city of `country` (or of no country given). Its own function, as {@link countryEntry}:
 * a closure over a local of the per-token loop made V8 allocate a context for the loop body on
 * every token (about 50 bytes a token), whether or not the closure was reached.
 */
function cityOfCountry(m: GazetteerMatch, country: string | undefined): boolean {
  return m.entries.some((e) => entryKind(e) === 'city' && (!entryCountry(e) || entryCountry(e) === country));
}

/** `m` names the country `country` (see {@link cityOfCountry}). */
function countryEntry(m: GazetteerMatch, country: string | undefined): boolean {
  return m.entries.some((e) => entryKind(e) === 'country' && entryCountry(e) === country);
}

/**
 * A country followed by its own masculine adjective names a club (the country's name is feminine,
 * or says its own nationality twice): [قطر] القطري، [الكويت] الكويتي. As for a city's club
 * ([بورتو] البرتغالي), the adjective stays outside. The country's match is `m`.
 */
function clubOfCountry(w: Words, m: GazetteerMatch, out: Candidate[]): boolean {
  const j = m.tokenEnd;
  if (j >= w.length || !w.joined(j - 1) || !w.keys[j]!.startsWith('ال')) return false;
  const d = w.demonym(j);
  if (!d || !d.definite || d.gender !== 'm' || d.number !== 'sg') return false;
  if (!countryEntry(m, d.country)) return false;
  out.push(ruleCandidate('ORG', m.tokenStart, j, m.start, m.end, 'context', 'city-clubs'));
  return true;
}

/**
 * A club named by a head word and the relational adjective of its town (the Maghreb's and
 * Egypt's clubs): [الكوكب المراكشي]، [المولودية الوجدية]، و[الرجاء البيضاوي]. The adjective is a
 * definite nisba that agrees with the head, of no country (الاتحاد الكويتي is a federation) and no
 * common word (الجمعية الخيرية، الدفاع المدني). A proclitic on the head stays outside.
 */
export function clubsOfTownAdjective(w: Words, out: Candidate[]): void {
  // The words of that shape (from the spelling's bits), listed once a document; the key itself only for them.
  const ix = tokenIndex(w);
  for (let t = 0; t < ix.nisbaCount; t++) {
    if (ix.nisbas[t] === 0) continue;
    const i = ix.nisbas[t]! - 1;
    const next = w.keys[i + 1]!;
    if (!w.joined(i) || !w.isWord(i + 1) || w.coverAt(i + 1) || w.commonKeyAt(i + 1) || w.demonym(i + 1) || w.personAt(i + 1)) continue;
    const head = w.find(i, (k) => CLUB_NISBA_HEADS.has(k));
    if (!head || w.covered(i)) {
      // [المغرب التطواني]، [المغرب الفاسي]: a place and the masculine adjective of a town (no
      // nationality, common word or known name) is a club named by both.
      const place = w.coverAt(i);
      if (!place || place.tokenStart !== i || place.tokenEnd !== i + 1 || !w.coveredBy(i, 'LOC') || next.endsWith('يه')) continue;
      out.push(ruleCandidate('ORG', i, i + 2, place.start, w.doc.end(i + 1), 'context', 'city-clubs'));
      continue;
    }
    if (isFeminine(head.key) !== next.endsWith('يه')) continue;
    out.push(ruleCandidate('ORG', i, i + 2, head.start, w.doc.end(i + 1), 'context', 'city-clubs'));
  }
}


/**
 * A city with a word of a club's own name beside it is the club, that word included
 * (data/lexicon/match-context.tsv): `prefix` before the city (و[أولمبيك مرسيليا]، [دينامو كييف]),
 * `suffix` after it ([بلاكبيرن روفرز]), and `after`, a masculine word of a team's standing after
 * it, which a city (feminine) does not take: [برشلونة] المتصدر، [ليون] حامل اللقب. The proclitic
 * of the prefix stays outside. The city's match is `m` (proclitic-free, at its first token).
 */
function clubByItsOwnWords(w: Words, m: GazetteerMatch, out: Candidate[]): boolean {
  const i = m.tokenStart;
  const j = m.tokenEnd;
  // A proclitic on the city (ل[برشلونة] الفائز) leaves no room for a word of the name before it.
  const before = m.proclitic === '' && i > 0 && w.joined(i - 1) && !w.covered(i - 1) ? w.find(i - 1, (k) => matchRoleOf(k) === 'prefix') : undefined;
  const afterRole = j < w.length && w.joined(j - 1) && !w.covered(j) ? matchRoleOf(w.keys[j]!) : undefined;
  const suffix = afterRole === 'suffix';
  if (!before && !suffix && afterRole !== 'after') return false;
  const from = before ? i - 1 : i;
  const to = suffix ? j + 1 : j;
  out.push(ruleCandidate('ORG', from, to, before ? before.start : m.start, w.doc.end(to - 1), 'context', 'city-clubs'));
  return true;
}

let matchWords: Map<string, string> | undefined;

/** The role of a 'search' key in data/lexicon/match-context.tsv. */
function matchRoleOf(key: string): string | undefined {
  if (!matchWords) loadMatchWords();
  return matchWords!.get(key);
}

function loadMatchWords(): void {
  matchWords = new Map();
  for (const line of MATCH_WORDS ? MATCH_WORDS.split('\n') : []) {
    const [key, role] = line.split('\t') as [string, string];
    matchWords.set(key, role);
  }
}

/** The role of word `i` in a sentence about a match (data/lexicon/match-context.tsv), proclitics allowed. */
function matchRole(w: Words, i: number): string | undefined {
  if (!matchWords) loadMatchWords();
  const r = w.find(i, isMatchWord);
  return r ? matchWords!.get(r.key) : undefined;
}

/** A module function, not a closure over the table (a context every call). */
const isMatchWord = (key: string): boolean => matchWords!.has(key);

/**
 * A match verb right before the versus word at `v`, or with one word between (its subject):
 * بفوزه على، وفاز الفريق على.
 */
function afterMatchVerb(w: Words, v: number): boolean {
  for (let k = v - 1; k >= Math.max(0, v - 2); k--) {
    if (!w.joined(k) || w.doc.kind(k) !== 'word') return false;
    if (matchRole(w, k) === 'verb') return true;
  }
  return false;
}

/**
 * Token `j` opens brackets around one country (or a home nation: `( إنجلترا )`) and nothing else:
 * the country a team in a fixture line plays for. Returns the token after the closing bracket, or -1.
 */
function bracketedCountry(w: Words, j: number): number {
  if (j + 2 >= w.length || w.doc.bare(j) !== '(') return -1;
  const m = w.coverAt(j + 1);
  if (!m || m.tokenStart !== j + 1 || m.proclitic !== '' || !m.entries.some((e) => entryType(e) === 'LOC' && entryKind(e) !== 'city')) return -1;
  return m.tokenEnd < w.length && w.doc.bare(m.tokenEnd) === ')' ? m.tokenEnd + 1 : -1;
}

/**
 * A city in a fixture line, with its country in brackets and a dash to the other team, which has
 * its own country in brackets: `[ليفربول] ( إنجلترا ) - غلطة سراي ( تركيا )`، `سلتيك ( اسكتلندا ) -
 * [كوبنهاغن] ( الدنمارك ) 1 - صفر`. Such a line pairs two clubs; a city is never listed so.
 */
function inFixtureLine(w: Words, m: GazetteerMatch): boolean {
  const after = bracketedCountry(w, m.tokenEnd);
  if (after < 0) return false;
  // The other team after the dash: up to four words, then its country in brackets.
  if (after + 1 < w.length && w.doc.bare(after) === '-') {
    for (let k = after + 2; k < Math.min(w.length, after + 6); k++) {
      if (w.doc.bare(k) === '(') return bracketedCountry(w, k) > 0;
      if (!w.isWord(k)) break;
    }
  }
  // The other team before the dash: `… ( country ) - [city] ( country )`.
  const i = m.tokenStart;
  if (i >= 2 && w.doc.bare(i - 1) === '-' && w.doc.bare(i - 2) === ')') {
    for (let k = i - 3; k >= Math.max(0, i - 6); k--) if (w.doc.bare(k) === '(') return bracketedCountry(w, k) === i - 1;
  }
  return false;
}

/** The proclitics {@link cityAt} allows: none, or و (one list each, not an array literal a token). */
const NO_PROCLITIC: readonly string[] = [''];
const AND_PROCLITIC: readonly string[] = ['و'];
const FOR_PROCLITIC: readonly string[] = ['ل'];

/** A club the gazetteer knows at token `k`, with no proclitic (تشيلسي). */
export function knownClubAt(w: Words, k: number): GazetteerMatch | undefined {
  const m = w.coverAt(k);
  return m !== undefined && m.tokenStart === k && m.proclitic === '' && m.entries.some(isClubEntry) ? m : undefined;
}

/** Token `i` follows a score that follows a club the gazetteer knows: تشيلسي 0 - 2 [ليفربول]. */
function scoredAgainstClub(w: Words, i: number): boolean {
  if (i < 4) return false;
  const club = w.coverAt(i - 4);
  return club !== undefined && club.tokenEnd === i - 3 && knownClubAt(w, club.tokenStart) !== undefined && scoreAfter(w, i - 3) === i;
}

/**
 * A match's score starts at token `k` (`3-1`, `2 - 0`: a number, a dash, a number, on one line) and
 * a word follows it: returns the token after the score, or -1.
 */
function scoreAfter(w: Words, k: number): number {
  if (k + 3 >= w.length || w.doc.kind(k) !== 'number' || w.doc.bare(k + 1) !== '-' || w.doc.kind(k + 2) !== 'number') return -1;
  if (!w.joined(k - 1) || !w.joined(k) || !w.joined(k + 1) || !w.joined(k + 2)) return -1;
  return w.isWord(k + 3) ? k + 3 : -1;
}

/**
 * سجل صلاح هدفا [لليفربول]: a city under ل right after a goal (match-context.tsv, role `goal`) is the
 * club the goal was scored for. Returned only then (a city under ل elsewhere is no team here).
 */
function goalFor(w: Words, i: number): GazetteerMatch | undefined {
  if (i === 0 || !w.joined(i - 1)) return undefined;
  const team = teamAt(w, i, FOR_PROCLITIC);
  return team !== undefined && matchRole(w, i - 1) === 'goal' ? team : undefined;
}

/** A city (no country) the gazetteer matches at token `i`, with the proclitics allowed. */
function cityAt(w: Words, i: number, proclitics: readonly string[]): GazetteerMatch | undefined {
  const m = w.coverAt(i);
  if (!m || m.tokenStart !== i || !proclitics.includes(m.proclitic)) return undefined;
  return m.entries.some(isCityEntry) && !m.entries.some(isCountryEntry) ? m : undefined;
}

/**
 * A club whose name is a common word or an adjective, which the gazetteer holds only as ambiguous
 * (`العربي`، `الأهلي`، `السد`): a match sentence confirms it as a city's club is confirmed
 * (`وتعادل [العربي] مع [السد]`، `بفوزه على [الأهلي]`).
 */
export function clubByWordAt(w: Words, i: number, proclitics: readonly string[]): GazetteerMatch | undefined {
  const m = w.coverAt(i);
  if (!m || m.tokenStart !== i || !proclitics.includes(m.proclitic)) return undefined;
  return m.entries.some(isClubEntry) && m.entries.every(isAmbiguousEntry) ? m : undefined;
}

const isClubEntry = (e: GazetteerEntry): boolean => entryKind(e) === 'club';
/** Module functions, not arrow literals at the call (a closure made at every call, every token or match). */
const isCityEntry = (e: GazetteerEntry): boolean => entryKind(e) === 'city';
const isCountryEntry = (e: GazetteerEntry): boolean => entryKind(e) === 'country';
const isAmbiguousEntry = (e: GazetteerEntry): boolean => entryAmbiguous(e) === true;
const isAmbiguousClub = (e: GazetteerEntry): boolean => entryKind(e) === 'club' && entryAmbiguous(e) === true;

/** A city, or a club named by a common word (see {@link clubByWordAt}), at token `i`. */
function teamAt(w: Words, i: number, proclitics: readonly string[]): GazetteerMatch | undefined {
  return cityAt(w, i, proclitics) ?? clubByWordAt(w, i, proclitics);
}

/**
 * Clubs named after cities are organisations when the sentence is about a match:
 * `فاز [ليون] على [مرسيليا]`، `تعادل [ليون] مع [مرسيليا]`، `مباراة [ليون] و[مرسيليا]`. A match verb
 * or noun (data/lexicon/match-context.tsv) before the first city; a word such as على، أمام، مع
 * (or و after a noun) before the second. A word of a team or of a match's host and guest right
 * before one city is enough: حارس مرمى [ليفربول]، صفوف [برشلونة]، تعادل مع ضيفه [ميلان].
 */
export function matchClubs(w: Words, out: Candidate[]): void {
  // Written so that the rarer cases (a fixture line, a verb's versus word, a second side) run the
  // same operations as the usual one, with only the choice between their values apart: each
  // operation first reached in new text deoptimised the rule and the component that inlines it.
  // From each city the gazetteer found, look back at the word before it (cities are few, words
  // many): only a token where a match starts can be one (`teamAt`).
  const starts = w.coverStarts();
  for (let s = 0; s < starts.length; s++) {
    const i = starts[s]!;
    const first = teamAt(w, i, NO_PROCLITIC) ?? goalFor(w, i);
    if (!first) continue;
    // [الأهلي] 2-0 [الرياض]، [ليفربول] 2 - 0 تشيلسي: a score between two teams (a city, a club by a
    // word, or a club the gazetteer knows) names both.
    const scored = scoreAfter(w, first.tokenEnd);
    let second: GazetteerMatch | undefined = scored > 0 ? (teamAt(w, scored, NO_PROCLITIC) ?? knownClubAt(w, scored)) : undefined;
    let take = inFixtureLine(w, first) || second !== undefined || scoredAgainstClub(w, i);
    const v = i - 1;
    if (!take && v >= 0 && w.joined(v)) {
      const role = matchRole(w, v);
      const verb = role === 'verb';
      const k = first.tokenEnd;
      const inside = k < w.length;
      const after = inside ? matchRole(w, k) : undefined;
      const versusAfter = after === 'versus' && verb;
      // حارس مرمى [ليفربول]، تعادل مع ضيفه [ميلان]: a word of a team or of a match's host names the club.
      // فاز سلتيك على [كوبنهاغن]، بفوزه على [كوبنهاغن]: a versus word right after a match verb
      // (the first side, a club of no city, before it or in the verb's pronoun) introduces the other.
      // سجل هدفا [لليفربول]، هدف [برشلونة]: a goal names the club it was scored for (goalFor).
      if (role === 'club' || role === 'goal' || (role === 'versus' && afterMatchVerb(w, v))) take = true;
      else if (verb || role === 'noun') {
        if (inside && w.joined(k - 1)) {
          // After a verb, a versus word and the second side (فاز ليون على مرسيليا); after a noun, و and it.
          const next = k + 1;
          const nextFits = next < w.length && w.joined(k);
          second = teamAt(w, versusAfter && nextFits ? next : k, verb ? NO_PROCLITIC : AND_PROCLITIC);
        }
        // One city after a verb is a club only when a second one, or a versus word, says it is a match;
        // a club named by a word needs neither (خسر [الريال] بهدفين، مباراة [الترسانة]: a city there may
        // be where it is played, or a person's name).
        take = second !== undefined || versusAfter || first !== cityAt(w, i, NO_PROCLITIC);
      }
    }
    if (!take) continue;
    // One call site for both sides.
    for (let n = 0; n < 2; n++) {
      const m = n === 0 ? first : second;
      if (m === undefined) break;
      out.push(ruleCandidate('ORG', m.tokenStart, m.tokenEnd, m.start, m.end, 'context', 'match-clubs'));
    }
  }
}
