import { type Candidate, mergeCandidates, ruleCandidate } from '../candidates.js';
import { OCCUPATION_NOUNS } from '../closed-class.js';
import type { Component } from '../component.js';
import type { Words } from '../words.js';

/** The most words of a name an encyclopaedia's definition opens with (أبو بكر محمد بن زكريا is more: the lists know it). */
const MAX_NAME_WORDS = 4;
/** How far after the occupation its nationality adjective may come (لاعب كرة طاولة [مصري]). */
const ADJECTIVE_REACH = 3;
/** The most tokens of the dates in brackets after the name. */
const MAX_BRACKET_TOKENS = 16;

/**
 * A person an encyclopaedia's definition opens with: the sentence's first two to four name words,
 * then (after dates in brackets) an indefinite noun of an occupation (occupation-nouns.txt) and
 * within three words an indefinite nationality adjective: `[نجيب الريحاني] ممثل كوميدي مصري`،
 * `[مرزاق علواش] مخرج جزائري`، `[إنريكو فيرمي] ( 1901 - 1954 ) فيزيائي إيطالي`. The places'
 * counterpart is `place-regions` (`[كفرنبل] بلدة سورية`). The training corpora hold few such
 * sentences, and the tagger read the sentence's first words as no name, striking out the rules'
 * person; this component runs after it and adds the person only where nothing was chosen.
 */
export const definedPeople: Component = {
  name: 'defined-people',
  run(_doc, ctx) {
    const w = ctx.words;
    const doc = w.doc;
    let added: Candidate[] | undefined;
    let replaced: Candidate[] | undefined;
    for (let sentence = 0; sentence < doc.sentenceCount; sentence++) {
      const s = doc.sentenceFirstToken(sentence);
      const end = definedNameEnd(w, s);
      if (end < 0) continue;
      // A shorter person inside the name gives way to it ([ذكرى محمد الدالي] مطربة تونسية); anything else stays.
      const inside = chosenWithin(ctx.chosen, s, end);
      // Already chosen as it is (its id, if the gazetteer knows it, kept): [إنريكو فيرمي].
      if (inside === undefined || inside.some((c) => c.tokenStart === s && c.tokenEnd === end)) continue;
      if (inside.length > 0) (replaced ??= []).push(...inside);
      (added ??= []).push(ruleCandidate('PER', s, end, doc.start(s), doc.end(end - 1), 'context', 'defined-people'));
    }
    if (!added) return;
    const kept = replaced ? ctx.chosen.filter((c) => !replaced!.includes(c)) : ctx.chosen;
    ctx.chosen = mergeCandidates(kept, added);
  },
};

/** The end of the name that a definition opens with at token `s`, or -1. */
function definedNameEnd(w: Words, s: number): number {
  let end = s;
  while (end < w.length && end - s < MAX_NAME_WORDS && (end === s || w.joined(end - 1)) && nameWord(w, end)) end++;
  if (end - s < 2 || end >= w.length || !w.joined(end - 1)) return -1;
  // Dates in brackets after the name: ( 29 أكتوبر 1901 - 28 نوفمبر 1954 ).
  let k = end;
  if (w.doc.bare(k) === '(') {
    while (k < w.length && w.doc.bare(k) !== ')' && k - end < MAX_BRACKET_TOKENS) k++;
    if (k >= w.length || w.doc.bare(k) !== ')') return -1;
    k++;
  }
  if (k >= w.length || !w.isWord(k) || !OCCUPATION_NOUNS.has(w.keys[k]!)) return -1;
  for (let a = k + 1; a < w.length && a - k <= ADJECTIVE_REACH && w.joined(a - 1); a++) {
    const d = w.demonym(a);
    if (d !== undefined) return d.definite ? -1 : end;
  }
  return -1;
}

/** Word `k` may be part of a person's name: a name-like word or a known given or family name, no place or organisation the gazetteer knows. */
function nameWord(w: Words, k: number): boolean {
  if (!w.isWord(k) || w.coveredBy(k, 'LOC') || w.coveredBy(k, 'ORG') || OCCUPATION_NOUNS.has(w.keys[k]!)) return false;
  return w.nameLike(k) || w.givenAt(k) || w.personAt(k);
}

/** The chosen entities that overlap tokens `[s, end)`, when all are people inside them; undefined when another overlaps. */
function chosenWithin(chosen: readonly Candidate[], s: number, end: number): Candidate[] | undefined {
  const inside: Candidate[] = [];
  for (let i = 0; i < chosen.length; i++) {
    const c = chosen[i]!;
    if (c.tokenStart >= end || c.tokenEnd <= s) continue;
    if (c.type !== 'PER' || c.tokenStart < s || c.tokenEnd > end) return undefined;
    inside.push(c);
  }
  return inside;
}
