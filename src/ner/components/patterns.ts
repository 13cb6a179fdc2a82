import type { EntityType } from '../../gazetteer/index.js';
import { keyTokens } from '../../gazetteer/trie.js';
import type { Doc } from '../../tokenize/document.js';
import type { TokenKind } from '../../tokenize/index.js';
import { ruleCandidate } from '../candidates.js';
import type { Component, RecognizerContext } from '../component.js';

/**
 * One token of a {@link Pattern}. Every field given must hold; at least one of `text`, `in`,
 * `kind`, `shape` is required.
 */
export interface PatternToken {
  /** The word, compared in 'search' form on both sides (`البركة` matches `البركه`, `البركةِ`); proclitics allowed on a pattern's first token (`ومجموعة`). */
  text?: string | undefined;
  /** Any of these words (compared as `text`). */
  in?: readonly string[] | undefined;
  /** The token's kind: `word`, `latin`, `number`, `punct`… */
  kind?: TokenKind | undefined;
  /** `'name'`: an Arabic word the lexicon does not know as a common or closed-class word. */
  shape?: 'name' | undefined;
  /** The token may be left out. */
  optional?: boolean | undefined;
}

/**
 * A token pattern, in the spirit of spaCy's EntityRuler: its matches are entities of `type`
 * with `rule: 'pattern'`, and they win over the built-in rules where they overlap.
 *
 * @example
 * { type: 'ORG', tokens: [{ text: 'مجموعة' }, { text: 'البركة' }] }
 * { type: 'ORG', tokens: [{ in: ['شركة', 'مؤسسة'] }, { shape: 'name' }, { shape: 'name', optional: true }], id: 'my-org' }
 */
export interface Pattern {
  type: EntityType;
  tokens: readonly PatternToken[];
  /** An id for every match (else none). */
  id?: string | undefined;
  /** A canonical name for every match (else none). */
  canonical?: string | undefined;
}

/** A pattern token checked and keyed once. */
interface Spec {
  keys: ReadonlySet<string> | undefined;
  kind: TokenKind | undefined;
  name: boolean;
  optional: boolean;
}

interface Compiled {
  type: EntityType;
  specs: Spec[];
  id: string | undefined;
  canonical: string | undefined;
}

const TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG'];
const KINDS: readonly TokenKind[] = ['word', 'latin', 'number', 'punct', 'symbol', 'url', 'email', 'hashtag', 'mention', 'emoji'];
const PATTERN_KEYS = new Set(['type', 'tokens', 'id', 'canonical']);
const TOKEN_KEYS = new Set(['text', 'in', 'kind', 'shape', 'optional']);
/** Longest pattern accepted: matching stays linear in the text (each start tries a bounded set of positions). */
export const MAX_PATTERN_TOKENS = 16;

/** The one 'search' key of a word given in a pattern, or a RangeError naming where it is. */
function wordKey(word: unknown, where: string): string {
  if (typeof word !== 'string') throw new TypeError(`${where} must be a string`);
  const keys = keyTokens(word);
  if (keys.length !== 1) throw new RangeError(`${where} must be one word, got ${JSON.stringify(word)} (${keys.length} tokens)`);
  return keys[0]!;
}

/**
 * Checks patterns and keys their words once. Errors name the pattern and token:
 * `createAnalyzer: patterns[0].tokens[1].kind must be one of word, latin, …`.
 */
export function compilePatterns(patterns: unknown, fn: string): Compiled[] {
  if (!Array.isArray(patterns)) throw new TypeError(`${fn}: expected options.patterns to be an array of { type, tokens }`);
  return patterns.map((p: unknown, n): Compiled => {
    const at = `${fn}: patterns[${n}]`;
    if (p === null || typeof p !== 'object' || Array.isArray(p)) throw new TypeError(`${at} must be an object { type, tokens }`);
    const o = p as Record<string, unknown>;
    for (const k of Object.keys(o)) if (!PATTERN_KEYS.has(k)) throw new RangeError(`${at} has an unknown key ${JSON.stringify(k)} (expected type, tokens, id, canonical)`);
    if (!TYPES.includes(o.type as EntityType)) throw new RangeError(`${at}.type must be 'PER', 'LOC' or 'ORG', got ${JSON.stringify(o.type)}`);
    if (!Array.isArray(o.tokens) || o.tokens.length === 0) throw new RangeError(`${at}.tokens must be a non-empty array of token specs`);
    if (o.tokens.length > MAX_PATTERN_TOKENS) throw new RangeError(`${at}.tokens has ${o.tokens.length} tokens (at most ${MAX_PATTERN_TOKENS})`);
    for (const k of ['id', 'canonical'] as const) if (o[k] !== undefined && typeof o[k] !== 'string') throw new TypeError(`${at}.${k} must be a string`);
    const specs = o.tokens.map((t: unknown, j): Spec => {
      const tat = `${at}.tokens[${j}]`;
      if (t === null || typeof t !== 'object' || Array.isArray(t)) throw new TypeError(`${tat} must be an object such as { text: 'مجموعة' }`);
      const s = t as Record<string, unknown>;
      for (const k of Object.keys(s)) if (!TOKEN_KEYS.has(k)) throw new RangeError(`${tat} has an unknown key ${JSON.stringify(k)} (expected text, in, kind, shape, optional)`);
      if (s.text === undefined && s.in === undefined && s.kind === undefined && s.shape === undefined) throw new RangeError(`${tat} must give at least one of text, in, kind, shape`);
      let keys: Set<string> | undefined;
      if (s.text !== undefined) keys = new Set([wordKey(s.text, `${tat}.text`)]);
      if (s.in !== undefined) {
        if (!Array.isArray(s.in) || s.in.length === 0) throw new RangeError(`${tat}.in must be a non-empty array of words`);
        const inKeys = new Set(s.in.map((w: unknown, k) => wordKey(w, `${tat}.in[${k}]`)));
        keys = keys ? new Set([...keys].filter((k) => inKeys.has(k))) : inKeys;
      }
      if (s.kind !== undefined && !KINDS.includes(s.kind as TokenKind)) throw new RangeError(`${tat}.kind must be one of ${KINDS.join(', ')}, got ${JSON.stringify(s.kind)}`);
      if (s.shape !== undefined && s.shape !== 'name') throw new RangeError(`${tat}.shape must be 'name', got ${JSON.stringify(s.shape)}`);
      if (s.optional !== undefined && typeof s.optional !== 'boolean') throw new TypeError(`${tat}.optional must be a boolean`);
      return { keys, kind: s.kind as TokenKind | undefined, name: s.shape === 'name', optional: s.optional === true };
    });
    if (specs.every((s) => s.optional)) throw new RangeError(`${at}.tokens are all optional: a pattern must match at least one token`);
    return { type: o.type as EntityType, specs, id: o.id as string | undefined, canonical: o.canonical as string | undefined };
  });
}

/** Does token `i` satisfy `spec`? `key` is the form to compare (the token's, or a reading's on the first token). */
function fits(doc: Doc, ctx: RecognizerContext, spec: Spec, i: number, key: string): boolean {
  if (spec.kind !== undefined && doc.kind(i) !== spec.kind) return false;
  if (spec.keys !== undefined && !spec.keys.has(key)) return false;
  if (spec.name && (!doc.isWord(i) || ctx.words.isCommon(key))) return false;
  return true;
}

/**
 * The longest match of `p` starting at token `i` with the first token read from `first` (a key and
 * the offset where it starts): the end token, or -1. Optional tokens make a set of positions,
 * advanced spec by spec (at most {@link MAX_PATTERN_TOKENS} of them): no backtracking.
 */
function matchAt(doc: Doc, ctx: RecognizerContext, p: Compiled, i: number, firstKey: string): number {
  let positions = [i]; // token positions reachable after the specs so far (sorted, unique)
  let best = -1;
  p.specs.forEach((spec, s) => {
    const next: number[] = [];
    for (const at of positions) {
      if (spec.optional && !next.includes(at)) next.push(at);
      if (at >= doc.length || (at > i && !doc.joined(at - 1))) continue;
      const key = at === i ? firstKey : doc.key(at);
      if (fits(doc, ctx, spec, at, key) && !next.includes(at + 1)) next.push(at + 1);
    }
    positions = next;
    if (s === p.specs.length - 1) for (const at of positions) if (at > i && at > best) best = at;
  });
  return best;
}

/** The component that finds the analyzer's patterns: `rule: 'pattern'`, winning every overlap. */
export function patternComponent(patterns: readonly Compiled[]): Component {
  return {
    name: 'pattern',
    run(doc, ctx) {
      for (let i = 0; i < doc.length; i++) {
        const start = doc.start(i);
        for (const p of patterns) {
          // The token as written, then without its proclitics (ومجموعة → مجموعة).
          let end = matchAt(doc, ctx, p, i, doc.key(i));
          let from = start;
          if (end < 0) {
            for (const [, key, offset] of doc.readings(i)) {
              end = matchAt(doc, ctx, p, i, key);
              if (end > 0) {
                from = start + offset;
                break;
              }
            }
          }
          if (end < 0) continue;
          ctx.candidates.push(ruleCandidate(p.type, i, end, from, doc.end(end - 1), 'pattern', 'pattern', undefined, p.canonical, p.id));
        }
      }
    },
  };
}
