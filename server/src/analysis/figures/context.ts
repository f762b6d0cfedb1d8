// The words around a number that decide what it is: a year or a day of a month (the time pass
// reads those, not us), a time of day, or a count of the noun that follows. All sets hold
// normalized forms (أ→ا، ة→ه، ى→ي).
import { normalizeWord } from '../normalize';

const set = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean).map(normalizeWord));

/** Month names in every regional system (Gregorian, Levantine/Iraqi, Maghrebi, Hijri), and the
 * second words of the two-word ones, which are what stands right before a year. */
export const MONTH_WORDS = set(`
  يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر
  كانون شباط آذار اذار نيسان أيار ايار حزيران تموز آب أيلول ايلول تشرين
  جانفي فيفري أفريل افريل ماي جوان جويلية جوليت أوت اوت شتنبر نونبر دجنبر يوليوز غشت
  محرم صفر ربيع جمادى جمادي رجب شعبان رمضان شوال القعدة الحجة
`);
/** Words that make the next number a year: عام 2025، سنة 2014، العام 2020. */
export const YEAR_BEFORE = set(`عام العام سنة السنة عامي سنتي موسم الموسم`);
/** Words after a number that make it a year or a time of day: 1446 هـ، 2020 م، 10 صباحا. */
export const YEAR_OR_TIME_AFTER = set(`هـ ه م ميلادي ميلادية هجري هجرية ق صباحا صباح مساء مساءا مساءً ظهرا عصرا ليلا فجرا بتوقيت ص`);
/** Words before a number that make it a time of day: الساعة 10. */
export const TIME_BEFORE = set(`الساعة ساعة`);
/** Words before an ordinal that make it part of a month name: كانون الثاني، ربيع الأول. */
export const MONTH_BEFORE_ORDINAL = set(`كانون تشرين ربيع جمادى جمادي`);
/** Before an ordinal: it is an hour (الساعة الثانية), which is the time pass's. */
export const HOUR_BEFORE_ORDINAL = set(`الساعة ساعة`);
/** Posts named with الأول: الوزير الأول (the Maghrebi prime minister). */
export const TITLE_BEFORE_ORDINAL = set(`الوزير وزير`);
/** Ranks named with an indefinite أول: الفريق أول، ملازم أول (but الفريق الأول is the first team). */
export const RANK_BEFORE_ORDINAL = set(`الفريق فريق ملازم الملازم عريف العريف رقيب الرقيب`);

/** Words that follow numbers but are not what is counted: prepositions, particles, pronouns,
 * adverbs, reporting verbs, common adjectives. A counted noun unknown to the lexicon must not be
 * one of these. */
export const NOT_A_COUNTED_NOUN = set(`
  في من إلى الى على علي عن مع بين حتى منذ خلال عند لدى لدي نحو قبل بعد حول ضد عبر دون تحت فوق أمام امام وراء خلف لدن
  لكن بل أو او أم ثم إذ إذا اذا إن ان أن انه أنه انها إنها لأن لان كي حيث بينما كما مثل مثلا غير سوى الا إلا لا لم لن ما
  ماذا لماذا كيف متى أين هل قد لقد سوف كل بعض أي جميع معظم أغلب نفس ذات هذا هذه ذلك تلك هؤلاء أولئك هنا هناك
  الذي التي الذين اللذين اللتين اللواتي اللاتي هو هي هم هن هما أنا نحن أنت أنتم
  منه منها منهم منهن عنه عنها عنهم عليه عليها عليهم له لها لهم لهن به بها بهم فيه فيها فيهم بينهم إليه إليها إليهم
  فقط أيضا ايضا كذلك حاليا تقريبا فأكثر فما وأكثر أخرى اخرى آخر أخر آخرين اخرين آخرون أخريات إضافية إضافي إضافيين
  جديد جديدة جدد مقابل حسب بحسب وفق وفقا طبقا نقلا أمس اليوم غدا الآن الان قرابة حوالي زهاء
  كان كانت يكون تكون أصبح بات ظل تم يتم قال قالت أعلن أعلنت أكد أكدت أشار أضاف بلغ بلغت يبلغ تبلغ وصل وصلت يصل تصل
  ارتفع ارتفعت انخفض انخفضت تراجع تراجعت قتلوا أصيبوا لقوا يعملون سقطوا وأصيب وقتل أي
  إذن بس بنسبة متتالية متتاليين متتالين كاملة كاملا كامل على الأقل الأقل الأكثر أقل أكثر
  يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر
  كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين جانفي فيفري أفريل ماي جوان جويلية أوت
  السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة
`);

/** A word set with each word also under the article: قصف and القصف. */
function withArticle(words: string): Set<string> {
  const out = set(words);
  for (const w of [...out]) if (!w.startsWith('ال')) out.add('ال' + w);
  return out;
}

/** Words that make a paragraph about a disease: there إصابة is a case and مصاب an infected person,
 * not an injury. Clitics are stripped before lookup (بالكوليرا، بحمى، للمرض). */
export const DISEASE_WORDS = withArticle(`
  مرض المرض أمراض الأمراض مرضية المرضية وباء الوباء أوبئة الأوبئة فيروس الفيروس فيروسات الفيروسات
  حمى الحمى عدوى العدوى تفشي التفشي تفش الضنك الكوليرا كوليرا الحصبة كورونا كوفيد كوفيد-19
  الإنفلونزا إنفلونزا الانفلونزا انفلونزا الملاريا ملاريا السل الإيدز الجدري جدري إيبولا ايبولا السحايا
`);
/** Words of violence and accidents: a paragraph with one of these keeps إصابة as an injury even
 * when it also names a disease (a shelled camp where cholera spreads). */
export const HARM_WORDS = withArticle(`
  جروح جرح جريح جرحى قتيل قتلى قتل مقتل شهيد شهداء قصف غارة غارات انفجار تفجير هجوم هجمات اشتباك اشتباكات
  رصاص الرصاص حادث حوادث الحادث تصادم اصطدام زلزال الزلزال انهيار حريق الحريق
`);

/** Adverbs after a counted unit that make it a rate: 2 مليون برميل يوميا = barrels per day. */
export const RATE_ADVERBS = new Map(Object.entries({
  يوميا: 'day', أسبوعيا: 'week', اسبوعيا: 'week', شهريا: 'month', سنويا: 'year', سنوياً: 'year', ساعيا: 'hour',
}).map(([w, per]) => [normalizeWord(w), per]));
/** The noun after في that makes a rate: 500 متر مكعب في الثانية = per second. */
export const RATE_AFTER_FI = new Map(Object.entries({
  الثانية: 'second', الدقيقة: 'minute', الساعة: 'hour', اليوم: 'day', الأسبوع: 'week', الاسبوع: 'week',
  الشهر: 'month', العام: 'year', السنة: 'year',
}).map(([w, per]) => [normalizeWord(w), per]));
/** Words after في اليوم / في الساعة that make it a particular day or hour, not "per": نفسه، ذاته. */
export const SAME_TIME_WORDS = set(`نفسه نفسها ذاته ذاتها ذلك تلك`);
