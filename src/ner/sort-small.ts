/**
 * Up to this many elements, {@link sortSmall} sorts in place by insertion: `Array#sort` copies
 * every array into a work array of its own first, which for the few candidates of a sentence was
 * most of what the sort cost (about 4 MB of garbage in a steady pass over the benchmark corpus, in
 * `resolve` alone).
 */
const SMALL = 16;

/**
 * `items.sort(compare)`, stable as `Array#sort` is: the same order for a consistent `compare`.
 * Short arrays are sorted by insertion (an element moves left past those that compare greater only).
 *
 * @example
 * sortSmall([3, 1, 2], (a, b) => a - b); // [1, 2, 3]
 */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  const n = items.length;
  if (n > SMALL) return items.sort(compare);
  for (let i = 1; i < n; i++) {
    const x = items[i]!;
    let j = i - 1;
    while (j >= 0 && compare(items[j]!, x) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = x;
  }
  return items;
}
