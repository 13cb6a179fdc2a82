// analyze and extractEntities refuse a text longer than MAX_TEXT_LENGTH up front, with a RangeError
// naming the limit, instead of failing on an engine limit (Map size, heap) half-way through.
import { describe, expect, it } from 'vitest';
import { analyze, analyzeMany, createAnalyzer, extractEntities, MAX_TEXT_LENGTH } from '../src/index.js';

describe('MAX_TEXT_LENGTH', () => {
  // Token-dense text: every 'د.' is two tokens, the worst case for the token table.
  const huge = 'د.'.repeat(MAX_TEXT_LENGTH / 2 + 1);

  it('is refused by every entry before any work, with a RangeError naming the limit', () => {
    for (const [name, f] of [
      ['analyze', () => analyze(huge)],
      ['extractEntities', () => extractEntities(huge)],
      ['analyze', () => createAnalyzer().analyze(huge)],
      ['analyze', () => [...analyzeMany([huge])]],
    ] as const) {
      expect(f).toThrow(RangeError);
      expect(f).toThrow(new RegExp(`^${name}: text is 8,388,610 code units long, more than MAX_TEXT_LENGTH \\(8,388,608\\)`));
    }
  });

  it('a text at the limit is still analysed', () => {
    const text = 'وصل الوفد إلى بغداد. ';
    const atLimit = text + ' '.repeat(MAX_TEXT_LENGTH - text.length);
    expect(atLimit.length).toBe(MAX_TEXT_LENGTH);
    expect(extractEntities(atLimit).map((e) => e.text)).toEqual(['بغداد']);
  });
});
