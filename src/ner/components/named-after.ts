import { ruleCandidate, type Candidate } from '../candidates.js';
import { CARE_HEADS, NAMED_AFTER_ADJECTIVES, NAMED_INSTITUTION_HEADS, NAMED_PLACE_HEADS, PLACE_NAMED_FACILITY_HEADS, PLACE_NAMED_INSTITUTION_HEADS, TOWN_NAMED_FEATURE_HEADS } from '../closed-class.js';
import { fieldEnd } from '../organizations.js';
import { type Component, exactMatch } from '../component.js';
import type { Reading, Words } from '../words.js';

/** How many tokens a person's title may take between the head and the name (خادم الحرمين الشريفين). */
const TITLE_REACH = 3;
/** How many adjectives may end the name (مطار الملك خالد الدولي). */
const ADJECTIVES = 2;

const isPlaceHead = (key: string): boolean => NAMED_PLACE_HEADS.has(key);
const isInstitutionHead = (key: string): boolean => NAMED_INSTITUTION_HEADS.has(key);
const isFacilityHead = (key: string): boolean => PLACE_NAMED_FACILITY_HEADS.has(key);
const isFeatureHead = (key: string): boolean => TOWN_NAMED_FEATURE_HEADS.has(key);
const isInstitutionOfPlaceHead = (key: string): boolean => PLACE_NAMED_INSTITUTION_HEADS.has(key);
/** Gazetteer kinds of a town, a country or a province: what a lake or a valley may be named after. */
const TOWN_KINDS: ReadonlySet<string | undefined> = new Set(['city', 'country', 'subdivision']);

/**
 * Entity `c` names a person (a person, or a span that starts with a title or a given name: the
 * tagger's ORG `الملك فيصل`, the descriptor's LOC `رفيق الحريري`). Returns the token of the head
 * noun in construct before it (and before the person's title, if any), or -1.
 */
function headBefore(w: Words, c: Candidate): number {
  const first = c.tokenStart;
  if (c.type !== 'PER' && w.trigger(first, 'title') === undefined && !w.givenAt(first)) return -1;
  // A place the gazetteer knows by that name stands on its own, its head a descriptor outside
  // (ANNOTATION.md: مدينة [الموصل]): حي [الشيخ جراح].
  if (c.type === 'LOC' && w.coveredBy(first, 'LOC') && w.coverAt(first)!.tokenEnd === c.tokenEnd) return -1;
  let h = first - 1;
  // A title between the head and the name: شارع [الملك] فيصل، كأس [خادم الحرمين الشريفين] …
  for (let j = first - 1; j >= 0 && j >= first - TITLE_REACH; j--) {
    if (w.trigger(j, 'title')?.tokenEnd === first) {
      h = j - 1;
      break;
    }
  }
  return h >= 0 && w.joined(h) ? h : -1;
}

/**
 * Place `c` stands right after the head of something named after it: a facility (مطار [دبي]، قلعة
 * [القاهرة], place-named-facility-heads.txt) or a natural feature named after a town or country the
 * gazetteer knows (بحيرة [طبريا]، وادي [درنة], town-named-feature-heads.txt), both places; or an
 * institution (مرصد [إسطنبول]، متحف [دمشق], place-named-institution-heads.txt), an organisation.
 * The head (the token before `c`, read without its proclitics: بمطار) and whether the whole is a
 * place, or undefined. Not after a proclitic on the place (مطار بدبي is no name).
 */
function placeHeadBefore(w: Words, c: Candidate): { head: Reading; place: boolean } | undefined {
  const h = c.tokenStart - 1;
  if (c.type !== 'LOC' || h < 0 || !w.joined(h) || c.start !== w.doc.start(c.tokenStart)) return undefined;
  const facility = w.find(h, isFacilityHead);
  if (facility) return { head: facility, place: true };
  const m = exactMatch(w, c);
  const feature = m !== undefined && m.entries.every((e) => TOWN_KINDS.has(e.kind)) ? w.find(h, isFeatureHead) : undefined;
  if (feature) return { head: feature, place: true };
  const institution = w.find(h, isInstitutionOfPlaceHead);
  return institution ? { head: institution, place: false } : undefined;
}

/**
 * Entity `c` (a person, or a title or given name and what follows) stands right after the head
 * of a place or institution named after a person (جسر [الملك فهد]): this component makes the
 * two one name after the tagger has run, so the tagger must not strike the person out first
 * (it read جسر الملك فهد as no entity, and the bridge was lost; tagger/component.ts).
 */
export function namedAfterPerson(w: Words, c: Candidate): boolean {
  const h = headBefore(w, c);
  return h >= 0 && (w.find(h, isPlaceHead) ?? w.find(h, isInstitutionHead)) !== undefined;
}

/**
 * A place or institution named after a person (ANNOTATION.md: of nested names only the outermost
 * one, [جامعة الملك فهد للبترول والمعادن]). A person right after the construct head of a place
 * (data/lexicon/lists/named-place-heads.txt) becomes one LOC with the head, the title and up to two
 * of the name's adjectives (named-after-adjectives.txt): `هبطت في [مطار رفيق الحريري الدولي]`،
 * `[شارع الحبيب بورقيبة]`; after an institution's head (named-institution-heads.txt), one ORG:
 * `[مستشفى الملك فيصل التخصصي]`. The head is indefinite (the lists hold no article): `استقبله في
 * المطار الرئيس …` keeps its person. A prize keeps its person (كأس [جول ريميه]: the guide names no
 * prize, and ANERcorp and AQMAR mark the person). A place right after the head of a facility named
 * after it is one LOC with the head too (`[مطار دبي الدولي]`، `[قلعة القاهرة]`، `[بحيرة طبريا]`; see
 * {@link placeHeadBefore}). Runs after the tagger, on what it chose.
 */
export const namedAfter: Component = {
  name: 'named-after',
  run(_doc, ctx) {
    const w = ctx.words;
    const chosen = ctx.chosen;
    let out: Candidate[] | undefined;
    for (let k = 0; k < chosen.length; k++) {
      const c = chosen[k]!;
      let h = headBefore(w, c);
      let place = h < 0 ? undefined : w.find(h, isPlaceHead);
      let head = h < 0 ? undefined : (place ?? w.find(h, isInstitutionHead));
      if (!head) {
        // [مطار دبي الدولي] a place; [مرصد إسطنبول] an organisation.
        const named = placeHeadBefore(w, c);
        h = c.tokenStart - 1;
        head = named?.head;
        place = named?.place ? named.head : undefined;
      }
      const previous = out ? out[out.length - 1] : chosen[k - 1];
      if (!head || (previous !== undefined && previous.tokenEnd > h)) {
        out?.push(c);
        continue;
      }
      out ??= chosen.slice(0, k);
      // The name's adjectives, up to the next entity.
      const limit = k + 1 < chosen.length ? chosen[k + 1]!.tokenStart : w.doc.length;
      let end = c.tokenEnd;
      while (end < limit && end - c.tokenEnd < ADJECTIVES && w.joined(end - 1) && w.isWord(end) && NAMED_AFTER_ADJECTIVES.has(w.keys[end]!)) end++;
      // A hospital's لل is what a patient is taken there for (care-heads.txt: نقل إلى مستشفى … للعلاج).
      if (!place && !CARE_HEADS.has(head.key)) {
        const field = fieldEnd(w, end);
        if (field > 0 && field <= limit) end = field;
      }
      out.push(ruleCandidate(place ? 'LOC' : 'ORG', h, end, head.start, w.doc.end(end - 1), 'context', 'named-after'));
    }
    if (out) ctx.chosen = out;
  },
};
