import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segment, type Segmentation } from '../src/tokenize/index.js';

/** "و+ ال+ عراق", "كتاب +ه", "ل +هم": proclitics end with +, enclitics start with +, the stem is bare. */
function render(s: Segmentation): string {
  return [...s.proclitics.map((p) => p.text + '+'), s.stem.text, ...s.enclitics.map((p) => '+' + p.text)].join(' ');
}

const rows = readFileSync(join(__dirname, 'data', 'segmentation-gold.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .slice(1)
  .map((l) => l.split('\t') as [string, string]);

describe('segment: gold list (tests/data/segmentation-gold.tsv)', () => {
  it('has at least 300 words', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
  });

  it('segments at least 99.5% of the words exactly right (604 of 605 on 2026-12-04)', () => {
    const misses: string[] = [];
    for (const [word, gold] of rows) {
      const got = render(segment(word));
      if (got !== gold) misses.push(`${word}: expected "${gold}", got "${got}"`);
    }
    const accuracy = (rows.length - misses.length) / rows.length;
    console.log(`segmentation accuracy: ${rows.length - misses.length}/${rows.length} = ${accuracy.toFixed(4)}`);
    if (misses.length) console.log(`misses:\n${misses.join('\n')}`);
    expect(accuracy, misses.join('\n')).toBeGreaterThanOrEqual(0.995);
  });

  it('tags every clitic of the gold words consistently', () => {
    for (const [word] of rows) {
      const s = segment(word);
      for (const p of s.proclitics) {
        const letters = p.text.replace(/[\u064b-\u065f\u0670\u0640]/gu, '');
        const expected = { و: 'conj', ف: 'conj', ب: 'prep', ك: 'prep', ل: p.elided ? 'det' : 'prep', ال: 'det', س: 'fut' }[letters];
        expect(p.tag, `${word}: ${p.text}`).toBe(expected);
      }
      for (const p of s.enclitics) expect(p.tag).toBe('pron');
    }
  });
});
