import type { Demonym, EntityType, Lexicon, Trigger, TriggerKind, TriggerMatch } from '../gazetteer/index.js';
import { addFlag, Lex, type WordFlagSource } from '../gazetteer/lexicon.js';
import { keyTokens, searchForm, TokenTrie } from '../gazetteer/trie.js';
import { spansOf, type TokenSpans } from '../tokenize/document.js';
import type { Token } from '../tokenize/index.js';

/** Words to add to the built-in lexicon (`createAnalyzer({ lexicon })`), written as Arabic writes them. */
export interface LexiconAdditions {
  /** Common words, never a name on their own: `['الضوء']`. */
  common?: readonly string[] | undefined;
  /** Given names: `['زهران']`. */
  given?: readonly string[] | undefined;
  /** Family names: `['القاسمي']`. */
  family?: readonly string[] | undefined;
  /** Trigger phrases of at most 8 tokens: `{ phrase: 'مجمع', kind: 'org-head', type: 'ORG' }`. */
  triggers?: readonly { phrase: string; kind: TriggerKind; type: EntityType }[] | undefined;
}

const KINDS: readonly TriggerKind[] = ['title', 'org-head', 'institution', 'descriptor', 'place-head', 'person-verb', 'particle'];
const TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG'];
const ADDITION_KEYS = ['common', 'given', 'family', 'triggers'];

/**
 * The most tokens a caller's trigger phrase may have (the built-in list's longest has 4:
 * الأمين العام للأمم المتحدة). Trigger phrases are tried from every token as far as the text follows
 * one, so a phrase the text follows all but to its end costs its length at every token, and more:
 * with a phrase of 32 words 250,000 characters took 0.8 s, of 128 words 6 s, of 512 words 79 s
 * (8 words: 0.2 s, as the built-in lists). A bound keeps matching linear in the text.
 */
export const MAX_TRIGGER_TOKENS = 8;

interface TriggerMatcherIn {
  matchTriggerIn(tokens: TokenSpans, i: number, text: string | undefined, normOf: (j: number) => string): TriggerMatch | undefined;
}

/**
 * Whether `key` is a word the caller declared common through `createAnalyzer({ lexicon: { common } })`.
 * The tagger never makes a one-word name of such a word (its model was trained without them).
 */
export function isAddedCommonWord(lexicon: Lexicon, key: string): boolean {
  return lexicon instanceof ExtendedLexicon && lexicon.addedCommonWord(key);
}

/**
 * The built-in lexicon with the caller's words added. Lookups take 'search' keys, as the built-in
 * one does; a trigger phrase is matched where it is longer than the built-in one at the same token.
 */
class ExtendedLexicon implements Lexicon, Partial<WordFlagSource> {
  private readonly common = new Set<string>();
  private readonly given = new Set<string>();
  private readonly family = new Set<string>();
  private readonly trie = new TokenTrie<Trigger>();
  private readonly added: Trigger[] = [];

  constructor(
    private readonly base: Lexicon,
    additions: LexiconAdditions,
  ) {
    for (const w of additions.common ?? []) this.common.add(keyTokens(w).join(' '));
    for (const w of additions.given ?? []) this.given.add(keyTokens(w).join(' '));
    for (const w of additions.family ?? []) this.family.add(keyTokens(w).join(' '));
    for (const t of additions.triggers ?? []) {
      const trigger: Trigger = Object.freeze({ phrase: t.phrase, kind: t.kind, type: t.type });
      this.trie.add(keyTokens(t.phrase).join(' '), trigger);
      this.added.push(trigger);
    }
    const b = base as Partial<WordFlagSource>;
    if (typeof b.wordFlags === 'function') this.wordFlags = () => this.withOwnFlags(b.wordFlags!());
  }

  /** The base lexicon's {@link WordFlagSource.wordFlags} (when it has them), with the added words'. */
  readonly wordFlags: (() => Map<string, number>) | undefined;

  private withOwnFlags(flags: Map<string, number>): Map<string, number> {
    for (const w of this.given) addFlag(flags, w, Lex.GIVEN);
    for (const w of this.family) addFlag(flags, w, Lex.FAMILY);
    for (const w of this.common) addFlag(flags, w, Lex.COMMON);
    return flags;
  }

  isGivenName(norm: string): boolean {
    return this.given.has(norm) || this.base.isGivenName(norm);
  }
  givenNameGender(norm: string): 'm' | 'f' | 'u' | undefined {
    return this.base.givenNameGender(norm) ?? (this.given.has(norm) ? 'u' : undefined);
  }
  isFamilyName(norm: string): boolean {
    return this.family.has(norm) || this.base.isFamilyName(norm);
  }
  isCommonWord(norm: string): boolean {
    return this.common.has(norm) || this.base.isCommonWord(norm);
  }
  /** Whether the caller added `norm` as a common word (the built-in list aside). */
  addedCommonWord(norm: string): boolean {
    return this.common.has(norm);
  }
  demonym(norm: string): Demonym | undefined {
    return this.base.demonym(norm);
  }
  trigger(norm: string): Trigger[] | undefined {
    const own = this.trie.get(norm.split(' ').filter(Boolean));
    const base = this.base.trigger(norm);
    return own ? [...own, ...(base ?? [])] : base;
  }
  triggers(kind: TriggerKind): Trigger[] {
    return [...this.base.triggers(kind), ...this.added.filter((t) => t.kind === kind)];
  }
  matchTrigger(tokens: readonly Token[], i: number, text?: string, norms?: readonly string[]): TriggerMatch | undefined {
    if (!Number.isInteger(i) || i < 0 || i >= tokens.length) return undefined;
    return this.matchTriggerIn(spansOf(tokens), i, text, norms ? (j) => norms[j]! : (j) => searchForm(tokens[j]!.text));
  }
  matchTriggerIn(tokens: TokenSpans, i: number, text: string | undefined, normOf: (j: number) => string): TriggerMatch | undefined {
    const b = this.base as Partial<TriggerMatcherIn>;
    const base = typeof b.matchTriggerIn === 'function' ? b.matchTriggerIn(tokens, i, text, normOf) : undefined;
    const hit = this.trie.matchAt(text, tokens, normOf, i);
    if (!hit) return base;
    const own: TriggerMatch = { tokenStart: hit.tokenStart, tokenEnd: hit.tokenEnd, start: hit.start, end: hit.end, proclitic: hit.proclitic, triggers: hit.values.slice() };
    if (!base || own.tokenEnd > base.tokenEnd) return own;
    if (own.tokenEnd === base.tokenEnd && own.start === base.start) return { ...base, triggers: [...own.triggers, ...base.triggers] };
    return base;
  }
}

/**
 * Checks `createAnalyzer`'s `lexicon` option and returns the built-in lexicon with those words added.
 * Errors name the field: `createAnalyzer: lexicon.triggers[0].kind must be one of title, …`.
 *
 * @example
 * extendLexicon(builtinLexicon(), { common: ['الضوء'], triggers: [{ phrase: 'مجمع', kind: 'org-head', type: 'ORG' }] }, 'createAnalyzer');
 */
export function extendLexicon(base: Lexicon, additions: unknown, fn: string): Lexicon {
  const at = `${fn}: lexicon`;
  if (additions === null || typeof additions !== 'object' || Array.isArray(additions)) throw new TypeError(`${at} must be an object { common?, given?, family?, triggers? }`);
  const a = additions as Record<string, unknown>;
  for (const k of Object.keys(a)) if (!ADDITION_KEYS.includes(k)) throw new RangeError(`${at} has an unknown key ${JSON.stringify(k)} (expected ${ADDITION_KEYS.join(', ')})`);
  const words = (k: string): void => {
    const list = a[k];
    if (list === undefined) return;
    if (!Array.isArray(list)) throw new TypeError(`${at}.${k} must be an array of words`);
    list.forEach((w: unknown, n) => {
      if (typeof w !== 'string') throw new TypeError(`${at}.${k}[${n}] must be a string`);
      if (keyTokens(w).length !== 1) throw new RangeError(`${at}.${k}[${n}] must be one word, got ${JSON.stringify(w)}`);
    });
  };
  words('common');
  words('given');
  words('family');
  if (a.triggers !== undefined) {
    if (!Array.isArray(a.triggers)) throw new TypeError(`${at}.triggers must be an array of { phrase, kind, type }`);
    a.triggers.forEach((t: unknown, n) => {
      const tat = `${at}.triggers[${n}]`;
      if (t === null || typeof t !== 'object') throw new TypeError(`${tat} must be an object { phrase, kind, type }`);
      const o = t as Record<string, unknown>;
      for (const k of Object.keys(o)) if (k !== 'phrase' && k !== 'kind' && k !== 'type') throw new RangeError(`${tat} has an unknown key ${JSON.stringify(k)} (expected phrase, kind, type)`);
      if (typeof o.phrase !== 'string' || keyTokens(o.phrase).length === 0) throw new RangeError(`${tat}.phrase must be a word or phrase`);
      const tokens = keyTokens(o.phrase).length;
      if (tokens > MAX_TRIGGER_TOKENS) throw new RangeError(`${tat}.phrase has ${tokens} tokens (at most ${MAX_TRIGGER_TOKENS})`);
      if (!KINDS.includes(o.kind as TriggerKind)) throw new RangeError(`${tat}.kind must be one of ${KINDS.join(', ')}, got ${JSON.stringify(o.kind)}`);
      if (!TYPES.includes(o.type as EntityType)) throw new RangeError(`${tat}.type must be 'PER', 'LOC' or 'ORG', got ${JSON.stringify(o.type)}`);
    });
  }
  return new ExtendedLexicon(base, a as LexiconAdditions);
}
