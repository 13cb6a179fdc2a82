import type { EntityType, GazetteerEntry } from '../gazetteer/index.js';

// A gazetteer entry's fields, each read in one place that every rule shares.
//
// Entries come in about a dozen hidden classes (their optional `id`, `country`, `kind` and
// `ambiguous`; the warm-up text of the bench alone meets seven). A read of a field in a rule's own
// code knows the classes of the entries that reached that read; optimised while it knew four or
// fewer, it deoptimised at the next, met in new text, and its function was compiled again (in the
// `new` pass: `chooseEntry`'s `ambiguous`, `gazetteerCandidates`' `kind`, `linkChosen`'s `name`).
// Read here, each field's one load meets the entries of every rule, more than four classes before
// the first text is through, and V8 compiles it, inlined wherever it is called, as a load from an
// object of any class, which no new class deoptimises. A few entries are read a document.
// Every read of an entry's field in src/ner goes through these, so that no read of its own is left
// to meet a class it was not optimised for.

/** `e.type`. */
export function entryType(e: GazetteerEntry): EntityType {
  return e.type;
}

/** An entry of a place (`LOC`): a module function, not an arrow literal at each call (`m.entries.some(isPlaceEntry)`). */
export const isPlaceEntry = (e: GazetteerEntry): boolean => entryType(e) === 'LOC';

/** `e.name`. */
export function entryName(e: GazetteerEntry): string {
  return e.name;
}

/** `e.id`. */
export function entryId(e: GazetteerEntry): string | undefined {
  return e.id;
}

/** `e.kind`. */
export function entryKind(e: GazetteerEntry): string | undefined {
  return e.kind;
}

/** `e.country`. */
export function entryCountry(e: GazetteerEntry): string | undefined {
  return e.country;
}

/** `e.ambiguous`. */
export function entryAmbiguous(e: GazetteerEntry): boolean | undefined {
  return e.ambiguous;
}
