// Issue 12's targets, checked against the figures a bench run has just measured: each
// bench/*.bench.mjs returns its rows and `npm run bench` prints them together at the end, so that a
// target met once and lost later (normalize 'search' fell from about 25x to 17x CAMeL's chain in
// d4c64db, unseen for a day) shows in the run that loses it. Timings stay out of the tests: this is
// a report, not an assertion, and this shared host's speed moves by ±30% between minutes. The
// package's size limits are `npm run size`'s own.

/**
 * One target: `value` measured (with `shown`, how it reads), against `goal` — at least (`>=`) or at
 * most (`<=`).
 *
 * @param {string} what
 * @param {number} value
 * @param {'>=' | '<='} direction
 * @param {number} goal
 * @param {string} shown
 */
export function target(what, value, direction, goal, shown) {
  const ok = direction === '>=' ? value >= goal : value <= goal;
  return { what, shown, goal: `${direction === '>=' ? '≥' : '≤'} ${goal}`, ok };
}

/** Prints the rows of every bench that ran, met or not. */
export function printTargets(rows) {
  if (!rows.length) return;
  console.log("\n## issue 12's targets, from the figures above");
  const width = Math.max(...rows.map((r) => r.what.length));
  for (const r of rows) console.log(`${r.ok ? '✓' : '✗'} ${r.what.padEnd(width)}  ${r.shown}  (target ${r.goal})`);
}
