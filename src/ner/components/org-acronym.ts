import type { Component } from '../component.js';

/** Two to eight capital Latin letters or digits, starting with a letter: `IBM`, `AFP`, `BP`, `G20`. */
const ACRONYM = /^[A-Z][A-Z0-9&]{1,7}$/;

/**
 * A Latin-script acronym right after an organisation head or descriptor is the organisation; the
 * Arabic head stays outside, as a descriptor does: شركة [IBM]، وكالة [AFP]، مجموعة [BMW].
 */
export const orgAcronym: Component = {
  name: 'org-acronym',
  run(doc, ctx) {
    // Most documents have no Latin word at all: nothing to look for.
    if (!doc.hasKind('latin')) return;
    const w = ctx.words;
    for (let i = 0; i + 1 < doc.length; i++) {
      const head = w.triggersAt(i).find((t) => t.type === 'ORG' && (t.kind === 'org-head' || t.kind === 'descriptor'));
      if (!head) continue;
      const j = head.tokenEnd;
      if (j >= doc.length || !doc.joined(j - 1) || doc.kind(j) !== 'latin' || !ACRONYM.test(doc.surface(j))) continue;
      ctx.candidates.push({ type: 'ORG', tokenStart: j, tokenEnd: j + 1, start: doc.start(j), end: doc.end(j), source: 'context', rule: 'org-acronym' });
    }
  },
};
