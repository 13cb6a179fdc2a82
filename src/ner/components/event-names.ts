import type { Candidate } from '../candidates.js';
import { EVENT_HEADS, EVENT_MIDDLES } from '../closed-class.js';
import { dropComponent, type Component } from '../component.js';
import type { Words } from '../words.js';

/**
 * Whether the place `c` is a word of a competition's or event's name: the word before it opens
 * one (data/lexicon/lists/event-heads.txt), proclitics allowed, or a word of event-middles.txt
 * (أبطال، أمم) after such a word: `وكأس [إسبانيا]`, `بدوري أبطال [أوروبا]`, `كأس أمم [أفريقيا]`
 * (not `أبطال [مصر]` alone). ANNOTATION.md counts no event as an entity and, inside a name, only
 * the outermost one, so such a place is no entity (AQMAR marks these events MISC).
 */
export function insideEventName(w: Words, c: Pick<Candidate, 'type' | 'tokenStart'>): boolean {
  if (c.type !== 'LOC') return false;
  const j = c.tokenStart - 1;
  if (j < 0 || !w.joined(j)) return false;
  // The head right before the name, else one word before a middle word (دوري [أبطال] أوروبا). One
  // loop, so that the rare second look runs the same code as the first: written out, its call and
  // its arithmetic were first reached in new text, and each deoptimised the rule (and its caller).
  const before = j - 1;
  for (let h = j; ; h = before) {
    if (eventHeadAt(w, h)) return true;
    if (h !== j || before < 0 || !w.joined(before) || !EVENT_MIDDLES.has(w.keys[j]!)) return false;
  }
}

/** Word `i` is an event's head, proclitics allowed (module functions: closures here were a context and two functions a place). */
function eventHeadAt(w: Words, i: number): boolean {
  return w.find(i, isEventHead) !== undefined;
}

const isEventHead = (key: string): boolean => EVENT_HEADS.has(key);

/** Drops the places that are words of an event's name: دوري أبطال أوروبا is no LOC. */
export const eventNames: Component = dropComponent('event-names', insideEventName);
