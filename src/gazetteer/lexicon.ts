import { DEMONYMS, FAMILY, GIVEN, TRIGGERS } from './generated/lexicon.js';
import { commonWordSet, type WordSet } from './common-words.js';
import type { Token } from './text.js';
import { spansOf, type TokenSpans } from '../tokenize/document.js';
import { searchForm, TokenTrie } from './trie.js';
import type { EntityType } from './types.js';

/** What a nationality adjective says (`السوريين` → `{ country: 'SY', gender: 'm', number: 'pl', definite: true }`). */
export interface Demonym {
  /** ISO 3166-1 alpha-2 code of the country. */
  country: string;
  gender: 'm' | 'f';
  number: 'sg' | 'pl';
  /** Written with the article ال. */
  definite: boolean;
}

/** How a trigger word helps the recogniser (see docs/ARCHITECTURE.md, `data/lexicon/triggers.tsv`). */
export type TriggerKind = 'title' | 'org-head' | 'institution' | 'descriptor' | 'place-head' | 'person-verb' | 'particle';

export interface Trigger {
  /** The phrase as written in the data (`رئيس الوزراء`). */
  phrase: string;
  kind: TriggerKind;
  /** The entity type the trigger announces. */
  type: EntityType;
}

/** A trigger phrase found at a token position. */
export interface TriggerMatch {
  tokenStart: number;
  tokenEnd: number;
  /** Offset of the phrase in the text, after any proclitic (`والرئيس` → the span of `الرئيس`). */
  start: number;
  end: number;
  proclitic: string;
  /** Every trigger spelled this way (one phrase can have several kinds). */
  triggers: Trigger[];
}

/**
 * Words the recogniser uses as evidence, not as entities. Every lookup takes the 'search'
 * normalisation of a word (`normalize(word, 'search')`), proclitics already removed by the caller.
 */
export interface Lexicon {
  /** `isGivenName('محمد')` → true. */
  isGivenName(norm: string): boolean;
  /** `'m'`, `'f'` or `'u'` (both) for a given name, `undefined` otherwise: `givenNameGender('فاطمه')` → `'f'`. */
  givenNameGender(norm: string): 'm' | 'f' | 'u' | undefined;
  /** `isFamilyName('الكاظمي')` → true. */
  isFamilyName(norm: string): boolean;
  /** A frequent word that is never a name on its own: `isCommonWord('قال')` → true. */
  isCommonWord(norm: string): boolean;
  /** `demonym('السوريه')` → `{ country: 'SY', gender: 'f', number: 'sg', definite: true }`. */
  demonym(norm: string): Demonym | undefined;
  /** Triggers spelled exactly so (multi-word phrases separated by one space): `trigger('وزير الخارجيه')`. */
  trigger(norm: string): Trigger[] | undefined;
  /** Every trigger of one kind: `triggers('title')`. */
  triggers(kind: TriggerKind): Trigger[];
  /**
   * The longest trigger phrase starting at token `i` (proclitics on its first word allowed, as in the
   * gazetteer). Pass `text` to refuse phrases broken by a paragraph break, and `norms` (the
   * 'search' form of every token) to save normalising them again.
   *
   * @example
   * const t = tokenize('وقال رئيس الوزراء العراقي');
   * builtinLexicon().matchTrigger(t, 1); // { tokenStart: 1, tokenEnd: 3, proclitic: '', triggers: [{ phrase: 'رئيس الوزراء', kind: 'title', type: 'PER' }], … }
   */
  matchTrigger(tokens: readonly Token[], i: number, text?: string, norms?: readonly string[]): TriggerMatch | undefined;
}

const KINDS: readonly TriggerKind[] = ['title', 'org-head', 'institution', 'descriptor', 'place-head', 'person-verb', 'particle'];

function lines(s: string): string[] {
  return s ? s.split('\n') : [];
}

/** The forms of a cell (separated by |), none for an empty cell. */
function cellForms(cell: string): string[] {
  return cell ? cell.split('|') : [];
}

/** The lexicon's generated strings (src/gazetteer/generated/lexicon.ts). */
export interface LexiconData {
  given: string;
  family: string;
  /** Absent: the built-in list (read a part at a time, shared with the segmenter). */
  common?: string;
  demonyms: string;
  triggers: string;
}

export class BuiltinLexicon implements Lexicon {
  private readonly given = new Map<string, 'm' | 'f' | 'u'>();
  private readonly family: Set<string>;
  private readonly common: WordSet;
  private readonly demonyms = new Map<string, Demonym>();
  private readonly trie = new TokenTrie<Trigger>();
  private readonly byKind = new Map<TriggerKind, Trigger[]>(KINDS.map((k) => [k, []]));

  /**
   * `data`: the generated strings (the generator passes the ones it is about to write). Read with
   * index loops and `indexOf`, not `for…of` and array destructuring: this runs once, at the first
   * `analyze`, in V8's interpreter, where each destructuring and each `for…of` goes through the
   * iterator protocol (an object a step): building it went from 27.6 to 25.3 M instructions
   * (callgrind, JIT on, 2026-12-05).
   */
  constructor(data: LexiconData = { given: GIVEN, family: FAMILY, demonyms: DEMONYMS, triggers: TRIGGERS }) {
    this.family = new Set(lines(data.family));
    // The built-in list is shared with the segmenter (common-words.ts).
    this.common = data.common === undefined ? commonWordSet() : new Set(lines(data.common));
    const given = lines(data.given);
    for (let i = 0; i < given.length; i++) {
      const line = given[i]!;
      const tab = line.indexOf('\t');
      const g = line.slice(0, tab) as 'm' | 'f' | 'u';
      const forms = line.slice(tab + 1).split('|');
      for (let k = 0; k < forms.length; k++) {
        const had = this.given.get(forms[k]!);
        this.given.set(forms[k]!, had && had !== g ? 'u' : g);
      }
    }
    const demonyms = lines(data.demonyms);
    for (let i = 0; i < demonyms.length; i++) {
      // country · masculine forms · feminine forms · plural forms (forms separated by |)
      const cells = demonyms[i]!.split('\t');
      const country = cells[0]!;
      const masc = cellForms(cells[1]!);
      const fem = cellForms(cells[2]!);
      const plural = cellForms(cells[3]!);
      for (let k = 0; k < masc.length; k++) this.addDemonym(masc[k]!, { country, gender: 'm', number: 'sg', definite: false });
      for (let k = 0; k < fem.length; k++) this.addDemonym(fem[k]!, { country, gender: 'f', number: 'sg', definite: false });
      for (let k = 0; k < plural.length; k++) this.addDemonym(plural[k]!, { country, gender: 'm', number: 'pl', definite: false });
      // Feminine plural from the feminine singular: سوريه → سوريات.
      for (let k = 0; k < fem.length; k++) {
        const f = fem[k]!;
        if (f.endsWith('ه')) this.addDemonym(f.slice(0, -1) + 'ات', { country, gender: 'f', number: 'pl', definite: false });
      }
    }
    const triggers = lines(data.triggers);
    for (let i = 0; i < triggers.length; i++) {
      // phrase · kind · type · key ('search' form)
      const cells = triggers[i]!.split('\t');
      const kind = cells[1] as TriggerKind;
      const t: Trigger = Object.freeze({ phrase: cells[0]!, kind, type: cells[2] as EntityType });
      this.trie.add(cells[3]!, t);
      this.byKind.get(kind)?.push(t);
    }
  }

  /** A nationality adjective and its form with ال, unless an earlier line gave them. */
  private addDemonym(form: string, d: Demonym): void {
    if (!this.demonyms.has(form)) this.demonyms.set(form, Object.freeze(d));
    const def = 'ال' + form;
    if (!this.demonyms.has(def)) this.demonyms.set(def, Object.freeze({ country: d.country, gender: d.gender, number: d.number, definite: true }));
  }

  isGivenName(norm: string): boolean {
    return this.given.has(norm);
  }
  givenNameGender(norm: string): 'm' | 'f' | 'u' | undefined {
    return this.given.get(norm);
  }
  isFamilyName(norm: string): boolean {
    return this.family.has(norm);
  }
  isCommonWord(norm: string): boolean {
    return this.common.has(norm);
  }
  demonym(norm: string): Demonym | undefined {
    return this.demonyms.get(norm);
  }
  trigger(norm: string): Trigger[] | undefined {
    return this.trie.get(norm.split(' ').filter(Boolean))?.slice();
  }
  triggers(kind: TriggerKind): Trigger[] {
    return this.byKind.get(kind)?.slice() ?? [];
  }
  matchTrigger(tokens: readonly Token[], i: number, text?: string, norms?: readonly string[]): TriggerMatch | undefined {
    if (!Number.isInteger(i) || i < 0 || i >= tokens.length) return undefined;
    return this.matchTriggerIn(spansOf(tokens), i, text, norms ? (j) => norms[j]! : (j) => searchForm(tokens[j]!.text));
  }
  /** {@link matchTrigger} over any token table (a `Doc`), with every token's 'search' key. */
  matchTriggerIn(tokens: TokenSpans, i: number, text: string | undefined, normOf: (j: number) => string): TriggerMatch | undefined {
    const hit = this.trie.matchAt(text, tokens, normOf, i);
    if (!hit) return undefined;
    return { tokenStart: hit.tokenStart, tokenEnd: hit.tokenEnd, start: hit.start, end: hit.end, proclitic: hit.proclitic, triggers: hit.values.slice() };
  }
}

let cached: Lexicon | undefined;

/**
 * The built-in lexicon: given and family names, common words, nationality adjectives (with their
 * ال and plural forms) and trigger phrases. Built on first use, then cached.
 *
 * @example
 * const lex = builtinLexicon();
 * lex.isGivenName('محمد'); // true
 * lex.demonym('العراقيين'); // { country: 'IQ', gender: 'm', number: 'pl', definite: true }
 */
export function builtinLexicon(): Lexicon {
  return (cached ??= new BuiltinLexicon());
}
