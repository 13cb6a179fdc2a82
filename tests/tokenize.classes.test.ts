// The tokenizer's class table: every basic-plane code unit that the Arabic code-point table leaves
// unclassed gets the first Unicode property it has, in the order space, letter, mark, number,
// punctuation, format; anything else is a symbol. Checked against a per-code-unit reference.
import { describe, expect, it } from 'vitest';
import { classTable } from '../src/normalize/chars.js';
import { Cls, tokenClasses } from '../src/tokenize/classes.js';
import { tokenize } from '../src/tokenize/index.js';

const PROPERTIES: [RegExp, number][] = [
  [/^\s$/u, Cls.SPACE],
  [/^\p{L}$/u, Cls.LLETTER],
  [/^\p{M}$/u, Cls.LMARK],
  [/^\p{N}$/u, Cls.ODIGIT],
  [/^\p{P}$/u, Cls.PUNCT],
  [/^\p{Cf}$/u, Cls.INVIS],
];

describe('tokenClasses', () => {
  it('classes every code unit outside the Arabic table by its first Unicode property', () => {
    const t = tokenClasses();
    const flags = classTable();
    const wrong: string[] = [];
    let checked = 0;
    for (let c = 0; c < 0x10000; c++) {
      if ((c >= 0xd800 && c <= 0xdfff) || flags[c] !== 0 || (c >= 0x30 && c <= 0x39) || c === 0xfe0e || c === 0xfe0f || c === 0x20e3) continue;
      const ch = String.fromCharCode(c);
      const expected = PROPERTIES.find(([re]) => re.test(ch))?.[1] ?? Cls.SYMBOL;
      checked++;
      if (t[c] !== expected && wrong.length < 10) wrong.push(`U+${c.toString(16).padStart(4, '0')}: ${t[c]} (expected ${expected})`);
    }
    expect(checked).toBeGreaterThan(60_000);
    expect(wrong).toEqual([]);
  });

  it('splits mixed-script text at the same places (Latin, Devanagari with its vowel signs, Chinese, ½)', () => {
    const text = 'زار Macron مومباي (मुंबई) ثم 北京، واشترى ½ كيلو.';
    expect(tokenize(text).map((tok) => `${tok.kind}:${tok.text}`)).toEqual([
      'word:زار', 'latin:Macron', 'word:مومباي', 'punct:(', 'latin:मुंबई', 'punct:)', 'word:ثم',
      'latin:北京', 'punct:،', 'word:واشترى', 'number:½', 'word:كيلو', 'punct:.',
    ]);
  });
});
