import type { Candidate } from '../candidates.js';
import { EVENT_HEADS, EVENT_MIDDLES } from '../closed-class.js';
import type { Component } from '../component.js';
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
  let j = c.tokenStart - 1;
  if (j < 0 || !w.joined(j)) return false;
  const head = (i: number) => w.find(i, (key) => EVENT_HEADS.has(key)) !== undefined;
  if (head(j)) return true;
  return j > 0 && w.joined(j - 1) && EVENT_MIDDLES.has(w.keys[j]!) && head(j - 1);
}

/** Drops the places that are words of an event's name: دوري أبطال أوروبا is no LOC. */
export const eventNames: Component = {
  name: 'event-names',
  run(_doc, ctx) {
    if (ctx.chosen.some((c) => insideEventName(ctx.words, c))) ctx.chosen = ctx.chosen.filter((c) => !insideEventName(ctx.words, c));
  },
};
