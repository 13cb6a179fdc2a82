// Reads UD Arabic-PUD (dev half) from ../shared when it is there, and scores segmentation and
// stemming against it as its README says. Nothing from the corpus is copied into the project.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segment, tokenize, type SegmentOptions, type Segmentation } from '../../src/tokenize/index.js';

export const PUD_WORDS = join(__dirname, '..', '..', '..', 'shared', 'corpora', 'ud-pud', 'dev-words.jsonl');
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
