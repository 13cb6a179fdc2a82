import type { Candidate } from '../candidates.js';
import { QUOTATION_CLOSERS, QUOTATION_OPENERS, WORK_HEADS } from '../closed-class.js';
import { dropComponent, type Component } from '../component.js';
import { Tok } from '../../tokenize/document.js';
import { K } from '../../tokenize/scan.js';
import type { Words } from '../words.js';

/**
 * The first code units of a punctuation token that may be an opening mark (closed-class.ts): the
 * marks', and the bidi marks `doc.bare` strips before one (U+200E, U+200F, U+061C).
 */
const OPENER_FIRST_UNITS: ReadonlySet<number> = new Set([...[...QUOTATION_OPENERS].map((m) => m.charCodeAt(0)), 0x200e, 0x200f, 0x061c]);

/** How many tokens a title's marks may hold (a title is a few words). */
const TITLE_REACH = 8;

/**
 * Whether entity `c` lies inside a work's title in quotation marks right after a word for a work
 * (data/lexicon/lists/work-heads.txt, proclitics allowed): `رواية « [زينب] »`، `بفيلم " [عمر المختار] "`،
 * `مسرحية " [روميو وجولييت] "`. ANNOTATION.md counts no work as an entity and, of nested names,
 * only the outermost: nothing inside the title is one. The marks open before the entity, with no
 * other punctuation between, and close after it, within a few words.
 *
 * Asked of every entity of every document (by the component and by the tagger for its spans): the
 * walk back reads only each token's kind until the first punctuation, which is rarely a mark.
 */
export function insideWorkTitle(w: Words, c: Pick<Candidate, 'tokenStart' | 'tokenEnd'>): boolean {
  const doc = w.doc;
  const table = doc.table;
  let open = c.tokenStart - 1;
  const stop = c.tokenStart - TITLE_REACH;
  while (open >= 1 && open >= stop && table[open * Tok.FIELDS + 2] !== K.PUNCT) open--;
  if (open < 1 || open < stop || !OPENER_FIRST_UNITS.has(doc.text.charCodeAt(table[open * Tok.FIELDS]!)) || !QUOTATION_OPENERS.has(doc.bare(open))) return false;
  if (!w.joined(open - 1) || w.find(open - 1, isWorkHead) === undefined) return false;
  for (let e = c.tokenEnd; e < doc.length && e <= open + TITLE_REACH + 1 && w.joined(e - 1); e++) {
    if (table[e * Tok.FIELDS + 2] === K.PUNCT) return QUOTATION_CLOSERS.has(doc.bare(e));
  }
  return false;
}

const isWorkHead = (key: string): boolean => WORK_HEADS.has(key);

/** Drops the entities inside a work's quoted title: رواية « زينب » is no person (see {@link insideWorkTitle}). */
export const workTitles: Component = dropComponent('work-titles', insideWorkTitle);
