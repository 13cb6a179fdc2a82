// The entity-level scorer of ../shared/ANNOTATION.md (its eval/score.py), for tests.
export interface Span { start: number; end: number; type: string }
export interface GoldDocument { id: string; text: string; entities: Span[] }
export interface Prf { p: number; r: number; f1: number; tp: number; fp: number; fn: number }

const TYPES = ['PER', 'LOC', 'ORG'];
const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك', '\u0640']);

function same(g: Span, p: Span, text: string): boolean {
  if (g.type !== p.type || g.end !== p.end) return false;
  const gap = text.slice(Math.min(g.start, p.start), Math.max(g.start, p.start));
  return gap.length <= 2 && [...gap].every((c) => PROCLITICS.has(c));
}

export function scoreDocuments(gold: readonly GoldDocument[], predicted: Map<string, readonly Span[]>): { overall: Prf; errors: string[] } {
  let tp = 0, fp = 0, fn = 0;
  const errors: string[] = [];
  for (const doc of gold) {
    const unmatched = [...(predicted.get(doc.id) ?? [])].filter((p) => TYPES.includes(p.type));
    for (const g of doc.entities.filter((e) => TYPES.includes(e.type))) {
      const k = unmatched.findIndex((p) => same(g, p, doc.text));
      if (k < 0) {
        fn++;
        errors.push(`missed ${g.type} ${doc.text.slice(g.start, g.end)}`);
      } else {
        tp++;
        unmatched.splice(k, 1);
      }
    }
    for (const p of unmatched) {
      fp++;
      errors.push(`spurious ${p.type} ${doc.text.slice(p.start, p.end)}`);
    }
  }
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { overall: { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn }, errors };
}
