import { type Candidate, ruleCandidate } from '../candidates.js';
import type { Component } from '../component.js';
import { LETTER_NAMES } from '../closed-class.js';
import { entryType } from '../entry-fields.js';
import type { Doc } from '../../tokenize/document.js';
import { tokenIndex } from '../token-index.js';
import type { Words } from '../words.js';

/** Two to eight capital Latin letters or digits, starting with a letter: `IBM`, `AFP`, `BP`, `G20`. */
const ACRONYM = /^[A-Z][A-Z0-9&]{1,7}$/;

/** A Latin acronym (`IBM`, `AFP`, `G20`): after an organisation head, this component's to take. */
export function isLatinAcronym(s: string): boolean {
  return ACRONYM.test(s);
}

/**
 * A Latin-script acronym right after an organisation head or descriptor is the organisation; the
 * Arabic head stays outside, as a descriptor does: شركة [IBM]، وكالة [AFP]، مجموعة [BMW]. Right
 * after an organisation's name, or in brackets after it, it is that organisation's acronym, an
 * entity of its own: [هيئة الإذاعة البريطانية] [BBC]، [معهد الدراسات الاستراتيجية] ( [IISS] ).
 */
export const orgAcronym: Component = {
  name: 'org-acronym',
  run(doc, ctx) {
    const w = ctx.words;
    // The tokens right after an organisation the rules are sure of (a shared empty set when there
    // is none, as in most documents: no Set made for them).
    const afterOrg = tokensAfterOrganisations(ctx.candidates);
    // (A `for…of` over the set makes an iterator, even over an empty one.)
    if (afterOrg.size > 0) {
      for (const j of afterOrg) {
        const end = arabicAcronymEnd(w, j);
        if (end > 0) ctx.candidates.push(ruleCandidate('ORG', j + 1, end, doc.start(j + 1), doc.end(end - 1), 'context', 'org-acronym'));
      }
    }
    // Most documents have no Latin word at all: nothing more to look for.
    if (!doc.hasKind('latin')) return;
    // [مؤسسة سيمبيوسيس] ( [Symbiosis] ), [جامعة برلين الحرة] ( [Free University of Berlin] ): the
    // organisation's own name in Latin letters, in brackets right after it.
    for (const after of afterOrg) {
      // مؤسسة " [سيمبيوسيس] " ( [Symbiosis] ): after a quoted name, one word is enough.
      const quoted = after < doc.length && CLOSING_QUOTES.has(doc.bare(after));
      const j = quoted ? after + 1 : after;
      const end = latinNameEnd(doc, j, quoted ? 1 : 2);
      if (end > 0) ctx.candidates.push(ruleCandidate('ORG', j + 1, end, doc.start(j + 1), doc.end(end - 1), 'context', 'org-acronym'));
    }
    for (let j = 1; j < doc.length; j++) {
      if (doc.kind(j) !== 'latin' || !ACRONYM.test(doc.bare(j))) continue;
      const bracketed = j >= 2 && doc.bare(j - 1) === '(' && j + 1 < doc.length && doc.bare(j + 1) === ')' && afterOrg.has(j - 1) && doc.joined(j - 2);
      if (!bracketed && !(afterOrg.has(j) && doc.joined(j - 1))) continue;
      ctx.candidates.push(ruleCandidate('ORG', j, j + 1, doc.start(j), doc.end(j), 'context', 'org-acronym'));
    }
    // Only where a trigger phrase starts (every other token has none).
    const ix = tokenIndex(w);
    const at = ix.triggers;
    for (let s = 0; s < ix.triggerCount; s++) {
      const i = at[s]!;
      if (i + 1 >= doc.length) break;
      const head = w.triggersAt(i).find((t) => t.type === 'ORG' && (t.kind === 'org-head' || t.kind === 'descriptor'));
      if (!head) continue;
      const j = head.tokenEnd;
      if (j >= doc.length || !doc.joined(j - 1) || doc.kind(j) !== 'latin' || !ACRONYM.test(doc.bare(j))) continue;
      ctx.candidates.push(ruleCandidate('ORG', j, j + 1, doc.start(j), doc.end(j), 'context', 'org-acronym'));
    }
  },
};

const NO_TOKENS: ReadonlySet<number> = new Set();

/** The token after each organisation candidate that is not tentative. */
function tokensAfterOrganisations(candidates: readonly Candidate[]): ReadonlySet<number> {
  let out: Set<number> | undefined;
  for (const c of candidates) if (c.type === 'ORG' && !c.tentative) (out ??= new Set()).add(c.tokenEnd);
  return out ?? NO_TOKENS;
}

/**
 * An acronym in Arabic letters in brackets right after an organisation (`(` at token `j`): the
 * letters' names (`[مجموعة الخطوط الجوية الدولية] ( [آي إيه جي] )`, data/lexicon/lists/letter-names.txt)
 * or one word read as a word (`[وكالة الفضاء الأمريكية] ( [ناسا] )`) that is no common word, article
 * noun, number, nationality or known person or place. Returns the end of the acronym (the `)` token),
 * or 0.
 */
function arabicAcronymEnd(w: Words, j: number): number {
  const doc = w.doc;
  if (j + 2 >= w.length || doc.bare(j) !== '(' || !w.joined(j - 1)) return 0;
  let k = j + 1;
  while (k < w.length && k - j <= 4 && w.isWord(k) && LETTER_NAMES.has(w.keys[k]!)) k++;
  if (k - j >= 3 && k < w.length && doc.bare(k) === ')') return k;
  k = j + 1;
  if (!w.isWord(k) || k + 1 >= w.length || doc.bare(k + 1) !== ')') return 0;
  if (w.endsWithTanween(k)) return 0;
  // ( [ناسا] ): an organisation the gazetteer knows by that word, even one also a common word.
  const known = w.coverAt(k);
  if (known) return known.tokenStart === k && known.tokenEnd === k + 1 && known.entries.some((e) => entryType(e) === 'ORG') ? k + 1 : 0;
  const key = w.keys[k]!;
  if (key.startsWith('ال') || key.length < 3 || w.isCommonAt(k) || w.isCommonWithClitics(k) || w.demonym(k) || w.personAt(k)) return 0;
  return k + 1;
}

/** A capitalised Latin word (`Berlin`, `ScorePlus`) or a small word inside a name (`of`, `and`, `&`). */
const CAPITALISED = /^[A-Z][A-Za-z0-9&'.-]*$/;
const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', 'de', '&']);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '»', '”']);

/**
 * A name in Latin letters of `least` to six words, in brackets right after an organisation (`(` at
 * token `j`), each word capitalised or a link word, the first and last capitalised: returns the
 * end of the name (the `)` token), or 0. After an unquoted name one capitalised word alone is left
 * to the acronym rules (`least` 2).
 */
function latinNameEnd(doc: Doc, j: number, least: number): number {
  if (j + 2 >= doc.length || doc.bare(j) !== '(') return 0;
  let k = j + 1;
  while (k < doc.length && k - j <= 6 && doc.kind(k) === 'latin' && (CAPITALISED.test(doc.bare(k)) || NAME_LINKS.has(doc.bare(k)))) k++;
  if (k - j - 1 < least || k >= doc.length || doc.bare(k) !== ')') return 0;
  return CAPITALISED.test(doc.bare(j + 1)) && CAPITALISED.test(doc.bare(k - 1)) ? k : 0;
}
