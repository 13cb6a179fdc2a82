// Issue 11: spans and links users can trust. Every sentence of the issue is a test here; the linking
// module (src/ner/link), the surname index (src/gazetteer/surnames.ts) and their data are tested on
// their own first, then through the recogniser.
import fc from 'fast-check';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { keyOf } from '../scripts/build-gazetteer.js';
import { linkTables, loadLinkData } from '../scripts/gazetteer-links.js';
import { LINK_HEADS, MATCH_WORDS, NEVER_PEOPLE, SURNAMES } from '../src/gazetteer/generated/links.js';
import { analyze, builtinGazetteer, builtinLexicon, createAnalyzer, extractEntities, normalize, tokenize } from '../src/index.js';
import { surnameIndex } from '../src/gazetteer/surnames.js';
import { Words } from '../src/ner/words.js';
import { createDoc } from '../src/tokenize/document.js';
import { chooseLink, documentCountries, headBefore, neverPerson, trimInvisibles } from '../src/ner/link/index.js';
import { headIn } from '../src/ner/link/heads.js';
import { procliticReadings } from '../src/tokenize/clitics.js';
import { readFileSync, readdirSync } from 'node:fs';
import { mixedText } from './tokenize.helpers.js';

const lex = builtinLexicon();
const keysOf = (text: string) => tokenize(text).map((t) => normalize(t.text, 'search'));
const demonym = (k: string) => lex.demonym(k);

/** The linking choice for the token `name` of `text`, with the head before it and the document's countries. */
function linkIn(text: string, name: string) {
  const tokens = tokenize(text);
  const keys = tokens.map((t) => normalize(t.text, 'search'));
  const i = keys.indexOf(normalize(name, 'search'));
  if (i < 0) throw new Error(`${name} is not a token of ${text}`);
  const g = builtinGazetteer();
  return chooseLink(g.lookup(name), { head: headBefore(keys, i, demonym), countries: documentCountries(g.match(text), keys.map(demonym)) });
}

describe('the linking data (data/lexicon/link-heads.tsv, surnames.tsv, never-people.tsv)', () => {
  it('parses, names only real people, and the generated tables are up to date', () => {
    const data = loadLinkData(join(dirname(fileURLToPath(import.meta.url)), '..'));
    expect(data.errors).toEqual([]);
    const built = linkTables(data, [...builtinGazetteer().entries()], keyOf);
    expect(built.errors).toEqual([]);
    expect({ heads: built.heads, surnames: built.surnames, neverPeople: built.neverPeople, matchWords: built.matchWords }, 'run npm run gazetteer').toEqual({ heads: LINK_HEADS, surnames: SURNAMES, neverPeople: NEVER_PEOPLE, matchWords: MATCH_WORDS });
  });

  it('a surname line naming no person is an error', () => {
    const built = linkTables({ heads: [], surnames: [{ surname: 'ماكرون', id: 'no-such-person', at: 'x:1' }], neverPeople: [], matchWords: [], files: [], errors: [] }, [], keyOf);
    expect(built.errors).toEqual(['x:1: id "no-such-person" is no person of data/people']);
  });
});

describe('linking: which entry an ambiguous name means (src/ner/link)', () => {
  it('a head before the name keeps the entries it allows: سلطنة → Oman, العاصمة الأردنية → Amman', () => {
    expect(linkIn('زار سلطنة عمان', 'عمان')).toMatchObject({ entry: { id: 'OM' }, link: 'context' });
    expect(linkIn('في العاصمة الأردنية عمان', 'عمان')).toMatchObject({ entry: { id: 'jo-amman' }, link: 'context' });
  });

  it('the head reads through proclitics and a nationality adjective', () => {
    const keys = keysOf('وصل الوفد وبالعاصمة الأردنية عمان');
    expect(headBefore(keys, 4, demonym)).toMatchObject({ type: 'LOC', kinds: ['city'], country: 'JO', tokenStart: 2, tokenEnd: 4 });
    expect(headBefore(keysOf('مراسل الجزيرة'), 1, demonym)).toMatchObject({ type: 'ORG', kinds: ['media'], confirms: true });
    expect(headBefore(keysOf('قال الجزيرة'), 1, demonym)).toBeUndefined();
  });

  it('the head found through the readings the document keeps is the head found by reading every word afresh', () => {
    // The reference: every head length, every reading of its first word (procliticReadings), the key looked up.
    const rows = new Map(LINK_HEADS.split('\n').map((line) => [line.split('\t')[0]!, line] as const));
    const longest = Math.max(...[...rows.keys()].map((k) => k.split(' ').length));
    const reference = (keys: readonly string[], i: number, joined: (k: number) => boolean): [number, string] | undefined => {
      let k = i - 1;
      if (k < 0 || !joined(k)) return undefined;
      const d = lex.demonym(keys[k]!);
      if (d && d.definite && d.number === 'sg') {
        k--;
        if (k < 0 || !joined(k)) return undefined;
      }
      for (let n = Math.min(longest, k + 1); n >= 1; n--) {
        const from = k - n + 1;
        if (keys.slice(from, k).some((_, m) => !joined(from + m))) continue;
        const rest = keys.slice(from + 1, k + 1);
        for (const r of [keys[from]!, ...procliticReadings(keys[from]!).map((x) => x[1])]) {
          const row = rows.get([r, ...rest].join(' '));
          if (row) return [from, row.split('\t')[1]!];
        }
      }
      return undefined;
    };
    const dir = new URL('../fixtures/', import.meta.url);
    const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, dir), 'utf8'));
    texts.push('وصل الوفد وبالعاصمة الأردنية عمان', 'مراسل الجزيرة', 'زار سلطنة عمان', 'في العاصمة الأردنية عمان', 'قال مراسل قناة الجزيرة');
    // Every head, bare and behind proclitics, after another word and before a name, some across a line break.
    const proclitics = ['', 'و', 'ب', 'وب', 'لل', 'ول'];
    [...rows.keys()].forEach((key, n) => texts.push(`قال ${proclitics[n % proclitics.length]}${key}${n % 7 === 0 ? '\n' : ' '}السورية عمان`));
    let found = 0;
    for (const text of texts) {
      const doc = createDoc(text);
      const w = new Words(doc, lex, builtinGazetteer());
      for (let i = 0; i < doc.length; i++) {
        const head = headIn(w.keys, i, lex, w, doc);
        expect(head && [head.tokenStart, head.type], `${i}: ${text.slice(doc.start(Math.max(0, i - 4)), doc.end(i))}`).toEqual(reference(w.keys, i, (k) => w.joined(k)));
        if (head) found++;
      }
    }
    expect(found).toBeGreaterThan(rows.size / 2);
  });

  it('a token that is no word has no proclitic readings, so headIn reads the document\'s (empty) list for it', () => {
    // headIn asks the document for a token's readings whatever its kind: the document keeps none for
    // a token that is no word, and procliticReadings of its key must agree (a token that starts with
    // an Arabic letter is a word). Random text of every kind of token, and heads after numbers,
    // Latin, hashtags and links.
    const rows = LINK_HEADS.split('\n').map((line) => line.split('\t')[0]!);
    const noWordBefore = ['2020', '٢٠٢٠', 'CNN', '#مصر', '@user', 'www.gov.iq', '😀', '«', '3.5'];
    const texts = rows.slice(0, 60).map((key, n) => `${noWordBefore[n % noWordBefore.length]} ${key} السورية عمان`);
    const check = (text: string): void => {
      const doc = createDoc(text);
      const w = new Words(doc, lex, builtinGazetteer());
      for (let i = 0; i < doc.length; i++) {
        if (!doc.isWord(i)) {
          expect(doc.readings(i), text).toEqual([]);
          expect(procliticReadings(doc.key(i)), `${text}: ${doc.key(i)}`).toEqual([]);
        }
        expect(headIn(w.keys, i, lex, w, doc), `${i}: ${text}`).toEqual(headIn(w.keys, i, lex, w));
      }
    };
    texts.forEach(check);
    fc.assert(fc.property(mixedText, (text) => check(text)), { numRuns: 400 });
  });

  it('nationality adjectives and people of one country choose the entry of that country', () => {
    expect(linkIn('وصل العاهل الأردني إلى عمان', 'عمان')).toMatchObject({ entry: { id: 'jo-amman' }, link: 'context' });
    expect(linkIn('قال الملك عبدالله الثاني في عمان', 'عمان')).toMatchObject({ entry: { id: 'jo-amman' }, link: 'context' });
    expect(linkIn('وصل الوزير العماني إلى عمان', 'عمان')).toMatchObject({ entry: { id: 'OM' }, link: 'context' });
  });

  it('other places of the same country count too, and an ambiguous name is never its own evidence', () => {
    expect(linkIn('زار الوفد الزرقاء ثم عمان', 'عمان')).toMatchObject({ entry: { id: 'jo-amman' } });
    expect([...documentCountries(builtinGazetteer().match('في عمان'), [])]).toEqual([]);
  });

  it('without evidence the built-in order decides, and says so; every candidate id is kept', () => {
    const c = linkIn('وصل الوفد إلى عمان', 'عمان')!;
    expect(c).toMatchObject({ entry: { id: 'OM' }, link: 'default' });
    expect(c.candidates).toEqual(expect.arrayContaining(['OM', 'jo-amman', 'JO-AM']));
  });

  it('a city and its governorate of one country are no real choice: no candidates, no link kind', () => {
    const c = linkIn('وتعد صفاقس ثاني أكبر المدن', 'صفاقس')!;
    expect(c.entry.id).toBe('tn-sfax');
    expect(c.candidates).toBeUndefined();
    expect(c.link).toBeUndefined();
  });

  it("a user's own entry wins over the built-in ones", () => {
    const mine = { name: 'دمشق', type: 'ORG' as const, aliases: [] };
    const c = chooseLink([mine, ...builtinGazetteer().lookup('دمشق')], { preferred: (e) => e === mine });
    expect(c?.entry).toBe(mine);
  });

  it('no entries, no choice', () => {
    expect(chooseLink([])).toBeUndefined();
  });
});

describe('the surname index (src/gazetteer/surnames.ts)', () => {
  const index = surnameIndex(builtinGazetteer(), lex);

  it('a surname only one known person bears links to that person', () => {
    expect(index.person('بوتين')?.id).toBe('vladimir-putin');
    expect(index.people('بوتين').map((e) => e.id)).toEqual(['vladimir-putin']);
  });

  it('a surname several people share links to the one data/lexicon/surnames.tsv names', () => {
    expect(index.people('ماكرون').length).toBeGreaterThan(1);
    expect(index.person('ماكرون')?.id).toBe('emmanuel-macron');
    expect(index.person(normalize('الأسد', 'search'))?.id).toBe('bashar-al-assad');
  });

  it('a surname several people share and the data does not settle links to nobody', () => {
    const key = normalize('الصدر', 'search');
    expect(index.people(key).length).toBeGreaterThan(1);
    expect(index.person(key)).toBeUndefined();
  });

  it('a nasab is no surname: محمد بن سلمان gives no surname سلمان', () => {
    expect(index.people('سلمان').map((e) => e.id)).not.toContain('mohammed-bin-salman');
  });
});

describe('words that are never people (data/lexicon/never-people.tsv)', () => {
  it('reads the data in the search form', () => {
    expect(neverPerson(normalize('قائلا', 'search'))).toBe('anywhere');
    expect(neverPerson(normalize('مراقبون', 'search'))).toBe('anywhere');
    expect(neverPerson(normalize('جلالته', 'search'))).toBe('anywhere');
    expect(neverPerson(normalize('الأموي', 'search'))).toBe('alone');
    expect(neverPerson(normalize('العباسي', 'search'))).toBe('alone');
    expect(neverPerson(normalize('الكاظمي', 'search'))).toBeUndefined();
  });
});

describe('invisible characters at the edges of a span', () => {
  it.each([
    ['ZWSP', '\u200B'],
    ['RLM', '\u200F'],
    ['LRM', '\u200E'],
    ['BOM', '\uFEFF'],
  ])('%s after دمشق stays outside', (_, c) => {
    const text = `زار دمشق${c} أمس`;
    expect(trimInvisibles(text, 4, 9)).toEqual({ start: 4, end: 8 });
    expect(trimInvisibles(`${c}دمشق`, 0, 5)).toEqual({ start: 1, end: 5 });
  });

  it('never cuts a visible character, and is idempotent', () => {
    const piece = fc.constantFrom('د', 'م', 'ش', 'ق', '\u200B', '\u200C', '\u200F', '\u200E', '\uFEFF', 'ً');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), (text) => {
        const { start, end } = trimInvisibles(text, 0, text.length);
        expect(start).toBeLessThanOrEqual(end);
        const inner = text.slice(start, end);
        expect(inner.replace(/[\u200B-\u200F\uFEFF]/g, '')).toBe(text.replace(/[\u200B-\u200F\uFEFF]/g, ''));
        expect(trimInvisibles(text, start, end)).toEqual({ start, end });
      }),
    );
  });
});

/** The entities of a text as `text|TYPE` (and `|id` when linked). */
const brief = (text: string, options?: Parameters<typeof extractEntities>[1]) =>
  extractEntities(text, options).map((e) => `${e.text}|${e.type}${e.id ? '|' + e.id : ''}`);

describe('issue 11: links through the recogniser', () => {
  it('a descriptor keeps the id, and the summary groups the mentions by it', () => {
    const a = analyze('وصل الوفد إلى مدينة صفاقس صباحا. وتعد صفاقس ثاني أكبر المدن');
    expect(a.places).toHaveLength(1);
    expect(a.places[0]).toMatchObject({ id: 'tn-sfax', count: 2 });
    expect(brief('وصل الوفد إلى مدينة الموصل')).toEqual(['الموصل|LOC|iq-mosul']);
    expect(brief('قالت قناة الجزيرة إن')).toEqual(['الجزيرة|ORG|aljazeera']);
    expect(brief('زار مدينه مراكش')).toEqual(['مراكش|LOC|ma-marrakesh']);
    expect(brief('وصلت الأمطار إلى منطقة الجهراء')).toEqual(['الجهراء|LOC|kw-jahra']);
  });

  it('عمان is chosen by the document: a Jordanian king or adjective, the Jordanian capital, the sultanate', () => {
    expect(brief('قال الملك عبدالله الثاني في عمان')).toContain('عمان|LOC|jo-amman');
    expect(brief('وصل العاهل الأردني إلى عمان')).toEqual(['عمان|LOC|jo-amman']);
    expect(brief('في العاصمة الأردنية عمان')).toEqual(['عمان|LOC|jo-amman']);
    expect(brief('زار سلطنة عمان')).toEqual(['عمان|LOC|OM']);
    const [e] = extractEntities('وصل العاهل الأردني إلى عمان');
    expect(e).toMatchObject({ link: 'context', candidates: expect.arrayContaining(['OM', 'JO-AM', 'jo-amman']) });
    expect(extractEntities('وصل الوفد إلى عمان')[0]).toMatchObject({ id: 'OM', link: 'default' });
  });

  it('one-word mentions of known people link to them, as a weaker link', () => {
    expect(extractEntities('وقال بوتين إن روسيا')[0]).toMatchObject({ text: 'بوتين', id: 'vladimir-putin', link: 'surname' });
    expect(extractEntities('التقى ماكرون الوزير')[0]).toMatchObject({ text: 'ماكرون', id: 'emmanuel-macron', link: 'surname' });
    expect(extractEntities('صرح الأسد بأن الحل سياسي')[0]).toMatchObject({ text: 'الأسد', type: 'PER', id: 'bashar-al-assad', link: 'surname' });
  });

  it('a full name spelled otherwise links through its surname when its given name has the same consonants', () => {
    const person = (text: string) => extractEntities(text).find((e) => e.type === 'PER');
    expect(person('وقال الرئيس إيمانوئيل ماكرون إن')).toMatchObject({ text: 'إيمانوئيل ماكرون', id: 'emmanuel-macron', canonical: 'إيمانويل ماكرون', link: 'surname' });
    expect(person('وقال فلادمير بوتين إن الحرب')).toMatchObject({ text: 'فلادمير بوتين', id: 'vladimir-putin', link: 'surname' });
    expect(person('وقالت بريجيت ماكرون إن')).toMatchObject({ id: 'brigitte-macron' });
    expect(person('وقال سامي بوتين إن الشركة')?.id).toBeUndefined();
  });

  it('a full name in the document wins over the surname index, with no weaker link', () => {
    const people = extractEntities('التقى مصطفى الكاظمي الوفد. وقال الكاظمي إن').filter((e) => e.type === 'PER');
    expect(people.map((e) => e.id)).toEqual(['mustafa-al-kadhimi', 'mustafa-al-kadhimi']);
    expect(people.every((e) => e.link === undefined)).toBe(true);
  });

  it("a user's entry wins over the built-in one, for one-word names too", () => {
    const tahlil = createAnalyzer({ entries: [{ name: 'دمشق', type: 'ORG' }] });
    expect(tahlil.extractEntities('زار دمشق أمس').map((e) => `${e.text}|${e.type}`)).toEqual(['دمشق|ORG']);
    expect(brief('زار دمشق أمس')).toEqual(['دمشق|LOC|sy-damascus']);
  });
});

describe('issue 11: spans through the recogniser', () => {
  it('a proclitic makes no name of a fragment', () => {
    expect(brief('في الخرطوم وأم درمان')).toEqual(['الخرطوم|LOC|sd-khartoum', 'أم درمان|LOC|sd-omdurman']);
  });

  it('names end where the name ends', () => {
    expect(brief('قال ترامب هاتفياً')).toEqual(['ترامب|PER|donald-trump']);
    expect(brief('أعلن مصرف لبنان المركزي')).toEqual(['مصرف لبنان المركزي|ORG|lb-banque-du-liban']);
  });

  it('coordinated names are two entities', () => {
    expect(brief('أبو خالد وأبو علي')).toEqual(['أبو خالد|PER', 'أبو علي|PER']);
    expect(brief('التقى سعيد وخالد العمري')).toEqual(['سعيد|PER', 'خالد العمري|PER']);
  });

  it('long nasab chains stay whole', () => {
    expect(brief('محمد بن عبد الله بن عبد المطلب')).toEqual(['محمد بن عبد الله بن عبد المطلب|PER']);
  });

  it('organisations inside role phrases are entities; the role words stay outside', () => {
    expect(brief('الأمين العام للأمم المتحدة')).toEqual(['لأمم المتحدة|ORG|un']);
    expect(brief('شيخ الأزهر')).toEqual(['الأزهر|ORG|eg-al-azhar']);
    expect(brief('وزيرة الخارجية الأميركية هيلاري كلينتون')).toEqual(['هيلاري كلينتون|PER|hillary-clinton']);
  });

  it('one-word organisations that are also common words are found when the context says so', () => {
    expect(brief('مراسل الجزيرة')).toEqual(['الجزيرة|ORG|aljazeera']);
    expect(brief('زعيم تنظيم القاعدة')).toEqual(['القاعدة|ORG|al-qaeda']);
    expect(brief('قادة القاعدة')).toEqual(['القاعدة|ORG|al-qaeda']);
  });

  it('clubs named after cities are ORG in a sentence about a match, LOC otherwise', () => {
    expect(brief('فاز ليون على مرسيليا').map((e) => e.split('|').slice(0, 2).join('|'))).toEqual(['ليون|ORG', 'مرسيليا|ORG']);
    expect(brief('زار ليون ومرسيليا')).toEqual(['ليون|LOC|fr-lyon', 'مرسيليا|LOC|fr-marseille']);
  });

  it('words that are never people', () => {
    expect(extractEntities('وأضاف قائلا إن الوضع صعب')).toEqual([]);
    expect(extractEntities('ويرى مراقبون أن الاتفاق هش')).toEqual([]);
    expect(extractEntities('وأكد جلالته أهمية الحوار')).toEqual([]);
    expect(extractEntities('ازدهرت العمارة في العصر الأموي ثم العباسي')).toEqual([]);
  });

  it.each([
    ['ZWSP', '\u200B'],
    ['RLM', '\u200F'],
    ['LRM', '\u200E'],
    ['BOM', '\uFEFF'],
  ])('a span never ends in an invisible character: %s', (_, c) => {
    const [e] = extractEntities(`زار دمشق${c} أمس`);
    expect(e).toMatchObject({ text: 'دمشق', start: 4, end: 8 });
  });

  it('the README CLI example: الفياض after التقى is a person', () => {
    expect(brief('التقى الفياض بالرئيس السوري بشار الأسد في دمشق، وقالت وزارة الخارجية السورية إن العراق')).toEqual([
      'الفياض|PER',
      'بشار الأسد|PER|bashar-al-assad',
      'دمشق|LOC|sy-damascus',
      'وزارة الخارجية السورية|ORG',
      'العراق|LOC|IQ',
    ]);
  });

  it("the recogniser's segmentation keeps the gazetteer's names whole: حولي is no حول + ي, سنار no س + نار", () => {
    const doc = createDoc('وصل الوفد إلى حولي ثم سنار');
    const w = new Words(doc, builtinLexicon(), builtinGazetteer());
    expect(w.isCommonWithClitics(3)).toBe(false);
    expect(w.isCommonWithClitics(5)).toBe(false);
    expect(w.hasPronounSuffix(3)).toBe(false);
  });
});
