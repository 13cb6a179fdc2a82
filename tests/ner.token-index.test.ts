import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinGazetteer, builtinLexicon } from '../src/gazetteer/index.js';
import { forgetTokenIndex, tokenIndex, type TokenIndex } from '../src/ner/token-index.js';
import { Words } from '../src/ner/words.js';
import { createDoc } from '../src/tokenize/document.js';

// The rules visit the tokens `tokenIndex` lists instead of testing every token: each list must be
// exactly the tokens the test it stands for (in the rule's old loop) says yes to.

const fixtures = (): string[] => {
  const dir = new URL('../fixtures/', import.meta.url);
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, dir), 'utf8'));
};

const pieces = [
  'الرئيس', 'السوري', 'والسورية', 'الأمريكي', 'بشار', 'الأسد', 'بلير', 'وساركوزي', 'القرضاوي', 'أحمد', 'عبد', 'أبو', 'وأمل', 'ميديا', 'غروب',
  'كابيتال', 'آند', 'الاتحاد', 'الدولي', 'للشرطة', 'والهيئة', 'العامة', 'فالمركز', 'الوداد', 'البيضاوي', 'التطواني', 'الوجدية', 'المغرب',
  'في', 'على', '،', '(', ')', '«', '»', '.', 'CNN', 'IBM', '2024', 'ال', 'الي', 'اليه', 'ي', '',
];
const gap = fc.constantFrom(' ', ' ', '\n', '\r\n', '\u2028', '. ', ' - ', '.\n');
const text = fc.array(fc.tuple(fc.constantFrom(...pieces), gap), { maxLength: 40 }).map((ws) => ws.map(([w, g]) => w + g).join(''));

function listOf(xs: Int32Array, n: number): number[] {
  return Array.from(xs.subarray(0, n));
}

/** The lists as each rule's old loop over every token found them. */
function byEveryToken(w: Words): Record<string, number[]> {
  const out: Record<string, number[]> = { demonyms: [], families: [], givens: [], corporates: [], nisbas: [], definiteHeads: [], triggers: [] };
  for (let i = 0; i < w.length; i++) {
    if (w.demonym(i)) out.demonyms!.push(i);
    if (w.familyReading(i)) out.families!.push(i);
    if (w.mayStartGivenName(i) && w.isWord(i)) out.givens!.push(i);
    if (w.isWord(i) && w.corporateAt(i)) out.corporates!.push(i);
    if (w.nisbaShapeAt(i)) out.nisbas!.push(i);
    if (i + 1 < w.length && w.articleAt(i + 1) && w.definiteHeadShapeAt(i)) out.definiteHeads!.push(i);
    if (w.triggersAt(i).length > 0) out.triggers!.push(i);
  }
  return out;
}

function lists(x: TokenIndex): Record<string, number[]> {
  return {
    demonyms: listOf(x.demonyms, x.demonymCount),
    families: listOf(x.families, x.familyCount),
    givens: listOf(x.givens, x.givenCount),
    corporates: listOf(x.corporates, x.corporateCount),
    nisbas: listOf(x.nisbas, x.nisbaCount),
    definiteHeads: listOf(x.definiteHeads, x.definiteHeadCount),
    triggers: listOf(x.triggers, x.triggerCount),
  };
}

function check(t: string): void {
  const w = new Words(createDoc(t), builtinLexicon(), builtinGazetteer());
  expect(lists(tokenIndex(w))).toEqual(byEveryToken(w));
  // One line: every token joined to the next (what datelineEntry then stops asking token by token;
  // a text with a line break only after its last token may say no and be asked).
  let joined = true;
  for (let i = 0; i + 1 < w.length; i++) if (!w.joined(i)) joined = false;
  if (tokenIndex(w).oneLine) expect(joined).toBe(true);
  if (!/[\n\r\u2028\u2029]/.test(t)) expect(tokenIndex(w).oneLine).toBe(true);
  // Asked again for the same document: the same lists, not made again.
  expect(tokenIndex(w)).toBe(tokenIndex(w));
  w.release();
  forgetTokenIndex();
}

describe('tokenIndex', () => {
  it('lists what the per-token tests find, over the fixtures (each read twice)', () => {
    for (const f of fixtures()) {
      check(f);
      check(f);
    }
  });

  it('lists what the per-token tests find, over generated texts', () => {
    fc.assert(fc.property(text, (t) => check(t)), { numRuns: 400 });
  });

  it('grows past its first capacity and serves each document its own lists', () => {
    const long = Array.from({ length: 700 }, () => 'قال الرئيس السوري بشار الأسد إن الاتحاد الدولي للشرطة').join(' ');
    check(long);
    check('قال بلير');
    check(long);
  });
});
