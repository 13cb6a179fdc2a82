/**
 * The index of the last string of `sorted` (ascending, by code units) that is <= `key`, or -1 when
 * every one is greater: which part of a table split at those first keys may hold `key` (the
 * gazetteer's index parts, the common words' parts).
 */
export function lastAtMost(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= key) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Where the fields of `key`'s line start in `table` (sorted lines, `key` tab fields), or -1: a
 * binary search over the text itself ({@link keyEnd}), no index built.
 *
 * @example
 * findRow('اتراك\tTR\tp\nسوري\tSY\tm', 'سوري'); // 16: the start of `SY\tm`
 */
export function findRow(table: string, key: string): number {
  const end = keyEnd(table, key, '\t');
  return end >= 0 && table.charCodeAt(end) === 9 ? end + 1 : -1;
}

/**
 * Whether `word` is a line of `lines` (lines in ascending code-unit order, joined by '\n'): a binary
 * search over the text itself ({@link keyEnd}), no split. A cold start asks a few dozen words of a
 * list of thousands and builds nothing for them.
 *
 * @example
 * hasLine('الى\nفي\nقال', 'في'); // true
 * hasLine('الى\nفي\nقال', 'ف'); // false
 */
export function hasLine(lines: string, word: string): boolean {
  return keyEnd(lines, word, '\n') >= 0;
}

/**
 * Where the key `key` ends in `text`, or -1 when no line has it: the lines are sorted by their keys
 * in code-unit order, a line's key running to its first `separator` (or to the line's end). `lo` is
 * always the start of a line and `hi` the start of a line or one past the end: each step compares,
 * in place (no slice), the key of the line around the middle.
 */
function keyEnd(text: string, key: string, separator: '\t' | '\n'): number {
  let lo = 0;
  let hi = text.length + 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : text.lastIndexOf('\n', mid - 1) + 1;
    let lineEnd = text.indexOf('\n', start);
    if (lineEnd < 0) lineEnd = text.length;
    let end = separator === '\n' ? lineEnd : text.indexOf(separator, start);
    if (end < 0 || end > lineEnd) end = lineEnd;
    const order = compareLine(text, start, end, key);
    if (order === 0) return end;
    if (order < 0) lo = lineEnd + 1;
    else hi = start;
  }
  return -1;
}

/**
 * A test of membership in the lines of `texts` (each sorted as {@link hasLine} wants): its first
 * `searches` keys by {@link hasLine} over each text (nothing is built, for a cold start that asks a
 * few dozen), then by one Set of every line (a long text asks thousands). The one-word names of the
 * built-in gazetteer are tested this way.
 *
 * @example
 * const isName = searchThenSet(['بغداد\nدمشق'], 4096);
 * isName('دمشق'); // true
 */
export function searchThenSet(texts: readonly string[], searches: number): (key: string) => boolean {
  let all: Set<string> | undefined;
  let lookups = 0;
  return (key) => {
    if (all) return all.has(key);
    if (++lookups > searches) {
      all = new Set<string>();
      for (const text of texts) if (text) for (const line of text.split('\n')) all.add(line);
      return all.has(key);
    }
    for (let k = 0; k < texts.length; k++) if (hasLine(texts[k]!, key)) return true;
    return false;
  };
}

/** `text.slice(start, end)` against `word` in code-unit order (negative: before it), without the slice. */
function compareLine(text: string, start: number, end: number, word: string): number {
  const length = end - start;
  const common = Math.min(length, word.length);
  for (let i = 0; i < common; i++) {
    const d = text.charCodeAt(start + i) - word.charCodeAt(i);
    if (d !== 0) return d;
  }
  return length - word.length;
}

/**
 * Every line's key of `table` (sorted lines, `key` tab fields) and where its fields start: what {@link findRow} finds, read at once.
 *
 * @example
 * rowMap('اتراك\tTR\tp\nسوري\tSY\tm'); // Map { 'اتراك' => 6, 'سوري' => 16 }
 */
export function rowMap(table: string): Map<string, number> {
  const rows = new Map<string, number>();
  for (let at = table ? 0 : -1; at >= 0; ) {
    const tab = table.indexOf('\t', at);
    rows.set(table.slice(at, tab), tab + 1);
    const next = table.indexOf('\n', tab);
    at = next < 0 ? -1 : next + 1;
  }
  return rows;
}

/**
 * A lookup that answers its first `searches` keys by `search` (a binary search over a sorted table's
 * text: nothing is built, for a cold start that asks a few dozen keys) and then reads every key at
 * once with `readAll` (a long text asks thousands). The values found before the switch stay, so a
 * key gives the same value (the same object) each time. The surnames (`كيباكي`) and the nationality
 * adjectives (`السوريين`) are looked up this way.
 */
export function searchThenMap<V>(search: (key: string) => V | undefined, readAll: () => Map<string, V>, searches: number): (key: string) => V | undefined {
  const found = new Map<string, V>();
  let all: Map<string, V> | undefined;
  let lookups = 0;
  return (key) => {
    if (all) return all.get(key);
    const known = found.get(key);
    if (known !== undefined) return known;
    if (++lookups > searches) {
      all = readAll();
      for (const [k, v] of found) all.set(k, v);
      return all.get(key);
    }
    const v = search(key);
    if (v !== undefined) found.set(key, v);
    return v;
  };
}
