// Shared helpers of the tokenize / sentences / segment tests.
import fc from 'fast-check';
import { isSpace } from '../src/normalize/index.js';
import type { Token } from '../src/tokenize/index.js';

/** Checks every invariant of a token list; returns a description of the first violation, or ''. */
export function tokenInvariantError(text: string, tokens: Token[]): string {
  let prev = 0;
  for (const [i, t] of tokens.entries()) {
    if (!(t.start >= prev && t.end > t.start && t.end <= text.length)) return `token ${i} [${t.start},${t.end}) out of order`;
    if (text.slice(t.start, t.end) !== t.text) return `token ${i} text does not slice back`;
    for (let p = prev; p < t.start; p++) {
      if (!isSpace(text.charCodeAt(p))) return `non-space U+${text.charCodeAt(p).toString(16)} at ${p} outside every token`;
    }
    prev = t.end;
  }
  for (let p = prev; p < text.length; p++) {
    if (!isSpace(text.charCodeAt(p))) return `non-space U+${text.charCodeAt(p).toString(16)} at ${p} after the last token`;
  }
  return '';
}

/** Checks that spans are sorted, disjoint, slice back, and cover every non-space character. */
export function spanInvariantError(text: string, spans: { start: number; end: number; text: string }[]): string {
  return tokenInvariantError(text, spans.map((s) => ({ ...s, kind: 'word', norm: s.text })));
}

const pieces = [
  'العراق', 'وبالتالي', 'للأمم', 'مُحَمَّدٌ', 'الـعراق', 'بـ', 'لـ', 'ـ', 'ﻻ', 'ﷲ', 'ی', 'ک', 'پ',
  'CNN', 'COVID19', 'don\'t', 'abc', 'Ωμέγα', 'é', 'e\u0301',
  '3.5', '1,000', '٣٫٥', '١٢٬٣٤٥', '۱۲', '50%', '٪', '2020', '0',
  '😀', '👍🏽', '👨‍👩‍👧', '🇮🇶', '1️⃣', '#️⃣', '❤️', '©', '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  '\u064B', '\u0651', '\u0670', '\u200C', '\u200D', '\u200F', '\u200E', '\u202B', '\u2067', '\uFEFF', '\u00AD',
  '.', '..', '…', '!', '?', '؟', '،', '؛', ':', '"', '«', '»', '“', '”', '(', ')', '[', '-', '/', '@', '#', '%', '_', '\'',
  'https://example.com/a?b=1', 'www.gov.iq', 'a.b@x.com', '@user', '#مصر', 'example.com',
  ' ', ' ', '  ', '\n', '\r\n', '\t', '\u00A0', '\u2028',
  '\uD800', '\uDC00', '\uD83D', '𝐀', '+', '$', '=', 'د.', 'أ.د.', 'م.', 'U.S.', 'Dr.',
];

/** Random text mixing Arabic, Latin, digits, emoji, diacritics, tatweel, invisibles, punctuation, spaces. */
export const mixedText = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) }), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

/** Random Arabic-ish word material: letters, clitic letters, diacritics, tatweel, invisibles. */
export const arabicWord = fc
  .array(fc.constantFrom(...'وفبكلسالهيمنتةىأإآءؤئعرد'.split(''), '\u064E', '\u0650', '\u0651', '\u064B', 'ـ', '\u200C', '\u200F'), {
    minLength: 0,
    maxLength: 12,
  })
  .map((a) => a.join(''));
