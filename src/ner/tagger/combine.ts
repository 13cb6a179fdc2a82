import { byStart, ruleCandidate, type Candidate } from '../candidates.js';
import { sortSmall } from '../sort-small.js';
import type { TaggedSpan } from './document.js';
import { ruleOfCandidate } from './fields.js';

/**
 * How the rules' entities and the tagger's spans become one list:
 * - `tagger-first`: the tagger's spans, then the rules' entities that overlap none of them;
 * - `rules-first`: the rules' entities, then the tagger's spans that overlap none of them;
 * - `tagger-only`: the tagger's spans alone (it reads the rules' decisions as features anyway).
 * With `tagger-first`, entities of the rules named in `protect` come before everything: the
 * guide's own spans (a head noun and its genitive chain, `[مضيق جبل طارق]`, a user's gazetteer
 * entry, a caller's token pattern) are the rules' to decide. A tagger span that is exactly a rules' entity (same tokens,
 * same type) is that entity, so it keeps its rule, canonical name and id; the others carry
 * `rule: 'tagger'`.
 */
export type CombinePolicy = 'tagger-first' | 'rules-first' | 'tagger-only';

/** The rules whose spans the tagger does not override (chosen by measurement, docs/MODEL.md). */
export const PROTECTED_RULES: ReadonlySet<string> = new Set(['pattern', 'gazetteer', 'institutions', 'org-heads', 'place-heads', 'place-regions', 'descriptors', 'descriptors-known', 'city-clubs', 'match-clubs']);

/**
 * Whether the tagger may strike out entity `c` of the rules when it reads O at every one of its
 * tokens ({@link outsideSpans}): an entity of a rule that guesses from a list and a cue (a given
 * name, a title, a reporting verb, propagation), not one of the {@link PROTECTED_RULES} that carry
 * the guide's conventions or a gazetteer name. Measured in docs/MODEL.md: the rules' given-name
 * and title guesses the model reads as O (`وصانع`، `مهندسي` after a title) are mostly wrong.
 */
export function vetoable(c: Candidate): boolean {
  return !PROTECTED_RULES.has(ruleOfCandidate(c));
}

/**
 * `outside`: entities of `chosen` that the tagger reads as no name (see {@link vetoable}); with
 * `tagger-first` they are dropped. `yielded`: entities of `chosen`, protected or not, that give
 * way to a tagger span over the same tokens (a city that names a club: `clubsNamedByPlaces` in document.ts).
 */
export function combine(
  policy: CombinePolicy,
  chosen: readonly Candidate[],
  tagged: readonly TaggedSpan[],
  protect: ReadonlySet<string> = PROTECTED_RULES,
  outside?: ReadonlySet<Candidate>,
  yielded?: ReadonlySet<Candidate>,
): Candidate[] {
  // One filter for both sets, every test run whenever it runs: `yielded` (rare) first met late in
  // a long text then meets no call or comparison V8 has not seen run (a deopt of combine).
  const out0 = outside ?? NO_SET;
  const yielded0 = yielded ?? NO_SET;
  const taggerFirst = policy === 'tagger-first';
  const some = out0.size + yielded0.size > 0;
  if (taggerFirst && some) chosen = chosen.filter((c) => !(out0.has(c) && vetoable(c)) && !yielded0.has(c));
  // The entity of `chosen` with a tagger span's tokens and type (the last such): a scan of a
  // document's handful, a Map by spanKey only for many (linear time on a huge document).
  let same: Map<number, Candidate> | undefined;
  if (tagged.length > 0 && chosen.length > SCAN_LIMIT) {
    same = new Map();
    for (const c of chosen) same.set(spanKey(c), c);
  }
  const fromTagger = tagged.length === 0 ? NO_CANDIDATES : taggerCandidates(tagged, chosen, same);
  if (policy === 'tagger-only') return tagged.length === 0 ? [] : (fromTagger as Candidate[]);
  const tiers: (readonly Candidate[])[] =
    policy === 'rules-first'
      ? [chosen, fromTagger]
      : [chosen.filter((c) => protect.has(c.rule) && !c.tentative), fromTagger, chosen];
  let n = 0;
  for (let k = 0; k < chosen.length; k++) n = Math.max(n, chosen[k]!.tokenEnd);
  for (let k = 0; k < tagged.length; k++) n = Math.max(n, tagged[k]!.tokenEnd);
  // Which tokens an entity of `out` covers: work space shared by every call (a huge document gets its own).
  if (n <= USED_KEEP && usedScratch.length < n) usedScratch = new Uint8Array(Math.min(USED_KEEP, n * 2));
  const used = n <= USED_KEEP ? usedScratch.fill(0, 0, n) : new Uint8Array(n);
  const out: Candidate[] = [];
  // Index loops: the `for…of` over the tiers and their entities left an iterator each, every document.
  for (let t = 0; t < tiers.length; t++) {
    const tier = tiers[t]!;
    for (let i = 0; i < tier.length; i++) {
      const e = tier[i]!;
      let free = true;
      for (let k = e.tokenStart; k < e.tokenEnd && free; k++) if (used[k]) free = false;
      if (!free) continue;
      used.fill(1, e.tokenStart, e.tokenEnd);
      out.push(e);
    }
  }
  return sortSmall(out, byStart);
}

const NO_CANDIDATES: readonly Candidate[] = Object.freeze([]);

/**
 * For each span of the tagger's, the entity of `chosen` with its tokens and type, or a candidate of
 * its own made by {@link ruleCandidate} (the rules' hidden class: a literal here was a class of its
 * own, and the first one that `nationalities` met in new text deoptimised it). A loop of pushes
 * onto a list made with its first element, not `Array#map`, whose result is packed when it runs
 * unoptimised and holey once TurboFan inlines it: code reading the list met two kinds.
 */
function taggerCandidates(tagged: readonly TaggedSpan[], chosen: readonly Candidate[], same: Map<number, Candidate> | undefined): Candidate[] {
  const out = [taggerCandidate(tagged[0]!, chosen, same)];
  for (let k = 1; k < tagged.length; k++) out.push(taggerCandidate(tagged[k]!, chosen, same));
  return out;
}

function taggerCandidate(s: TaggedSpan, chosen: readonly Candidate[], same: Map<number, Candidate> | undefined): Candidate {
  return (same ? same.get(spanKey(s)) : sameSpan(chosen, s)) ?? ruleCandidate(s.type, s.tokenStart, s.tokenEnd, s.start, s.end, 'context', 'tagger');
}
const NO_SET: ReadonlySet<Candidate> = new Set();
const USED_KEEP = 1 << 16;
let usedScratch = new Uint8Array(1024);

/** Entities of `chosen` up to which {@link sameSpan} scans them rather than make a Map. */
const SCAN_LIMIT = 16;

/** The last entity of `chosen` over the same tokens with the same type as `s` (a scan: `chosen` is short). */
function sameSpan(chosen: readonly Candidate[], s: TaggedSpan): Candidate | undefined {
  const key = spanKey(s);
  for (let k = chosen.length - 1; k >= 0; k--) if (spanKey(chosen[k]!) === key) return chosen[k];
  return undefined;
}

const TYPE_CODE: Record<string, number> = { PER: 1, LOC: 2, ORG: 3 };

/**
 * One number for a span's tokens and type (a string key per candidate cost more than the rest of
 * `combine`). Exact: a text has at most `MAX_TEXT_LENGTH` (2^23) code units, so token indices stay
 * below 2^24 and the key below 2^50.
 */
function spanKey(s: { tokenStart: number; tokenEnd: number; type: string }): number {
  return (s.tokenStart * 0x1000000 + s.tokenEnd) * 4 + (TYPE_CODE[s.type] ?? 0);
}
