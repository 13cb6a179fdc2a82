import type { Words } from './words.js';

let listedFor: Words | undefined;
let listed: number[] = [];

/**
 * The tokens of `w` where some trigger phrase starts (a title, a head, a descriptor, a reporting
 * verb, a particle), in text order. The rules that act only after such a phrase (titles, reporting
 * verbs, institutions, descriptors, place heads) visit these instead of asking every token of the
 * document for its triggers, each of them again: a sentence of 30 tokens has a few.
 *
 * Made once per `Words` and kept for the last one only (the components of one document run one
 * after the other); the list is reused for the next document, so a caller reads it before asking
 * about another `Words`.
 */
export function triggerTokens(w: Words): readonly number[] {
  if (listedFor !== w) {
    listed.length = 0;
    for (let i = 0; i < w.length; i++) if (w.triggersAt(i).length > 0) listed.push(i);
    listedFor = w;
  }
  return listed;
}
