/**
 * Entity-level precision, recall and F1 for PER, LOC and ORG: a line-for-line port of the team's
 * reference scorer (`../shared/eval/score.py`), so that `tahlil eval` and `score.py` agree.
 *
 * A prediction matches a gold entity when the type is the same, both end at the same offset, and
 * the text between the two starts is at most two characters, each a proclitic (و ف ب ل ك) or a
 * tatweel: gold `العراق` is matched by a prediction `والعراق` and the other way round.
 */

import { PROCLITIC_LETTERS } from '../index.js';

export const SCORED_TYPES = ['PER', 'LOC', 'ORG'] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];

/** A span to score; `type` may be anything (only PER, LOC and ORG count, MISC is ignored). */
export interface ScoredSpan {
  start: number;
  end: number;
  type: string;
}

export interface GoldDocument {
  id: string | number;
  text: string;
  entities: ScoredSpan[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

/** One miss or false alarm, as score.py's `--errors` prints it. */
export interface ScoreError {
  kind: 'missed' | 'spurious';
  id: string;
  type: string;
  text: string;
}

export interface ScoreResult {
  counts: Record<ScoredType, Counts>;
  total: Counts;
  /** P/R/F1 per type and overall (`ALL`, micro-averaged). */
  rows: Record<ScoredType | 'ALL', Prf>;
  errors: ScoreError[];
}

/** و ف ب ل ك and tatweel, from the library's one proclitic module (score.py lists the same letters). */
const PROCLITICS = PROCLITIC_LETTERS;

/**
 * score.py's `same(g, p, text)`: same type, same end, and the starts differ only by at most two
 * proclitic letters or tatweels.
 *
 * @example
 * const text = 'زار والعراق';
 * same({ start: 5, end: 11, type: 'LOC' }, { start: 4, end: 11, type: 'LOC' }, text); // true: the gap is و
 */
export function same(g: ScoredSpan, p: ScoredSpan, text: string): boolean {
  if (g.type !== p.type || g.end !== p.end) return false;
  const a = Math.min(g.start, p.start);
  const b = Math.max(g.start, p.start);
  const gap = pySlice(text, a, b);
  if (gap.length > 2) return false;
  for (const c of gap) if (!PROCLITICS.has(c)) return false;
  return true;
}

/** Python's `text[a:b]` for integer a, b (negative indices count from the end, out of range clamps). */
function pySlice(text: string, a: number, b: number): string {
  const n = text.length;
  const norm = (i: number) => (i < 0 ? Math.max(0, n + i) : Math.min(i, n));
  const s = norm(a);
  const e = norm(b);
  return e > s ? text.slice(s, e) : '';
}

/**
 * The key of a document id in the predictions map: like the keys of score.py's dict, the string
 * `"7"` and the number `7` are different ids.
 */
export function docKey(id: unknown): string {
  return typeof id === 'string' ? `s:${id}` : `j:${JSON.stringify(id)}`;
}

function isScored(type: unknown): type is ScoredType {
  return type === 'PER' || type === 'LOC' || type === 'ORG';
}

/**
 * Scores predictions against gold documents exactly as score.py does: documents are the gold
 * ones (predictions for other ids are ignored, a missing id predicts nothing), gold entities are
 * taken in order and each is matched with the first unmatched prediction that is the `same`.
 * `pred` maps {@link docKey} of each document id to its predicted spans.
 *
 * @example
 * const gold = [{ id: 'a', text: 'في دمشق', entities: [{ start: 3, end: 7, type: 'LOC' }] }];
 * score(gold, new Map([[docKey('a'), [{ start: 3, end: 7, type: 'LOC' }]]])).rows.ALL.f1; // 1
 */
export function score(gold: Iterable<GoldDocument>, pred: ReadonlyMap<string, readonly ScoredSpan[]>): ScoreResult {
  const counts = { PER: zero(), LOC: zero(), ORG: zero() } as Record<ScoredType, Counts>;
  const errors: ScoreError[] = [];
  for (const doc of gold) {
    const text = doc.text;
    const id = String(doc.id);
    const unmatched = (pred.get(docKey(doc.id)) ?? []).filter((p) => isScored(p.type));
    for (const g of doc.entities) {
      if (!isScored(g.type)) continue;
      const i = unmatched.findIndex((p) => same(g, p, text));
      if (i < 0) {
        counts[g.type].fn++;
        errors.push({ kind: 'missed', id, type: g.type, text: pySlice(text, g.start, g.end) });
      } else {
        counts[g.type].tp++;
        unmatched.splice(i, 1);
      }
    }
    for (const p of unmatched) {
      counts[p.type as ScoredType].fp++;
      errors.push({ kind: 'spurious', id, type: p.type, text: pySlice(text, p.start, p.end) });
    }
  }
  const total = zero();
  for (const t of SCORED_TYPES) {
    total.tp += counts[t].tp;
    total.fp += counts[t].fp;
    total.fn += counts[t].fn;
  }
  const rows = {
    PER: prf(counts.PER),
    LOC: prf(counts.LOC),
    ORG: prf(counts.ORG),
    ALL: prf(total),
  };
  return { counts, total, rows, errors };
}

function zero(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

/** score.py's `prf`, with the same floating-point operations in the same order. */
export function prf({ tp, fp, fn }: Counts): Prf {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/**
 * Python's `f'{x:.3f}'`: correctly rounded, ties to even. `toFixed` rounds exact ties up, and a
 * double is an exact tie at the third decimal only when it is an odd multiple of 1/16.
 */
export function fixed3(x: number): string {
  const t = x * 16;
  if (Number.isInteger(t) && t % 2 !== 0) {
    const f = Math.floor(x * 1000);
    return ((f % 2 === 0 ? f : f + 1) / 1000).toFixed(3);
  }
  return x.toFixed(3);
}

/** The lines score.py prints: the errors first when asked, then `TYPE\tP=…\tR=…\tF1=…`. */
export function formatScore(result: ScoreResult, options: { errors?: boolean } = {}): string {
  const lines: string[] = [];
  if (options.errors) for (const e of result.errors) lines.push([e.kind, e.id, e.type, e.text].join('\t'));
  for (const k of [...SCORED_TYPES, 'ALL'] as const) {
    const { p, r, f1 } = result.rows[k];
    lines.push(`${k}\tP=${fixed3(p)}\tR=${fixed3(r)}\tF1=${fixed3(f1)}`);
  }
  return lines.join('\n') + '\n';
}

/** The numbers as JSON: score.py's `--json` keys (p, r, f1), plus the counts behind them. */
export function scoreJson(result: ScoreResult): Record<string, Prf & Counts> {
  const out: Record<string, Prf & Counts> = {};
  for (const t of SCORED_TYPES) out[t] = { ...result.rows[t], ...result.counts[t] };
  out.ALL = { ...result.rows.ALL, ...result.total };
  return out;
}
