// The pure scorer (src/cli/score.ts): the matching rule of ANNOTATION.md / score.py, by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docKey, fixed3, formatScore, prf, same, score, type GoldDocument, type ScoredSpan } from '../src/cli/score.js';

const span = (text: string, surface: string, type = 'LOC', from = 0): ScoredSpan => {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`${surface} not in ${text}`);
  return { start, end: start + surface.length, type };
};

describe('same(): the matching rule', () => {
  const text = 'زار وفد والعراق وبالعراق فالعراق لـالعراق وـالعراق ثم العراق';
  it('identical spans match', () => {
    expect(same(span(text, 'العراق'), span(text, 'العراق'), text)).toBe(true);
  });
  it('one or two proclitics before the start are tolerated, either way round', () => {
    const gold = span(text, 'العراق');
    expect(same(gold, span(text, 'والعراق'), text)).toBe(true);
    expect(same(span(text, 'والعراق'), gold, text)).toBe(true);
    const g2 = span(text, 'العراق', 'LOC', text.indexOf('وبالعراق'));
    expect(same(g2, span(text, 'وبالعراق'), text)).toBe(true);
    const g3 = span(text, 'العراق', 'LOC', text.indexOf('فالعراق'));
    expect(same(g3, span(text, 'فالعراق'), text)).toBe(true);
  });
  it('tatweel joining a proclitic is tolerated', () => {
    const g = span(text, 'العراق', 'LOC', text.indexOf('لـالعراق'));
    expect(same(g, span(text, 'لـالعراق'), text)).toBe(true);
    const g2 = span(text, 'العراق', 'LOC', text.indexOf('وـالعراق'));
    expect(same(g2, span(text, 'وـالعراق'), text)).toBe(true);
  });
  it('three characters, or a letter that is not a proclitic, do not match', () => {
    const t = 'وبلالعراق زالعراق';
    expect(same({ start: 3, end: 9, type: 'LOC' }, { start: 0, end: 9, type: 'LOC' }, t)).toBe(false);
    expect(same({ start: 11, end: 17, type: 'LOC' }, { start: 10, end: 17, type: 'LOC' }, t)).toBe(false);
  });
  it('the article is not a proclitic: ال is a gap of two letters but ا is not in وفبلك', () => {
    const t = 'العراق';
    expect(same({ start: 2, end: 6, type: 'LOC' }, { start: 0, end: 6, type: 'LOC' }, t)).toBe(false);
  });
  it('للأمم المتحدة: gold starts after the first ل; a prediction with both ل matches too', () => {
    const t = 'وقال للأمم المتحدة';
    const gold = { start: 6, end: 18, type: 'ORG' };
    expect(same(gold, { start: 5, end: 18, type: 'ORG' }, t)).toBe(true);
    expect(same(gold, { start: 6, end: 18, type: 'ORG' }, t)).toBe(true);
    expect(same(gold, { start: 8, end: 18, type: 'ORG' }, t)).toBe(false); // the gap لأ holds a letter that is not a proclitic
  });
  it('a different type or a different end never matches', () => {
    const g = span(text, 'العراق');
    expect(same(g, { ...g, type: 'ORG' }, text)).toBe(false);
    expect(same(g, { ...g, end: g.end - 1 }, text)).toBe(false);
  });
});

describe('score()', () => {
  const text = 'التقى الفياض بالرئيس بشار الأسد في دمشق والعراق';
  const gold: GoldDocument[] = [
    {
      id: 'd1',
      text,
      entities: [span(text, 'الفياض', 'PER'), span(text, 'بشار الأسد', 'PER'), span(text, 'دمشق'), span(text, 'العراق'), { ...span(text, 'في'), type: 'MISC' }],
    },
    { id: 'd2', text: 'لا شيء', entities: [] },
  ];
  it('counts true positives, false alarms and misses per type, ignoring MISC and unknown ids', () => {
    const pred = new Map<string, ScoredSpan[]>([
      [docKey('d1'), [span(text, 'بشار الأسد', 'PER'), span(text, 'دمشق', 'ORG'), span(text, 'والعراق'), { start: 0, end: 5, type: 'MISC' }]],
      [docKey('other'), [{ start: 0, end: 1, type: 'PER' }]],
    ]);
    const r = score(gold, pred);
    expect(r.counts.PER).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(r.counts.LOC).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(r.counts.ORG).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(r.total).toEqual({ tp: 2, fp: 1, fn: 2 });
    expect(r.rows.ALL.p).toBeCloseTo(2 / 3, 12);
    expect(r.rows.ALL.r).toBe(0.5);
    expect(r.errors).toEqual([
      { kind: 'missed', id: 'd1', type: 'PER', text: 'الفياض' },
      { kind: 'missed', id: 'd1', type: 'LOC', text: 'دمشق' },
      { kind: 'spurious', id: 'd1', type: 'ORG', text: 'دمشق' },
    ]);
  });
  it('one prediction matches one gold entity only', () => {
    const t = 'دمشق';
    const g: GoldDocument[] = [{ id: 1, text: t, entities: [{ start: 0, end: 4, type: 'LOC' }, { start: 0, end: 4, type: 'LOC' }] }];
    const r = score(g, new Map([[docKey(1), [{ start: 0, end: 4, type: 'LOC' }]]]));
    expect(r.counts.LOC).toEqual({ tp: 1, fp: 0, fn: 1 });
  });
  it('ids are typed like JSON keys in score.py: "1" is not 1', () => {
    const g: GoldDocument[] = [{ id: '1', text: 'دمشق', entities: [{ start: 0, end: 4, type: 'LOC' }] }];
    expect(score(g, new Map([[docKey(1), [{ start: 0, end: 4, type: 'LOC' }]]])).counts.LOC.tp).toBe(0);
    expect(score(g, new Map([[docKey('1'), [{ start: 0, end: 4, type: 'LOC' }]]])).counts.LOC.tp).toBe(1);
  });
  it('no prediction at all: P = R = F1 = 0, no division by zero', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ p: 0, r: 0, f1: 0 });
    expect(formatScore(score(gold, new Map()))).toContain('ALL\tP=0.000\tR=0.000\tF1=0.000');
  });
  it('a perfect prediction scores 1 everywhere', () => {
    const pred = new Map(gold.map((d) => [docKey(d.id), d.entities]));
    expect(formatScore(score(gold, pred))).toBe('PER\tP=1.000\tR=1.000\tF1=1.000\nLOC\tP=1.000\tR=1.000\tF1=1.000\nORG\tP=0.000\tR=0.000\tF1=0.000\nALL\tP=1.000\tR=1.000\tF1=1.000\n');
  });
});

describe("fixed3(): Python's format(x, '.3f')", () => {
  it('rounds exact binary ties to even, like Python', () => {
    expect(fixed3(0.0625)).toBe('0.062'); // Python: '0.062'; toFixed: '0.063'
    expect(fixed3(0.1875)).toBe('0.188');
    expect(fixed3(0.3125)).toBe('0.312');
    expect(fixed3(0.9375)).toBe('0.938');
    expect(fixed3(1)).toBe('1.000');
    expect(fixed3(0)).toBe('0.000');
  });
  it('agrees with toFixed everywhere else (ratios of small counts)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (a, b) => {
        const x = Math.min(a, b) / b;
        if (Number.isInteger(x * 16) && (x * 16) % 2 === 1) return;
        expect(fixed3(x)).toBe(x.toFixed(3));
      }),
    );
  });
});
