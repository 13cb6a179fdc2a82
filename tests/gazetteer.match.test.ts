import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinGazetteer, createGazetteer, type Gazetteer, type GazetteerMatch } from '../src/gazetteer/index.js';
import { tokenize } from '../src/tokenize/index.js';
import { createAnalyzer } from '../src/index.js';
import { createDoc } from '../src/tokenize/document.js';
import type { TrieGazetteer } from '../src/gazetteer/gazetteer.js';
import { keyTokens, TokenTrie } from '../src/gazetteer/trie.js';
import { MAX_NAME_TOKENS } from '../src/gazetteer/create.js';

/** Each match as `surface|proclitic|TYPE:id,…` for readable assertions. */
function show(g: Gazetteer, text: string): string[] {
  return g.match(text).map((m) => `${text.slice(m.start, m.end)}|${m.proclitic}|${m.entries.map((e) => `${e.type}:${e.id ?? e.name}`).join(',')}`);
}
const surfaces = (g: Gazetteer, text: string): string[] => g.match(text).map((m) => text.slice(m.start, m.end));
const ids = (m: GazetteerMatch): string[] => m.entries.map((e) => e.id ?? e.name);

const g = builtinGazetteer() as TrieGazetteer;

describe('built-in gazetteer: one sentence per source', () => {
  it('CLDR country names (main, short and variant)', () => {
    const text = 'وصل وزير الخارجية إلى العراق بعد زيارة إلى جمهورية الكونغو الديمقراطية وساحل العاج.';
    expect(show(g, text)).toEqual(['العراق||LOC:IQ', 'جمهورية الكونغو الديمقراطية||LOC:CD', 'ساحل العاج|و|LOC:CI']);
    expect(surfaces(g, 'تتهم كوريا الشمالية جارتها كوريا الجنوبية')).toEqual(['كوريا الشمالية', 'كوريا الجنوبية']);
  });

  it('CLDR exemplar cities, with their corrections', () => {
    expect(show(g, 'هبطت الطائرة في بيرث قادمة من بريسبان')).toEqual(['بيرث||LOC:au-perth', 'بريسبان||LOC:au-brisbane']);
    // CLDR's misspellings are not in the gazetteer.
    expect(g.lookup('برثا')).toEqual([]);
    expect(g.lookup('سمراء')).toEqual([]);
  });

  it('i18n-iso-countries short names', () => {
    expect(show(g, 'وقعت السعودية اتفاقاً مع فلسطين')).toEqual(['السعودية||LOC:SA', 'فلسطين||LOC:PS']);
    expect(g.lookup('المملكة العربية السعودية').map((e) => e.id)).toEqual(['SA']);
    expect(g.lookup('روسيا البيضاء').map((e) => e.id)).toEqual(['BY']);
  });

  it('curated cities, subdivisions and features', () => {
    const text = 'نزح آلاف من الموصل في محافظة نينوى نحو أربيل، فيما تعبر السفن البحر الأحمر.';
    const found = g.match(text).map((m) => [text.slice(m.start, m.end), ids(m)] as const);
    expect(found).toEqual([
      ['الموصل', ['iq-mosul']],
      ['نينوى', ['IQ-NI']],
      ['أربيل', expect.arrayContaining(['iq-erbil'])],
      ['البحر الأحمر', expect.arrayContaining(['red-sea'])],
    ]);
  });

  it('international bodies named by CLDR are ORG', () => {
    expect(show(g, 'دعت الأمم المتحدة والاتحاد الأوروبي إلى التهدئة')).toEqual(['الأمم المتحدة||ORG:un', 'الاتحاد الأوروبي|و|ORG:eu']);
  });

  it('a name written with diacritics and tatweel keeps its original offsets', () => {
    const text = 'زار الوفدُ دِمَشْقَ وبغــداد';
    expect(surfaces(g, text)).toEqual(['دِمَشْقَ', 'بغــداد']);
  });
});

describe('proclitics on the first token', () => {
  const cases: Array<[string, string, string]> = [
    ['والعراق', 'العراق', 'و'],
    ['فالعراق', 'العراق', 'ف'],
    ['بالعراق', 'العراق', 'ب'],
    ['كالعراق', 'العراق', 'ك'],
    ['للعراق', 'لعراق', 'ل'],
    ['وللعراق', 'لعراق', 'ول'],
    ['فللعراق', 'لعراق', 'فل'],
    ['وبالعراق', 'العراق', 'وب'],
    ['بدمشق', 'دمشق', 'ب'],
    ['وبغداد', 'بغداد', 'و'],
    ['فبغداد', 'بغداد', 'ف'],
    ['لبغداد', 'بغداد', 'ل'],
    ['وببغداد', 'بغداد', 'وب'],
    ['فلبيروت', 'بيروت', 'فل'],
    ['ولبنان', 'لبنان', 'و'],
    ['للأمم المتحدة', 'لأمم المتحدة', 'ل'],
    ['وللأمم المتحدة', 'لأمم المتحدة', 'ول'],
    ['والأمم المتحدة', 'الأمم المتحدة', 'و'],
  ];
  it.each(cases)('%s → %s (proclitic %s)', (word, span, proclitic) => {
    const text = `قال المسؤول إن ${word} يواجه أزمة`;
    const [m, ...rest] = g.match(text);
    expect(rest).toEqual([]);
    expect(text.slice(m!.start, m!.end)).toBe(span);
    expect(m!.proclitic).toBe(proclitic);
    expect(m!.end).toBe(text.indexOf(' يواجه'));
  });

  it('a proclitic with a diacritic stays outside the span', () => {
    const text = 'وَبِدمشق';
    const [m] = g.match(text);
    expect(text.slice(m!.start, m!.end)).toBe('دمشق');
    expect(m!.proclitic).toBe('وب');
  });

  it('a tatweel-joined proclitic is its own token: the name starts at the next token', () => {
    const text = 'كشفت مصادر لـ(العراق) أن';
    const m = g.match(text);
    expect(m.map((x) => [text.slice(x.start, x.end), x.proclitic])).toEqual([['العراق', '']]);
    const text2 = 'قال لـالعراق';
    expect(g.match(text2).map((x) => text2.slice(x.start, x.end))).toEqual(['العراق']);
  });
});

describe('what must not match', () => {
  it('an exact match is preferred over a stripped one', () => {
    // بغداد is never ب + غداد, بلد never ب + لد.
    expect(show(g, 'في بغداد')).toEqual(['بغداد||' + g.lookup('بغداد').map((e) => `LOC:${e.id}`).join(',')]);
    expect(g.match('بلد كبير')).toEqual([]);
  });

  it('no stripping when less than three letters would remain, and no stripping of other letters', () => {
    const tiny = createGazetteer([{ name: 'لد', type: 'LOC' }, { name: 'يد', type: 'LOC' }, { name: 'عراق', type: 'LOC' }]);
    expect(surfaces(tiny, 'بلد ويد يد وبلد')).toEqual(['يد']); // يد alone, never و + يد or ب + لد
    expect(surfaces(tiny, 'سعراق مالعراق')).toEqual([]);
    expect(surfaces(tiny, 'وعراق')).toEqual(['عراق']);
    // باب ("door") is not ب + إب (Ibb, Yemen).
    expect(g.lookup('إب').length).toBeGreaterThan(0);
    expect(g.match('أغلق باب الدار وباب')).toEqual([]);
  });

  it('a name inside a longer word does not match', () => {
    expect(g.match('العراقيون والسوريون الدمشقيون البغدادي')).toEqual([]);
    expect(g.match('مصريون')).toEqual([]);
  });

  it('multi-token names do not match across punctuation or a paragraph break', () => {
    expect(surfaces(g, 'الأمم المتحدة')).toEqual(['الأمم المتحدة']);
    expect(surfaces(g, 'الأمم، المتحدة')).toEqual([]);
    expect(surfaces(g, 'البحر\n\nالأحمر')).toEqual([]);
    expect(surfaces(g, 'البحر\nالأحمر')).toEqual(['البحر\nالأحمر']);
  });

  it('counts every kind of line break, one CRLF as one, a paragraph separator as a blank line', () => {
    // One line break, however written: the name runs across it.
    for (const br of ['\n', '\r\n', '\r', '\u2028', '\u0085', ' \r\n ']) {
      expect(surfaces(g, `عبرت السفينة البحر${br}الأحمر أمس`), JSON.stringify(br)).toEqual([`البحر${br}الأحمر`]);
    }
    // A blank line (text with CR line ends too) or a paragraph separator: two names' worth of gap, no name.
    for (const br of ['\n\n', '\r\n\r\n', '\r\r', '\n\r\n', '\u2028\u2028', '\u2029']) {
      expect(surfaces(g, `عبرت السفينة البحر${br}الأحمر أمس`), JSON.stringify(br)).toEqual([]);
    }
  });
});

describe('longest match, greedy, non-overlapping', () => {
  it('prefers the longer name', () => {
    const custom = createGazetteer([
      { name: 'الأمم', type: 'ORG', id: 'short' },
      { name: 'الأمم المتحدة', type: 'ORG', id: 'long' },
    ]);
    expect(custom.match('تقرير الأمم المتحدة').map(ids)).toEqual([['long']]);
    expect(custom.match('تقرير الأمم اليوم').map(ids)).toEqual([['short']]);
    expect(surfaces(g, 'الولايات المتحدة الأمريكية والمملكة المتحدة')).toEqual(['الولايات المتحدة الأمريكية', 'المملكة المتحدة']);
  });

  it('gives way to a longer name that starts inside the match (نادي [باريس سان جيرمان]), in match() and in the analyzer alike', () => {
    // Leftmost-longest took نادي باريس (the Paris Club of creditors) and left سان جيرمان as a second name.
    const text = 'غادر نيمار نادي باريس سان جيرمان';
    expect(surfaces(g, text)).toEqual(['نيمار', 'باريس سان جيرمان']);
    const doc = createDoc(text);
    expect(g.matchDoc(doc).map((m) => text.slice(m.start, m.end))).toEqual(['نيمار', 'باريس سان جيرمان']);
    for (const analyzer of [createAnalyzer({ tagger: false }), createAnalyzer()]) {
      expect(analyzer.extractEntities(text).filter((e) => e.type === 'ORG').map((e) => e.text)).toEqual(['باريس سان جيرمان']);
    }
    // An overlapping name that is not longer does not: the first match stays.
    const custom = createGazetteer([
      { name: 'نادي باريس', type: 'ORG', id: 'club' },
      { name: 'باريس سان', type: 'LOC', id: 'same-length' },
    ]);
    expect(custom.match('اجتمع نادي باريس سان اليوم').map(ids)).toEqual([['club']]);
    expect(surfaces(g, 'اجتمع نادي باريس للدائنين')).toEqual(['نادي باريس']);
  });

  it('matches are sorted and do not overlap', () => {
    const text = 'من بغداد إلى دمشق ثم بيروت فالقاهرة والرياض';
    const ms = g.match(text);
    expect(ms.map((m) => text.slice(m.start, m.end))).toEqual(['بغداد', 'دمشق', 'بيروت', 'القاهرة', 'الرياض']);
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.tokenStart).toBeGreaterThanOrEqual(ms[i - 1]!.tokenEnd);
  });

  it('token indices refer to the tokens passed in', () => {
    const text = 'زار بيروت';
    const tokens = tokenize(text);
    const [m] = g.match(text, tokens);
    expect([m!.tokenStart, m!.tokenEnd]).toEqual([1, 2]);
    expect(tokens[1]!.text).toBe('بيروت');
  });
});

describe('ambiguity', () => {
  it('common words among the names are flagged, by the spelling matched', () => {
    const [oman] = g.match('عُمان');
    expect(oman!.entries.length).toBeGreaterThanOrEqual(2); // Oman and Amman share one 'search' form
    expect(oman!.entries.every((e) => e.ambiguous)).toBe(true);
    expect(g.lookup('العين').every((e) => e.ambiguous)).toBe(true);
    expect(g.lookup('العراق').some((e) => e.ambiguous)).toBe(false);
  });

  it('nationality adjectives used as names are ambiguous, but a country keeps its own name', () => {
    // العراقية is also a channel and an electoral list; السعودية is the country first.
    const iraqiya = g.lookup('العراقية');
    if (iraqiya.length) expect(iraqiya.every((e) => e.ambiguous)).toBe(true);
    expect(g.lookup('السعودية').map((e) => [e.id, e.ambiguous])).toEqual([['SA', undefined]]);
  });

  it('single-token person spellings are ambiguous, full names are not', () => {
    const custom = createGazetteer([{ name: 'فالح الفياض', type: 'PER', aliases: ['الفياض'] }]);
    // User entries keep the flag they were given.
    expect(custom.lookup('الفياض')[0]!.ambiguous).toBeUndefined();
    for (const e of g.entries()) {
      if (e.type === 'PER' && !e.name.includes(' ')) expect(e.ambiguous).toBe(true);
    }
  });
});

describe('createGazetteer', () => {
  const own = [
    { name: 'نادي الزوراء', type: 'ORG' as const, id: 'zawraa', aliases: ['الزوراء'], country: 'IQ', kind: 'club' },
    { name: 'فالح الفياض', type: 'PER' as const },
  ];

  it('replaces the built-in gazetteer by default', () => {
    const custom = createGazetteer(own);
    expect(custom.size).toBe(2);
    expect(show(custom, 'فاز نادي الزوراء في بغداد، وقال فالح الفياض')).toEqual(['نادي الزوراء||ORG:zawraa', 'فالح الفياض||PER:فالح الفياض']);
    expect([...custom.entries()].map((e) => e.name)).toEqual(['نادي الزوراء', 'فالح الفياض']);
  });

  it("extends the built-in one with extends: 'builtin'", () => {
    const custom = createGazetteer(own, { extends: 'builtin' });
    expect(custom.size).toBe(g.size + 2);
    expect(surfaces(custom, 'فاز نادي الزوراء في بغداد وللزوراء جمهور')).toEqual(['نادي الزوراء', 'بغداد', 'لزوراء']);
    // The built-in ambiguity flags survive the extension.
    expect(custom.lookup('العين').every((e) => e.ambiguous)).toBe(true);
  });

  it('extends another gazetteer; new entries come first under a shared spelling', () => {
    const base = createGazetteer([{ name: 'الزوراء', type: 'LOC', id: 'zawraa-park' }]);
    const custom = createGazetteer(own, { extends: base });
    expect(custom.lookup('الزوراء').map((e) => e.id)).toEqual(['zawraa', 'zawraa-park']);
    expect(base.lookup('الزوراء').map((e) => e.id)).toEqual(['zawraa-park']);
  });

  it('lookup compares the search form', () => {
    const custom = createGazetteer(own);
    expect(custom.lookup('نادى الزوراءِ').map((e) => e.id)).toEqual(['zawraa']);
    expect(custom.lookup('الزوراءُ').map((e) => e.id)).toEqual(['zawraa']);
    expect(custom.lookup('الكرخ')).toEqual([]);
  });

  it('accepts any iterable, aliases optional; entries are frozen copies', () => {
    function* gen() {
      yield { name: 'حي الكرادة', type: 'LOC' as const };
    }
    const custom = createGazetteer(gen());
    const [e] = custom.entries();
    expect(e).toEqual({ name: 'حي الكرادة', type: 'LOC', aliases: [] });
    expect(Object.isFrozen(e)).toBe(true);
  });

  it('validates its input, naming the field and the index', () => {
    const bad = (entries: unknown, options?: unknown) => () => createGazetteer(entries as never, options as never);
    expect(bad(null)).toThrow(TypeError);
    expect(bad('بغداد')).toThrow(TypeError);
    expect(bad([{ name: 'بغداد', type: 'LOC' }, 5])).toThrow(/entries\[1\] must be an object/);
    expect(bad([{ type: 'LOC' }])).toThrow(/entries\[0\]\.name must be a string/);
    expect(bad([{ name: '  ', type: 'LOC' }])).toThrow(RangeError);
    expect(bad([{ name: 'بغداد', type: 'CITY' }])).toThrow(/entries\[0\]\.type must be 'PER', 'LOC' or 'ORG'/);
    expect(bad([{ name: 'بغداد', type: 'LOC', aliases: 'بغداد' }])).toThrow(/entries\[0\]\.aliases must be an array/);
    expect(bad([{ name: 'بغداد', type: 'LOC', aliases: ['x', 3] }])).toThrow(/entries\[0\]\.aliases\[1\] must be a string/);
    expect(bad([{ name: 'بغداد', type: 'LOC', country: 'Iraq' }])).toThrow(RangeError);
    expect(bad([{ name: 'بغداد', type: 'LOC', country: 'iq' }])).toThrow(/entries\[0\]\.country/);
    expect(bad([{ name: 'بغداد', type: 'LOC', id: 7 }])).toThrow(/entries\[0\]\.id must be a string/);
    expect(bad([{ name: 'بغداد', type: 'LOC', ambiguous: 'yes' }])).toThrow(/entries\[0\]\.ambiguous must be a boolean/);
    expect(bad([{ name: '،،', type: 'LOC' }])).toThrow(/entries\[0\]\.name has no letter/);
    expect(bad([{ name: 'بغداد', type: 'LOC', aliases: ['-'] }])).toThrow(/entries\[0\]\.aliases\[0\] has no letter/);
    expect(bad([{ name: 'بغداد', type: 'LOC' }], { extends: 'world' })).toThrow(/options\.extends/);
  });
});

describe('entries read from a file as it arrives (a BOM, CRLF, a trailing tab)', () => {
  it("a name, alias, id or kind keeps no white space at its ends: a '\\r' left by splitting a CRLF file on '\\n' came out in every entity's canonical name and id", () => {
    // A list file written on Windows, with a BOM, read as Node reads it and split on '\n', one TSV row a line: name, alias, id.
    const file = '\uFEFFمجموعة البركة\tبنك البركة\tal-baraka\r\nشركة الزين للاتصالات\t\tzain\t\r\n';
    const entries = file
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => {
        const [name, alias, id] = l.split('\t');
        return { name: name!, type: 'ORG' as const, aliases: alias ? [alias] : [], id: id!, kind: 'company\r' };
      });
    const analyzer = createAnalyzer({ entries });
    const found = analyzer.analyze('استحوذت مجموعة البركة على شركة الزين للاتصالات');
    expect(found.entities.map((e) => [e.text, e.canonical, e.id])).toEqual([
      ['مجموعة البركة', 'مجموعة البركة', 'al-baraka'],
      ['شركة الزين للاتصالات', 'شركة الزين للاتصالات', 'zain'],
    ]);
    expect(found.organisations.map((o) => o.name)).toEqual(['مجموعة البركة', 'شركة الزين للاتصالات']);
    const g = createGazetteer(entries);
    expect([...g.entries()].map((e) => [e.name, e.aliases, e.id, e.kind])).toEqual([
      ['مجموعة البركة', ['بنك البركة'], 'al-baraka', 'company'],
      ['شركة الزين للاتصالات', [], 'zain', 'company'],
    ]);
    expect(g.match('وصل وفد بنك البركة').map((m) => m.entries[0]!.id)).toEqual(['al-baraka']);
  });
});

describe('match and lookup inputs', () => {
  it('rejects non-strings', () => {
    expect(() => g.match(5 as never)).toThrow(TypeError);
    expect(() => g.lookup(undefined as never)).toThrow(TypeError);
  });
  it('handles empty and non-Arabic text', () => {
    expect(g.match('')).toEqual([]);
    expect(g.match('Baghdad 2024 🇮🇶 …')).toEqual([]);
  });
});

describe('matchDoc (the recogniser\'s path) finds what match finds', () => {
  const texts = [
    'وصل وزير الخارجية إلى العراق بعد زيارة إلى جمهورية الكونغو الديمقراطية وساحل العاج.',
    'دعت الأمم المتحدة والاتحاد الأوروبي إلى التهدئة في الخرطوم وأم درمان',
    'نزح آلاف من الموصل في محافظة نينوى نحو أربيل، فيما تعبر السفن البحر الأحمر.',
    'زار الوفدُ دِمَشْقَ وبغــداد ثم عاد إلى للعيون',
  ];
  const plain = (ms: GazetteerMatch[]) => ms.map((m) => [m.start, m.end, m.tokenStart, m.tokenEnd, m.proclitic, ids(m)]);

  it('the built-in gazetteer: every text twice (the second time from what the spellings remember)', () => {
    for (const pass of [1, 2]) {
      for (const text of texts) expect(plain(g.matchDoc(createDoc(text))), `${pass}: ${text}`).toEqual(plain(g.match(text)));
    }
  });

  it('the built-in gazetteer over the fixture articles, twice (what each spelling keeps of the trie is what a fresh walk finds)', () => {
    const dir = new URL('../fixtures/', import.meta.url);
    const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, dir), 'utf8'));
    for (const pass of [1, 2]) for (const text of articles) expect(plain(g.matchDoc(createDoc(text))), `${pass}`).toEqual(plain(g.match(text)));
  });

  it('generated texts of names, their prefixes and proclitics, twice (the walk through kept nodes is the walk by key)', () => {
    // Names run together, cut short, behind proclitics (وب، لل، ف), across line breaks and
    // punctuation: where a longer name gives way, where a prefix continues no key, where two
    // readings of one word (للعيون) meet. A fixed seed: the same texts every run.
    let seed = 12345;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return (seed >>> 8) % n;
    };
    const names: string[] = [];
    for (const e of g.entries()) {
      names.push(e.name, ...e.aliases);
      if (names.length > 6000) break;
    }
    const words = ['قال', 'في', 'إلى', 'من', 'الوزير', 'و', '-', '،', 'عبد', 'أبو', 'بن', 'الله', '(', ')', 'للعيون', 'وأم', 'درمان', 'الأمم'];
    const proclitics = ['', '', '', 'و', 'ب', 'ل', 'ك', 'ف', 'وب', 'ول', 'فب', 'ال', 'لل'];
    const gaps = [' ', ' ', ' ', ' ', '  ', '\n', '\n\n', ' \u200F', '، '];
    const texts: string[] = [];
    for (let t = 0; t < 400; t++) {
      const parts: string[] = [];
      const n = 3 + random(12);
      for (let k = 0; k < n; k++) {
        const pick = random(10);
        let part: string;
        if (pick < 5) part = names[random(names.length)]!;
        else if (pick < 7) {
          // A name cut after some of its words: a prefix that may continue no key.
          const ws = names[random(names.length)]!.split(' ');
          part = ws.slice(0, 1 + random(ws.length)).join(' ');
        } else if (pick < 8) {
          // A name whose words are parted by other gaps: a line break, two, a mark, a comma.
          const ws = names[random(names.length)]!.split(' ');
          part = ws[0]!;
          for (let w = 1; w < ws.length; w++) part += gaps[random(gaps.length)]! + ws[w]!;
        } else part = words[random(words.length)]!;
        parts.push(proclitics[random(proclitics.length)]! + part);
      }
      let text = parts[0]!;
      for (let k = 1; k < parts.length; k++) text += gaps[random(gaps.length)]! + parts[k]!;
      texts.push(text);
    }
    const mine = createGazetteer([
      { name: 'الأمم المتحدة للطفولة', type: 'ORG' },
      { name: 'عبد الله', type: 'PER' },
      { name: 'عبد الله الثاني بن الحسين', type: 'PER' },
      { name: 'أم درمان', type: 'LOC' },
      { name: 'لعيون', type: 'LOC' },
      { name: 'العيون', type: 'LOC' },
    ], { extends: 'builtin' }) as TrieGazetteer;
    for (const gz of [g, mine]) {
      for (const pass of [1, 2]) for (const text of texts) expect(plain(gz.matchDoc(createDoc(text))), `${pass}: ${text}`).toEqual(plain(gz.match(text)));
    }
  });

  it('a gazetteer made after the spellings were seen is asked afresh, not from the built-in answers', () => {
    const text = 'قال مدير شركة سنابل الخير إن العمل جاهز';
    expect(g.matchDoc(createDoc(text))).toEqual([]);
    const mine = createGazetteer([{ name: 'شركة سنابل الخير', type: 'ORG' }]) as TrieGazetteer;
    expect(mine.matchDoc(createDoc(text)).map((m) => text.slice(m.start, m.end))).toEqual(['شركة سنابل الخير']);
    expect(g.matchDoc(createDoc(text))).toEqual([]);
  });

  it('a trie that gains a key answers for it at once', () => {
    const trie = new TokenTrie<string>();
    trie.add('الزوراء', 'z');
    const text = 'فاز الزوراء على الطلبة وبالطلبة';
    expect(trie.matchDoc(createDoc(text)).map((h) => text.slice(h.start, h.end))).toEqual(['الزوراء']);
    trie.add('الطلبه', 't');
    expect(trie.matchDoc(createDoc(text)).map((h) => text.slice(h.start, h.end))).toEqual(['الزوراء', 'الطلبة', 'الطلبة']);
  });

  it('keeps a bounded number of next words, and forgetting them changes no match', () => {
    const trie = new TokenTrie<string>();
    trie.add('الامم المتحده', 'un');
    trie.add('علي عبد الله', 'p');
    trie.add('جامعه الدول العربيه', 'al');
    // Each sentence walks from الأمم, علي and جامعة into other next words, most of which continue no key.
    const followers = ['المتحدة', 'الكبرى', 'الأخرى', 'عبد', 'الله', 'الدول', 'القاهرة', 'العربية', 'الحدود', 'بغداد'];
    const texts: string[] = [];
    for (const a of followers) for (const b of followers) texts.push(`قالت الأمم ${a} ${b} إن علي ${a} ${b} زار جامعة ${a} ${b} أمس`);
    const expected = texts.map((t) => trie.matchAll(t, tokenize(t)).map((h) => t.slice(h.start, h.end)));
    expect(expected.flat()).toContain('الأمم المتحدة');
    expect(expected.flat()).toContain('علي عبد الله');
    expect(trie.nextWordsHeld(5)).toBe(0);
    let most = 0;
    for (const pass of [1, 2]) {
      texts.forEach((t, k) => {
        expect(trie.matchDoc(createDoc(t)).map((h) => t.slice(h.start, h.end)), `${pass}: ${t}`).toEqual(expected[k]);
        most = Math.max(most, trie.nextWordsHeld());
      });
    }
    expect(most).toBe(5);
  });
});

describe('bad arguments are named, not matched as nothing', () => {
  it('match refuses tokens or norms that are not arrays; createGazetteer an unknown option', () => {
    const g = builtinGazetteer();
    // Before: match('في دمشق', 5) returned [] and createGazetteer(entries, { extend: 'builtin' }) a
    // gazetteer without the built-in names, both without a word.
    expect(() => g.match('في دمشق', 5 as never)).toThrow(new TypeError('match(text, tokens): tokens must be an array of tokens (tokenize(text))'));
    expect(() => g.match('في دمشق', tokenize('في دمشق'), 'دمشق' as never)).toThrow(/norms must be an array of strings/);
    expect(g.match('في دمشق', tokenize('في دمشق', { normalize: 'search' })).map((m) => m.entries[0]!.name)).toEqual(['دمشق']);
    const entries = [{ name: 'نادي الزوراء', type: 'ORG' as const }];
    expect(() => createGazetteer(entries, { extend: 'builtin' } as never)).toThrow(new RangeError('createGazetteer: unknown option "extend" (expected extends)'));
    expect(() => createGazetteer(entries, [] as never)).toThrow(/createGazetteer: options must be an object/);
    // An entry's mistyped key dropped its data: { alias: [...] } gave an entry without aliases.
    expect(() => createGazetteer([{ name: 'نادي الزوراء', type: 'ORG', alias: ['الزوراء'] } as never])).toThrow(
      new RangeError('createGazetteer: entries[0] has an unknown key "alias" (expected name, type, aliases, id, country, kind, ambiguous)'),
    );
    expect(() => createAnalyzer({ entries: [{ name: 'نادي الزوراء', type: 'ORG', Aliases: ['الزوراء'] } as never] })).toThrow(/entries\[0\] has an unknown key "Aliases"/);
    expect(createGazetteer(entries, { extends: 'builtin' }).match('فاز نادي الزوراء في بغداد').map((m) => m.entries[0]!.name)).toEqual(['نادي الزوراء', 'بغداد']);
  });

  it('refuses a name or alias of more than MAX_NAME_TOKENS tokens, which would make matching slower than linear', () => {
    // m − 1 words the text repeats, then one it lacks: every token of the text walked m − 1 steps.
    const longest = `${Array(MAX_NAME_TOKENS - 1).fill('سلام').join(' ')} وداع`;
    const tooLong = `سلام ${longest}`;
    expect(createGazetteer([{ name: longest, type: 'ORG' }]).match(`قالت ${longest} اليوم`).map((m) => m.entries[0]!.name)).toEqual([longest]);
    expect(() => createGazetteer([{ name: tooLong, type: 'ORG' }])).toThrow(new RangeError(`createGazetteer: entries[0].name has ${MAX_NAME_TOKENS + 1} tokens (at most ${MAX_NAME_TOKENS})`));
    expect(() => createAnalyzer({ entries: [{ name: 'نادي الزوراء', type: 'ORG' }, { name: 'الزوراء', type: 'ORG', aliases: ['نادي', tooLong] }] })).toThrow(
      /entries\[1\]\.aliases\[1\] has 33 tokens \(at most 32\)/,
    );
    // The built-in gazetteer's names keep to the same bound.
    let most = 0;
    for (const e of builtinGazetteer().entries()) for (const n of [e.name, ...e.aliases]) most = Math.max(most, keyTokens(n).length);
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(MAX_NAME_TOKENS);
  });
});
