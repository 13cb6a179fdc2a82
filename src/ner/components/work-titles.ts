import type { Candidate } from '../candidates.js';
import { WORK_HEADS } from '../closed-class.js';
import type { Component } from '../component.js';
import type { Words } from '../words.js';

/** Quotation marks around a title (brackets are not: `فيلم (2019)` dates it). */
const OPENING_MARKS: ReadonlySet<string> = new Set(['"', '«', '“', "'"]);
const CLOSING_MARKS: ReadonlySet<string> = new Set(['"', '»', '”', "'"]);

/** How far a title's marks are looked for around an entity, in tokens (a title is a few words). */
const TITLE_REACH = 8;

/**
 * Whether entity `c` lies inside a work's title in quotation marks right after a word for a work
 * (data/lexicon/lists/work-heads.txt, proclitics allowed): `رواية « [زينب] »`، `بفيلم " [عمر المختار] "`،
 * `مسرحية " [روميو وجولييت] "`. ANNOTATION.md counts no work as an entity and, of nested names,
 * only the outermost: nothing inside the title is one. The marks must open before the entity and
 * close after it, within a few words, on the entity's line.
 */
export function insideWorkTitle(w: Words, c: Pick<Candidate, 'tokenStart' | 'tokenEnd'>): boolean {
  const doc = w.doc;
  let open = -1;
  for (let k = c.tokenStart - 1; k >= 0 && k >= c.tokenStart - TITLE_REACH && w.joined(k); k--) {
    if (doc.kind(k) !== 'punct') continue;
    const mark = doc.bare(k);
    if (OPENING_MARKS.has(mark)) open = k;
    // A closing mark that is no opening one: the entity is after a title, not in one.
    if (open < 0 && !OPENING_MARKS.has(mark) && CLOSING_MARKS.has(mark)) return false;
    if (open >= 0) break;
  }
  if (open < 1 || !w.joined(open - 1) || w.find(open - 1, isWorkHead) === undefined) return false;
  for (let k = c.tokenEnd; k < doc.length && k < c.tokenEnd + TITLE_REACH && w.joined(k - 1); k++) {
    if (doc.kind(k) === 'punct' && CLOSING_MARKS.has(doc.bare(k))) return true;
  }
  return false;
}

const isWorkHead = (key: string): boolean => WORK_HEADS.has(key);

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
