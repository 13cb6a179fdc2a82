import type { Doc } from '../../tokenize/document.js';
import type { Candidate } from '../candidates.js';
import type { Component } from '../component.js';
import { insideEventName } from '../components/event-names.js';
import { namedAfterPerson } from '../components/named-after.js';
import { insideWorkTitle } from '../components/work-titles.js';
import { FAMILY_PARTICLES, FILIATION_PARTICLES, FOREIGN_NAME_PARTICLES } from '../closed-class.js';
import { isAddedCommonWord } from '../lexicon-extension.js';
import { combine, PROTECTED_RULES, vetoable, type CombinePolicy } from './combine.js';
import { clubsNamedByPlaces, outsideSpans, tagView, taggerView, unbackedPeople, type TaggedSpan } from './document.js';
import { endOfCandidate, ruleOfCandidate, startOfCandidate, typeOfCandidate } from './fields.js';
import { accusativeAdjective, anotherPersonsSurname } from '../known.js';
import { prepositionalPhrase } from '../people.js';
import type { Words } from '../words.js';
import type { TaggerModel } from './model.js';

/**
 * The `tagger` component: after the rules have chosen (and propagated) their entities, the model
 * reads the document's evidence and the rules' choice, tags every token, and its spans replace
 * the rules' where they overlap (`policy`, chosen by measurement: see docs/MODEL.md). Entities it
 * adds carry `rule: 'tagger'`.
 *
 * @example
 * // 'وقاد دي ماريا هجمات الفريق' → the rules know no name here; the tagger adds [دي ماريا] PER.
 * recognizer({ components: [...rules, taggerComponent(model), nationalities] })
 */
export function taggerComponent(model: TaggerModel, policy: CombinePolicy = 'tagger-first'): Component {
  return {
    name: 'tagger',
    run(doc, ctx) {
      if (doc.length === 0) return;
      // The view is read here and dropped: its input in shared work space.
      const view = taggerView(doc, ctx, true);
      const verdict = tagView(model, view);
      const spans = splitKnownPeople(ctx.words, keepPlausible(doc, ctx.words, verdict.spans), ctx.chosen);
      const outside = keepNamedAfter(ctx.words, unbackedPeople(ctx.chosen, spans, outsideSpans(verdict.scores, ctx.chosen, vetoable)));
      const chosen = combine(policy, ctx.chosen, spans, PROTECTED_RULES, outside, clubsNamedByPlaces(verdict.scores, ctx.chosen, spans));
      // createAnalyzer({ lexicon: { common: ['كوستاس'] } }): the caller says this word is no name, and
      // a nationality adjective is none (nationalityAsPlace);
      // دوري أبطال [أوروبا]: a place inside an event's name is none either (event-names), nor a
      // name inside a work's quoted title (رواية « زينب »: work-titles).
      const kept = (c: Candidate) =>
        (ruleOfCandidate(c) !== 'tagger' || endOfCandidate(c) - startOfCandidate(c) !== 1 || (!isAddedCommonWord(ctx.lexicon, doc.key(startOfCandidate(c))) && !nationalityAsPlace(ctx.words, c))) &&
        !insideEventName(ctx.words, c) &&
        !insideWorkTitle(ctx.words, c);
      // Every entity through one push: a filter run only when one goes (rarely) was first run late
      // in a long text, a deopt of this code. The list itself when all stay.
      const stay: Candidate[] = [];
      for (let k = 0; k < chosen.length; k++) {
        const c = chosen[k]!;
        if (kept(c) && !phraseAfterPerson(ctx.words, c, stay[stay.length - 1])) stay.push(c);
      }
      ctx.chosen = stay.length === chosen.length ? chosen : stay;
    },
  };
}

/**
 * A one-word place of the tagger's that is a nationality adjective, with the article or feminine,
 * that no gazetteer name covers: `هي مدينة [مغربية]` (ANNOTATION.md: nationality adjectives are no
 * entities; سورية, also the country, is a gazetteer name; كوبي, "Cuban", is also Kobe); or a
 * country's name read as the accusative adjective after an indefinite noun (`هجوما روسيا`, known.ts).
 */
function nationalityAsPlace(w: Words, c: Candidate): boolean {
  const i = startOfCandidate(c);
  if (typeOfCandidate(c) !== 'LOC') return false;
  if (c.start === w.doc.start(i) && accusativeAdjective(w, i)) return true;
  if (w.covered(i)) return false;
  const d = w.demonym(i);
  return d !== undefined && (d.definite || d.gender === 'f');
}

/**
 * A person of the tagger's over exactly two people of the rules', side by side, each of whom the
 * gazetteer knows by that name or surname, is those two (`التقى [بوتين] [أردوغان]`: subject and
 * object; the model, trained on text where such pairs are rare, read one name). One pass, the
 * rules' people looked up by their first token (linear on a document of any length).
 */
function splitKnownPeople(w: Words, spans: TaggedSpan[], chosen: readonly Candidate[]): TaggedSpan[] {
  let people: Map<number, Candidate> | undefined;
  let out: TaggedSpan[] | undefined;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.type === 'PER' && s.tokenEnd - s.tokenStart >= 2) {
      people ??= peopleByStart(chosen);
      const first = people.get(s.tokenStart);
      const second = first !== undefined && endOfCandidate(first) < s.tokenEnd ? people.get(endOfCandidate(first)) : undefined;
      if (first !== undefined && second !== undefined && endOfCandidate(second) === s.tokenEnd && knownPersonAt(w, s.tokenStart) && knownPersonAt(w, startOfCandidate(second))) {
        out ??= spans.slice(0, k);
        out.push({ type: 'PER', tokenStart: s.tokenStart, tokenEnd: endOfCandidate(first), start: s.start, end: first.end });
        out.push({ type: 'PER', tokenStart: startOfCandidate(second), tokenEnd: s.tokenEnd, start: second.start, end: s.end });
        continue;
      }
    }
    out?.push(s);
  }
  return out ?? spans;
}

/** The rules' people by their first token (the first of them where several start at one). */
function peopleByStart(chosen: readonly Candidate[]): Map<number, Candidate> {
  const out = new Map<number, Candidate>();
  for (let k = 0; k < chosen.length; k++) {
    const c = chosen[k]!;
    if (typeOfCandidate(c) === 'PER' && !out.has(startOfCandidate(c))) out.set(startOfCandidate(c), c);
  }
  return out;
}

/** Word `k` begins a person the gazetteer knows, or is a surname that names one alone (بوتين). */
function knownPersonAt(w: Words, k: number): boolean {
  return w.coveredBy(k, 'PER') || anotherPersonsSurname(w, k);
}

/**
 * `outside` (the rules' entities the tagger would strike out) without the people that `named-after`
 * will make one name with the head before them (جسر [الملك فهد]): the set itself when none is.
 */
function keepNamedAfter(w: Words, outside: ReadonlySet<Candidate>): ReadonlySet<Candidate> {
  let out: Set<Candidate> | undefined;
  for (const c of outside) if (namedAfterPerson(w, c)) (out ??= new Set(outside)).delete(c);
  return out ?? outside;
}

/**
 * A person of the tagger's right after another person that starts with a word under ب or ل
 * whose rest is a common word or a verbal noun (`[وليد غالب] بمجهود فردي`): the phrase of the
 * sentence that the rules end a name before (people.ts, `prepositionalPhrase`), not a second person.
 */
function phraseAfterPerson(w: Words, c: Candidate, before: Candidate | undefined): boolean {
  return (
    before !== undefined &&
    typeOfCandidate(c) === 'PER' &&
    ruleOfCandidate(c) === 'tagger' &&
    typeOfCandidate(before) === 'PER' &&
    endOfCandidate(before) === startOfCandidate(c) &&
    w.joined(startOfCandidate(c) - 1) &&
    prepositionalPhrase(w, startOfCandidate(c))
  );
}

/**
 * The longest name the tagger may propose, in tokens. Names in the annotated corpora are at most
 * a few words (over 99.9% have 7 or fewer); a longer run of B/I tags is the model running away,
 * as on 'د.د.د.…' (a page of "Dr." abbreviations), which once came out as one ORG of 2,000 tokens.
 */
export const MAX_TAGGER_TOKENS = 12;

/** The spans of `spans` (the tagger's own array, filtered in place) that are {@link plausibleSpan}. */
function keepPlausible(doc: Doc, w: Words, spans: TaggedSpan[]): TaggedSpan[] {
  let n = 0;
  for (const s of spans) {
    if (!plausibleSpan(doc, s)) continue;
    if (s.type === 'PER' && endsOnParticle(doc, w, s)) {
      s.tokenEnd++;
      s.end = doc.end(s.tokenEnd - 1);
    }
    spans[n++] = s;
  }
  spans.length = n;
  return spans;
}

/**
 * A tagger span is a name only if it is short, stays in one sentence, has no punctuation at its
 * edges and is not the language of a gloss ({@link languageOfGloss}).
 */
export function plausibleSpan(doc: Doc, s: TaggedSpan): boolean {
  if (s.tokenEnd - s.tokenStart > MAX_TAGGER_TOKENS) return false;
  if (doc.sentence(s.tokenStart) !== doc.sentence(s.tokenEnd - 1)) return false;
  return doc.kind(s.tokenStart) !== 'punct' && doc.kind(s.tokenEnd - 1) !== 'punct' && !languageOfGloss(doc, s);
}

/**
 * A person of the tagger's that ends on a particle of descent before the name it introduces, in
 * the same sentence: the name goes on. After آل a family's name (`مؤسسة الشيخ [عيد بن محمد آل]
 * ثاني` → `[عيد بن محمد آل ثاني]`); after بن, بنت or ابن a given name (`[راشد بن] محمد`), not a
 * kinship word (`زيان ابن أخيه`, "his nephew") nor a place (`محمد بن ببغداد`).
 */
function endsOnParticle(doc: Doc, w: Words, s: TaggedSpan): boolean {
  const last = doc.key(s.tokenEnd - 1);
  // [إيمون دي] فاليرا: a European name's particle (foreign-name-particles.txt) goes on like آل.
  const family = FAMILY_PARTICLES.has(last) || FOREIGN_NAME_PARTICLES.has(last);
  if (!family && !FILIATION_PARTICLES.has(last)) return false;
  const next = s.tokenEnd;
  if (!doc.isWord(next) || doc.sentence(next) !== doc.sentence(s.tokenStart) || !w.joined(next - 1)) return false;
  return family || w.givenAt(next);
}

/** Punctuation that opens a gloss or separates two: `(بالإنجليزية: …؛ بالفرنسية: …)`. */
const GLOSS_OPENERS: ReadonlySet<string> = new Set(['(', '،', '؛', ',', ';']);

/**
 * Wikipedia's gloss of a name in another language, `تطوان (بالأمازيغية: ⵜⵉⵟⵟⴰⵡⵉⵏ)`: the one word
 * read through بال between an opening bracket (or the separator of two glosses) and a colon names a
 * language, which ANNOTATION.md says is no entity. The model read الأمازيغية and الكردية there as
 * places (languages with no country's nationality adjective to tell it otherwise).
 */
function languageOfGloss(doc: Doc, s: TaggedSpan): boolean {
  const i = s.tokenStart;
  if (s.tokenEnd !== i + 1 || i === 0 || i + 1 >= doc.length || !doc.key(i).startsWith('بال')) return false;
  return doc.bare(i + 1) === ':' && GLOSS_OPENERS.has(doc.bare(i - 1));
}
