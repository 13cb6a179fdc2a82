import { DEMONYM_FORMS, FAMILY, GIVEN, TRIGGERS } from './generated/lexicon.js';
import { commonWordSet, PartedWords } from './common-words.js';
import { findRow, rowMap, searchThenMap } from './sorted.js';
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
  /** The lines of data/lexicon/demonyms.tsv ('search' form): country · masculine · feminine · plurals (forms separated by |). */
  demonyms?: string;
  /** `demonymForms(demonyms)`, as the generator writes it (DEMONYM_FORMS); made from `demonyms` when absent. */
  demonymForms?: string;
  triggers: string;
}

/** Gender and number of a nationality adjective by its letter in {@link demonymForms}. */
const DEMONYM_CODES = { m: ['m', 'sg'], f: ['f', 'sg'], p: ['m', 'pl'], q: ['f', 'pl'] } as const;
type DemonymCode = keyof typeof DEMONYM_CODES;

/**
 * Every nationality adjective of `demonyms` (the lines of data/lexicon/demonyms.tsv in 'search'
 * form) and its form with ال, the first line's reading of a form given twice.
 *
 * @internal exported for the tests
 */
export function expandDemonyms(demonyms: string): Map<string, Demonym> {
  const out = new Map<string, Demonym>();
  const add = (form: string, d: Demonym) => {
    if (!out.has(form)) out.set(form, Object.freeze(d));
    const def = 'ال' + form;
    if (!out.has(def)) out.set(def, Object.freeze({ country: d.country, gender: d.gender, number: d.number, definite: true }));
  };
  for (const line of lines(demonyms)) {
    // country · masculine forms · feminine forms · plural forms (forms separated by |)
    const cells = line.split('\t');
    const country = cells[0]!;
    const fem = cellForms(cells[2]!);
    for (const f of cellForms(cells[1]!)) add(f, { country, gender: 'm', number: 'sg', definite: false });
    for (const f of fem) add(f, { country, gender: 'f', number: 'sg', definite: false });
    for (const f of cellForms(cells[3]!)) add(f, { country, gender: 'm', number: 'pl', definite: false });
    // Feminine plural from the feminine singular: سوريه → سوريات.
    for (const f of fem) if (f.endsWith('ه')) add(f.slice(0, -1) + 'ات', { country, gender: 'f', number: 'pl', definite: false });
  }
  return out;
}

const codeOf = (d: Demonym): DemonymCode => (d.gender === 'm' ? (d.number === 'sg' ? 'm' : 'p') : d.number === 'sg' ? 'f' : 'q');

/**
 * The nationality adjectives of `demonyms` (the lines of data/lexicon/demonyms.tsv) without ال, feminine
 * plurals included (سوريه → سوريات), as sorted lines `form \t country \t code` (code: m, f, p
 * for the masculine plural, q for the feminine plural): the generator writes them as
 * DEMONYM_FORMS, and a lookup binary-searches them instead of building a Map of all 1,800 forms
 * at the first `analyze` (7.7 M instructions of a cold start). A form with ال is its form without
 * it, definite: `demonymForms` checks that this gives every form the reading the lines give it
 * (a form listed twice keeps its first line's), and that every masculine singular of the lines
 * reads as one (the segmenter's list, src/tokenize/segment.ts), and throws a RangeError naming the
 * form otherwise.
 *
 * @example
 * demonymForms('SY\tسوري\tسوريه\tسوريون|سوريين'); // 'سوري\tSY\tm\nسوريات\tSY\tq\nسوريه\tSY\tf\nسوريون\tSY\tp\nسوريين\tSY\tp'
 */
export function demonymForms(demonyms: string): string {
  const all = expandDemonyms(demonyms);
  const bare = [...all.keys()].filter((k) => !all.get(k)!.definite).sort();
  const table = bare.map((k) => `${k}\t${all.get(k)!.country}\t${codeOf(all.get(k)!)}`).join('\n');
  const read = (k: string) => readDemonym(table, k);
  for (const [k, d] of all) {
    const r = read(k);
    if (!r || r.country !== d.country || r.gender !== d.gender || r.number !== d.number || r.definite !== d.definite) {
      throw new RangeError(`demonyms: ${k} reads as ${JSON.stringify(r)} from its form without ال, but the lines make it ${JSON.stringify(d)}`);
    }
  }
  for (const k of bare) if (!all.has('ال' + k)) throw new RangeError(`demonyms: ال${k} would read as a demonym that the lines do not give`);
  for (const line of lines(demonyms)) {
    for (const f of cellForms(line.split('\t')[1] ?? '')) {
      const d = all.get(f)!;
      if (d.gender !== 'm' || d.number !== 'sg') throw new RangeError(`demonyms: ${f} is a masculine singular (${line.slice(0, line.indexOf('\t'))}) but an earlier line reads it as ${d.gender} ${d.number} (${d.country})`);
    }
  }
  return table;
}

/** The reading of `norm` in a {@link demonymForms} table: the form itself, else the form without ال, definite. */
function readDemonym(table: string, norm: string): Demonym | undefined {
  let at = findRow(table, norm);
  if (at >= 0) return demonymAt(table, at, false);
  if (norm.startsWith('ال') && (at = findRow(table, norm.slice(2))) >= 0) return demonymAt(table, at, true);
  return undefined;
}

/** The nationality adjective of the {@link demonymForms} row whose fields (`country \t code`) start at `at`. */
function demonymAt(table: string, at: number, definite: boolean): Demonym {
  const tab = table.indexOf('\t', at);
  const [gender, number] = DEMONYM_CODES[table[tab + 1] as DemonymCode];
  return Object.freeze({ country: table.slice(at, tab), gender, number, definite });
}

/** Every form of a {@link demonymForms} table and its form with ال. */
function expandDemonymTable(table: string): Map<string, Demonym> {
  const out = new Map<string, Demonym>();
  const rows = rowMap(table);
  for (const [form, at] of rows) out.set(form, demonymAt(table, at, false));
  for (const [form, at] of rows) if (!out.has('ال' + form)) out.set('ال' + form, demonymAt(table, at, true));
  return out;
}

/** Lookups of nationality adjectives answered from the sorted forms before they are all read into a Map. */
const DEMONYM_MAP_AFTER = 4096;

/** Bits of {@link WordFlagSource.wordFlags}: a given name, a family name, a common word, a nationality adjective. */
export const enum Lex {
  GIVEN = 1,
  FAMILY = 2,
  COMMON = 4,
  DEMONYM = 8,
}

/**
 * A lexicon that can list what it knows of every word in one table (the built-in one and its
 * extension can): the recogniser asks one Map about a new spelling instead of asking four lookups
 * of the lexicon, each a hash of the same string in a table of its own (see `Words`).
 */
export interface WordFlagSource {
  /**
   * Every word `isGivenName`, `isFamilyName`, `isCommonWord` or `demonym` knows, with its
   * `LEX_*` bits (a word absent has none). A new Map, the caller's to change.
   */
  wordFlags(): Map<string, number>;
}

/** Adds `bit` to `word`'s bits in `flags`. */
export function addFlag(flags: Map<string, number>, word: string, bit: number): void {
  flags.set(word, (flags.get(word) ?? 0) | bit);
}

export class BuiltinLexicon implements Lexicon, WordFlagSource {
  private readonly given = new Map<string, 'm' | 'f' | 'u'>();
  private readonly family: Set<string>;
  private readonly common: PartedWords | Set<string>;
  /** The {@link demonymForms} table the nationality adjectives are read from. */
  private readonly demonymTable: string;
  /** The nationality adjectives ({@link demonymForms}), searched in place, then after {@link DEMONYM_MAP_AFTER} lookups read into a Map. */
  private readonly demonyms: (norm: string) => Demonym | undefined;
  private readonly trie = new TokenTrie<Trigger>();
  private readonly byKind = new Map<TriggerKind, Trigger[]>(KINDS.map((k) => [k, []]));
  /** The key of each trigger listed in `byKind` ('search' tokens joined by a space). */
  private readonly triggerKeys: string[] = [];

  /**
   * `data`: the generated strings (the generator passes the ones it is about to write). Read with
   * index loops and `indexOf`, not `for…of` and array destructuring: this runs once, at the first
   * `analyze`, in V8's interpreter, where each destructuring and each `for…of` goes through the
   * iterator protocol (an object a step): building it went from 27.6 to 25.3 M instructions
   * (callgrind, JIT on, 2026-12-05).
   */
  constructor(data: LexiconData = { given: GIVEN, family: FAMILY, demonymForms: DEMONYM_FORMS, triggers: TRIGGERS }) {
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
    const demonymTable = (this.demonymTable = data.demonymForms ?? demonymForms(data.demonyms ?? ''));
    this.demonyms = searchThenMap((norm) => readDemonym(demonymTable, norm), () => expandDemonymTable(demonymTable), DEMONYM_MAP_AFTER);
    const triggers = lines(data.triggers);
    for (let i = 0; i < triggers.length; i++) {
      // phrase · kind · type · key ('search' form)
      const cells = triggers[i]!.split('\t');
      const kind = cells[1] as TriggerKind;
      const t: Trigger = Object.freeze({ phrase: cells[0]!, kind, type: cells[2] as EntityType });
      this.trie.add(cells[3]!, t);
      const list = this.byKind.get(kind);
      if (list) {
        list.push(t);
        this.triggerKeys.push(cells[3] ?? '');
      }
    }
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
    return this.demonyms(norm);
  }
  wordFlags(): Map<string, number> {
    const flags = new Map<string, number>();
    for (const w of this.given.keys()) addFlag(flags, w, Lex.GIVEN);
    for (const w of this.family) addFlag(flags, w, Lex.FAMILY);
    const common = this.common instanceof PartedWords ? this.common.words() : this.common;
    for (const w of common) addFlag(flags, w, Lex.COMMON);
    // A form of the table, and its form with ال (see readDemonym).
    for (const form of rowMap(this.demonymTable).keys()) {
      addFlag(flags, form, Lex.DEMONYM);
      addFlag(flags, 'ال' + form, Lex.DEMONYM);
    }
    return flags;
  }
  trigger(norm: string): Trigger[] | undefined {
    return this.trie.get(norm.split(' ').filter(Boolean))?.slice();
  }
  triggers(kind: TriggerKind): Trigger[] {
    return this.byKind.get(kind)?.slice() ?? [];
  }
  /**
   * The first token of the key of every trigger whose kind is known (its phrase's first word,
   * 'search' form): what the recogniser would get from `keyTokens(t.phrase)[0]` over every
   * `triggers(kind)`, read from the keys of the lines (which the trie matches on; the generator
   * writes each as `keyTokens(phrase).join(' ')`, and a test checks that).
   *
   * @example
   * builtinLexicon().triggerFirstWords().has('وزاره'); // true: وزارة (an organisation head) in 'search' form
   */
  triggerFirstWords(): Set<string> {
    const out = new Set<string>();
    for (let i = 0; i < this.triggerKeys.length; i++) {
      const key = this.triggerKeys[i]!;
      const sp = key.indexOf(' ');
      out.add(sp < 0 ? key : key.slice(0, sp));
    }
    return out;
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
