import type { Entity } from '../types.js';
import type { RuleSpan } from './evidence.js';
import type { TaggedSpan } from './document.js';

/**
 * How the rules' entities and the tagger's spans become one list:
 * - `tagger-first`: the tagger's spans, then the rules' entities that overlap none of them;
 * - `rules-first`: the rules' entities, then the tagger's spans that overlap none of them;
 * - `tagger-only`: the tagger's spans alone (it reads the rules' decisions as features anyway).
 * A tagger span that is exactly a rules' entity (same tokens, same type) is that entity, so it keeps
 * its canonical name and id.
 */
export type CombinePolicy = 'tagger-first' | 'rules-first' | 'tagger-only';

export function combine(policy: CombinePolicy, entities: readonly Entity[], ruleSpans: readonly RuleSpan[], tagged: readonly TaggedSpan[]): Entity[] {
  const same = new Map<string, Entity>();
  for (let i = 0; i < entities.length; i++) {
    const r = ruleSpans[i]!;
    same.set(`${r.tokenStart}:${r.tokenEnd}:${r.type}`, entities[i]!);
  }
  const fromTagger = tagged.map((s): Entity => {
    const rule = same.get(`${s.tokenStart}:${s.tokenEnd}:${s.type}`);
    return rule ?? { text: '', type: s.type, start: s.start, end: s.end, norm: '', source: 'context' };
  });
  if (policy === 'tagger-only') return fromTagger;
  const [first, second] = policy === 'tagger-first' ? [fromTagger, entities] : [entities, fromTagger];
  const out = [...first];
  for (const e of second) if (!first.some((f) => f.start < e.end && e.start < f.end)) out.push(e);
  return out.sort((a, b) => a.start - b.start);
}
