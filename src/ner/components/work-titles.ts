import type { Candidate } from '../candidates.js';
import { WORK_HEADS } from '../closed-class.js';
import type { Component } from '../component.js';
import { Tok } from '../../tokenize/document.js';
import { K } from '../../tokenize/scan.js';
import type { Words } from '../words.js';

/** Quotation marks around a title (brackets are not: `فيلم (2019)` dates it). */
const OPENING_MARKS: ReadonlySet<string> = new Set(['"', '«', '“', "'"]);
const CLOSING_MARKS: ReadonlySet<string> = new Set(['"', '»', '”', "'"]);

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
  if (open < 1 || open < stop || !mayBeMark(doc.text.charCodeAt(table[open * Tok.FIELDS]!)) || !OPENING_MARKS.has(doc.bare(open))) return false;
  if (!w.joined(open - 1) || w.find(open - 1, isWorkHead) === undefined) return false;
  for (let e = c.tokenEnd; e < doc.length && e <= open + TITLE_REACH + 1 && w.joined(e - 1); e++) {
    if (table[e * Tok.FIELDS + 2] === K.PUNCT) return CLOSING_MARKS.has(doc.bare(e));
  }
  return false;
}

const isWorkHead = (key: string): boolean => WORK_HEADS.has(key);

/**
 * The first code unit of a punctuation token that may be an opening mark: `"` `'` `«` `“`, or a
 * bidi mark before one (U+200E, U+200F, U+061C: `doc.bare` strips them).
 */
function mayBeMark(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0xab || c === 0x201c || c === 0x200e || c === 0x200f || c === 0x061c;
}

/** Drops the entities inside a work's quoted title: رواية « زينب » is no person (see {@link insideWorkTitle}). */
export const workTitles: Component = {
  name: 'work-titles',
  run(_doc, ctx) {
    const chosen = ctx.chosen;
    for (let k = 0; k < chosen.length; k++) {
      if (insideWorkTitle(ctx.words, chosen[k]!)) {
        const out = chosen.slice(0, k);
        for (let j = k + 1; j < chosen.length; j++) if (!insideWorkTitle(ctx.words, chosen[j]!)) out.push(chosen[j]!);
        ctx.chosen = out;
        return;
      }
    }
  },
};
