import type { Candidate } from '../candidates.js';
import type { Component } from '../component.js';
import { sortSmall } from '../sort-small.js';
import { tokenIndex } from '../token-index.js';
import type { NationalityMention } from '../types.js';

/**
 * Countries named through a nationality adjective outside any entity: `الوفد [السوري]` → SY
 * (`الحكومة العراقية` is an organisation, so its adjective is not counted). In an analysis only.
 */
export const nationalities: Component = {
  name: 'nationalities',
  run(doc, ctx) {
    if (!ctx.analysis) return;
    const w = ctx.words;
    // The kept entities and the Map only once a nationality adjective is found (most documents have none).
    let kept: Candidate[] | undefined;
    let byCountry: Map<string, NationalityMention> | undefined;
    let e = 0;
    // The nationality adjectives only (proclitics allowed: والسوري), listed once a document.
    const ix = tokenIndex(w);
    for (let t = 0; t < ix.demonymCount; t++) {
      const i = ix.demonyms[t]!;
      const d = w.demonym(i);
      if (!d) continue;
      kept ??= ofTypes(ctx.chosen, ctx.types);
      byCountry ??= new Map();
      while (e < kept.length && kept[e]!.tokenEnd <= i) e++;
      if (e < kept.length && kept[e]!.tokenStart <= i) continue; // inside an entity: الحكومة [العراقية]
      let item = byCountry.get(d.country);
      if (!item) byCountry.set(d.country, (item = { country: d.country, count: 0, mentions: [] }));
      item.count++;
      item.mentions.push({ text: doc.surface(i), start: doc.start(i), end: doc.end(i) });
    }
    ctx.nationalities = byCountry === undefined ? [] : sortSmall(valuesOf(byCountry), byCount);
  },
};

/** The entities of the kept types (a module function: a closure over `ctx` made a context at every run, every document). */
function ofTypes(chosen: readonly Candidate[], types: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < chosen.length; k++) if (types.has(chosen[k]!.type)) out.push(chosen[k]!);
  return out;
}

/** The Map's values in insertion order (not a spread of its iterator, then `sort`'s work copy). */
function valuesOf(byCountry: Map<string, NationalityMention>): NationalityMention[] {
  const out: NationalityMention[] = [];
  byCountry.forEach(pushValue, out);
  return out;
}

function pushValue(this: NationalityMention[], v: NationalityMention): void {
  this.push(v);
}

/** More mentions first (a stable sort: then in order of the first mention). */
const byCount = (a: NationalityMention, b: NationalityMention): number => b.count - a.count;
