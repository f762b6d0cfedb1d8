// Word lists of the entity pass: titles that introduce people, heads of state bodies that a
// gentilic turns into an organization, words that can never be part of a name, and common given
// names. Everything is normalized once at load (normalizeWord) and looked up in hash tables.
import { normalizeWord } from '../normalize';
import { phraseKey } from '../kb';

/** The normalized words of a whitespace-separated list. */
export function wordSet(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean).map(normalizeWord));
}

/** A phrase table: normalized token sequence → value, with the longest phrase per first token. */
export class PhraseTable<T> {
  readonly map = new Map<string, T>();
  readonly firstMax = new Map<string, number>();
  add(phrase: string, value: T): void {
    const key = phraseKey(phrase);
    if (!key || this.map.has(key)) return;
    this.map.set(key, value);
    const parts = key.split(' ');
    if ((this.firstMax.get(parts[0]) ?? 0) < parts.length) this.firstMax.set(parts[0], parts.length);
  }
}

// --------------------------------------------------------------------------------------------
// Titles. cls groups titles that can stand for one another (الخبير السياسي ≈ المحلل السياسي).
// complement: the title takes what follows as part of it (المتحدث باسم X، قائد X، وزير خارجية X).

export interface TitleDef {
  cls: string;
  complement?: 'any' | 'country';
}

export const TITLES = new PhraseTable<TitleDef>();
{
  const add = (cls: string, phrases: string[], complement?: TitleDef['complement']) => {
    for (const p of phrases) TITLES.add(p, { cls, complement });
  };
  add('president', ['الرئيس', 'رئيس الجمهورية', 'رئيس الدولة', 'رئيسة الجمهورية', 'الرئيسة']);
  add('head', ['رئيس', 'رئيسة'], 'any');
  add('pm', ['رئيس الوزراء', 'رئيسة الوزراء', 'رئيس الحكومة', 'رئيسة الحكومة', 'رئيس مجلس الوزراء', 'رئيس حكومة تصريف الأعمال']);
  add('pm', ['رئيس وزراء', 'رئيسة وزراء', 'رئيس حكومة'], 'country');
  add('vice-president', ['نائب الرئيس', 'نائب رئيس الجمهورية', 'نائبة الرئيس']);
  add('deputy-pm', ['نائب رئيس الوزراء', 'نائب رئيس الحكومة']);
  add('speaker', ['رئيس البرلمان', 'رئيس مجلس النواب', 'رئيس مجلس الشعب', 'رئيس مجلس الأمة', 'رئيس الكنيست', 'رئيسة مجلس النواب']);
  add('chief-of-staff', ['رئيس الأركان', 'رئيس هيئة الأركان', 'رئيس أركان الجيش', 'رئيس هيئة الأركان المشتركة']);
  const portfolios: Array<[string, string]> = [
    ['الدفاع', 'defense'], ['الخارجية', 'foreign'], ['الداخلية', 'interior'], ['المالية', 'finance'],
    ['النفط', 'oil'], ['الطاقة', 'energy'], ['الصحة', 'health'], ['العدل', 'justice'], ['التعليم', 'education'],
    ['التربية', 'education'], ['الاقتصاد', 'economy'], ['التجارة', 'trade'], ['الزراعة', 'agriculture'],
    ['الإعلام', 'information'], ['الثقافة', 'culture'], ['الخزانة', 'treasury'], ['الكهرباء', 'electricity'],
    ['النقل', 'transport'], ['العمل', 'labor'], ['الشؤون الخارجية', 'foreign'], ['الأمن الداخلي', 'homeland-security'],
    ['الهجرة', 'migration'], ['الاتصالات', 'communications'], ['الصناعة', 'industry'], ['التخطيط', 'planning'],
    ['الإسكان', 'housing'], ['السياحة', 'tourism'], ['الموارد المائية', 'water'], ['البيئة', 'environment'],
    ['الأوقاف', 'endowments'], ['الشباب والرياضة', 'youth'], ['الدولة', 'state'], ['العدل والمساواة', 'justice'],
  ];
  for (const [ar, cls] of portfolios) {
    add(`minister-${cls}`, [`وزير ${ar}`, `وزيرة ${ar}`]);
    // وزير خارجية العراق: construct with a country
    const bare = ar.startsWith('ال') ? ar.slice(2) : ar;
    if (!bare.includes(' ')) add(`minister-${cls}`, [`وزير ${bare}`, `وزيرة ${bare}`], 'country');
  }
  add('minister', ['الوزير', 'الوزيرة']);
  add('spokesperson', ['المتحدث باسم', 'المتحدثة باسم', 'الناطق باسم', 'الناطقة باسم', 'المتحدث الرسمي باسم',
    'الناطق الرسمي باسم', 'المتحدث العسكري باسم', 'الناطق العسكري باسم', 'المتحدثة الرسمية باسم'], 'any');
  add('spokesperson', ['المتحدث', 'الناطق', 'المتحدثة', 'الناطقة', 'المتحدث الرسمي', 'الناطق الرسمي', 'المتحدث العسكري', 'الناطق العسكري']);
  add('analyst', ['المحلل', 'المحللة', 'المحلل السياسي', 'المحللة السياسية', 'المحلل العسكري', 'المحلل الاقتصادي',
    'المحلل الاستراتيجي', 'الخبير', 'الخبيرة', 'الخبير السياسي', 'الخبير العسكري', 'الخبير الاقتصادي',
    'الخبير الاستراتيجي', 'الخبير الأمني', 'الخبير في الشؤون', 'المحلل السياسي والعسكري', 'الخبير القانوني',
    'الخبير النفطي', 'المحلل المالي', 'المعلق السياسي', 'المعلق']);
  add('researcher', ['الباحث', 'الباحثة', 'الأكاديمي', 'الأكاديمية', 'الأستاذ', 'الأستاذة', 'البروفيسور',
    'الدكتور', 'الدكتورة', 'أستاذ العلوم السياسية', 'الباحث السياسي', 'الباحث في الشؤون']);
  add('orientalist', ['المستشرق', 'المستشرقة']);
  add('writer', ['الكاتب', 'الكاتبة', 'الكاتب الصحفي', 'الكاتب الصحافي', 'الصحفي', 'الصحفية', 'الصحافي',
    'الصحافية', 'الإعلامي', 'الإعلامية', 'المراسل', 'المراسلة', 'الروائي', 'الشاعر', 'المدون']);
  add('ambassador', ['السفير', 'السفيرة']);
  add('ambassador', ['سفير', 'سفيرة'], 'country');
  add('envoy', ['المبعوث', 'المبعوثة', 'المبعوث الخاص', 'المبعوث الأممي', 'المبعوث الأمريكي', 'المبعوث الأميركي',
    'المندوب', 'المندوبة', 'المندوب الدائم', 'المندوبة الدائمة', 'الممثل الخاص', 'الممثلة الخاصة', 'الممثل الأعلى',
    'المبعوثة الخاصة', 'المبعوثة الأممية']);
  add('envoy', ['مبعوث', 'مندوب'], 'any');
  add('military', ['الجنرال', 'اللواء', 'العميد', 'العقيد', 'الفريق', 'الفريق أول', 'الفريق الركن', 'اللواء الركن',
    'العميد الركن', 'المشير', 'العماد', 'الرائد', 'النقيب', 'الأدميرال', 'المقدم', 'القائد العسكري']);
  add('commander', ['قائد', 'قائدة', 'القائد العام', 'القائد'], 'any');
  add('leader', ['زعيم', 'زعيمة', 'مؤسس', 'الزعيم', 'الأمين العام', 'أمين عام', 'رئيس المكتب السياسي'], 'any');
  add('royal', ['الملك', 'الملكة', 'الأمير', 'الأميرة', 'ولي العهد', 'السلطان', 'أمير', 'الشيخ', 'الشيخة']);
  add('royal', ['ملك', 'أمير دولة', 'سلطان', 'ولي عهد', 'ملكة'], 'country');
  add('supreme-leader', ['المرشد الأعلى', 'المرشد', 'مرشد الثورة', 'المرشد الإيراني']);
  add('legislator', ['النائب', 'النائبة', 'عضو البرلمان', 'عضو مجلس النواب', 'السيناتور', 'عضو الكونغرس',
    'عضو مجلس الشيوخ', 'البرلماني', 'البرلمانية', 'عضو الكنيست']);
  add('director', ['المدير', 'المديرة', 'المدير العام', 'المدير التنفيذي', 'الرئيس التنفيذي', 'رئيس مجلس الإدارة']);
  add('director', ['مدير', 'مديرة', 'مدير عام', 'رئيس جهاز', 'مدير جهاز', 'رئيس هيئة', 'رئيس مجلس إدارة', 'مديرة عام'], 'any');
  add('governor', ['المحافظ', 'الحاكم']);
  add('governor', ['محافظ', 'حاكم', 'والي', 'محافظة البنك'], 'any');
  add('mayor', ['رئيس بلدية', 'عمدة'], 'any');
  add('adviser', ['المستشار', 'المستشارة', 'مستشار الأمن القومي', 'المستشار الألماني', 'المستشار النمساوي']);
  add('adviser', ['مستشار', 'مستشارة'], 'any');
  add('activist', ['الناشط', 'الناشطة', 'الناشط الحقوقي', 'الناشط السياسي', 'المعارض', 'المعارضة السياسية']);
  add('judge', ['القاضي', 'القاضية', 'المدعي العام', 'المدعية العامة', 'النائب العام']);
  add('cleric', ['رجل الدين', 'المرجع', 'المرجع الديني', 'آية الله', 'الإمام', 'البطريرك', 'المفتي', 'مفتي', 'الحاخام']);
  add('mr', ['السيد', 'السيدة']);
  add('lawyer', ['المحامي', 'المحامية']);
  add('official', ['المسؤول', 'المسؤولة', 'المسؤول الكبير']);
  add('candidate', ['المرشح', 'المرشحة', 'المرشح الرئاسي']);
}

/** Classes whose bare title (no name after it) may stand for a person named before or after. */
export const ANAPHORIC_CLASSES = new Set(['president', 'pm', 'vice-president', 'deputy-pm', 'speaker', 'chief-of-staff',
  'minister', 'secretary-of-state', 'spokesperson', 'analyst', 'researcher', 'orientalist', 'writer', 'ambassador', 'envoy',
  'military', 'commander', 'leader', 'royal', 'supreme-leader', 'legislator', 'director', 'governor', 'adviser', 'activist',
  'judge', 'cleric', 'lawyer', 'candidate']);
export function isAnaphoricClass(cls: string): boolean {
  return ANAPHORIC_CLASSES.has(cls) || cls.startsWith('minister-');
}

/** Words that may follow a title and belong to it (الرئيس السابق، الجنرال الإيراني الكبير). */
export const TITLE_MODIFIERS = new Set([
  'السابق', 'السابقه', 'الاسبق', 'الاسبقه', 'الحالي', 'الحاليه', 'الجديد', 'الجديده', 'الراحل', 'الراحله', 'المؤقت',
  'المؤقته', 'الاول', 'الاولي', 'الاعلي', 'العام', 'العامه', 'الكبير', 'الكبيره', 'البارز', 'البارزه', 'المكلف',
  'المكلفه', 'المنتخب', 'المنتخبه', 'المعروف', 'المعروفه', 'الشهير', 'الشهيره', 'المخضرم', 'المستقيل', 'المقال',
  'المنتهيه', 'ولايته', 'المتخصص', 'المختص', 'السياسي', 'العسكري', 'الامني', 'الاقتصادي', 'الرسمي', 'الدائم',
  'الخاص', 'الاممي', 'الدولي', 'التنفيذي', 'المساعد', 'المساعده', 'الاقليمي',
].map(normalizeWord));

// --------------------------------------------------------------------------------------------
// State bodies: a head followed by a gentilic (وزارة الدفاع العراقية) or, for construct heads, by a
// country name (حكومة العراق) is an organization. bare: the head alone is one too (وزارة الخارجية).

export interface BodyDef {
  en: string;
  slug: string;
  /** g: takes a gentilic; c: takes a country name (construct state). */
  takes: 'g' | 'c';
  bare?: boolean;
}

export const BODIES = new PhraseTable<BodyDef>();
{
  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const add = (ar: string, en: string, takes: 'g' | 'c', bare = false) => BODIES.add(ar, { en, slug: slug(en), takes, bare });
  const ministries: Array<[string, string]> = [
    ['الدفاع', 'Ministry of Defense'], ['الخارجية', 'Ministry of Foreign Affairs'], ['الداخلية', 'Ministry of the Interior'],
    ['المالية', 'Ministry of Finance'], ['النفط', 'Ministry of Oil'], ['الطاقة', 'Ministry of Energy'],
    ['الصحة', 'Ministry of Health'], ['العدل', 'Ministry of Justice'], ['التعليم', 'Ministry of Education'],
    ['التربية', 'Ministry of Education'], ['التربية والتعليم', 'Ministry of Education'], ['التعليم العالي', 'Ministry of Higher Education'],
    ['الاقتصاد', 'Ministry of Economy'], ['التجارة', 'Ministry of Trade'], ['الزراعة', 'Ministry of Agriculture'],
    ['الإعلام', 'Ministry of Information'], ['الثقافة', 'Ministry of Culture'], ['الخزانة', 'Department of the Treasury'],
    ['الكهرباء', 'Ministry of Electricity'], ['النقل', 'Ministry of Transport'], ['العمل', 'Ministry of Labor'],
    ['الشؤون الخارجية', 'Ministry of Foreign Affairs'], ['الأمن الداخلي', 'Department of Homeland Security'],
    ['الهجرة', 'Ministry of Migration'], ['الاتصالات', 'Ministry of Communications'], ['الصناعة', 'Ministry of Industry'],
    ['التخطيط', 'Ministry of Planning'], ['الإسكان', 'Ministry of Housing'], ['السياحة', 'Ministry of Tourism'],
    ['الموارد المائية', 'Ministry of Water Resources'], ['البيئة', 'Ministry of Environment'], ['الأوقاف', 'Ministry of Religious Endowments'],
    ['الشباب والرياضة', 'Ministry of Youth and Sports'], ['العدل والشؤون الإسلامية', 'Ministry of Justice and Islamic Affairs'],
    ['الشؤون الاجتماعية', 'Ministry of Social Affairs'], ['البترول', 'Ministry of Petroleum'], ['الري', 'Ministry of Irrigation'],
  ];
  for (const [ar, en] of ministries) {
    add(`وزارة ${ar}`, en, 'g', true);
    const bare = ar.startsWith('ال') && !ar.includes(' ') ? ar.slice(2) : null;
    if (bare) add(`وزارة ${bare}`, en, 'c');
  }
  add('الخارجية', 'Ministry of Foreign Affairs', 'g');
  add('الداخلية', 'Ministry of the Interior', 'g');
  add('الجيش', 'Army', 'g');
  add('جيش', 'Army', 'c');
  add('القوات', 'Forces', 'g');
  add('قوات', 'Forces', 'c');
  add('القوات المسلحة', 'Armed Forces', 'g');
  add('قوات الأمن', 'Security Forces', 'g');
  add('القوات الأمنية', 'Security Forces', 'g');
  add('القوات الجوية', 'Air Force', 'g');
  add('القوات البحرية', 'Navy', 'g');
  add('البحرية', 'Navy', 'g');
  add('سلاح الجو', 'Air Force', 'g');
  add('الدفاعات الجوية', 'Air Defenses', 'g');
  add('الشرطة', 'Police', 'g');
  add('الحرس الوطني', 'National Guard', 'g');
  add('المخابرات', 'Intelligence Service', 'g');
  add('الاستخبارات', 'Intelligence', 'g');
  add('الحكومة', 'Government', 'g');
  add('حكومة', 'Government', 'c');
  add('البرلمان', 'Parliament', 'g');
  add('برلمان', 'Parliament', 'c');
  add('مجلس النواب', 'Council of Representatives', 'g');
  add('مجلس الشعب', "People's Assembly", 'g');
  add('مجلس الأمة', 'National Assembly', 'g');
  add('مجلس الشورى', 'Shura Council', 'g');
  add('مجلس الوزراء', 'Council of Ministers', 'g');
  add('الرئاسة', 'Presidency', 'g');
  add('رئاسة', 'Presidency', 'c');
  add('السفارة', 'Embassy', 'g');
  add('سفارة', 'Embassy', 'c');
  add('القنصلية', 'Consulate', 'g');
  add('البنك المركزي', 'Central Bank', 'g');
  add('المصرف المركزي', 'Central Bank', 'g');
  add('السلطات', 'Authorities', 'g');
  add('الأجهزة الأمنية', 'Security Services', 'g');
  add('الإدارة', 'Administration', 'g');
  add('النظام', 'Government (regime)', 'g');
  add('المعارضة', 'Opposition', 'g');
  add('الدبلوماسية', 'Diplomacy', 'g');
  add('المحكمة العليا', 'Supreme Court', 'g');
  add('المحكمة الاتحادية', 'Federal Court', 'g');
  add('النيابة العامة', 'Public Prosecution', 'g');
  add('وكالة الأنباء', 'News Agency', 'g');
  add('القيادة المركزية', 'Central Command', 'g');
}

/** English adjectives for the countries most often in the news (Iraqi Ministry of Defense). */
export const DEMONYMS: Record<string, string> = {
  'loc:iraq': 'Iraqi', 'loc:united-states': 'US', 'loc:syria': 'Syrian', 'loc:iran': 'Iranian', 'loc:russia': 'Russian',
  'loc:egypt': 'Egyptian', 'loc:saudi-arabia': 'Saudi', 'loc:lebanon': 'Lebanese', 'loc:israel': 'Israeli',
  'loc:turkey': 'Turkish', 'loc:china': 'Chinese', 'loc:france': 'French', 'loc:germany': 'German',
  'loc:united-kingdom': 'British', 'loc:japan': 'Japanese', 'loc:india': 'Indian', 'loc:jordan': 'Jordanian',
  'loc:kuwait': 'Kuwaiti', 'loc:qatar': 'Qatari', 'loc:united-arab-emirates': 'Emirati', 'loc:oman': 'Omani',
  'loc:bahrain': 'Bahraini', 'loc:yemen': 'Yemeni', 'loc:morocco': 'Moroccan', 'loc:algeria': 'Algerian',
  'loc:tunisia': 'Tunisian', 'loc:libya': 'Libyan', 'loc:sudan': 'Sudanese', 'loc:afghanistan': 'Afghan',
  'loc:pakistan': 'Pakistani', 'loc:ukraine': 'Ukrainian', 'loc:italy': 'Italian', 'loc:spain': 'Spanish',
  'loc:canada': 'Canadian', 'loc:australia': 'Australian', 'loc:brazil': 'Brazilian', 'loc:mexico': 'Mexican',
  'loc:south-korea': 'South Korean', 'loc:north-korea': 'North Korean', 'loc:indonesia': 'Indonesian',
  'loc:palestine': 'Palestinian', 'loc:mauritania': 'Mauritanian', 'loc:somalia': 'Somali', 'loc:ethiopia': 'Ethiopian',
  'loc:greece': 'Greek', 'loc:cyprus': 'Cypriot', 'loc:poland': 'Polish', 'loc:netherlands': 'Dutch', 'loc:belgium': 'Belgian',
  'loc:sweden': 'Swedish', 'loc:norway': 'Norwegian', 'loc:denmark': 'Danish', 'loc:switzerland': 'Swiss',
  'loc:austria': 'Austrian', 'loc:azerbaijan': 'Azerbaijani', 'loc:armenia': 'Armenian', 'loc:georgia': 'Georgian',
  'loc:kazakhstan': 'Kazakh', 'loc:uzbekistan': 'Uzbek', 'loc:nigeria': 'Nigerian', 'loc:south-africa': 'South African',
  'loc:kenya': 'Kenyan', 'loc:chad': 'Chadian', 'loc:niger': 'Nigerien', 'loc:venezuela': 'Venezuelan', 'loc:cuba': 'Cuban',
  'loc:argentina': 'Argentine', 'loc:belarus': 'Belarusian', 'loc:serbia': 'Serbian', 'loc:hungary': 'Hungarian',
  'loc:romania': 'Romanian', 'loc:bulgaria': 'Bulgarian', 'loc:portugal': 'Portuguese', 'loc:ireland': 'Irish',
  'loc:finland': 'Finnish', 'loc:malaysia': 'Malaysian', 'loc:bangladesh': 'Bangladeshi', 'loc:taiwan': 'Taiwanese',
  'loc:vietnam': 'Vietnamese', 'loc:philippines': 'Philippine', 'loc:thailand': 'Thai', 'loc:south-sudan': 'South Sudanese',
  'loc:eritrea': 'Eritrean', 'loc:djibouti': 'Djiboutian', 'loc:senegal': 'Senegalese', 'loc:mali': 'Malian',
  'loc:kurdistan-region': 'Kurdistan Region', 'misc:kurds': 'Kurdish',
};

// --------------------------------------------------------------------------------------------
// Words that are never (part of) a name found after a title: function words, frequent verbs and
// nouns of news prose. Checked against every clitic reading of a token.

export const STOP = wordSet(`
في من على إلى الى عن مع أن إن ان أنه انه إنه أنها إنها لأن لكن لكنه ولكن بل ثم أو او أم حتى إذا اذا إذ لو لا لم لن ما ماذا
هل قد لقد كان كانت يكون تكون كانوا ليس ليست هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللتين اللاتي هو هي هم هن
نحن أنا انت أنت الذي منذ خلال بعد قبل بين عند عندما حيث حين بينما لدى لدي نحو حول ضد دون بدون عبر وفق وفقا وفقاً بحسب
حسب جراء إثر اثر عقب فوق تحت أمام خلف داخل خارج كل بعض جميع عدة أي غير سوى مثل كما أيضا أيضاً فقط جدا يوم اليوم أمس
غدا الآن الان حاليا سابقا لاحقا مساء صباح ليلة عام العام شهر الشهر أسبوع الأسبوع مرة مرات أكثر أقل أول ثاني آخر اخر
قال قالت يقول تقول أكد أكدت يؤكد تؤكد أضاف أضافت يضيف أوضح أوضحت يوضح ذكر ذكرت يذكر أعلن أعلنت يعلن كشف كشفت يكشف
نفى نفت ينفي أشار أشارت يشير صرح صرحت شدد شددت يشدد لفت لفتت اعتبر اعتبرت يعتبر رأى رأت يرى تابع تابعت أفاد أفادت
أبلغ أبلغت دعا دعت يدعو طالب طالبت يطالب وصف وصفت زار زارت يزور التقى التقت يلتقي استقبل استقبلت بحث بحثت يبحث وقع
وقعت أجرى أجرت اجتمع اجتمعت غادر وصل وصلت توجه يتوجه عاد عادت قام قامت يقوم أعرب أعربت يعرب حذر حذرت يحذر رحب رحبت
تعهد أمر أمرت قرر قررت أصدر أصدرت نقل نقلت أجاب أجابت سأل رد ردت علق علقت كتب كتبت نشر نشرت هدد هددت أدان أدانت
اتهم اتهمت يتهم وعد وعدت ناقش ناقشت يناقش أبدى أبدت عبر جدد جددت أشاد أشادت يرجح رجح توقع توقعت يتوقع
إن إنّ بأن بان لأن كي لكي الا إلا وقال وقالت فقال
مسألة قضية ملف موضوع أمر الأمر مسؤول مسؤولين مصدر مصادر مصادر بيان البيان تصريح تصريحات كلمة خطاب مؤتمر المؤتمر
لقاء اللقاء اجتماع الاجتماع زيارة الزيارة الحكومة الدولة البلاد المنطقة الوضع الأوضاع الحرب الأزمة السلام الاتفاق اتفاق
الجمعة السبت الأحد الاثنين الثلاثاء الأربعاء الخميس يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر
ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين
لـ ل ب و ف ك
حزب حركة وزارة مجلس منظمة هيئة جمعية شركة اتحاد لجنة جبهة مؤسسة وكالة جامعة نقابة مكتب قوات جيش محكمة برنامج
صندوق بنك مصرف منتخب نادي فريق تنظيم جماعة ميليشيا الحزب الحركة الوزارة المجلس المنظمة الهيئة الشركة اللجنة
`);

/** Given names: a token that is one starts a name even where the heuristics would hesitate. */
export const GIVEN_NAMES = wordSet(`
محمد أحمد علي حسن حسين محمود مصطفى عبد عبدالله عبدالرحمن خالد عمر عثمان إبراهيم يوسف يحيى يونس يعقوب إسماعيل
سعد سعيد سالم سليمان صالح فهد فيصل ناصر نبيل نزار نوري هادي هاني هشام وائل وليد ياسر ياسين زياد زيد سامي سمير
طارق طلال عادل عماد عمار عامر عباس جعفر جمال جلال حمد حمدان حامد حازم خليل رامي رائد رشيد رضا رياض زكريا
شريف صلاح ضياء طه عدنان عزت عصام علاء غسان فادي فاروق فؤاد فراس كريم كمال ماجد مازن مالك مجيد مراد مروان مصطفى
معاذ منصور منير مهدي موسى نادر ناجي نجيب نعيم هيثم بشار بسام باسم بلال ثامر ثابت جواد حيدر قاسم قيس كاظم لؤي
أسامة حمزة طلحة عبيدة معاوية قتيبة عكرمة فاطمة خديجة عائشة مريم زينب سارة ليلى هدى سلمى نادية رانيا دينا منى
هالة سعاد أمل نور ريم لينا رنا سوسن سهى سميرة جميلة نجلاء آمنة رقية حنان إيمان أسماء
جو جون جوزيف جيمس جورج دونالد باراك بيل هيلاري مايك مايكل أنتوني أنطوني لويد كامالا نانسي ريكس جاك ستيف
فلاديمير سيرغي سيرجي ديمتري ديميتري أندريه أندريا ألكسندر الكسندر إيغور ميخائيل نيكولاي يفغيني ماريا
إيمانويل ايمانويل فرانسوا نيكولا جان بيير أولاف أنجيلا فريدريش بوريس ريشي كير ليز تيريزا ديفيد
رجب أحمد أكرم بنيامين يائير إسحاق إيهود أرييل نفتالي بيني يوآف موشيه
شي وانغ لي كيم يون فومبو
`);

/**
 * Given names written with the article, common in the Maghreb and the Gulf (العربي الجعايدي، الحبيب
 * بورقيبة، الباجي قائد السبسي). After a title, they start a name when another name word follows.
 */
export const ARTICLE_GIVEN_NAMES = wordSet(`
العربي الحبيب الطيب الصادق الهادي المنصف الباجي المهدي المختار الطاهر البشير الحسين الحسن المعتصم الشاذلي
المولدي الناصر الصديق الأمين العياشي الزبير المعز الشريف الفاضل الحاج العربي الجيلاني الغالي السعيد الميلودي
`);

/** Words that may make up a government's name after "في حكومة" (تصريف الأعمال، الوحدة الوطنية …). */
export const GOVERNMENT_WORDS = wordSet(`
تصريف الأعمال الاعمال الوحدة الوطنية الوفاق الإنقاذ الانقاذ الانتقالية المؤقتة الائتلاف الائتلافية الجديدة
السابقة الحالية المستقيلة المركزية الاتحادية إقليم اقليم الإقليم الاقليم كردستان الأمر الواقع الاستقرار
`);

/** Words that join parts of a name (محمد بن سلمان، عبد الله، أبو بكر، آل ثاني). */
export const NAME_LINKS = new Set(['بن', 'بنت', 'ابن', 'ابو', 'أبو', 'ابي', 'أبي', 'عبد', 'ال', 'آل', 'ولد', 'دي', 'فون', 'فان', 'دا'].map(normalizeWord));

/** Words before which a place name that is also a common word (مالي، بنين) is read as the place. */
export const PLACE_CUES = new Set(['في', 'الى', 'من', 'دوله', 'جمهوريه', 'عاصمه', 'العاصمه', 'مدينه', 'شمال', 'جنوب',
  'شرق', 'غرب', 'وسط', 'حكومه', 'رئيس', 'سفاره', 'ارض', 'اراضي', 'حدود'].map(normalizeWord));

/** Single-token names that are also common words; matched only after a place cue or a clitic. */
export const WEAK_NAMES = new Set(['مالي', 'بنين', 'صوفيا', 'جيرسي'].map(normalizeWord));
