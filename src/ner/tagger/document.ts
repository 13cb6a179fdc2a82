import type { EntityType } from '../../gazetteer/index.js';
import { tokenize, type Token } from '../../tokenize/index.js';
import { recognizeInView } from '../extract.js';
import type { Entity } from '../types.js';
import type { Words } from '../words.js';
import { evidence, nameStart, type RuleSpan } from './evidence.js';
import { featurize, type Features, type TaggerInput } from './features.js';
import type { TaggerModel } from './model.js';
import { spansOf } from './tags.js';

/** A document as the tagger sees it: the recogniser's words and entities, and the tagger's features. */
export interface TaggerDocument {
  text: string;
  tokens: readonly Token[];
  words: Words;
  /** The rules' entities (all three types). */
  entities: Entity[];
  ruleSpans: RuleSpan[];
  input: TaggerInput;
  features: Features;
}

/** Token range of each span `[start, end)` (offsets into the text): the tokens it overlaps. */
export function tokenRange(tokens: readonly Token[], start: number, end: number): { tokenStart: number; tokenEnd: number } {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let e = lo;
  while (e < tokens.length && tokens[e]!.start < end) e++;
  return { tokenStart: lo, tokenEnd: e };
}

/** Runs the rules on `text` and computes the tagger's features (training and evaluation use this). */
export function taggerDocument(text: string, bits: number): TaggerDocument {
  const tokens = tokenize(text);
  const { entities, words } = recognizeInView(text, tokens);
  const ruleSpans = entities.map((e) => ({ type: e.type, ...tokenRange(tokens, e.start, e.end) }));
  const input = evidence(words, ruleSpans);
  return { text, tokens, words, entities, ruleSpans, input, features: featurize(input, bits) };
}

/** A span the tagger found. */
export interface TaggedSpan {
  type: EntityType;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
}

/** The tagger's spans, with proclitics left outside (`والكاظمي` → `الكاظمي`). */
export function taggedSpans(model: TaggerModel, doc: Pick<TaggerDocument, 'features' | 'words' | 'tokens'>): TaggedSpan[] {
  const tags = model.tag(doc.features);
  return spansOf(tags).map((s) => ({ ...s, start: nameStart(doc.words, s.tokenStart), end: doc.tokens[s.tokenEnd - 1]!.end }));
}
