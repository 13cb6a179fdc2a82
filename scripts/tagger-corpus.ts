/**
 * Training data for the tagger, in the conventions of ../shared/ANNOTATION.md.
 *
 * Reads ANERcorp train, AQMAR train/dev and the seed gold from ../shared, and moves their spans
 * toward ANNOTATION.md so that the tagger does not learn the corpora's own conventions:
 * - MISC is dropped (not one of our types);
 * - a title at the start of a span goes out (`[الرئيس بشار الأسد]` → الرئيس [بشار الأسد]);
 * - a standalone descriptor at the start goes out (`[شركة توتال]` → شركة [توتال]), a head noun
 *   that is part of the name (وزارة، جامعة) stays;
 * - institution + nationality ORGs the rules find (`الحكومة العراقية`، `الجيش السوري`) are added
 *   where the corpus has no entity over those words (ANERcorp rarely tags them);
 * - proclitics: the tagger labels whole tokens and leaves و ف ب ك ل outside when it writes a span,
 *   so the labels need no change; the count says how many spans start with one.
 *
 * `npx tsx scripts/tagger-corpus.ts` prints what the conversion changed, per corpus.
 * The corpora are read at training time only; nothing from them is written into data/ or tests.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConll } from '../src/cli/conll.js';
import type { EntityType } from '../src/gazetteer/index.js';
import { nameStart } from '../src/ner/tagger/evidence.js';
import { taggerDocument, tokenRange, type TaggerDocument } from '../src/ner/tagger/document.js';
import { begin } from '../src/ner/tagger/tags.js';
import type { Features } from '../src/ner/tagger/features.js';

export const SHARED = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');

export interface GoldSpan {
  start: number;
  end: number;
  type: string;
}

export interface GoldDoc {
  id: string;
  text: string;
  entities: GoldSpan[];
  /** For a window of sentences ({@link windows}): each sentence's `[start, end)` in `text`. */
  parts?: Array<{ start: number; end: number }>;
}

/**
 * `docs` in windows of `size` consecutive documents, each window one text (its members joined by a
 * newline, their gold shifted), never across a `cuts` index (the CV folds' edges). ANERcorp and
 * AQMAR have no article ids, and their sentences are in corpus order, so a window of neighbouring
 * sentences stands in for the article the analyzer reads at once. `size` 1: the documents as they are.
 */
export function windows(docs: readonly GoldDoc[], size: number, cuts: readonly number[] = []): GoldDoc[] {
  if (size <= 1) return [...docs];
  const out: GoldDoc[] = [];
  let i = 0;
  while (i < docs.length) {
    let end = Math.min(docs.length, i + size);
    for (const c of cuts) if (c > i && c < end) end = c;
    const members = docs.slice(i, end);
    const parts: Array<{ start: number; end: number }> = [];
    const entities: GoldSpan[] = [];
    let text = '';
    for (const d of members) {
      if (text !== '') text += '\n';
      const at = text.length;
      text += d.text;
      parts.push({ start: at, end: text.length });
      for (const e of d.entities) entities.push({ ...e, start: e.start + at, end: e.end + at });
    }
    out.push({ id: `${members[0]!.id}+${members.length}`, text, entities, parts });
    i = end;
  }
  return out;
}

export function readJsonl(path: string): GoldDoc[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldDoc);
}

/** JSONL gold or CoNLL/IOB2 (by extension), as documents. */
export function readGold(path: string): GoldDoc[] {
  if (/\.(conll|iob|bio|txt)$/i.test(path)) return parseConll(readFileSync(path, 'utf8')).map((d) => ({ id: String(d.id), text: d.text, entities: d.entities }));
  return readJsonl(path);
}

export interface Corpora {
  anercorp: GoldDoc[];
  aqmarTrain: GoldDoc[];
  aqmarDev: GoldDoc[];
  seeds: GoldDoc[];
}

export function corporaPresent(): boolean {
  return existsSync(join(SHARED, 'corpora', 'anercorp', 'train.jsonl'));
}

export function loadCorpora(): Corpora {
  const c = join(SHARED, 'corpora');
  return {
    anercorp: readJsonl(join(c, 'anercorp', 'train.jsonl')),
    aqmarTrain: readJsonl(join(c, 'aqmar', 'liu2019_train.jsonl')),
    aqmarDev: readJsonl(join(c, 'aqmar', 'liu2019_dev.jsonl')),
    seeds: readJsonl(join(SHARED, 'seeds', 'gold.jsonl')),
  };
}

export interface ConversionCounts {
  spans: number;
  misc: number;
  titleCut: number;
  descriptorCut: number;
  institutionAdded: number;
  procliticStart: number;
  unaligned: number;
}

export function emptyCounts(): ConversionCounts {
  return { spans: 0, misc: 0, titleCut: 0, descriptorCut: 0, institutionAdded: 0, procliticStart: 0, unaligned: 0 };
}

const TYPES = new Set(['PER', 'LOC', 'ORG']);

/**
 * The gold BIO tags of `doc` over the tokens of `td`, after moving its spans toward ANNOTATION.md.
 * `keep` says which conversion steps run (all by default).
 */
export function convert(doc: GoldDoc, td: TaggerDocument, counts: ConversionCounts, keep: { toGuide?: boolean } = {}): Uint8Array {
  const toGuide = keep.toGuide ?? true;
  const w = td.words;
  const tags = new Uint8Array(td.doc.length);
  const used = new Uint8Array(td.doc.length);
  const spans: Array<{ type: EntityType; tokenStart: number; tokenEnd: number }> = [];
  for (const e of doc.entities) {
    counts.spans++;
    if (!TYPES.has(e.type)) {
      counts.misc++;
      continue;
    }
    let { tokenStart, tokenEnd } = tokenRange(td.doc, e.start, e.end);
    if (tokenEnd <= tokenStart) {
      counts.unaligned++;
      continue;
    }
    if (toGuide) {
      const title = w.trigger(tokenStart, 'title');
      if (title && e.type === 'PER' && title.tokenEnd < tokenEnd) {
        counts.titleCut++;
        tokenStart = title.tokenEnd;
      }
      const descriptor = w.trigger(tokenStart, 'descriptor');
      if (descriptor && descriptor.tokenEnd < tokenEnd && !w.trigger(tokenStart, 'org-head')) {
        counts.descriptorCut++;
        tokenStart = descriptor.tokenEnd;
      }
    }
    if (nameStart(w, tokenStart) > td.doc.start(tokenStart)) counts.procliticStart++;
    spans.push({ type: e.type as EntityType, tokenStart, tokenEnd });
  }
  for (const s of spans) for (let k = s.tokenStart; k < s.tokenEnd; k++) used[k] = 1;
  if (toGuide) {
    // الحكومة العراقية، الجيش السوري: an institution followed by a nationality adjective, as the rules find it.
    for (const r of td.ruleSpans) {
      if (r.type !== 'ORG' || r.tokenEnd - r.tokenStart < 2) continue;
      if (!w.trigger(r.tokenStart, 'institution') || !w.demonym(r.tokenEnd - 1)) continue;
      let free = true;
      for (let k = r.tokenStart; k < r.tokenEnd; k++) if (used[k]) free = false;
      if (!free) continue;
      counts.institutionAdded++;
      spans.push(r);
      for (let k = r.tokenStart; k < r.tokenEnd; k++) used[k] = 1;
    }
  }
  for (const s of spans) {
    const b = begin(s.type);
    tags[s.tokenStart] = b;
    for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) tags[k] = b + 1;
  }
  return tags;
}

/** ANERcorp CV: this many folds, each a contiguous block of sentences in corpus order. */
export const CV_FOLDS = 5;

/** The index of the sentence where CV fold `f` (0 … CV_FOLDS) starts, of `n` sentences. */
export const foldEdge = (n: number, f: number): number => Math.floor((f * n) / CV_FOLDS);

/** {@link windows} that never cross the edge of a CV fold (ANERcorp's training documents). */
export function foldWindows(docs: readonly GoldDoc[], size: number): GoldDoc[] {
  const cuts: number[] = [];
  for (let f = 1; f < CV_FOLDS; f++) cuts.push(foldEdge(docs.length, f));
  return windows(docs, size, cuts);
}

/** A document ready for training: the tagger's view and its converted gold tags. */
export interface Prepared {
  doc: GoldDoc;
  td: TaggerDocument;
  gold: Uint8Array;
}

/**
 * The training examples of a prepared document: one per sentence of a window (its features
 * computed with the whole window in view), else the document whole.
 */
export function examples(p: Prepared): Array<{ features: Features; gold: Uint8Array }> {
  const { feats, offsets, groups } = p.td.features;
  if (!p.doc.parts) return [{ features: p.td.features, gold: p.gold }];
  const out: Array<{ features: Features; gold: Uint8Array }> = [];
  for (const part of p.doc.parts) {
    const { tokenStart: a, tokenEnd: b } = tokenRange(p.td.doc, part.start, part.end);
    if (b <= a) continue;
    const o = offsets.subarray(a, b + 1).map((x) => x - offsets[a]!);
    out.push({ features: { feats: feats.subarray(offsets[a]!, offsets[b]!), offsets: o, groups: groups?.subarray(offsets[a]!, offsets[b]!) }, gold: p.gold.subarray(a, b) });
  }
  return out;
}

export function prepare(docs: readonly GoldDoc[], bits: number, counts: ConversionCounts, keep?: { toGuide?: boolean }): Prepared[] {
  return docs.map((doc) => {
    const td = taggerDocument(doc.text, bits);
    return { doc, td, gold: convert(doc, td, counts, keep) };
  });
}

/**
 * sha256 of what training reads from `data`: each document's feature buckets, their offsets and its
 * converted gold tags. The same digests and training options give the same model bytes, so
 * data/model/tagger.json records them and tests/tagger.reproducible.test.ts checks them: a change
 * of segmentation, word lists or features that moves them means `npm run model` must be run again.
 */
export function trainingDigest(data: readonly Prepared[]): string {
  const h = createHash('sha256');
  const bytes = (a: Uint32Array | Int32Array | Uint8Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  for (const p of data) {
    const f = p.td.features;
    h.update(bytes(f.feats));
    h.update(bytes(f.offsets));
    h.update(bytes(p.gold));
  }
  return h.digest('hex');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const c = loadCorpora();
  const rows: string[] = ['| corpus | spans | MISC dropped | titles cut | descriptors cut | institution + nationality added | starting with a proclitic | unaligned |', '|---|---|---|---|---|---|---|---|'];
  for (const [name, docs] of [['ANERcorp train', c.anercorp], ['AQMAR train', c.aqmarTrain], ['AQMAR dev', c.aqmarDev], ['seeds', c.seeds]] as const) {
    const counts = emptyCounts();
    prepare(docs, 20, counts);
    rows.push(`| ${name} | ${counts.spans} | ${counts.misc} | ${counts.titleCut} | ${counts.descriptorCut} | ${counts.institutionAdded} | ${counts.procliticStart} | ${counts.unaligned} |`);
  }
  console.log(rows.join('\n'));
}
