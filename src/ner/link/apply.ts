import { builtinGazetteer, type Gazetteer, type GazetteerEntry, type GazetteerMatch } from '../../gazetteer/index.js';
import { surnameIndex } from '../../gazetteer/surnames.js';
import { searchForm } from '../../gazetteer/trie.js';
import { type Candidate, ruleCandidate } from '../candidates.js';
import type { Words } from '../words.js';
import { chooseLink, countryOf, type LinkContext } from './choose.js';
import { documentCountries } from './evidence.js';
import { headIn } from './heads.js';
import { neverPerson } from './never-people.js';
import type { LinkHead } from './types.js';
import { entryId, entryKind, entryName, entryType } from '../entry-fields.js';

/** The link head right before token `i` of the document (`سلطنة [عمان]`, `مراسل [الجزيرة]`). */
export function headAt(w: Words, i: number): LinkHead | undefined {
  return headIn(w.keys, i, w.lexicon, w, w.doc);
}

/**
 * Entries a user added win over the built-in ones of the same spelling (`createAnalyzer({ entries:
 * [{ name: 'دمشق', type: 'ORG' }] })`). Undefined for the built-in gazetteer itself.
 */
export function userEntries(w: Words): ((e: GazetteerEntry) => boolean) | undefined {
  return w.gazetteer === builtinGazetteer() ? undefined : notBuiltin(builtinGazetteer());
}

/** The test itself in a function of its own: its closure over `builtin` made a context at every call, every document. */
function notBuiltin(builtin: Gazetteer): (e: GazetteerEntry) => boolean {
  return (e) => !builtin.lookup(entryName(e)).includes(e);
}

/**
 * A head before an ambiguous name that confirms it (data/lexicon/link-heads.tsv, `confirms`):
 * `زار سلطنة [عمان]`، `مراسل [الجزيرة]`، `قادة [القاعدة]`. Returns the entry the head chooses.
 */
export function confirmedByHead(w: Words, m: GazetteerMatch): GazetteerEntry | undefined {
  if (m.proclitic !== '') return undefined;
  const head = headAt(w, m.tokenStart);
  if (!head?.confirms) return undefined;
  const fit = m.entries.filter((e) => entryType(e) === head.type && (head.kinds.length === 0 || head.kinds.includes(entryKind(e) ?? '')));
  return fit.length > 0 ? chooseLink(fit, { head })?.entry : undefined;
}

/**
 * Links the chosen entities (after `resolve` and propagation), in place:
 * - a name the gazetteer knows gets the entry chosen by {@link chooseLink} among the entries of its
 *   type (head, the document's countries, the built-in order), with `candidates` and `link`;
 *   a name found through a descriptor keeps its id (`مدينة [صفاقس]` → tn-sfax);
 * - a one-word person with no id gets the one well-known bearer of that surname (`link: 'surname'`),
 *   and so does a full name of as many words ending in it whose given name is the bearer's spelled
 *   otherwise (`إيمانوئيل ماكرون`: {@link sameGivenName});
 * - a one-word person that data/lexicon/never-people.tsv lists is dropped (`قائلا`، `الأموي`).
 * Returns the entities kept.
 */
export function linkChosen(w: Words, chosen: readonly Candidate[], matches: readonly GazetteerMatch[]): Candidate[] {
  // The match ending at each token (the last one, as matches come in text order); no Map for a
  // document the gazetteer found nothing in.
  const byEnd = matches.length > 0 ? matchEnds(matches) : undefined;
  let countries: Map<string, number> | undefined;
  const preferred = userEntries(w);
  // The kept entities are copied only from the first one dropped (most documents drop none).
  let out: Candidate[] | undefined;
  for (let k = 0; k < chosen.length; k++) {
    const c = chosen[k]!;
    const words = c.tokenEnd - c.tokenStart;
    const never = c.type === 'PER' && words === 1 && c.source !== 'document' && c.source !== 'gazetteer' && neverPerson(w.keyAt(c.tokenStart, c.start)) !== undefined;
    // What stands at this place in the result: `c` (linked in place), a copy of it, or nothing
    // (DROPPED: an object, so that the tests below compare objects only).
    let kept: Candidate = never ? DROPPED : c;
    const m = never ? undefined : byEnd?.get(c.tokenEnd);
    // The candidate is the match, or the match without a descriptor head (حركة [حماس]); a name
    // propagated from a full name (الكاظمي after مصطفى الكاظمي) keeps that person.
    if (m !== undefined && m.tokenStart <= c.tokenStart && c.rule !== 'document') {
      const entries = entriesOfType(m.entries, c.type);
      if (c.type === 'ORG' && entries.length > 0 && headOfOtherKind(w, c.tokenStart, entries)) {
        // مجلة [الهلال]: a head that names a kind of organisation (media) none of the entries is
        // (the club): another organisation of that name, which the gazetteer does not know.
        c.canonical = undefined;
        c.id = undefined;
      } else if (entries.length === 1) {
        // One entry (most names): it is the choice whatever the head before the name or the
        // document's countries say, and no real choice (no `candidates`, no `link`), so neither is
        // looked for (the head was a lookup of the words before every linked name).
        c.canonical = entryName(entries[0]!);
        c.id = entryId(entries[0]!);
      } else if (entries.length > 1) {
        const context: LinkContext = { head: headAt(w, c.tokenStart), preferred };
        if (!oneCountry(entries)) context.countries = countries ??= documentCountries(matches, demonyms(w));
        const choice = chooseLink(entries, context)!;
        c.canonical = entryName(choice.entry);
        if (entryId(choice.entry) !== undefined) c.id = entryId(choice.entry);
        else c.id = undefined; // not `delete`, which leaves V8 a slow (dictionary) object
        if (choice.candidates) c.candidates = choice.candidates;
        if (choice.link) c.link = choice.link;
      }
    }
    if (!never && c.type === 'PER' && c.id === undefined && (words === 1 || w.doc.isWord(c.tokenEnd - 1))) {
      const person = surnameIndex(w.gazetteer, w.lexicon).person(words === 1 ? w.keyAt(c.tokenStart, c.start) : w.keys[c.tokenEnd - 1]!);
      if (person?.id !== undefined && (words === 1 || sameGivenName(person.name, w.keyAt(c.tokenStart, c.start), words))) {
        // A rule's candidate without a canonical name becomes one of its own (see surnameLinked);
        // the others (the gazetteer's, a name already linked) are edited in place.
        if (c.canonical === undefined && c.source !== 'gazetteer') kept = surnameLinked(c, person.id, person.name);
        else {
          c.id = person.id;
          c.canonical = person.name;
          c.link = 'surname';
        }
      }
    }
    // The kept entities are copied from the first one dropped or replaced (most documents: none),
    // through one call whatever the reason (a drop's own call, first met in new text, deoptimised this).
    if (kept !== c) out ??= chosen.slice(0, k);
    if (out !== undefined && kept !== DROPPED) out.push(kept);
  }
  return out ?? chosen.slice();
}

/**
 * The link head before token `i` says what kind of organisation the name is (data/lexicon/link-heads.tsv,
 * `names`: قناة، صحيفة → media; نادي → club) and none of `entries` is of that kind. Asked of
 * organisations only: a place's head that fits no entry (مدينة before a name known as a province)
 * still links to it, and a head that only makes an entry likelier (قادة [الناتو]، فريق [الأمم المتحدة]) is no such head.
 */
function headOfOtherKind(w: Words, i: number, entries: readonly GazetteerEntry[]): boolean {
  const head = headAt(w, i);
  if (head === undefined || !head.names || head.type !== 'ORG') return false;
  for (const e of entries) if (head.kinds.includes(entryKind(e) ?? '')) return false;
  return true;
}

/**
 * Whether a full name of `words` words whose first word's key is `given` is `name` (a person the
 * gazetteer knows, whose surname it ends with) with the given name spelled otherwise: as many words,
 * and the same consonants once the long vowels and hamza seats are taken out (إيمانويل / إيمانوئيل،
 * فلاديمير / فلادمير). A different person of the same surname keeps no link (بريجيت ماكرون).
 */
function sameGivenName(name: string, given: string, words: number): boolean {
  const parts = searchForm(name).split(' ');
  if (parts.length !== words) return false;
  const theirs = consonants(parts[0]!);
  return theirs.length >= 2 && theirs === consonants(given);
}

/** A 'search' key without its long vowels, hamza and final ه/ة (ا و ي ء): the consonants a transliteration keeps. */
function consonants(key: string): string {
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const c = key[i]!;
    if (c !== 'ا' && c !== 'و' && c !== 'ي' && c !== 'ء' && !(c === 'ه' && i === key.length - 1)) out += c;
  }
  return out;
}

/** The place of a dropped entity in {@link linkChosen} (never in a result). */
const DROPPED: Candidate = ruleCandidate('PER', 0, 0, 0, 0, 'context', 'dropped');

/**
 * Rule candidate `c` linked to the one well-known bearer of its surname: a copy with `id` before
 * `canonical`, the order in which the link has always written them onto a rule's candidate (a
 * rule's candidates now have both keys from the start, canonical first: ruleCandidate).
 */
function surnameLinked(c: Candidate, id: string, canonical: string): Candidate {
  return {
    type: c.type,
    tokenStart: c.tokenStart,
    tokenEnd: c.tokenEnd,
    start: c.start,
    end: c.end,
    source: c.source,
    rule: c.rule,
    rank: c.rank,
    tentative: c.tentative,
    id,
    canonical,
    candidates: c.candidates,
    link: 'surname',
  };
}

/**
 * The entries of `type`: the list itself when all are (one entry, most names), else a filtered copy.
 * A module function, not `filter` with a closure over the loop's candidate, which made V8 allocate
 * a context for the loop body at every entity, linked or not.
 */
function entriesOfType(entries: readonly GazetteerEntry[], type: Candidate['type']): readonly GazetteerEntry[] {
  let all = true;
  for (let k = 0; k < entries.length; k++) if (entryType(entries[k]!) !== type) all = false;
  if (all) return entries;
  const out: GazetteerEntry[] = [];
  for (let k = 0; k < entries.length; k++) if (entryType(entries[k]!) === type) out.push(entries[k]!);
  return out;
}

/** All of `entries` belong to the country of the first (a module function: a closure over the entries made a context at every linked name). */
function oneCountry(entries: readonly GazetteerEntry[]): boolean {
  const first = countryOf(entries[0]!);
  for (let k = 1; k < entries.length; k++) if (countryOf(entries[k]!) !== first) return false;
  return true;
}

function matchEnds(matches: readonly GazetteerMatch[]): Map<number, GazetteerMatch> {
  const byEnd = new Map<number, GazetteerMatch>();
  for (const m of matches) byEnd.set(m.tokenEnd, m);
  return byEnd;
}

function* demonyms(w: Words) {
  for (let i = 0; i < w.length; i++) yield w.demonym(i);
}
