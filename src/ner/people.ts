import { surnameIndex } from '../gazetteer/surnames.js';
import { type Candidate, ruleCandidate } from './candidates.js';
import { neverPerson } from './link/never-people.js';
import { isPlaceEntry } from './entry-fields.js';
import { CLAUSE_STARTS, MAYOR_WORDS, MONARCH_TITLES, MUNICIPAL_HEADS, PLACE_NAME_STARTS, PLACE_TITLES, MONTHS, NAME_START_PARTICLES, NAME_SUFFIX_WORDS, PAIRED_PARTICLES, REGNAL_ORDINALS, TITLE_ADJECTIVES } from './closed-class.js';
import { afterMonthNoun, anotherPersonsSurname, triggerAsWritten } from './known.js';
import { tokenIndex } from './token-index.js';
import type { Reading, Words } from './words.js';

/**
 * How far a personal name runs from token `j`: up to `max` name words, with particles inside
 * (عبد الله، أبو بكر البغدادي، محمد بن سلمان، آل ثاني). A particle takes the next word whatever
 * it is (`عبد الرحمن`: الرحمن is a common word, but not after عبد). Returns the end token
 * (exclusive); `j` when no name starts there.
 */
export function nameExtent(w: Words, j: number, max = 4, from = j): number {
  let k = j;
  let words = 0;
  while (k < w.length && words < max) {
    if (k > j && !w.joined(k - 1)) break;
    if (k > j && w.startsConjunct(k)) break; // سعد [وناصر] مسعود: a second person
    // [جولي كافنر] وسين آستن: و + an unknown word after two name words, before a further one.
    if (k - from >= 2 && k + 1 < w.length && w.joined(k) && w.nameLike(k + 1) && w.secondPersonStart(k) >= 0) break;
    // قال ترامب [هاتفياً]، وأضاف [قائلا]: an adverb in tanwin or a word never in a name ends it.
    if (isAdverb(w, k) || neverPerson(w.keys[k]!) === 'anywhere') break;
    // [مصطفى تاج زاده]: after two words of a name, a Persian family name's last word (spelled like
    // زاد + ه, which no name word takes) ends it.
    if (k - from >= 2 && NAME_SUFFIX_WORDS.has(w.keys[k]!)) {
      k++;
      break;
    }
    // مبارك [وعبد الله]، منصور [وأبو حميد]: a particle under a proclitic starts a second person.
    if (k > from && particleUnderProclitic(w, k)) break;
    // [محمد مستجاب] ابن قرية ديروط: a particle before a place's descriptor says where he is from.
    if (w.isParticle(k) && k + 1 < w.length && w.joined(k) && w.isWord(k + 1) && !w.isClosedClass(k + 1) && !w.covered(k + 1) && !w.hasPronounSuffix(k + 1) && w.trigger(k + 1, 'descriptor')?.type !== 'LOC') {
      // محمد بن [عبد الله] بن [عبد المطلب]: the word after بن may itself be عبد or أبو with its word.
      if (k + 2 < w.length && w.joined(k + 1) && w.isWord(k + 2) && !w.isClosedClass(k + 2) && PAIRED_PARTICLES.has(w.keys[k + 1]!)) {
        k += 3;
        words += 1;
        continue;
      }
      k += 2; // ابن عمه is family, not a name: the word after a particle takes no pronoun
      words += 1;
      continue;
    }
    if (!(w.nameLike(k) || (k > from && nisbaSurname(w, k))) || looksLikeVerb(w, k) || (k > from && prepositionalPhrase(w, k)) || (k > j && (looksLikeAdjective(w, k) || afterKnownSurname(w, k)))) break;
    // خلف [أولاف شولتس] ميركل، التقى [بوتين] أردوغان: after a person the gazetteer knows in full, or
    // after a known person's surname, another known person's surname is that person.
    if (k > j && anotherPersonsSurname(w, k) && (knownPersonEndsAt(w, k) || anotherPersonsSurname(w, k - 1))) break;
    // حمد بن خليفة آل ثاني [أمير] البلاد: a title word ends the name even when it is also a given name.
    if (k > j && w.trigger(k, 'title')) break;
    // خاتمي [الإصلاحي]: after a surname that is no given name, a definite word is an adjective.
    if (k > j && w.keys[k]!.startsWith('ال') && !w.keys[k - 1]!.startsWith('ال') && !w.isParticle(k - 1) && !w.givenAt(k - 1) && !w.familyAt(k)) break;
    // ملك أراجون [غزواته]، وأضاف [زميله] X: a word with a pronoun suffix is no name word, first or
    // not (names take none); a first word of two or three letters may be a name read so (لي، هو).
    if (w.startsConjunct(k) || (w.hasPronounSuffix(k) && (k > j || w.keys[k]!.length >= 4)) || (k > j && secondDefinite(w, j, k))) break;
    k++;
    words++;
    // A definite family name or nisba ends an Arab name unless a particle follows (بن، آل):
    // أكد [الجعفري] متانة العلاقات.
    if (w.keys[k - 1]!.startsWith('ال') && !(k < w.length && w.joined(k - 1) && w.isParticle(k))) break;
  }
  return k;
}

/**
 * Word `k` is a name particle read through a proclitic (`وعبد`، `وأبو`، `وبن`): inside a name a
 * particle is written bare (`علي بن أبي طالب`), so joined to و it begins a second person,
 * `وكان [مبارك] و[عبد الله] قد التقيا`. `ولد` of Mauritanian names is a particle of its own.
 */
function particleUnderProclitic(w: Words, k: number): boolean {
  const particle = w.trigger(k, 'particle');
  return particle !== undefined && particle.start > w.doc.start(k);
}

/**
 * An indefinite nisba of a country right after a known given name is the family name
 * (`الرئيس جون [كندي]`، `المدرب يوسف [روسي]`): a proper name is definite, so its adjective
 * would take the article (`يوسف الروسي`), and without it the word cannot describe the name.
 */
function nisbaSurname(w: Words, k: number): boolean {
  if (!w.givenAt(k - 1) || !w.joined(k - 1) || !w.isWord(k)) return false;
  const d = w.lexicon.demonym(w.keys[k]!);
  return d !== undefined && !d.definite && d.number === 'sg' && d.gender === 'm';
}

/** A word written with tanwin fath (هاتفياً، صباحاً، أيضاً) is an adverb or an indefinite accusative: never part of a name. */
function isAdverb(w: Words, k: number): boolean {
  return w.isWord(k) && w.doc.surface(k).includes('\u064B');
}

/**
 * Arab names put the article on the family name, not on two words in a row: after `السنيورة`,
 * `المتمثل` starts a new phrase. Words after a particle (`عبد الرحمن الراشد`) are exempt.
 */
function secondDefinite(w: Words, j: number, k: number): boolean {
  if (!w.keys[k]!.startsWith('ال') || w.personAt(k)) return false;
  const prev = k - 1;
  return prev >= j && w.keys[prev]!.startsWith('ال') && !(prev - 1 >= j && w.isParticle(prev - 1));
}

/**
 * One word after a title is a name only when it looks like one: a known given or family name, a
 * word without the article (foreign surnames: شافيز), or a nisba in ـي (الطبسي). A lone definite
 * word is more often an adjective: الروائية الشهيرة، للملك المنتصر.
 */
function plausibleSingleName(w: Words, k: number): boolean {
  const key = w.keys[k]!;
  if (w.personAt(k) || !key.startsWith('ال')) return true;
  return key.endsWith('ي') && key.length >= 5;
}

/**
 * Unknown words shaped like adjectives and participles end a name: a definite word in ة
 * (ميتشل [الشهيرة]), a definite participle in الم (فيدرر [المصنف]), a participle of the derived
 * forms in مت/مست (مسعود [مترابط]). Known family names (المصري) are exempt.
 */
function looksLikeAdjective(w: Words, k: number): boolean {
  const key = w.keys[k]!;
  if (w.personAt(k)) return false;
  if (key.startsWith('ال')) return key.endsWith('ه') || (key.startsWith('الم') && key.length >= 6);
  return (key.startsWith('مت') || key.startsWith('مست')) && key.length >= 5;
}

/**
 * After a name word, an unknown word under ب or ل whose rest is a common word or has the shape of
 * a verbal noun or a verb begins a phrase of the sentence, not a further name:
 * `[كوفي أنان] لحل الأزمة`، `[سامر نادر] بتوقيت قياسي`، `[وليد غالب] بمجهود فردي`.
 * Shapes of the rest: a verbal noun in تـ (توقيت، تمزق) or of form VIII (ارتكاب), a noun in مـ
 * (مجهود، مثابة). Names written with ب or ل (بوش، لحود، بشارة) are known names or have a rest of
 * no such shape; ل + an imperfect verb (ليعوض) is left alone, since foreign names start so (ليفيت).
 */
export function prepositionalPhrase(w: Words, k: number): boolean {
  if (w.personAt(k)) return false;
  const key = w.keys[k]!;
  if (!(key.startsWith('ب') || key.startsWith('ل')) || key.startsWith('لل') || key.startsWith('بال')) return false;
  const rest = key.slice(1);
  if (rest.length < 2) return false;
  if (w.isCommon(rest)) return true;
  if (rest.length < 4) return false;
  return rest.startsWith('ت') || rest.startsWith('م') || (rest.startsWith('ا') && rest[2] === 'ت');
}

/** A person the gazetteer knows ends right before word `k`: its match covers `k - 1` and stops there. */
function knownPersonEndsAt(w: Words, k: number): boolean {
  const m = w.coverAt(k - 1);
  return m !== undefined && m.tokenEnd === k && w.coveredBy(k - 1, 'PER');
}

/**
 * After a known surname that is no given name, an unknown word of Arabic shape begins the rest
 * of the sentence: a word in ة (`[برلسكوني] مرفوقة`، `[روزفلت] تسمية`), a word joined by و
 * (`[أولمرت] واعتلى`), or a word of two letters (`الرئيس [شيراك] شذ عن القاعدة`: a doubled verb).
 * Foreign names after a surname rarely take these shapes (`وانغ ليانماو`، `جيلر مولر`).
 */
function afterKnownSurname(w: Words, k: number): boolean {
  const prev = k - 1;
  if (!w.familyAt(prev) || w.givenAt(prev) || w.isParticle(prev) || w.keys[prev]!.startsWith('ال')) return false;
  if (w.personAt(k) || w.isParticle(k) || w.covered(k)) return false;
  const key = w.keys[k]!;
  return w.doc.bare(k).endsWith('ة') || (key.startsWith('و') && key.length >= 4) || key.length <= 2;
}

/**
 * An unknown word that begins like an imperfect verb (يـ) is not taken as a name: after a title,
 * `الرئيس المصري يستقبل` must not make يستقبل a person. Known names (يوسف، يحيى) are in the lexicon.
 */
function looksLikeVerb(w: Words, k: number): boolean {
  const key = w.keys[k]!;
  if (w.personAt(k)) return false;
  return (key.startsWith('ي') && key.length >= 4) || pluralPerfect(key);
}

/**
 * A perfect verb of the derived forms in the plural (`انسحبوا`، `اتفقوا`، `استطاعوا`): alif, at
 * least three letters, and the ending وا; `[أسامة] اندسوا` is a name and the verb of its sentence.
 */
function pluralPerfect(key: string): boolean {
  return key.length >= 6 && key.startsWith('ا') && !key.startsWith('ال') && key.endsWith('وا');
}

/** Word `k` surely begins a personal name: a known given name or a name-starting particle. */
function startsName(w: Words, k: number): boolean {
  const key = w.keys[k]!;
  return w.givenAt(k) || (isNameStartParticle(key) && w.isParticle(k));
}

/** Skip what may stand between a title and the name: nationality adjectives, السابق، a country. */
function skipTitleComplement(w: Words, j: number): number {
  for (let guard = 0; guard < 4 && j < w.length && w.joined(j - 1); guard++) {
    const key = w.keys[j]!;
    if (w.demonym(j) || TITLE_ADJECTIVES.has(key) || key.startsWith('باسم')) {
      j++; // المتحدث [باسمها] …، الرئيس [السوري] …
    } else if (key.startsWith('ال') && (!w.personAt(j) || neverPerson(key) === 'alone') && j + 1 < w.length && w.joined(j) && startsName(w, j + 1)) {
      // البطل المغربي [الصاعد] عبد العاطي إيكيدر: an adjective before the name; الخليفة [الأموي] عبد
      // الملك: a surname too (سعد الدين العثماني), but never a person alone (never-people.tsv), so here the adjective.
      j++;
    } else if (w.coveredBy(j, 'LOC') || w.coveredBy(j, 'ORG')) {
      j = w.coverEnd(j); // وزير خارجية [إيران]، رئيس [الوزراء]
    } else if (constructBeforeName(w, j)) {
      j++; // وزير [خارجية] إيران
    } else {
      break;
    }
  }
  return j;
}

/**
 * The end of the place a governor's or mayor's title governs at token `j` (place-titles.txt), or
 * `j`: a place the gazetteer knows there, even one it holds as ambiguous (محافظ [حماة]، محافظ
 * [جنين]: the title is the context it needs), or one unknown word before the person's given name
 * (محافظ [X] محمد …) or, after a mayor's title, before no name word (رئيس بلدية [بيرزيت] إن …). Not
 * a name known as something else (محافظ البنك المركزي), a word with the article, nor a common word.
 */
function governedPlaceEnd(w: Words, j: number, titleKey: string): number {
  const m = w.coverAt(j);
  if (m && m.tokenStart === j) return m.proclitic === '' && m.entries.some(isPlaceEntry) ? m.tokenEnd : j;
  if (!w.isWord(j) || w.keys[j]!.startsWith('ال') || w.commonKeyAt(j) || w.isClosedClass(j) || w.givenAt(j) || w.personAt(j)) return j;
  const next = j + 1;
  // A mayor's town may end the sentence's subject (رئيس بلدية [بيرزيت] إن …); a governor's word
  // also governs a bank (محافظ البنك), so an unknown word after it is his place only before his name.
  // دير أبو سعيد: a word that may start a place named like a person (place-name-starts.txt) leaves it undecided.
  if (next < w.length && w.joined(j) && PLACE_NAME_STARTS.has(w.keys[next]!)) return j;
  const personNext = next < w.length && w.joined(j) && w.isWord(next) && w.givenAt(next);
  return personNext || ((MUNICIPAL_HEADS.has(titleKey) || MAYOR_WORDS.has(titleKey)) && (next >= w.length || !w.joined(j) || !w.isWord(next) || !w.nameLike(next))) ? next : j;
}

/**
 * Word `j` is a common noun in construct with the place or organisation after it (وزير [خارجية] إيران):
 * indefinite, and the name after it bears no preposition. `قدم الرئيس التهنئة لبرشلونة` is an object and
 * a prepositional phrase, after which no name of the title follows.
 */
function constructBeforeName(w: Words, j: number): boolean {
  if (!w.isWord(j) || !w.commonKeyAt(j) || w.isClosedClass(j) || w.keys[j]!.startsWith('ال')) return false;
  if (!w.coveredBy(j + 1, 'LOC') && !w.coveredBy(j + 1, 'ORG')) return false;
  return w.coverAt(j + 1)!.proclitic === '';
}

/**
 * Titles and roles before a person: `الرئيس السوري بشار الأسد` → [بشار الأسد];
 * `رئيس هيأة الحشد الشعبي، فالح الفياض` → [فالح الفياض] (an organisation, a comma, the name).
 */
export function titledPeople(w: Words, out: Candidate[], orgExtent: (w: Words, i: number) => number): void {
  const ix = tokenIndex(w);
  const at = ix.triggers;
  for (let t = 0; t < ix.triggerCount; t++) {
    const i = at[t]!;
    const title = w.trigger(i, 'title');
    if (!title) continue;
    let j = title.tokenEnd;
    if (j >= w.length || !w.joined(j - 1)) continue;
    // محافظ [حماة] محمد طارق كريشاتي، رئيس بلدية [بيرزيت]: a governor's or mayor's title in
    // construct names its place right after it, and the person comes after the place.
    const titleKey = title.tokenEnd - 1 === i ? w.keyAt(i, title.start) : w.keys[j - 1]!;
    if (PLACE_TITLES.has(titleKey)) {
      const place = governedPlaceEnd(w, j, titleKey);
      if (place > j) {
        out.push(ruleCandidate('LOC', j, place, w.doc.start(j), w.doc.end(place - 1), 'context', 'titles'));
        j = place;
        if (j >= w.length || !w.joined(j - 1)) continue;
      }
    }
    j = skipTitleComplement(w, j);
    const org = j < w.length && w.joined(j - 1) ? orgExtent(w, j) : j;
    if (org > j) {
      // رئيس هيأة الحشد الشعبي، فالح الفياض: the name comes after the organisation and a comma.
      const comma = org < w.length ? w.doc.bare(org) : '';
      if ((comma === '،' || comma === ',') && org + 1 < w.length) {
        const end = nameExtent(w, org + 1);
        if (end > org + 1) out.push(person(w, org + 1, end, 'titles'));
      }
      continue;
    }
    if (j >= w.length || (j > title.tokenEnd && !w.joined(j - 1))) continue;
    if (isOpeningQuote(w, j)) {
      // الرئيس السوري “بشار الأسد”: the name inside quotation marks, which close right after it.
      const end = nameExtent(w, j + 1);
      if (end > j + 1 && end < w.length && isClosingQuote(w, end)) out.push(person(w, j + 1, end, 'titles'));
      continue;
    }
    const name = nameExtent(w, j);
    if (name - j >= 2 || (name - j === 1 && plausibleSingleName(w, j))) out.push(person(w, j, regnalEnd(w, i, title.tokenEnd, name), 'titles'));
  }
}

/**
 * After a monarch's title (tokens `from`–`to`), a regnal ordinal after the name is part of it:
 * `الملك [لويس الرابع عشر]`، `الشاه [عباس الأول]`. Returns the name's end with the ordinal.
 */
function regnalEnd(w: Words, from: number, to: number, end: number): number {
  if (to - from !== 1 || w.find(from, (k) => MONARCH_TITLES.has(k)) === undefined) return end;
  if (end >= w.length || !w.joined(end - 1) || !w.isWord(end) || !REGNAL_ORDINALS.has(w.keys[end]!)) return end;
  return end + 1 < w.length && w.joined(end) && w.keys[end + 1] === 'عشر' ? end + 2 : end + 1;
}

/**
 * A known given name followed by more name words: `فالح الفياض`، `إبراهيم الجعفري`، `عبد الفتاح السيسي`,
 * `أبو بكر البغدادي`. A given name that is also a common word (أمل، جمال، حسن) needs a known
 * given or family name after it: `أمل كبير` is not a person.
 */
export function givenNamePeople(w: Words, out: Candidate[]): void {
  // Most words are no given name, have no given-name reading and start no trigger phrase (so no
  // particle): the words that may start one are listed once a document.
  const ix = tokenIndex(w);
  for (let t = 0; t < ix.givenCount; t++) {
    const i = ix.givens[t]!;
    if (w.covered(i)) continue;
    // سعيد [وخالد العمري]: a given name (even one that is a common word) before و and another
    // person's given name is one person alone.
    // (The spelling's bit before `joined`, which reads the characters between the tokens.)
    if (i + 1 < w.length && w.givenAt(i) && w.joined(i) && coordinatedGivenName(w, i + 1)) {
      out.push(person(w, i, i + 1, 'given-names'));
      continue;
    }
    // لدينا is not ل + دينا. `commonKeyAt` is `isCommonAt` for a word (checked above), read from the
    // spelling's bits, which the loop has loaded already: `isCommonAt`'s field often lies on another cache line.
    if (w.commonKeyAt(i)) continue;
    let reading = w.givenReading(i);
    let next = i + 1;
    // وأبو علي: the particle may carry a conjunction (a second person: أبو خالد [وأبو علي]).
    const particle = !reading && w.isParticle(i) ? w.find(i, isNameStartParticle) : undefined;
    if (particle && (particle.proclitic === '' || particle.proclitic === 'و')) {
      // A function of its own, called for a particle only: its cases, first met in new text, then
      // deoptimise that small function, not this loop with everything inlined into it.
      if (!particleStartsName(w, i, particle, out)) continue;
      reading = particle;
      next = i + 2;
    }
    if (!reading || next >= w.length || !w.joined(next - 1)) continue;
    // شركات [زين] و[أورنج]: after a descriptor the words are its name (the descriptor rule's), not a person's.
    if (i > 0 && w.joined(i - 1) && w.triggersAt(i - 1).length > 0 && w.trigger(i - 1, 'descriptor')) continue;
    // بركان ليووتوبي: a word that is a head or descriptor as written (a volcano) is not ب + ركان.
    if (reading.proclitic !== '' && triggerAsWritten(w, i)) continue;
    // A given name's reading: whether it is a common word too is a bit of its spelling (no lookup of the key).
    const ambiguous = next === i + 1 ? w.givenReadingIsCommon(i) : w.isCommon(reading.key);
    if (ambiguous && !(w.isWord(next) && w.personAt(next))) continue;
    // The person, then perhaps a second one: [فتحي عبد الوهاب] و[جومانا مراد] (the name ended at و +
    // an unknown word). One loop, so that the rare second person runs the first one's operations
    // (written out, its own calls were first reached in new text and deoptimised this function).
    let from = i;
    let first = next;
    let most = 4;
    let start = reading.start;
    for (let n = 0; ; n = 1) {
      const end = nameExtent(w, first, most, from);
      if (n > 0 || end > first) out.push(person(w, from, end, 'given-names', start));
      if (n > 0) break;
      const after = end + 1;
      const more = end > first && end - from >= 2 && after < w.length && w.joined(end);
      const second = more ? w.secondPersonStart(end) : -1;
      const nameAfter = more && w.nameLike(after);
      if (second < 0 || !nameAfter) break;
      from = end;
      first = after;
      most = 3;
      start = second;
    }
  }
}

/**
 * The name-start particle `particle` at word `i` (عبد الفتاح …، أبو بكر …): false when it starts no
 * name here, or when it made the person itself (a kunya, أبو [علي], pushed to `out`); true when
 * the particle and the word after it are the given name and the name goes on from word `i` + 2.
 */
function particleStartsName(w: Words, i: number, particle: Reading, out: Candidate[]): boolean {
  // أبو علي: علي is also على in the search form, a closed-class word, but a given name after أبو.
  const kunya = particle.key === 'ابو' && i + 1 < w.length && w.givenAt(i + 1);
  if (!(i + 1 < w.length && w.joined(i) && w.isWord(i + 1) && (!w.isClosedClass(i + 1) || kunya))) return false;
  // ابن عمه is a cousin, ابن سينا a name: after ابن the word must look like a name.
  if (particle.key === 'ابن' && !w.nameLike(i + 1)) return false;
  // [أبو عبد الله محمد بن يزيد القزويني]: a kunya whose name is itself عبد + a word, then the
  // person's own name and nasab (nameExtent reads a paired particle's three words as one).
  if (particle.key === 'ابو' && PAIRED_PARTICLES.has(w.keys[i + 1]!) && i + 2 < w.length && w.joined(i + 1) && w.isWord(i + 2)) {
    out.push(person(w, i, Math.max(i + 3, nameExtent(w, i, 4, i)), 'given-names', particle.start));
    return false;
  }
  // أبو [علي]: a kunya takes any given name, even one that is a common word.
  if ((particle.key === 'ابو' || particle.key === 'ابن') && (w.nameLike(i + 1) || (particle.key === 'ابو' && w.givenAt(i + 1)))) {
    // The kunya's own start as the name's (`from`): أبو مازن [وأبو] الغيط, a particle under a proclitic
    // right after it, begins a second person.
    out.push(person(w, i, Math.max(i + 2, nameExtent(w, i + 2, 2, i)), 'given-names', particle.start));
    return false;
  }
  return true;
}

/** Word `k` is و + a given name that is no common word, which starts a second person (وخالد العمري). */
function coordinatedGivenName(w: Words, k: number): boolean {
  // Only a word written with و can have that reading: the others (most) make no list of readings here.
  if (!w.keys[k]!.startsWith('و')) return false;
  const r = w.readings(k).find((x) => x.proclitic === 'و');
  return r !== undefined && w.lexicon.isGivenName(r.key) && !w.isCommon(r.key) && !w.personAt(k) && k + 1 < w.length && w.joined(k) && w.nameLike(k + 1);
}

const OPENING: ReadonlySet<string> = new Set(['"', '“', '«', "'", '‘']);
const CLOSING: ReadonlySet<string> = new Set(['"', '”', '»', "'", '’']);

function isOpeningQuote(w: Words, k: number): boolean {
  return w.doc.kind(k) === 'punct' && OPENING.has(w.doc.bare(k)) && k + 1 < w.length && w.doc.end(k) === w.doc.start(k + 1);
}

function isClosingQuote(w: Words, k: number): boolean {
  return w.doc.kind(k) === 'punct' && CLOSING.has(w.doc.bare(k));
}

/** Particles that can begin a name: عبد الفتاح، أبو بكر، ابن سينا، أم كلثوم. */
function isNameStartParticle(key: string): boolean {
  return NAME_START_PARTICLES.has(key);
}

/**
 * Reporting and meeting verbs before a name: `وقال فالح الفياض`، `التقى وليد المعلم`. One word
 * is enough when `إن`/`أن`/a comma follows (`وقال بوتين إن …`).
 */
export function reportedPeople(w: Words, out: Candidate[]): void {
  const ix = tokenIndex(w);
  const at = ix.triggers;
  for (let t = 0; t < ix.triggerCount; t++) {
    const i = at[t]!;
    const verb = w.trigger(i, 'person-verb');
    if (!verb) continue;
    const j = verb.tokenEnd;
    if (j >= w.length || !w.joined(j - 1)) continue;
    // يقول الرازي: a definite word after the verb is a name only as a nisba in ـي, or as a known
    // family name before a clause or a title: التقى [الفياض] بالرئيس، صرح [الأسد] بأن.
    const key = w.keys[j]!;
    if (key.startsWith('ال') && !(key.endsWith('ي') && w.nameLike(j))) {
      const known = (w.familyAt(j) && !w.commonKeyAt(j)) || surnameIndex(w.gazetteer, w.lexicon).person(key) !== undefined;
      if (known && !w.covered(j) && j + 1 < w.length && w.joined(j) && (isClauseStart(w, j + 1) || w.trigger(j + 1, 'title'))) {
        out.push(person(w, j, j + 1, 'reporting-verbs'));
      }
      continue;
    }
    const end = nameExtent(w, j);
    if (end - j >= 2) out.push(person(w, j, end, 'reporting-verbs'));
    else if (end - j === 1 && end < w.length && isClauseStart(w, end)) out.push(person(w, j, end, 'reporting-verbs'));
  }
}


function isClauseStart(w: Words, k: number): boolean {
  return CLAUSE_STARTS.has(w.keys[k]!) || w.doc.kind(k) === 'punct';
}

/** A nationality adjective before a foreign name: `البرازيلي رونالدو`، `الفرنسي إيمانويل ماكرون`. */
export function demonymPeople(w: Words, out: Candidate[]): void {
  const ix = tokenIndex(w);
  for (let t = 0; t < ix.demonymCount; t++) {
    const i = ix.demonyms[t]!;
    if (i + 1 >= w.length) break;
    const d = w.demonym(i);
    if (!d || !d.definite || d.number !== 'sg' || !w.joined(i)) continue;
    const j = i + 1;
    if (w.keys[j]!.startsWith('ال') || w.covered(j)) continue;
    // After a definite noun the adjective describes it (المنتجات الصينية بأسعار): no person follows.
    // After a definite noun the adjective usually describes it (المنتجات الصينية بأسعار); a person
    // noun may still precede (العالم الهولندي زيمان), so then the name must be indefinite and unknown-safe.
    const afterNoun = i > 0 && w.joined(i - 1) && w.find(i - 1, (k) => k.startsWith('ال')) !== undefined && w.triggersAt(i - 1).every((t) => t.kind !== 'title');
    if (afterNoun && d.gender !== 'm') continue;
    const end = nameExtent(w, j, 3);
    // Asked whatever `afterNoun` is (the rare case's own call deoptimised this loop in new text).
    const clauseAfter = end < w.length && isClauseStart(w, end);
    if (end - j >= 2 || (end - j === 1 && (w.personAt(j) || (afterNoun && clauseAfter)))) {
      out.push(person(w, j, end, 'nationality-people'));
    }
  }
}

function person(w: Words, from: number, to: number, rule: string, start = w.doc.start(from)): Candidate {
  return ruleCandidate('PER', from, to, start, w.doc.end(to - 1), 'context', rule);
}

/**
 * A definite nisba alone right after a definite common noun that is no title qualifies that noun:
 * المذهب [المالكي]، الفقه [الشافعي] are a school of law, not the people المالكي and الشافعي (after a
 * title, الوزير المالكي, or a noun in construct, حكومة المالكي, the person stays).
 */
function qualifiesNoun(w: Words, i: number, reading: Reading): boolean {
  if (reading.proclitic !== '' || !reading.key.startsWith('ال') || !reading.key.endsWith('ي')) return false;
  const j = i - 1;
  return j >= 0 && w.joined(j) && w.isWord(j) && w.keys[j]!.startsWith('ال') && w.commonKeyAt(j) && !w.isClosedClass(j) && w.triggersAt(j).length === 0;
}

/**
 * A known family name standing alone is a person: `وقال بلير`، `ووصف ساركوزي`، `الرئيس مبارك`.
 * Only names that are not also common words or nationality adjectives (المصري، الأسد need more).
 */
export function familyNamePeople(w: Words, out: Candidate[]): void {
  const ix = tokenIndex(w);
  for (let t = 0; t < ix.familyCount; t++) {
    const i = ix.families[t]!;
    if (w.covered(i)) continue;
    // Foreign surnames (بلير، ساركوزي) or a nisba in ـي (القرضاوي); see Words.familyReading.
    const reading = w.familyReading(i);
    if (!reading || w.demonym(i) || qualifiesNoun(w, i, reading)) continue;
    // لشهر [ماي]: a month's name after the noun "month" is the month.
    if (MONTHS.has(reading.key) && afterMonthNoun(w, i)) continue;
    // ولايتي [تكساس] و[أوكلاهوما]: a descriptor before a place it describes ("the two states of") is no surname.
    if (i + 1 < w.length && w.joined(i) && w.coveredBy(i + 1, 'LOC') && w.trigger(i, 'descriptor')) continue;
    out.push(person(w, i, i + 1, 'family-names', reading.start));
  }
}
