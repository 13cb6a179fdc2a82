// The CoNLL/IOB2 reader (src/cli/conll.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isConllLine, looksLikeConll, parseConll } from '../src/cli/conll.js';
import { SHARED } from './helpers/cli.js';

describe('parseConll', () => {
  it('joins tokens with single spaces and computes offsets, PERS → PER, MISC kept', () => {
    const docs = parseConll('التقى O\nبشار B-PERS\nالأسد I-PERS\nفي O\nدمشق B-LOC\n\nكأس B-MISC\nالعالم I-MISC\nفي O\nقطر B-LOC\n');
    expect(docs).toHaveLength(2);
    expect(docs[0]!.text).toBe('التقى بشار الأسد في دمشق');
    expect(docs[0]!.id).toBe('sentence-1');
    expect(docs[0]!.entities).toEqual([
      { start: 6, end: 16, type: 'PER', text: 'بشار الأسد' },
      { start: 20, end: 24, type: 'LOC', text: 'دمشق' },
    ]);
    expect(docs[1]!.entities.map((e) => [e.type, e.text])).toEqual([
      ['MISC', 'كأس العالم'],
      ['LOC', 'قطر'],
    ]);
  });

  it('B- after B- starts a new entity; I- of another type or after O starts one (IOB1 leniency)', () => {
    const [doc] = parseConll('سوريا B-LOC\nالعراق B-LOC\nالأمم I-ORG\nالمتحدة I-ORG\nو O\nلبنان I-LOC\n');
    expect(doc!.entities.map((e) => [e.type, e.text])).toEqual([
      ['LOC', 'سوريا'],
      ['LOC', 'العراق'],
      ['ORG', 'الأمم المتحدة'],
      ['LOC', 'لبنان'],
    ]);
  });

  it('tabs, extra columns, CRLF, -DOCSTART-, comments, several blank lines', () => {
    const docs = parseConll('-DOCSTART- O\n\n# id = x\nفي\tIN\tO\r\nدمشق\tNN\tB-LOC\r\n\r\n\r\n\nبغداد B-LOC');
    expect(docs.map((d) => d.text)).toEqual(['في دمشق', 'بغداد']);
    expect(docs[0]!.entities[0]).toMatchObject({ start: 3, end: 7, type: 'LOC' });
  });

  it('a malformed line is an error naming its line number', () => {
    expect(() => parseConll('في O\nدمشق\n')).toThrow(/^line 2: /);
    expect(() => parseConll('في O\nدمشق X-LOC\n')).toThrow(/line 2/);
  });

  it('tells CoNLL from JSONL by extension, then by content', () => {
    expect(looksLikeConll('{"id": 1}', 'gold.conll')).toBe(true);
    expect(looksLikeConll('في O', 'gold.jsonl')).toBe(false);
    expect(looksLikeConll('\n{"id": 1, "text": ""}\n')).toBe(false);
    expect(looksLikeConll('في O\nدمشق B-LOC\n')).toBe(true);
    expect(isConllLine('دمشق B-LOC')).toBe(true);
    expect(isConllLine('{"id": 1}')).toBe(false);
  });
});

const anercorp = join(SHARED, 'corpora', 'anercorp');
describe.skipIf(!existsSync(join(anercorp, 'train.conll')))('parseConll on ANERcorp (../shared)', () => {
  it('rebuilds exactly the texts and entities of train.jsonl from train.conll', () => {
    const docs = parseConll(readFileSync(join(anercorp, 'train.conll'), 'utf8'));
    const gold = readFileSync(join(anercorp, 'train.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { text: string; entities: { start: number; end: number; type: string }[] });
    expect(docs).toHaveLength(gold.length);
    for (let i = 0; i < gold.length; i++) {
      expect(docs[i]!.text).toBe(gold[i]!.text);
      expect(docs[i]!.entities.map((e) => [e.start, e.end, e.type])).toEqual(gold[i]!.entities.map((e) => [e.start, e.end, e.type]));
    }
  });
});
