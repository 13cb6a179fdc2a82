import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/index.js';

describe('options are validated before anything is cached', () => {
  it('tokenize rejects a bad normalize option even after a call with {} (same cache key before)', () => {
    expect(() => tokenize('قال', { normalize: 5 as never })).toThrow(TypeError);
    expect(tokenize('قالَ', { normalize: {} })).toHaveLength(1);
    expect(() => tokenize('قال', { normalize: 5 as never })).toThrow(TypeError);
  });
});
