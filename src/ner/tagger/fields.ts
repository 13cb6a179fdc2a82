import type { EntityType } from '../../gazetteer/index.js';
import type { Candidate } from '../candidates.js';
import type { TriggerAt } from '../words.js';

// The fields of the rules' candidates, read in one place each. The rules make candidates of about
// ten hidden classes (their optional keys differ), so a read at a site of its own sees a class it
// has not met yet now and then, late in a long first pass ("wrong map": the whole function that
// read it, with all it inlines, compiled again). These readers are inlined where they are called
// but keep one record of the classes for all their callers, among them taggerView, which meets
// every candidate of every document: V8 soon reads them as of any class, and then never deopts.

/** The candidate's type. */
export function typeOfCandidate(c: Candidate): EntityType {
  return c.type;
}

/** The rule that proposed the candidate. */
export function ruleOfCandidate(c: Candidate): string {
  return c.rule;
}

/** The candidate's first token. */
export function startOfCandidate(c: Candidate): number {
  return c.tokenStart;
}

/** The token after the candidate's last, -1 for none. */
export function endOfCandidate(c: Candidate | undefined): number {
  return c === undefined ? -1 : c.tokenEnd;
}

/**
 * The token after a trigger's last, -1 for none. Read for every trigger by evidence, so that
 * tagView, which reads a title's only when a span of the model's begins with one (rarely), reads
 * it with what V8 learnt there.
 */
export function endOfTrigger(t: TriggerAt | undefined): number {
  return t === undefined ? -1 : t.tokenEnd;
}
