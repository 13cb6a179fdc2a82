import { type Candidate, ruleCandidate } from '../candidates.js';
import { OCCUPATION_COMPLEMENTS, OCCUPATION_NOUNS, SPORT_NAMES } from '../closed-class.js';
import { AS_WRITTEN, editComponent, type RecognizerContext } from '../component.js';
import { nameStart } from '../tagger/evidence.js';
import type { Demonym } from '../../gazetteer/index.js';
import type { Words } from '../words.js';

/**
 * Words at a person's edges that are no part of a name, taken off what the rules and the tagger
 * chose (ANNOTATION.md: nationality adjectives and roles are no entities):
 * - a nationality adjective first: `الصربي [مياتوفيتش]`، `سياسي كيني بارز` (then nothing is left);
 * - last, a name of a sport or the noun of an occupation that an encyclopaedia's definition puts
 *   after the name, and a nationality adjective after such a word: `[إيان ثورب] سباح أسترالي`،
 *   `[فولكر بيرتس] أكاديمي ألماني`، `لاعبة تنس تونسية` (no person at all); not a surname spelled
 *   like a nationality adjective (`[جون كندي]`). A noun of an occupation that is also a given name
 *   (رائد، فارس) goes only before the nationality adjective or أعمال.
 * A person left with one word that is such a word, or a common word after a cut, is dropped.
 * Runs after the tagger, on what it chose: the model's features do not depend on it.
 */
export const personEdges = editComponent('person-edges', personWithoutEdges);

/** `c`, or the person without the words at its edges that are no name, or nothing when no name is left. */
function personWithoutEdges(ctx: RecognizerContext, c: Candidate): Candidate | undefined {
  if (c.type !== 'PER' || AS_WRITTEN.has(c.rule)) return c;
  const w = ctx.words;
  let s = c.tokenStart;
  let e = c.tokenEnd;
  while (e - s >= 2 && leadingAdjective(w, s)) s++;
  while (e - s >= 2 && trailingWord(w, e - 1)) e--;
  const cut = s !== c.tokenStart || e !== c.tokenEnd;
  // A one-word person that is a sport or an occupation, cut or not: لاعبة [إسكواش] مصرية.
  if (e - s === 1 && (cut ? noPersonLeft(w, s) : roleWordAlone(w, s))) return undefined;
  if (!cut) return c;
  const start = s === c.tokenStart ? c.start : nameStart(w, s);
  const end = e === c.tokenEnd ? c.end : w.doc.end(e - 1);
  return ruleCandidate('PER', s, e, start, end, c.source, c.rule, c.rank);
}

/**
 * A nationality adjective in the singular that no gazetteer name covers: with the article
 * (`الصربي [مياتوفيتش]`), or without it after the indefinite noun it describes (`سياسي كيني
 * بارز`; not `[كوبي براينت]` or `[تركي الفيصل]`, whose first words are names).
 */
function leadingAdjective(w: Words, i: number): boolean {
  if (w.covered(i)) return false;
  const d = w.demonym(i);
  if (d === undefined || d.number !== 'sg') return false;
  return d.definite || (!w.personAt(i) && i > 0 && w.joined(i - 1) && indefiniteNoun(w, i - 1));
}

/** An occupation, or a common word without the article: the noun a nationality adjective follows. */
function indefiniteNoun(w: Words, i: number): boolean {
  if (!w.isWord(i)) return false;
  return isOccupation(w, i) || (w.isCommonAt(i) && !w.keys[i]!.startsWith('ال'));
}

/** Word `i`, or its stem after a proclitic (`وأكاديمي`), is the noun of an occupation. */
function isOccupation(w: Words, i: number): boolean {
  return w.find(i, isOccupationKey) !== undefined;
}

function isOccupationKey(key: string): boolean {
  return OCCUPATION_NOUNS.has(key);
}

function isSportKey(key: string): boolean {
  return SPORT_NAMES.has(key);
}

/** A last word that ends no name: an indefinite nationality adjective, a sport, an occupation. */
function trailingWord(w: Words, i: number): boolean {
  if (!w.isWord(i) || w.covered(i)) return false;
  const d = w.demonym(i);
  // [جون كندي]، [ميساء مغربي]: a surname spelled like a nationality adjective ends a name; the
  // adjective goes only after a role's word (لاعبة تنس تونسية).
  if (d !== undefined) return indefiniteSingular(d) && i > 0 && roleWordAlone(w, i - 1);
  if (w.find(i, isSportKey) !== undefined) return true;
  if (!isOccupation(w, i)) return false;
  // رائد، فارس، عالم are given names too: the noun only before its nationality adjective or the
  // second word of its occupation (رائد أعمال: occupation-complements.txt).
  if (!w.personAt(i)) return true;
  if (i + 1 >= w.length || !w.joined(i)) return false;
  return indefiniteSingular(w.demonym(i + 1)) || (w.isWord(i + 1) && OCCUPATION_COMPLEMENTS.has(w.keys[i + 1]!));
}

/** A nationality adjective without the article, in the singular (`كيني`، `تونسية`). */
function indefiniteSingular(d: Demonym | undefined): boolean {
  return d !== undefined && !d.definite && d.number === 'sg';
}

/** What is left after a cut names no one: such a word, or a common word that is no given or family name (`بارز`). */
function noPersonLeft(w: Words, i: number): boolean {
  return roleWordAlone(w, i) || (w.isCommonAt(i) && !w.personAt(i)) || w.demonym(i) !== undefined;
}

/**
 * A sport, an occupation or a nationality adjective in the singular without the article, that is
 * no given or family name: `لاعبة [إسكواش] مصرية`، `صحفي و[أكاديمي] سوداني`، `سياسي [كيني]`.
 */
function roleWordAlone(w: Words, i: number): boolean {
  if (!w.isWord(i) || w.personAt(i) || w.covered(i)) return false;
  if (w.find(i, isSportKey) !== undefined || isOccupation(w, i)) return true;
  return indefiniteSingular(w.demonym(i));
}
