// Reads UD Arabic-PUD (dev half) from ../shared when it is there, and scores segmentation and
// stemming against it as its README says. Nothing from the corpus is copied into the project.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { segment, tokenize, type SegmentOptions, type Segmentation } from '../../src/tokenize/index.js';

export const PUD_WORDS = fileURLToPath(new URL('../../../shared/corpora/ud-pud/dev-words.jsonl', import.meta.url));
export const pudAvailable = existsSync(PUD_WORDS);

export interface PudWord {
  word: string;
  parts: string[];
  upos: string[];
  lemmas: string[];
}

/** Rows whose parts concatenate back to the word (the README leaves the others out). */
export function readPud(): PudWord[] {
  return readFileSync(PUD_WORDS, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as PudWord)
    .filter((r) => r.parts.join('') === r.word);
}

/** Gold boundaries: where each part but the last ends. */
export function goldBoundaries(r: PudWord): number[] {
  const out: number[] = [];
  let p = 0;
  for (let i = 0; i < r.parts.length - 1; i++) out.push((p += r.parts[i]!.length));
  return out;
}

/** Predicted boundaries: where each proclitic but the article ends, where each enclitic starts. */
export function predictedBoundaries(s: Segmentation): number[] {
  const out: number[] = [];
  for (const p of s.proclitics) if (p.tag !== 'det') out.push(p.end);
  for (const e of s.enclitics) out.push(e.start);
  return [...new Set(out)].filter((b) => b > 0).sort((a, b) => a - b);
}

/**
 * How tahlil splits one whitespace word: its tokens (و2006 is و + 2006), and each word token's
 * clitics. Returns the boundaries and a rendering for error lists.
 */
export function tahlilSplit(word: string, options?: SegmentOptions): { boundaries: number[]; parts: string[] } {
  const out = new Set<number>();
  const parts: string[] = [];
  const tokens = tokenize(word);
  tokens.forEach((t, i) => {
    // A number written against a word is its own part (و2006 → و + 2006).
    const next = tokens[i + 1];
    if (next && next.start === t.end && (t.kind === 'number') !== (next.kind === 'number') && t.kind !== 'punct' && next.kind !== 'punct') out.add(t.end);
    if (t.kind !== 'word') {
      parts.push(t.text);
      return;
    }
    const s = segment(t.text, options);
    for (const b of predictedBoundaries(s)) out.add(t.start + b);
    parts.push(...s.proclitics.map((x) => x.text), s.stem.text, ...s.enclitics.map((x) => x.text));
  });
  return { boundaries: [...out].sort((a, b) => a - b), parts };
}

export interface SegmentScore {
  words: number;
  correct: number;
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  errors: string[];
}

export function scoreSegmentation(rows: readonly PudWord[], options?: SegmentOptions): SegmentScore {
  let correct = 0;
  let tp = 0;
  let np = 0;
  let ng = 0;
  const errors: string[] = [];
  for (const r of rows) {
    const split = tahlilSplit(r.word, options);
    const g = goldBoundaries(r);
    const p = split.boundaries;
    const gs = new Set(g);
    for (const b of p) if (gs.has(b)) tp++;
    np += p.length;
    ng += g.length;
    if (g.length === p.length && p.every((b) => gs.has(b))) correct++;
    else errors.push(`${r.word}\tgold ${r.parts.join('+')}\tgot ${split.parts.join('+')}`);
  }
  const precision = np ? tp / np : 1;
  const recall = ng ? tp / ng : 1;
  return {
    words: rows.length,
    correct,
    accuracy: correct / rows.length,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    errors,
  };
}

const FUNCTION_UPOS = new Set(['ADP', 'CCONJ', 'SCONJ', 'PART', 'DET', 'PRON', 'PUNCT', 'AUX', 'SYM']);
const MARKS = /[\u064b-\u065f\u0670\u0640]/gu;

/**
 * Word types and the lemma of their content part (the first part that is not a clitic or
 * function word), diacritics removed (and alef wasla ٱ read as ا). Words with no content part are left out.
 */
export function lemmaTypes(rows: readonly PudWord[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rows) {
    if (out.has(r.word) || !/^\p{Script=Arabic}+$/u.test(r.word)) continue;
    const i = r.upos.findIndex((u) => !FUNCTION_UPOS.has(u));
    if (i < 0 || !r.lemmas[i]) continue;
    out.set(r.word, r.lemmas[i]!.replace(MARKS, '').replace(/\u0671/gu, 'ا'));
  }
  return out;
}

export interface ConflationScore {
  types: number;
  precision: number;
  recall: number;
  f1: number;
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

/** Pairwise conflation of word types: pairs sharing a stem vs pairs sharing a lemma. */
export function scoreConflation(types: ReadonlyMap<string, string>, stemOf: (w: string) => string): ConflationScore {
  const byStem = new Map<string, number>();
  const byLemma = new Map<string, number>();
  const byBoth = new Map<string, number>();
  for (const [w, lemma] of types) {
    const s = stemOf(w);
    byStem.set(s, (byStem.get(s) ?? 0) + 1);
    byLemma.set(lemma, (byLemma.get(lemma) ?? 0) + 1);
    const k = s + '\u0000' + lemma;
    byBoth.set(k, (byBoth.get(k) ?? 0) + 1);
  }
  let same = 0;
  let stemPairs = 0;
  let lemmaPairs = 0;
  for (const n of byBoth.values()) same += pairs(n);
  for (const n of byStem.values()) stemPairs += pairs(n);
  for (const n of byLemma.values()) lemmaPairs += pairs(n);
  const precision = stemPairs ? same / stemPairs : 1;
  const recall = lemmaPairs ? same / lemmaPairs : 1;
  return { types: types.size, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
