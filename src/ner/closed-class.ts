import { wordList } from '../gazetteer/word-list.js';

/**
 * Closed-class words that end a name: no person, place or organisation name runs across them
 * (data/lexicon/lists/closed-class.txt). Note that `إلى` becomes `الي` in 'search' form: it starts
 * like a definite noun, so a rule that takes "any word with ال" must check this list first.
 */
export const CLOSED_CLASS = wordList('closed-class');

/** Quotation marks that open a quoted name or title (no bracket: `فيلم (2019)` dates a film), and those that close one. */
export const QUOTATION_OPENERS: ReadonlySet<string> = new Set(['"', '«', '“', "'"]);
export const QUOTATION_CLOSERS: ReadonlySet<string> = new Set(['"', '»', '”', "'"]);

/**
 * Adjectives that may stand between a title and a name without being part of either:
 * الرئيس [السابق] بشار الأسد، الرئيس [الراحل] ياسر عرفات.
 */
export const TITLE_ADJECTIVES = wordList('title-adjectives');

/** Organisation heads that need evidence after them: [قوات الأمن العراقية], not مركز المدينة. */
export const WEAK_ORG_HEADS = wordList('weak-org-heads');

/** The second word of a governing board (مجلس [إدارة]، مجلس [أمناء]): before an organisation's name, its board. */
export const BOARD_WORDS = wordList('board-words');

/** Descriptors of a medium: صحيفة [الخبر] الجزائرية (data/lexicon/lists/media-descriptors.txt). */
export const MEDIA_DESCRIPTORS = wordList('media-descriptors');

/** Descriptors of a company or medium named by a noun and a place: شركة [نفط الكويت] (trade-descriptors.txt). */
export const TRADE_DESCRIPTORS = wordList('trade-descriptors');

/** Heads of an armed group named by a kunya (armed-group-heads.txt) and the kunya's first words (kunya-particles.txt): [جماعة أبو سياف]. */
export const ARMED_GROUP_HEADS = wordList('armed-group-heads');
export const KUNYA_PARTICLES = wordList('kunya-particles');

/** Adjectives of an organisation's standing, outside its name: [حزب الازدهار] الحاكم (status-adjectives.txt). */
export const STATUS_ADJECTIVES = wordList('status-adjectives');

/** Words that end a Persian family name written apart: [مصطفى تاج زاده] (name-suffix-words.txt). */
export const NAME_SUFFIX_WORDS = wordList('name-suffix-words');

/** Heads of a body governing a place named with its descriptor: [مجلس محافظة نينوى] (council-heads.txt). */
export const COUNCIL_HEADS = wordList('council-heads');

/** Organisation heads that before a known place name an area: دائرة [دهوك]، جماعة [أكادير] (district-heads.txt). */
export const DISTRICT_HEADS = wordList('district-heads');

/** Descriptors of a region, town or island, outside a place known only with them: محافظة [البحيرة] (region-descriptors.txt). */
export const REGION_DESCRIPTORS = wordList('region-descriptors');

/** Words that name nothing alone after a region's descriptor, which then stays inside: [محافظة العاصمة] (generic-place-words.txt). */
export const GENERIC_PLACE_WORDS = wordList('generic-place-words');

/** Descriptors of a website that before a known place name the site: موقع [البتراء] (site-descriptors.txt). */
export const SITE_DESCRIPTORS = wordList('site-descriptors');

/** A company's trades, written after its name in ل: [أدنوك للتوزيع] (industry-nouns.txt). */
export const INDUSTRY_NOUNS = wordList('industry-nouns');

/** Heads of a municipality, named with its place unless a preposition of place comes first: [بلدية الزرقاء] (municipal-heads.txt). */
export const MUNICIPAL_HEADS = wordList('municipal-heads');

/** Words of a mayor's title before a municipality's head, where the place is the entity: رئيس بلدية [لندن] (mayor-words.txt). */
export const MAYOR_WORDS = wordList('mayor-words');

/** Descriptors of a company, whose name takes its branch's country: شركة [أورنج الأردن] (company-descriptors.txt). */
export const COMPANY_DESCRIPTORS = wordList('company-descriptors');

/** Starts of a person's name that also start places' names after a place's descriptor: مخيم [أبو شوك] (place-name-starts.txt). */
export const PLACE_NAME_STARTS = wordList('place-name-starts');

/** Plural and dual descriptors of places before a list of names: بلدات [برقين] و[كفر دان] (plural-place-descriptors.txt). */
export const PLURAL_PLACE_DESCRIPTORS = wordList('plural-place-descriptors');

/** Plural and dual descriptors of organisations before a list of names: شركتا [ألفا] و[تاتش] (plural-org-descriptors.txt). */
export const PLURAL_ORG_DESCRIPTORS = wordList('plural-org-descriptors');

/** Heads of a historical state's name (state-heads.txt) and the dynasties' adjectives after them: [الدولة الأموية]. */
export const STATE_HEADS = wordList('state-heads');
export const DYNASTY_ADJECTIVES = wordList('dynasty-adjectives');

/** Nouns that take a long vowel before a pronoun suffix (أبوها، أخوه): أبها is no "her father" (five-nouns.txt). */
export const FIVE_NOUNS = wordList('five-nouns');

/** Organisation heads that على before them makes an idiom: على هيئة حرف is no organisation. */
export const IDIOM_HEADS = wordList('idiom-heads');

/** Descriptors after which only a known name counts: منطقة [الخليج], not منطقة الجزاء. */
export const LOOSE_DESCRIPTORS = wordList('loose-descriptors');

/** Prepositions of place that confirm an ambiguous place name: في [عمان]. */
export const PLACE_PREPOSITIONS = wordList('place-prepositions');

/** Prepositions written apart: after one, the ب of `عن بالاك` is no second preposition. */
export const PREPOSITIONS = wordList('prepositions');

/** What follows the one-word subject of a reporting verb: وقال [بوتين] إن. */
export const CLAUSE_STARTS = wordList('clause-starts');

/** Particles that begin a personal name: [عبد الفتاح]، [أبو بكر]، [ابن سينا]، [أم كلثوم]. */
export const NAME_START_PARTICLES = wordList('name-start-particles');
/** هي، هو: "it is", between a definition's subject and its noun (copulas.txt). */
export const COPULAS = wordList('copulas');
/** Nouns of a kind of place in an encyclopaedia's definition: [كفرنبل] بلدة سورية (definition-nouns.txt). */
export const DEFINITION_NOUNS = wordList('definition-nouns');
/** Words that go on after a definition's noun: [بتير] قرية تقع … (definition-followers.txt). */
export const DEFINITION_FOLLOWERS = wordList('definition-followers');
/** The last word of a governor's or mayor's title in construct with its place: محافظ [حماة] (place-titles.txt). */
export const PLACE_TITLES = wordList('place-titles');
/** The particle before a family's name: آل [ثاني] (family-particles.txt). */
export const FAMILY_PARTICLES = wordList('family-particles');
/** Particles inside European names: [إيمون دي فاليرا] (foreign-name-particles.txt). */
export const FOREIGN_NAME_PARTICLES = wordList('foreign-name-particles');
/** Son or daughter of: [محمد بن سلمان] (filiation-particles.txt). */
export const FILIATION_PARTICLES = wordList('filiation-particles');

/** Indefinite nouns of an occupation after a name in a definition: [إيان ثورب] سباح أسترالي (occupation-nouns.txt). */
export const OCCUPATION_NOUNS = wordList('occupation-nouns');
/** Heads of a feature or region, outside a place known without them: نهر [النيل] (standalone-place-heads.txt). */
export const STANDALONE_PLACE_HEADS = wordList('standalone-place-heads');
/** Words for a kind of group, outside an organisation known without them: منظمة [هيومن رايتس ووتش] (standalone-org-heads.txt). */
export const STANDALONE_ORG_HEADS = wordList('standalone-org-heads');
/** The second word of a two-word occupation: رائد [أعمال] (occupation-complements.txt). */
export const OCCUPATION_COMPLEMENTS = wordList('occupation-complements');
/** Names of sports, never a person: لاعبة تنس تونسية (sport-names.txt). */
export const SPORT_NAMES = wordList('sport-names');

/** Words of a match, a team or a transfer that make a sentence a sports report (sports-words.txt). */
export const SPORTS_WORDS = wordList('sports-words');

/** Words that open a competition's or event's name: دوري أبطال [أوروبا] is no place (see `event-names`). */
export const EVENT_HEADS = wordList('event-heads');

/** Words for a work before its quoted title: رواية « زينب » (data/lexicon/lists/work-heads.txt). */
export const WORK_HEADS = wordList('work-heads');

/** Heads of a place or an institution named after a person, and the adjectives that end such a name (see `named-after`). */
export const NAMED_PLACE_HEADS = wordList('named-place-heads');
export const NAMED_INSTITUTION_HEADS = wordList('named-institution-heads');
export const NAMED_AFTER_ADJECTIVES = wordList('named-after-adjectives');
/** Heads of a facility or a natural feature named after a place: [مطار دبي الدولي]، [بحيرة طبريا] (see `named-after`). */
export const PLACE_NAMED_FACILITY_HEADS = wordList('place-named-facility-heads');
export const TOWN_NAMED_FEATURE_HEADS = wordList('town-named-feature-heads');
export const PLACE_NAMED_INSTITUTION_HEADS = wordList('place-named-institution-heads');
/** Places one is taken to for care: ل + a noun after the name is the purpose (نقل إلى مستشفى … للعلاج). */
export const CARE_HEADS = wordList('care-heads');

/** Words between an event head and its place: دوري [أبطال] أوروبا، كأس [أمم] أفريقيا (see `event-names`). */
export const EVENT_MIDDLES = wordList('event-middles');

/** Titles of monarchs and popes, after which an ordinal is part of the name: الملك [لويس الرابع عشر]. */
export const MONARCH_TITLES = wordList('monarch-titles');

/** The ordinals of a monarch's name (regnal numbers): الأول … العاشر، الحادي (عشر). */
export const REGNAL_ORDINALS = wordList('regnal-ordinals');

/** Particles inside a nasab that take one more word with them: بن [عبد الله]، بن [أبي طالب]. */
export const PAIRED_PARTICLES = wordList('paired-particles');

/** Participles that tie an organisation to its parent body and end its name: [مجلس الأمن] التابع [للأمم المتحدة]. */
export const AFFILIATION_WORDS = wordList('affiliation-words');

/** Heads in a broken plural, which take a feminine adjective: جزر [بركانية] (see `agreesWithHead`). */
export const BROKEN_PLURAL_HEADS = wordList('broken-plural-heads');

/**
 * The noun of 'search' key `key` takes a feminine adjective: it ends in ه (ة: `وزارة` → `وزاره`),
 * it is a plural in ات (`المنظمات`), or it is a broken plural of things (`جزر`, `جبال`).
 */
export function isFeminine(key: string): boolean {
  return key.endsWith('ه') || key.endsWith('ات') || BROKEN_PLURAL_HEADS.has(key);
}

/** Verbal nouns of purpose after ل that end an organisation's name: [جامعة برادفيلد] لاستكشاف فرص التعاون. */
export const PURPOSE_NOUNS = wordList('purpose-nouns');

/** Heads that before a place name a meeting held there, no organisation: مؤتمر [روما]. */
export const MEETING_HEADS = wordList('meeting-heads');

/** Organisation heads that are verbal nouns before a place: تنظيم [قطر] لكأس العالم (data/lexicon/lists/verbal-noun-heads.txt). */
export const VERBAL_NOUN_HEADS = wordList('verbal-noun-heads');

/** Words that open a club's name before a town's relational adjective: [الوداد البيضاوي]. */
export const CLUB_NISBA_HEADS = wordList('club-nisba-heads');

/** Words of speaking to a medium: في تصريحات [للجزيرة]، في مقابلة مع [الجزيرة]. */
export const INTERVIEW_WORDS = wordList('interview-words');

/** The particles that open reported speech: وقال الوزير [للجزيرة] إن. */
export const COMPLEMENTIZERS = wordList('complementizers');

/** Month names (data/lexicon/lists/months.txt): with a day before or a year after, a date: في [آب] 2004 is no place. */
export const MONTHS = wordList('months');

/** Words after a month that make it a date (data/lexicon/lists/year-words.txt): في آب [عام] 2004، في أيار [الماضي]. */
export const YEAR_WORDS = wordList('year-words');
/** The noun "month" before a month's name (data/lexicon/lists/month-nouns.txt): لشهر [ماي] is a date. */
export const MONTH_NOUNS = wordList('month-nouns');

/** The names of Latin letters in Arabic script (آي، بي، سي): an acronym read letter by letter, `( آي إيه جي )`. */
export const LETTER_NAMES = wordList('letter-names');

/** Institution heads written with the article (الاتحاد، الهيئة): a name when an adjective and a field in لـ follow. */
export const DEFINITE_ORG_HEADS = wordList('definite-org-heads');
/** Heads of a party that two adjectives make a name of (data/lexicon/lists/party-heads.txt): [الحزب الوطني الديمقراطي]. */
export const PARTY_HEADS = wordList('party-heads');
/** Adjectives of a political programme (data/lexicon/lists/party-adjectives.txt): الحزب [الديمقراطي] الاجتماعي. */
export const PARTY_ADJECTIVES = wordList('party-adjectives');
/** Institutions that take a field in ل after their nationality adjective (data/lexicon/lists/field-institutions.txt): [الاتحاد المصري لكرة القدم]. */
export const FIELD_INSTITUTIONS = wordList('field-institutions');

/** Adjectives of an institution that are no nisba (العامة، الأعلى): see `definite-org-heads`. */
export const INSTITUTION_ADJECTIVES = wordList('institution-adjectives');

/** English words of a company's own name as news transliterates them (غروب، كابيتال، إيرلاينز): see `corporateNames`. */
export const CORPORATE_WORDS = wordList('corporate-words');
