// Summing V8 .cpuprofile samples by function, shared by profile-top.mjs and novel-cost.mjs.

/** A profile node's function: `name file:line` (the last two path segments), or its name alone for V8's own frames. */
export function frameKey(n) {
  const where = n.callFrame.url ? `${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}` : '';
  return `${n.callFrame.functionName || '(anonymous)'} ${where}`.trim();
}

/**
 * Adds the sampled time of profile `p` to `into` (function key → microseconds): self time, or with
 * `inclusive` the time with callees (each function counted once per sample however deep it
 * recurses). Returns the profile's total sampled time.
 */
export function addProfile(into, p, inclusive) {
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  let total = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = p.timeDeltas[i] ?? 0;
    total += dt;
    if (!inclusive) {
      const key = frameKey(nodes.get(p.samples[i]));
      into.set(key, (into.get(key) ?? 0) + dt);
      continue;
    }
    const seen = new Set();
    for (let id = p.samples[i]; id !== undefined; id = parent.get(id)) seen.add(frameKey(nodes.get(id)));
    for (const key of seen) into.set(key, (into.get(key) ?? 0) + dt);
  }
  return total;
}
