import type { Component } from '../component.js';

/** Two to eight capital Latin letters or digits, starting with a letter: `IBM`, `AFP`, `BP`, `G20`. */
const ACRONYM = /^[A-Z][A-Z0-9&]{1,7}$/;

/**
 * A Latin-script acronym right after an organisation head or descriptor is the organisation; the
 * Arabic head stays outside, as a descriptor does: شركة [IBM]، وكالة [AFP]، مجموعة [BMW]. Right
 * after an organisation's name, or in brackets after it, it is that organisation's acronym, an
 * entity of its own: [هيئة الإذاعة البريطانية] [BBC]، [معهد الدراسات الاستراتيجية] ( [IISS] ).
 */
export const orgAcronym: Component = {
  name: 'org-acronym',
  run(doc, ctx) {
    // Most documents have no Latin word at all: nothing to look for.
    if (!doc.hasKind('latin')) return;
    const w = ctx.words;
    // The tokens right after an organisation the rules are sure of.
    const afterOrg = new Set<number>();
    for (const c of ctx.candidates) if (c.type === 'ORG' && !c.tentative) afterOrg.add(c.tokenEnd);
    for (let j = 1; j < doc.length; j++) {
      if (doc.kind(j) !== 'latin' || !ACRONYM.test(doc.surface(j))) continue;
      const bracketed = j >= 2 && doc.surface(j - 1) === '(' && j + 1 < doc.length && doc.surface(j + 1) === ')' && afterOrg.has(j - 1) && doc.joined(j - 2);
      if (!bracketed && !(afterOrg.has(j) && doc.joined(j - 1))) continue;
      ctx.candidates.push({ type: 'ORG', tokenStart: j, tokenEnd: j + 1, start: doc.start(j), end: doc.end(j), source: 'context', rule: 'org-acronym' });
    }
    for (let i = 0; i + 1 < doc.length; i++) {
      const head = w.triggersAt(i).find((t) => t.type === 'ORG' && (t.kind === 'org-head' || t.kind === 'descriptor'));
      if (!head) continue;
      const j = head.tokenEnd;
      if (j >= doc.length || !doc.joined(j - 1) || doc.kind(j) !== 'latin' || !ACRONYM.test(doc.surface(j))) continue;
      ctx.candidates.push({ type: 'ORG', tokenStart: j, tokenEnd: j + 1, start: doc.start(j), end: doc.end(j), source: 'context', rule: 'org-acronym' });
    }
  },
};
