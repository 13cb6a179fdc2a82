import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/index.js';
import { scoreDocuments, type GoldDocument } from './helpers/score.js';

const gold: GoldDocument[] = readFileSync(fileURLToPath(new URL('../fixtures/gold.jsonl', import.meta.url)), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));

describe('the seed articles against their gold entities (fixtures/gold.jsonl)', () => {
  it('the fixture texts are the gold texts', () => {
    for (const doc of gold) {
      const file = readFileSync(fileURLToPath(new URL(`../fixtures/${doc.id}.txt`, import.meta.url)), 'utf8');
      expect(file).toBe(doc.text);
    }
  });

  it('reaches F1 ≥ 0.95 with the matching rule of ANNOTATION.md', () => {
    const predictions = new Map(gold.map((d) => [d.id, extractEntities(d.text)]));
    const { overall, errors } = scoreDocuments(gold, predictions);
    expect(errors, `F1 ${overall.f1.toFixed(3)}`).toBeDefined();
    expect(overall.f1, errors.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
