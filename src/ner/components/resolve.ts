import type { Component } from '../component.js';

/**
 * Chooses among overlapping candidates: the longer span, then the rule ranked higher in
 * `PRECEDENCE`, then the earlier one; tentative candidates never win. Sets `ctx.chosen`.
 */
export const resolveOverlaps: Component = {
  name: 'resolve',
  run(_doc, ctx) {
    ctx.chosen = ctx.resolve(ctx.candidates);
  },
};
