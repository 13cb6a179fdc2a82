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
 * binary search over the text itself, no index built. `lo` is always the start of a line and `hi`
 * the start of a line or one past the end: each step reads the line around the middle.
 */
export function findRow(table: string, key: string): number {
  let lo = 0;
  let hi = table.length + 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : table.lastIndexOf('\n', mid - 1) + 1;
    const tab = table.indexOf('\t', start);
    if (tab < 0) return -1;
    const k = table.slice(start, tab);
    if (k === key) return tab + 1;
    if (k < key) {
      const next = table.indexOf('\n', tab);
      lo = next < 0 ? table.length + 1 : next + 1;
    } else hi = start;
  }
  return -1;
}
