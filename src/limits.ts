/**
 * Size limits of the library. One document's analysis holds a token table, per-spelling maps and
 * entity lists in memory at once; far beyond ordinary documents, those grow past what an engine
 * allows (a JavaScript Map holds at most 2^24 entries) or past the heap. Rather than dying on an
 * internal limit half-way, `analyze` and `extractEntities` refuse such a text up front, before
 * allocating anything, with a RangeError that names the limit. Longer text is analysed in parts:
 * `tahlil analyze` streams plain text in paragraph windows (`--window`).
 */

/** The longest text, in UTF-16 code units, that one call of `analyze` or `extractEntities` takes: 8 Mi (8,388,608; about 16 MB of Arabic UTF-8). */
export const MAX_TEXT_LENGTH = 8 * 1024 * 1024;

/**
 * Throws a RangeError naming the limit when `text` is longer than {@link MAX_TEXT_LENGTH}.
 *
 * @example
 * checkTextLength('analyze', 'وصل الوفد إلى بغداد'); // fine: returns nothing
 * checkTextLength('analyze', 'د.'.repeat(5_000_000)); // RangeError: analyze: text is 10,000,000 code units long, more than MAX_TEXT_LENGTH (8,388,608) …
 */
export function checkTextLength(fn: string, text: string): void {
  if (text.length <= MAX_TEXT_LENGTH) return;
  throw new RangeError(
    `${fn}: text is ${text.length.toLocaleString('en')} code units long, more than MAX_TEXT_LENGTH (${MAX_TEXT_LENGTH.toLocaleString('en')}); analyse it in parts (paragraphs or windows of paragraphs)`,
  );
}
