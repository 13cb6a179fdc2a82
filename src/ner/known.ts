import type { EntityType, GazetteerEntry, GazetteerMatch } from '../gazetteer/index.js';
import { surnameIndex } from '../gazetteer/surnames.js';
import { searchForm } from '../gazetteer/trie.js';
import { type Candidate, gazetteerCandidate } from './candidates.js';
import { confirmedByHead, headAt, userEntries } from './link/apply.js';
import { defaultRank } from './link/choose.js';
import { COMPLEMENTIZERS, FIVE_NOUNS, GENERIC_PLACE_WORDS, INTERVIEW_WORDS, isFeminine, KUNYA_PARTICLES, MONTH_NOUNS, MONTHS, NAME_START_PARTICLES, PLACE_PREPOSITIONS, PREPOSITIONS, REGION_DESCRIPTORS, YEAR_WORDS } from './closed-class.js';
import { startsWithArticle } from './key-shapes.js';
import { companyNameEnd, isCompanyEntry } from './company-fields.js';
import { tokenIndex } from './token-index.js';
import type { Words } from './words.js';
import { entryAmbiguous, entryCountry, entryId, entryKind, entryName, entryType } from './entry-fields.js';

/**
 * The entry a match stands for: an unambiguous entry when there is one, countries, then cities, before other
 * places, then places before organisations before people (`الشرق الأوسط` is the region before
 * the newspaper). `tentative` when every entry is ambiguous (`عمان`، `الجزيرة`, `الأسد`).
 */
export function chooseEntry(m: GazetteerMatch, preferred?: (e: GazetteerEntry) => boolean): { entry: GazetteerEntry; tentative: boolean } {
  const entries = m.entries;
  // A user's own entry wins over the built-in ones of the same spelling (docs/linking.md).
  const mine = preferred ? preferredEntry(entries, preferred) : undefined;
  if (mine) return mine;
  // Index loops, no filtered copies and no ranking closure a step: asked twice a match, every
  // document (the filters, the closures and `rank` were about 2.5 MB and 1% of a steady pass).
  // One pass: the best-ranked unambiguous entry and the best-ranked of all, the first on a tie,
  // each field read once (entries come in a dozen hidden classes: each read is a megamorphic
  // load); most names have one entry, which is its own best.
  let any = entries[0]!; // undefined for a match of no entry (another Gazetteer's), as before
  let anyRank = entries.length > 1 ? defaultRank(any) : 0;
  let sure = entries.length > 0 && !entryAmbiguous(any) ? any : undefined;
  let sureRank = anyRank;
  for (let k = 1; k < entries.length; k++) {
    const e = entries[k]!;
    const r = defaultRank(e);
    if (r < anyRank) {
      any = e;
      anyRank = r;
    }
    if (!entryAmbiguous(e) && (sure === undefined || r < sureRank)) {
      sure = e;
      sureRank = r;
    }
  }
  return { entry: sure ?? any, tentative: sure === undefined };
}


/** The first of the user's own entries when some but not all of `entries` are theirs (tentative when all of theirs are ambiguous). */
function preferredEntry(entries: readonly GazetteerEntry[], preferred: (e: GazetteerEntry) => boolean): { entry: GazetteerEntry; tentative: boolean } | undefined {
  let first: GazetteerEntry | undefined;
  let count = 0;
  let ambiguous = true;
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k]!;
    if (!preferred(e)) continue;
    first ??= e;
    count++;
    if (!entryAmbiguous(e)) ambiguous = false;
  }
  return first !== undefined && count < entries.length ? { entry: first, tentative: ambiguous } : undefined;
}

/**
 * Gazetteer matches as candidates. An ambiguous one stays tentative: it counts only when context
 * confirms it (a descriptor, a title, the same name confirmed elsewhere in the document, or a
 * preposition of place before a place: في عمان، بعمان). A single-word place that is also a nationality
 * adjective after a definite noun is that adjective (`الشركات السعودية`), not the country.
 */
export function gazetteerCandidates(
  w: Words,
  matches: readonly GazetteerMatch[],
  out: Candidate[],
  personWord: ReadonlySet<GazetteerMatch> = NO_MATCHES,
  judged: readonly JudgedMatch[] = judgeMatches(w, matches, userEntries(w)),
): void {
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    const chosen = judged[k]!;
    // زار سلطنة [عمان]، مراسل [الجزيرة]: a head that announces the kind confirms an ambiguous name.
    const byHead = chosen.tentative ? confirmedByHead(w, m) : undefined;
    const medium = quotedMedia(w, m) ?? toldMedium(w, m) ?? sameEntryBefore(w, m);
    // عمان - [قنا] : a dateline names its place and its source (ANNOTATION.md: both are entities).
    // Asked only when no head or medium has decided the entry already (it would go unused).
    // An agency between slashes or brackets signs the report as a dateline's source does (/ [وام] /).
    const dateline = (byHead ?? medium) ? undefined : (datelineEntry(w, m) ?? signedAgency(w, m));
    const entry = byHead ?? medium ?? dateline ?? chosen.entry;
    const tentative = chosen.tentative && !byHead && !medium && !dateline;
    // وزيرة [الخارجية الأميركية]: part of the role; but an organisation named inside a role phrase
    // is an entity: الأمين العام [للأمم المتحدة]، شيخ [الأزهر] (the role words stay outside).
    if (insideTitle(w, m.tokenStart) && !roleOrganisation(w, m)) continue;
    const single = m.tokenEnd - m.tokenStart === 1;
    const bare = standaloneAfterHead(w, m, entry);
    if (single && ((!hasPrepositionClitic(m.proclitic) && isAdjectiveUse(w, m.tokenStart)) || (m.proclitic === '' && accusativeAdjective(w, m.tokenStart)) || inDate(w, m) || birthplaceIdiom(w, m) || personWord.has(m) || hamzaOnYaMismatch(w, m, entry))) continue;
    if (scholarBeforeName(w, m)) continue;
    // The entry's type and id read once (each read is a megamorphic load: entries come in a dozen hidden classes).
    const type = entryType(entry);
    const id = entryId(entry);
    const doubtful = chosen.doubtful();
    // A name spelled like a nationality adjective (العراقية the channel, العربية) needs context,
    // unless it is the country itself (السعودية); a head that names its kind is such context
    // (مراسل [العراقية]، لاعب [العربي], the club: an adjective does not follow an indefinite noun).
    const adjectiveLike = single && entryKind(entry) !== 'country' && byHead === undefined && w.demonym(m.tokenStart) !== undefined;
    // من ل[غات]: a preposition before a word read through ب/ل/ك confirms nothing (no preposition takes a second one).
    const placePreposition = afterPlacePreposition(w, m.tokenStart) && !hasPrepositionClitic(m.proclitic);
    // A dateline's place and source are sure however their word reads otherwise (الكويت - [كونا] -:
    // كونا is also كون + ا).
    const confirmed =
      dateline !== undefined || (!tentative && !adjectiveLike && !doubtful) || (type === 'LOC' && ((m.proclitic.includes('ب') && !doubtful) || placePreposition || (!doubtful && !adjectiveLike && inListOfPlaces(w, m))));
    // A known person followed by a family name or nisba is a longer name of someone else:
    // [محمد علي] السعدي → [محمد علي السعدي].
    const longer = (type === 'PER' && extendsPerson(w, m.tokenEnd)) || institutionOfCountry(w, m, entry);
    // [حزب الله] اللبناني، [سكاي نيوز] البريطانية: a party's, movement's or medium's own name
    // stands alone, and the nationality adjective after it describes it, as after a person.
    const shorter = describedByDemonym(w, m, entry);
    // The span's values computed the same way whatever the case, and only chosen between: a longer or
    // shorter span or a bare name is rare, and its own arithmetic and calls, first reached in new
    // text, each deoptimised this function. One hidden class for every gazetteer candidate.
    const tokenStart = bare ?? m.tokenStart;
    // [أدنوك للتوزيع]، [زين العراق]: a known company and its trade, or its branch's country, are one company.
    const companyEnd = type === 'ORG' && isCompanyEntry(entry) ? companyNameEnd(w, m.tokenEnd) : m.tokenEnd;
    const tokenEnd = companyEnd > m.tokenEnd ? companyEnd : m.tokenEnd + (longer ? 1 : shorter ? -1 : 0);
    const startOfFirst = w.doc.start(tokenStart);
    const endOfLast = w.doc.end(tokenEnd - 1);
    out.push(
      gazetteerCandidate(
        type,
        tokenStart,
        tokenEnd,
        bare !== undefined ? startOfFirst : m.start,
        longer || shorter || companyEnd > m.tokenEnd ? endOfLast : m.end,
        'gazetteer',
        !confirmed,
        longer ? undefined : entryName(entry),
        longer || !id ? undefined : id,
        'gazetteer',
      ),
    );
  }
}

const NO_MATCHES: ReadonlySet<GazetteerMatch> = new Set();

/**
 * What the gazetteer's cover and its candidates both ask of a match, asked once: the entry
 * {@link chooseEntry} chooses and whether every entry is ambiguous, and whether the match's
 * proclitic reading is doubtful ({@link doubtfulCliticReading}, asked on first use).
 */
export class JudgedMatch {
  /** 0: not asked yet; 1: no; 2: yes. */
  private doubt = 0;
  constructor(
    private readonly w: Words,
    private readonly m: GazetteerMatch,
    readonly entry: GazetteerEntry,
    readonly tentative: boolean,
    /** The match right before it is a person the gazetteer knows (محمد بن سلمان بجدة). */
    private readonly afterKnownPerson = false,
  ) {}

  doubtful(): boolean {
    if (this.doubt === 0) this.doubt = doubtfulCliticReading(this.w, this.m, this.afterKnownPerson) ? 2 : 1;
    return this.doubt === 2;
  }
}

/** Each match judged ({@link JudgedMatch}), in order. */
export function judgeMatches(w: Words, matches: readonly GazetteerMatch[], preferred: ((e: GazetteerEntry) => boolean) | undefined): JudgedMatch[] {
  const out: JudgedMatch[] = [];
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    const { entry, tentative } = chooseEntry(m, preferred);
    const before = k > 0 ? matches[k - 1]! : undefined;
    const afterKnownPerson = before !== undefined && before.tokenEnd === m.tokenStart && before.entries.every((e) => entryType(e) === 'PER');
    out.push(new JudgedMatch(w, m, entry, tentative, afterKnownPerson));
  }
  return out;
}

/** A proclitic with the preposition ب, ل or ك in it (`ب`، `ول`، `لل`). */
function hasPrepositionClitic(proclitic: string): boolean {
  for (let k = 0; k < proclitic.length; k++) {
    const c = proclitic.charCodeAt(k);
    if (c === 0x628 || c === 0x644 || c === 0x643) return true; // ب ل ك
  }
  return false;
}

/** Kinds of organisation named by a name of their own, which a nationality adjective does not extend. */
const NAMED_KINDS: ReadonlySet<string> = new Set(['party', 'movement', 'armed-group', 'media']);

/**
 * Match `m` is the entry's own name and a nationality adjective after it (`حزب الله اللبناني`,
 * `سكاي نيوز البريطانية`, both aliases): the adjective stays outside. Institutions keep theirs
 * ([الحرس الثوري الإيراني], [مجلس الشورى السعودي]: ANNOTATION.md, an institution and the
 * adjective of a named country), and so do clubs (الأهلي المصري names which الأهلي). `entry`: the
 * entry chosen for the match; without it, any of the match's entries (a descriptor's name: قناة
 * [سكاي نيوز] البريطانية).
 */
export function describedByDemonym(w: Words, m: GazetteerMatch, entry?: GazetteerEntry): boolean {
  if (m.tokenEnd - m.tokenStart < 2 || !w.demonym(m.tokenEnd - 1)) return false;
  const named = (entry ? [entry] : m.entries).filter((e) => entryType(e) === 'ORG' && NAMED_KINDS.has(entryKind(e) ?? ''));
  if (named.length === 0) return false;
  const rest = searchForm(w.text.slice(m.start, w.doc.end(m.tokenEnd - 2)));
  return named.some((e) => rest === searchForm(entryName(e)));
}

/** Kinds of state body that every country has one of: the adjective of a country after one names whose. */
const STATE_KINDS: ReadonlySet<string> = new Set(['ministry', 'government', 'parliament', 'army', 'security', 'court']);

/**
 * Match `m` is a state body's generic name (the gazetteer's alias `مجلس الأمن القومي` of one
 * country's council) and the definite adjective of another country follows, agreeing with it:
 * the adjective says whose, and the two are one organisation by ANNOTATION.md (an institution
 * and the adjective of a named country): [مجلس الأمن القومي السعودي]. The entry's own country's
 * adjective only describes it ([مكتب التحقيقات الفدرالي] الأميركي) and stays outside.
 */
function institutionOfCountry(w: Words, m: GazetteerMatch, entry: GazetteerEntry): boolean {
  const kind = entryKind(entry);
  if (entryType(entry) !== 'ORG' || kind === undefined) return false;
  // جمعية [الهلال الأحمر] السوداني: a movement whose national societies are named by it and a
  // country's adjective (a society named by its own words keeps the adjective outside: منظمة هيومن رايتس ووتش الأميركية).
  const society = kind === 'ngo' && entryCountry(entry) === undefined && startsWithArticle(searchForm(entryName(entry)));
  if (!STATE_KINDS.has(kind) && !society) return false;
  const j = m.tokenEnd;
  if (j >= w.length || !w.joined(j - 1) || w.covered(j)) return false;
  const d = w.demonym(j);
  if (!d || !d.definite || d.number !== 'sg' || !w.keys[j]!.startsWith('ال')) return false;
  // [مكتب التحقيقات الفدرالي] الأميركي: the entry's own country's adjective only describes it.
  if (d.country === entryCountry(entry) || w.demonym(m.tokenEnd - 1)) return false;
  // The first word agrees: [مجلس الأمن القومي السعودي]; or, after the society's head, the
  // movement's: [جمعية الهلال الأحمر السوداني].
  const feminine = d.gender === 'f';
  return feminine === isFeminine(w.keyAt(m.tokenStart, m.start)) || (society && m.tokenEnd - m.tokenStart > 2 && feminine === isFeminine(w.keys[m.tokenStart + 1]!));
}

/**
 * A one-word place or company between the words of a person's name is a word of that name:
 * after a given name and a name particle (`أحمد أبو [غزة]`، `غسان بن [جدو]`), or, for a place,
 * between a given name and a further name word that nothing else claims (`جون [بون] جوفي`). Countries are
 * left alone (`محمد مصر` is rarer than a country after a name). `matched(k)`: the gazetteer
 * matched token `k`; called before the matches cover their tokens, so it reads no cover.
 */
export function insidePersonName(w: Words, m: GazetteerMatch, matched: (k: number) => boolean): boolean {
  const i = m.tokenStart;
  if (m.tokenEnd !== i + 1 || m.proclitic !== '' || i < 2 || m.entries.some((e) => entryKind(e) === 'country')) return false;
  if (!w.joined(i - 1) || !w.joined(i - 2) || matched(i - 2)) return false;
  const given = (k: number) => w.isWord(k) && w.givenAt(k) && !w.commonKeyAt(k);
  if (w.isParticle(i - 1) && !matched(i - 1) && given(i - 2)) return true;
  // Not an organisation: المتحدث باسم [الفيفا] إندرياس (باسم is a given name too).
  if (!m.entries.every((e) => entryType(e) === 'LOC') || !given(i - 1) || matched(i - 1) || i + 1 >= w.length || !w.joined(i) || !w.isWord(i + 1) || matched(i + 1)) return false;
  const next = w.keys[i + 1]!;
  return next.length >= 3 && !w.isClosedClass(i + 1) && !w.commonKeyAt(i + 1) && !w.demonym(i + 1) && !w.isCommonWithClitics(i + 1) && w.triggersAt(i + 1).length === 0 && !w.endsWithTanween(i + 1);
}

/**
 * A one-word name read through a proclitic when the word as written is itself a plausible word:
 * a common word (لغات is not ل + غات, كريمة not ك + ريمة, بليون not ب + ليون), a known name
 * (كلاوس is not ك + لاوس), a word with tanween (فلكياً is an adverb, not ف + ل + كيا), or a word
 * whose other reading with the same proclitic is a common word (للحج: ل + الحج, not ل + لحج).
 * Comparison ك before a one-word name is rare in news (كسرت، كباراً), so it is doubtful too.
 * Such a reading needs the evidence an ambiguous name needs (a descriptor or head before it, and
 * for a place a preposition of place); the ب of the reading itself is no evidence.
 * `afterKnownPerson`: the gazetteer's match before this one is a person it knows.
 */
export function doubtfulCliticReading(w: Words, m: GazetteerMatch, afterKnownPerson = false): boolean {
  if (m.tokenEnd - m.tokenStart !== 1) return false;
  const i = m.tokenStart;
  if (inflectedCommonWord(w, i, m.proclitic !== '', w.keyAt(i, m.start))) return true;
  if (m.proclitic === '') return false;
  if ((m.proclitic.endsWith('ك') && !likePlace(w, m)) || w.commonKeyAt(i) || w.personAt(i)) return true;
  // ولايتا صلالة: a word that is a descriptor or head as written (the dual "two provinces") is no و + ل + إيتا.
  if (triggerAsWritten(w, i)) return true;
  // عن بالاك، مايكل بالاك: no preposition after another, and after a given name a surname is likelier.
  // (A given name may still take ل: خوان كارلوس [للمغرب].)
  if (i > 0 && w.joined(i - 1) && hasPrepositionClitic(m.proclitic) && PREPOSITIONS.has(w.keys[i - 1]!)) return true;
  // But not after a person the gazetteer knows in full (محمد بن سلمان [بجدة]: his name ends there), nor
  // for a country or a province, whose names are no surnames (التقى محمد [بالقاهرة]، [بدمشق]).
  if (i > 0 && w.joined(i - 1) && m.proclitic.endsWith('ب') && w.givenAt(i - 1) && !w.commonKeyAt(i - 1) && !afterKnownPerson && !namesCountryOrProvince(m)) return true;
  const stem = w.keyAt(i, m.start);
  for (const [proclitic, k] of w.doc.readings(i)) if (proclitic === m.proclitic && k !== stem && w.isCommon(k) && !fiveNounWithSuffix(k, stem)) return true;
  return false;
}

/**
 * `stem` is one of the five nouns `base` with a pronoun suffix written straight on: no inflection
 * of it (أب + ها is written أبوها), so the reading may be a name (بأبها is ب + [أبها]).
 */
function fiveNounWithSuffix(base: string, stem: string): boolean {
  return FIVE_NOUNS.has(base) && stem.startsWith(base) && PRONOUN_SUFFIXES.includes(stem.slice(base.length));
}

/** A trigger phrase starts at word `i` as written, with no proclitic of its own (ولايتا، بركان). */
export function triggerAsWritten(w: Words, i: number): boolean {
  const triggers = w.triggersAt(i);
  const start = triggers.length > 0 ? w.doc.start(i) : -1;
  for (let k = 0; k < triggers.length; k++) if (triggers[k]!.start === start) return true;
  return false;
}

/**
 * ك + a definite place or a country: the comparison "like" before a place (مدن كبرى ك[القاهرة]،
 * دول ك[السعودية]، دول عربية ك[مصر] وك[سوريا]). Only a place: كالأسد is "like a lion" far more often
 * than "like al-Assad"; and without the article only a country, whose name no word shares.
 */
function likePlace(w: Words, m: GazetteerMatch): boolean {
  if (!m.proclitic.endsWith('ك') || !m.entries.every((e) => entryType(e) === 'LOC')) return false;
  return (m.proclitic === 'ك' && startsWithArticle(w.keyAt(m.tokenStart, m.start))) || m.entries.every((e) => entryKind(e) === 'country');
}

/** Whether one of the match's entries is a country or a province (ISO 3166-2 subdivision). */
function namesCountryOrProvince(m: GazetteerMatch): boolean {
  for (let k = 0; k < m.entries.length; k++) {
    const kind = entryKind(m.entries[k]!);
    if (kind === 'country' || kind === 'subdivision') return true;
  }
  return false;
}

/** Pronoun suffixes as written (the surface, so that the ة of `جدة` is not read as ه). */
const PRONOUN_SUFFIXES = ['هما', 'هم', 'ها', 'ه'];
/** The last letters of {@link PRONOUN_SUFFIXES}: ا، م، ه. */
const ALEF = 0x0627;
const MEEM = 0x0645;
const HEH = 0x0647;
const YA = 0x064a;

/**
 * Word `i` is a common word with an ending that names do not take: tanween (`دوراً`), the alif of
 * the accusative written without its tanween (`يلعب دورا`: دور + ا; `فلكيا` is فلكي + ا, not
 * ف + ل + `كيا`), or a pronoun suffix (`بعد موته`: موت + ه). A one-word gazetteer name spelled so
 * needs context before it counts (`في دورا`). `proclitic`: the name is read through one, so that
 * the nisba adverb counts too (`فلكيا`); `stem`: the name's word under the proclitics, whose
 * suffix counts as well (`لميله`: ل + ميل + ه, not ل + `ميله`).
 */
function inflectedCommonWord(w: Words, i: number, proclitic: boolean, stem: string): boolean {
  const surface = w.doc.bare(i);
  if (surface.includes('\u064B')) return true;
  const key = w.keys[i]!;
  // Without a proclitic, a name in ـيا stays a name: أفريقيا is not the adjective أفريقي + ا.
  if (key.length > 3 && key.charCodeAt(key.length - 1) === ALEF && (proclitic || key.charCodeAt(key.length - 2) !== YA) && w.isCommon(key.slice(0, -1))) return true;
  // Every pronoun suffix ends in ا، م or ه (هما، ها، هم، ه): a word that ends otherwise has none.
  const last = surface.charCodeAt(surface.length - 1);
  if (last !== ALEF && last !== MEEM && last !== HEH) return false;
  for (const word of stem === key ? [key] : [key, stem]) {
    for (const suffix of PRONOUN_SUFFIXES) {
      if (!surface.endsWith(suffix) || word.length - suffix.length < 2) continue;
      const base = word.slice(0, -suffix.length);
      if (fiveNounWithSuffix(base, word)) continue;
      // حكومته: before a pronoun suffix the ta marbuta is written ت.
      if (w.isCommon(base) || (base.endsWith('ت') && w.isCommon(base.slice(0, -1) + 'ه'))) return true;
    }
  }
  return false;
}

const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '«', '“', '(']);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '»', '”', ')']);

/**
 * An organisation's short name right after its full name, or in brackets after it, is that
 * organisation, an entity of its own even when the short name alone is ambiguous: [وكالة الأنباء
 * القطرية] [قنا]، [وكالة الأنباء السعودية] ( [واس] ). Returns that entry, if any.
 */
function sameEntryBefore(w: Words, m: GazetteerMatch): GazetteerEntry | undefined {
  if (m.proclitic !== '' || m.tokenStart === 0) return undefined;
  let k = m.tokenStart;
  if (w.doc.kind(k - 1) === 'punct' && w.doc.bare(k - 1) === '(' && m.tokenEnd < w.length && w.doc.bare(m.tokenEnd) === ')') k--;
  else if (!w.joined(k - 1)) return undefined;
  // The match that ends right before token k: the one covering token k - 1 (the gazetteer's
  // matches do not overlap, and the cover is set from them before the candidates are made).
  const full = k > 0 ? w.coverAt(k - 1) : undefined;
  if (!full || full === m || full.tokenEnd !== k) return undefined;
  for (const e of full.entries) {
    if (entryType(e) !== 'ORG' || entryId(e) === undefined) continue;
    const same = m.entries.find((x) => entryType(x) === 'ORG' && entryId(x) === entryId(e));
    if (same) return same;
  }
  return undefined;
}

/**
 * A name joined by و to a place the gazetteer knows for sure, right before or after it, is a place
 * of the same list: `قطر [وعمان]`، `[عمان] والبحرين` (Oman or Amman, a place either way).
 */
function inListOfPlaces(w: Words, m: GazetteerMatch): boolean {
  const before = m.tokenStart - 1;
  if (m.proclitic === 'و' && before >= 0 && w.joined(before) && w.coveredBy(before, 'LOC')) return true;
  const after = m.tokenEnd;
  return after < w.length && w.joined(after - 1) && w.coveredBy(after, 'LOC') && w.coverAt(after)!.tokenStart === after && w.coverAt(after)!.proclitic === 'و';
}

/** Dashes after a dateline's place: `-`, `–`, `—`, and a tatweel standing alone (`مدريد ـ د ب أ :`). */
const DATELINE_DASHES: ReadonlySet<string> = new Set(['-', '–', '—', 'ـ']);
/** Kinds of organisation that sign a dateline: news agencies, newspapers and channels. */
const SOURCE_KINDS: ReadonlySet<string> = new Set(['agency', 'media']);

/** Token `dash` is a dateline's dash with words on both sides on its line. */
function dashBetween(w: Words, dash: number): boolean {
  return isDatelineDash(w, dash) && w.joined(dash - 1) && w.joined(dash);
}

function isDatelineDash(w: Words, k: number): boolean {
  return k < w.length && DATELINE_DASHES.has(w.doc.bare(k));
}

/**
 * A dateline written with a dash: a known place at the start of a line, a dash, then its source
 * up to a colon or the next dash, where an agency or newspaper the gazetteer knows signs it:
 * `الدوحة - قنا :`, `عمان – بترا :`, `كاتمندو - د ب أ :`, `سيول - وص ف، رويترز -`. The place is a
 * place and the agency an organisation, even when each name alone is ambiguous (`عمان`, `قنا`). An
 * unknown source is left alone: it may be a reporter (`غزة ـ من X :`). Returns the entry that
 * match `m` stands for in such a line, if it is the place or the source's agency.
 */
function datelineEntry(w: Words, m: GazetteerMatch): GazetteerEntry | undefined {
  if (m.proclitic !== '') return undefined;
  // The line's first token, at most seven tokens back: in a text of one line, token 0 (the tokens
  // between are not asked whether they are joined, a scan of the characters between them each).
  let s = m.tokenStart;
  if (tokenIndex(w).oneLine) {
    if (s > 7) return undefined;
    s = 0;
  } else {
    while (s > 0 && w.joined(s - 1) && m.tokenStart - s < 7) s--;
    if (s > 0 && w.joined(s - 1)) return undefined;
  }
  // The place: a known one, or one or two name-like words (as `datelinePlaces` takes them).
  const place = w.coverAt(s);
  let dash = s;
  if (place && place.tokenStart === s && place.proclitic === '' && place.tokenEnd - s <= 3 && place.entries.some((e) => entryType(e) === 'LOC')) dash = place.tokenEnd;
  else while (dash < w.length && dash - s < 2 && (dash === s || w.joined(dash - 1)) && w.nameLike(dash)) dash++;
  if (dash === s) return undefined;
  // عمان (بترا) - : the source in brackets after the place.
  const close = bracketedSource(w, dash);
  const end = close >= 0 ? close : datelineSource(w, dash);
  if (m.tokenStart === s && m.tokenEnd === dash) {
    // مسقط - أعلن بنك مسقط … : a known place that opens a line before a dash is the dateline's
    // place, with or without a source.
    const opensLine = end >= 0 || (place !== undefined && dash === place.tokenEnd && dashBetween(w, dash));
    return opensLine ? m.entries.find((e) => entryType(e) === 'LOC') : undefined;
  }
  return end >= 0 && m.tokenStart > dash && m.tokenEnd <= end ? agencyEntry(m) : undefined;
}

/**
 * Token `open` is `(` after a dateline's place, and `)` closes it within five tokens on the same
 * line: returns the token of `)`, else -1. `عمان (بترا) -`، `فرانكفورت (رويترز) -`. Read by
 * `datelineEntry` and by `datelinePlaces` (places.ts).
 */
export function bracketedSource(w: Words, open: number): number {
  if (open >= w.length || !isChar(w, open, 0x28) || !w.joined(open - 1)) return -1;
  for (let k = open + 1; k < w.length && k - open <= 5; k++) {
    if (!w.joined(k - 1)) return -1;
    if (isChar(w, k, 0x29)) return k === open + 1 ? -1 : k;
  }
  return -1;
}

/**
 * Token `k` is the one character `code` (`(` 0x28, `)` 0x29). By its code, not `surface(k) === '('`:
 * V8 compiles a string compare for the kinds of string it has met, and deoptimised on new text
 * when a word's surface (a string of another representation) came where single characters had.
 */
function isChar(w: Words, k: number, code: number): boolean {
  const start = w.doc.start(k);
  return w.doc.end(k) === start + 1 && w.text.charCodeAt(start) === code;
}

/** The news agency, newspaper or channel among the entries of match `m`, if any. */
function agencyEntry(m: GazetteerMatch): GazetteerEntry | undefined {
  return m.entries.find((e) => entryType(e) === 'ORG' && SOURCE_KINDS.has(entryKind(e) ?? ''));
}

/**
 * Token `dash` is a dateline's dash after its place, and a known agency or newspaper signs the
 * source after it, up to a colon or the next dash (at most six tokens): returns the token that
 * ends the source (the colon or dash), else -1. `الدوحة - قنا :`، `سيول - وص ف، رويترز -`.
 */
export function datelineSource(w: Words, dash: number): number {
  if (!dashBetween(w, dash)) return -1;
  let end = dash + 1;
  while (end < w.length && end - dash <= 6 && w.doc.bare(end) !== ':' && !isDatelineDash(w, end)) {
    if (!w.joined(end)) return -1;
    end++;
  }
  if (end >= w.length || end === dash + 1 || (w.doc.bare(end) !== ':' && !isDatelineDash(w, end))) return -1;
  for (let k = dash + 1; k < end; k++) {
    const src = w.coverAt(k);
    if (src && src.tokenStart === k && src.tokenEnd <= end && src.proclitic === '' && agencyEntry(src)) return end;
  }
  return -1;
}

/** The newspaper or channel among the entries of match `m`, if any. */
function mediaEntry(m: GazetteerMatch): GazetteerEntry | undefined {
  return m.entries.find((e) => entryType(e) === 'ORG' && entryKind(e) === 'media');
}

/** The 'search' key of a lone ل (لـ with its tatweel). */
const LAM = '\u0644';

/**
 * A name that is a place and a newspaper or channel, alone between quotation marks or brackets,
 * is the medium: قال لـ « [الشرق الأوسط] »، … ( [الجزيرة] ) as a source line (a region or an
 * island is not quoted so). Not a medium that is only a common word (quotation marks also set
 * off words: الصراع بين " الحياة " و " الفن "), unless a lone ل before the marks says it was told
 * something (قال لـ«[الجزيرة]»). Returns that entry, if any.
 */
function quotedMedia(w: Words, m: GazetteerMatch): GazetteerEntry | undefined {
  const a = m.tokenStart - 1;
  const b = m.tokenEnd;
  if (a < 0 || b >= w.length || m.proclitic !== '') return undefined;
  if (w.doc.kind(a) !== 'punct' || !OPENING_QUOTES.has(w.doc.bare(a)) || w.doc.kind(b) !== 'punct' || !CLOSING_QUOTES.has(w.doc.bare(b))) return undefined;
  // قال لـ«[الجزيرة]» إن: told to, in quotation marks, is a medium even when its name is a common word.
  if (!m.entries.some((e) => entryType(e) === 'LOC') && !toldInQuotes(w, a)) return undefined;
  return mediaEntry(m);
}

/**
 * A news agency alone between slashes or brackets signs the report, wherever the line puts it:
 * `أبوظبي في 5 فبراير / [وام] / أعلن`، `الدوحة /[قنا]/`، `الكويت - 10 - 3 ([كونا]) --` (وام، قنا، كونا
 * are also words, and so ambiguous). Returns the agency's entry, if any.
 */
function signedAgency(w: Words, m: GazetteerMatch): GazetteerEntry | undefined {
  const a = m.tokenStart - 1;
  const b = m.tokenEnd;
  if (a < 0 || b >= w.length || m.proclitic !== '') return undefined;
  // By code, as bracketedSource reads its brackets (see isChar): / 0x2f, ( 0x28, ) 0x29.
  const slashes = isChar(w, a, 0x2f) && isChar(w, b, 0x2f);
  if (!slashes && !(isChar(w, a, 0x28) && isChar(w, b, 0x29))) return undefined;
  return m.entries.find((e) => entryType(e) === 'ORG' && entryKind(e) === 'agency');
}

/** Token `quote` opens quotation marks right after a lone ل (`لـ«…»`, `لـ "…"`): what was told to whom. */
function toldInQuotes(w: Words, quote: number): boolean {
  return quote > 0 && w.joined(quote - 1) && w.keys[quote - 1] === LAM;
}

/**
 * A newspaper or channel that someone spoke to: read through ل before what was said (وقال الوزير
 * [للجزيرة] إن), or after a word of speaking (في تصريحات [للجزيرة]، في مقابلة خاصة مع [الجزيرة];
 * data/lexicon/lists/interview-words.txt). Returns that entry, if any.
 */
function toldMedium(w: Words, m: GazetteerMatch): GazetteerEntry | undefined {
  const media = mediaEntry(m);
  if (!media) return undefined;
  const a = m.tokenStart - 1;
  const b = m.tokenEnd;
  const toldTo = m.proclitic === 'ل';
  if (toldTo && b < w.length && w.joined(b - 1) && COMPLEMENTIZERS.has(w.keys[b]!)) return media;
  if (a < 0 || !w.joined(a)) return undefined;
  // The word of speaking: right before a medium read through ل (في تصريحات [للجزيرة]), or one or two
  // words before مع (مقابلة [خاصة] مع الجزيرة: one adjective may stand between). One loop for both,
  // its bounds worked out for every medium: the مع case's own loop, first met in new text,
  // deoptimised gazetteerCandidates (into which this is inlined).
  const withMa = m.proclitic === '' && w.keys[a] === 'مع';
  const before = a - 1;
  const lo = Math.max(0, a - 2);
  const from = toldTo ? a : withMa ? before : -1;
  const to = toldTo ? a : lo;
  for (let k = from; k >= to; k--) {
    if (!w.joined(k)) return undefined;
    if (w.find(k, isInterviewWord)) return media;
  }
  return undefined;
}

/** A word of speaking before a medium (data/lexicon/lists/interview-words.txt): تصريحات، مقابلة. */
const isInterviewWord = (key: string): boolean => INTERVIEW_WORDS.has(key);

/**
 * Word `i`, a definite nationality adjective, describes the definite noun before it: the
 * adjective, not a country (الشركات السعودية). The caller asks it only of a name read with no
 * preposition: an adjective takes none (الدعم [للسعودية] is "support for Saudi Arabia").
 */
function isAdjectiveUse(w: Words, i: number): boolean {
  // An adjective agrees in definiteness: الوفد السعودي / الشركات السعودية, but الوفد سورية is the country.
  if (!w.demonym(i)?.definite || i === 0 || !w.joined(i - 1) || !w.isWord(i - 1)) return false;
  // الشركات السعودية، للجهود العراقية: a definite noun (proclitics allowed) before the adjective.
  const prev = w.find(i - 1, (k) => k.startsWith('ال') && k.length > 3);
  return prev !== undefined && !w.isClosedClass(i - 1) && !w.covered(i - 1);
}



/**
 * A country spelled like the accusative of its nisba (روسيا = روسيًّا، سوريا، أوكرانيا) after an
 * indefinite accusative noun (its ا of tanween written, its stem a common word): the adjective
 * "Russian", not the country: `صدت هجوما روسيا`، `استقبل وفدا روسيا`، `لاجئا سوريا`. Not after an
 * adverb in يا (اتهمت رسميا روسيا; a counted noun in يا is a noun: 84 جنديا أوكرانيا) nor a
 * verb (دعا روسيا: دع is no noun); `i` is the name's whole word (زعيماً [لروسيا] is the country under ل).
 */
export function accusativeAdjective(w: Words, i: number): boolean {
  if (i === 0 || !w.joined(i - 1) || !w.isWord(i - 1)) return false;
  const key = w.keys[i]!;
  const prev = w.keys[i - 1]!;
  const k = key.length;
  const n = prev.length;
  if (k < 4 || key.charCodeAt(k - 1) !== ALEF || key.charCodeAt(k - 2) !== YA) return false;
  // A noun in يا after a number is a counted noun, no adverb: 84 جنديا [أوكرانيا] is "84 Ukrainian soldiers".
  const counted = i >= 2 && w.joined(i - 2) && w.doc.kind(i - 2) === 'number';
  if (n < 4 || prev.charCodeAt(n - 1) !== ALEF || (prev.charCodeAt(n - 2) === YA && !counted)) return false;
  // تنازلت عنها [بريطانيا]: a preposition with its pronoun (عن + ها) is no accusative noun.
  return !w.isClosedClass(i - 1) && !w.covered(i - 1) && !w.hasPronounSuffix(i - 1) && w.isCommon(prev.slice(0, -1));
}

/**
 * A one-word name spelled like a month, with a day number before it or a year (a number, عام, سنة)
 * or الماضي/المقبل after it, is the month: a date, no entity (ANNOTATION.md). `في آب 2004`, `15
 * نيسان`, `في آب الماضي` (آب is إب in the 'search' form).
 */
function inDate(w: Words, m: GazetteerMatch): boolean {
  const i = m.tokenStart;
  if (!MONTHS.has(w.keyAt(i, m.start))) return false;
  if (i > 0 && w.joined(i - 1) && w.doc.kind(i - 1) === 'number') return true;
  if (afterMonthNoun(w, i)) return true;
  const j = m.tokenEnd;
  if (j >= w.length || !w.joined(j - 1)) return false;
  return w.doc.kind(j) === 'number' || YEAR_WORDS.has(w.keys[j]!);
}

/**
 * Word `i` follows the noun "month", with or without a proclitic (لشهر، في شهر، الشهر): a month's
 * name after it is the month (لشهر [ماي], not تيريزا ماي).
 */
export function afterMonthNoun(w: Words, i: number): boolean {
  return i > 0 && w.joined(i - 1) && w.find(i - 1, isMonthNoun) !== undefined;
}

const isMonthNoun = (key: string): boolean => MONTH_NOUNS.has(key);

/** في مسقط رأسه: `مسقط الرأس` is a birthplace, not the city of Muscat. */
function birthplaceIdiom(w: Words, m: GazetteerMatch): boolean {
  const j = m.tokenEnd;
  return w.keyAt(m.tokenStart, m.start) === 'مسقط' && j < w.length && w.joined(j - 1) && w.keys[j]!.startsWith('راس');
}

/**
 * `العالم العربي أبو بكر الرازي`: العالم is the scholar, and the adjective his, when a personal name
 * follows (a given name or أبو، ابن، عبد); not the region العالم العربي.
 */
function scholarBeforeName(w: Words, m: GazetteerMatch): boolean {
  const j = m.tokenEnd;
  if (m.tokenEnd - m.tokenStart !== 2 || w.keyAt(m.tokenStart, m.start) !== 'العالم' || j >= w.length || !w.joined(j - 1)) return false;
  return (w.givenAt(j) && !w.commonKeyAt(j)) || NAME_START_PARTICLES.has(w.keys[j]!);
}

/**
 * The word is written with a hamza on ya (ئ) and no spelling of the entry has one: the 'search'
 * form reads ئ as ي, but a writer who puts the hamza in writes another word (`المادة المهدئة`, "the
 * sedative", is not `المهدية`, the town). Names with ئ keep it in the gazetteer (الجزائر).
 */
function hamzaOnYaMismatch(w: Words, m: GazetteerMatch, entry: GazetteerEntry): boolean {
  if (!hasHamzaOnYa(w.text, m.start, m.end)) return false;
  return !entryName(entry).includes('ئ') && !entry.aliases.some((a) => a.includes('ئ'));
}

/** `text.slice(from, to)` has a ئ, without the slice. */
function hasHamzaOnYa(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x626) return true;
  return false;
}

function afterPlacePreposition(w: Words, i: number): boolean {
  if (i === 0 || !w.joined(i - 1)) return false;
  return PLACE_PREPOSITIONS.has(w.keys[i - 1]!);
}

/**
 * An organisation the gazetteer knows for sure, named inside a role phrase: after the ل of a
 * complement (الأمين العام [للأمم المتحدة]) or after a link head of its kind (شيخ [الأزهر]).
 */
function roleOrganisation(w: Words, m: GazetteerMatch): boolean {
  const org = m.entries.filter((e) => entryType(e) === 'ORG' && !entryAmbiguous(e));
  if (org.length === 0) return false;
  if (m.proclitic.endsWith('ل')) return true;
  const head = headAt(w, m.tokenStart);
  return head !== undefined && head.type === 'ORG' && org.some((e) => head.kinds.includes(entryKind(e) ?? ''));
}

/** Token `i` is inside a multi-word title that starts before it (وزير [الخارجية], رئيس [الوزراء]). */
function insideTitle(w: Words, i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) {
    const t = w.trigger(k, 'title');
    if (t && t.tokenEnd > i) return true;
  }
  return false;
}

/**
 * A known name written with a head noun before it (حركة حماس، وكالة الأناضول) whose rest is also
 * a name of the same entry: the head is a descriptor and stays outside (ANNOTATION.md: a descriptor
 * before a name that stands on its own), when that name is one word. Returns the token where the entity starts, or undefined.
 */
function standaloneAfterHead(w: Words, m: GazetteerMatch, entry: GazetteerEntry): number | undefined {
  if (m.tokenEnd - m.tokenStart < 2) return undefined; // لحركة [حماس]: a proclitic on the head stays outside with it
  const head = w.triggersAt(m.tokenStart).find((t) => t.kind === 'org-head' || t.kind === 'descriptor');
  if (!head || head.tokenEnd !== m.tokenStart + 1) return undefined;
  // حركة [حماس]، وكالة [الأناضول]: one word that names the entry on its own. A longer rest keeps
  // the head inside: [هيئة الحشد الشعبي] is the official name even though الحشد الشعبي is an alias.
  // A descriptor stays outside whatever follows (دولة [الإمارات العربية المتحدة]), and so does a
  // medium's head when the rest is the medium's own name (وكالة [فرانس برس]); منظمة [الأمم المتحدة]
  // and حزب [حركة الإنصاف] keep theirs.
  const rest = w.text.slice(w.doc.start(m.tokenStart + 1), m.end);
  const descriptor = head.kind === 'descriptor' || (entryKind(entry) === 'media' && searchForm(rest) === searchForm(entryName(entry)));
  if (m.tokenEnd - m.tokenStart !== 2 && !descriptor) return undefined;
  const same = w.gazetteer.lookup(rest).some((e) => e === entry || (entryId(e) !== undefined && entryId(e) === entryId(entry)));
  if (same || regionNamedAlone(w, m, entry, head.type)) return m.tokenStart + 1;
  return undefined;
}

/**
 * A place the gazetteer knows only with its region's descriptor, whose rest names it alone in
 * news: محافظة [البحيرة]، ولاية [الجزيرة]، جزيرة [كيش]. Not a rest that names nothing alone
 * ([محافظة العاصمة]، [جزيرة العرب]) or reads as a person's name ([جزيرة أبو موسى]، [جزيرة الأمير
 * إدوارد]); a given name alone is a place's name after its descriptor (بمدينة [نصر], as ANERcorp
 * marks it).
 */
function regionNamedAlone(w: Words, m: GazetteerMatch, entry: GazetteerEntry, headType: EntityType): boolean {
  if (headType !== 'LOC' || entryType(entry) !== 'LOC' || !REGION_DESCRIPTORS.has(w.keyAt(m.tokenStart, m.start))) return false;
  const first = m.tokenStart + 1;
  return !GENERIC_PLACE_WORDS.has(w.keys[first]!) && !KUNYA_PARTICLES.has(w.keys[first]!) && !w.trigger(first, 'title');
}

/**
 * Word `k` is a surname without the article that alone names a known person (the gazetteer's
 * surname index: ميركل is Angela Merkel): after another known person's full name it is that
 * person, not more of the name before it (خلف [أولاف شولتس] [ميركل]). Nisbas in ال (السعدي) are
 * left out: they do go on Arab names.
 */
export function anotherPersonsSurname(w: Words, k: number): boolean {
  const key = w.keys[k]!;
  return !startsWithArticle(key) && surnameIndex(w.gazetteer, w.lexicon).person(key) !== undefined;
}

/**
 * Word `k` after a known person continues the name: a family name or a nisba in ـي. Not a word
 * that starts a title (`[حسن نصر الله] الأمين العام`), a nationality adjective (`[نيلز بور]
 * الدنماركي`) or a common word (`[كرم جابر] الفائز`): after a full name such a word describes the
 * person and stays outside (ANNOTATION.md: titles and relational adjectives are no part of a name).
 */
function extendsPerson(w: Words, k: number): boolean {
  if (k >= w.length || !w.joined(k - 1) || !w.nameLike(k)) return false;
  if (w.commonKeyAt(k) || w.demonym(k) !== undefined || w.trigger(k, 'title') !== undefined) return false;
  const key = w.keys[k]!;
  return (w.familyAt(k) || (key.startsWith('ال') && key.endsWith('ي'))) && !anotherPersonsSurname(w, k);
}
