import { describe, expect, it } from 'vitest';
import { analyze, analyzeMany, createAnalyzer, extractEntities, tokenize } from '../src/index.js';

describe('options are validated before anything is cached', () => {
  it('tokenize rejects a bad normalize option even after a call with {} (same cache key before)', () => {
    expect(() => tokenize('قال', { normalize: 5 as never })).toThrow(TypeError);
    expect(tokenize('قالَ', { normalize: {} })).toHaveLength(1);
    expect(() => tokenize('قال', { normalize: 5 as never })).toThrow(TypeError);
  });
});

describe('analyze, extractEntities, analyzeMany and createAnalyzer reject unknown option keys', () => {
  it('names the unknown key and the expected ones', () => {
    expect(() => analyze('زار الوفد بغداد', { frob: 1 } as never)).toThrow(new RangeError('analyze: unknown option "frob" (expected gazetteer, normalize, types, tagger or model)'));
    expect(() => extractEntities('زار الوفد بغداد', { typo: ['PER'] } as never)).toThrow(/extractEntities: unknown option "typo"/);
    expect(() => analyzeMany(['زار الوفد بغداد'], { frob: 1 } as never)).toThrow(/analyzeMany: unknown option "frob"/);
    expect(() => createAnalyzer({ entry: [] } as never)).toThrow(/createAnalyzer: unknown option "entry" \(expected .*entries/);
  });

  it('says what createAnalyzer expected when given an array', () => {
    expect(() => createAnalyzer([] as never)).toThrow(new TypeError('createAnalyzer: expected options to be an object such as { entries, types, disable, patterns, lexicon, tagger, model }, got an array'));
  });

  it('accepts undefined values as absent', () => {
    expect(analyze('زار الوفد بغداد', { types: undefined }).entities.map((e) => e.text)).toEqual(['بغداد']);
  });
});

describe('analyzeMany', () => {
  it('reads its options once, when called', () => {
    let reads = 0;
    const options = {
      get types() {
        reads++;
        return ['LOC' as const];
      },
    };
    const docs = [...analyzeMany(['زار ماكرون بيروت', 'وصل الوفد إلى بغداد'], options)];
    expect(reads).toBe(1);
    expect(docs.map((d) => d.entities.map((e) => e.text))).toEqual([['بيروت'], ['بغداد']]);
  });

  it('gives each plain string its index as id, and keeps given ids', () => {
    const ids = [...analyzeMany(['زار ماكرون بيروت', { id: 'b', text: 'وصل الوفد إلى بغداد' }, { text: 'في دمشق' }])].map((d) => d.id);
    expect(ids).toEqual([0, 'b', 2]);
  });

  it('rejects what is not a batch at once, not at the first document', () => {
    expect(() => analyzeMany(5 as never)).toThrow(/analyzeMany: expected an iterable of documents, got number/);
  });
});
