/**
 * The small lexicon behind {@link segment}'s conservative rules. The word lists live in
 * data/lexicon/segment/*.txt, keyed by scripts/gen-segment-lexicon.ts as segment() reads a word
 * (letters only, no diacritics or tatweel), spelled as Arabic news spells them; hamza-less
 * spellings that news uses (الى، انه) are listed where they matter. The suffixes below are
 * morphology, not words, and stay here beside the enclitics of segment.ts.
 *
 * @module
 */
import * as lists from './segment-lexicon.generated.js';

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(' '));
}

/**
 * Words whose first letter (و ف ب ك ل س, or ال) looks like a clitic but belongs to the word, and
 * whole words that are never cut at all. An entry also protects its forms with the suffixes in
 * {@link PROTECTED_SUFFIXES} (فلسطين → فلسطينيون، كتاب → كتابه), and an entry ending in ة the forms
 * where ة became ت (ولاية → ولايات، ولايته). A protected word can still take a proclitic in front
 * (وفلسطين → و + فلسطين، للبنان → ل + لبنان).
 */
export const PROTECTED: ReadonlySet<string> = set(lists.PROTECTED);

/** Suffixes with which a protected entry stays protected. */
export const PROTECTED_SUFFIXES: ReadonlySet<string> = set(
  'ه ها هم هما هن ك كم كما كن ي نا ني ا ة ت تا وا ات ان ين ون ية يين يون يات يان ته تها تهم تهما تي تنا تك تكم ' +
    'تان تين تيه اته اتها اتهم يه يها يهم',
);
export const MAX_PROTECTED_SUFFIX = 4;

/**
 * Short stems (two or three letters) a bare proclitic may stand before: pronouns, particles,
 * demonstratives (وهو، فقد، ولا، وكل، كذلك، لذلك).
 */
export const SHORT_STEMS: ReadonlySet<string> = set(lists.SHORT_STEMS);

/** Particles and prepositions that take a pronoun enclitic even when short (له، فيه، عليها، إنه، لكنهم). */
export const PARTICLE_BASES: ReadonlySet<string> = set(lists.PARTICLE_BASES);

/** Particles that take the first-person enclitic ي (لي، مني، معي، لدي، حولي); not ب: بي is mostly the letter B (بي بي سي). */
export const PARTICLE_BASES_FIRST_PERSON: ReadonlySet<string> = set(lists.PARTICLE_BASES_FIRST_PERSON);

/** Particles that take ني (مني، عني، إنني، أنني، لكنني); not ل or ب (بني is a word). */
export const PARTICLE_BASES_NI: ReadonlySet<string> = set(lists.PARTICLE_BASES_NI);
