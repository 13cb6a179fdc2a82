/**
 * Closed-class words that end a name: no person, place or organisation name runs across them.
 * Written in the 'search' normalisation (ة→ه, ى→ي, أإآ→ا, no diacritics), because every
 * comparison in the recogniser is made in that form. Note that `إلى` becomes `الي` there: it
 * starts like a definite noun, so a rule that takes "any word with ال" must check this list first.
 */
const WORDS = `
في فى من الي علي عن مع منذ حتي لدي لدى عند بين خلال ضد نحو حول دون عبر قبل بعد امام خلف تحت فوق وسط ازاء لدي بشان جراء اثر
و او ام ثم بل لكن لكن لان كي اذا اذ ان انه انها انهم لقد قد لن لم لا ما ماذا لماذا كيف متي اين هل كل بعض غير سوي الا اما اي
هو هي هم هن هما انا نحن انت انتم هذا هذه ذلك تلك هؤلاء اولئك هنا هناك الذي التي الذين اللذان اللتان اللذين اللتين اللواتي اللاتي اللائي
كان كانت يكون تكون كانوا ليس ليست اصبح اصبحت ظل ظلت مازال مايزال لايزال زال يزال
بان بانه بانها بانهم لان الان اليوم امس غدا ايضا فقط جدا حيث عندما بينما كما مثل منها منه عليه عليها اليه اليها لها له لهم فيه فيها به بها
الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت يوم
يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر
كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين
العام الماضي الماضيه الحالي الحاليه الجاري الجاريه المقبل المقبله القادم القادمه الاسبوع الشهر السنه الاخير الاخيره الاول الاولي الثاني الثانيه
`;

/** The closed-class stop words, in 'search' form. */
export const CLOSED_CLASS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/**
 * Adjectives that may stand between a title and a name without being part of either:
 * الرئيس [السابق] بشار الأسد، الرئيس [الراحل] ياسر عرفات.
 */
export const TITLE_ADJECTIVES: ReadonlySet<string> = new Set(
  'السابق السابقه الاسبق الراحل الراحله الجديد الجديده المكلف المنتخب المستقيل المخلوع الحالي الحاليه الفخري المؤقت المساعد الاول الاعلي العام'.split(' '),
);
