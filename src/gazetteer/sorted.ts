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
