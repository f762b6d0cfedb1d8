// Attribution on varied news sentences (Syrian, Egyptian, Gulf, Lebanese, Maghrebi, Yemeni,
// Palestinian, Iraqi; agencies). Each marker is a phrase inside a claim: the claim covering it must
// have a source containing the expected text, or — for null — no attribution may cover it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SentenceCase, attributionsOf, judge } from '../support/attributionCases';

const SENTENCES: SentenceCase[] = [
  // Syria
  { text: 'وذكرت وكالة سانا أن وحدات الهندسة فككت عشرات العبوات الناسفة في ريف دير الزور.',
    expect: [{ marker: 'فككت عشرات', source: 'سانا' }] },
  { text: 'وقال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن لفرانس برس إن الغارات استهدفت مستودعات أسلحة.',
    expect: [{ marker: 'استهدفت مستودعات', source: 'رامي عبد الرحمن' }] },
  { text: 'وأفاد المرصد السوري بمقتل خمسة عناصر من قوات النظام في هجوم على حاجز عسكري.',
    expect: [{ marker: 'خمسة عناصر', source: 'المرصد السوري' }] },
  { text: 'وبحسب المرصد، فإن حصيلة القتلى مرشحة للارتفاع بسبب وجود جرحى في حالات خطرة.',
    expect: [{ marker: 'حصيلة القتلى', source: 'المرصد' }] },
  { text: 'سيطرت قوات المعارضة على ثلاث قرى في ريف حماة الشمالي بعد معارك عنيفة.',
    expect: [{ marker: 'ثلاث قرى', source: null }] },
  // Egypt
  { text: 'وأكد المتحدث باسم مجلس الوزراء المصري أن الدولة لن ترفع أسعار الخبز المدعم.',
    expect: [{ marker: 'أسعار الخبز', source: 'المتحدث باسم مجلس الوزراء' }] },
  { text: 'وأوضح الجهاز المركزي للتعبئة العامة والإحصاء أن معدل التضخم السنوي تراجع إلى 25 في المئة.',
    expect: [{ marker: 'معدل التضخم', source: 'الجهاز المركزي للتعبئة العامة والإحصاء' }] },
  { text: 'ويقول اقتصاديون إن خفض قيمة الجنيه سيزيد الضغوط على الطبقة الوسطى.',
    expect: [{ marker: 'خفض قيمة الجنيه', source: 'اقتصاديون', kind: 'generic' }] },
  { text: 'وتراجع سعر الدولار أمام الجنيه في البنوك المصرية خلال تعاملات الأربعاء.',
    expect: [{ marker: 'سعر الدولار', source: null }] },
  // Gulf
  { text: 'وأعلنت وزارة الصحة السعودية تسجيل 12 إصابة جديدة بفيروس كورونا.',
    expect: [{ marker: '12 إصابة', source: 'وزارة الصحة السعودية' }] },
  { text: 'وقالت وكالة أنباء الإمارات (وام) إن الرئيس الإماراتي بحث مع نظيره الفرنسي تطورات الأوضاع في المنطقة.',
    expect: [{ marker: 'بحث مع نظيره', source: 'وكالة أنباء الإمارات' }] },
  { text: 'وذكرت وكالة الأنباء القطرية (قنا) أن أمير قطر تلقى اتصالا هاتفيا من الرئيس الأمريكي.',
    expect: [{ marker: 'اتصالا هاتفيا', source: 'وكالة الأنباء القطرية' }] },
  { text: 'وصرح مصدر مسؤول في وزارة الخارجية بأن المملكة تتابع بقلق بالغ التطورات في السودان.',
    expect: [{ marker: 'بقلق بالغ', source: 'مصدر مسؤول', kind: 'anonymous' }] },
  // Lebanon
  { text: 'وأشار رئيس الحكومة اللبنانية نجيب ميقاتي إلى أن لبنان ملتزم بتطبيق القرار 1701.',
    expect: [{ marker: 'ملتزم بتطبيق', source: 'نجيب ميقاتي' }] },
  { text: 'وأفادت الوكالة الوطنية للإعلام بأن مسيرة إسرائيلية استهدفت سيارة على طريق الناقورة.',
    expect: [{ marker: 'استهدفت سيارة', source: 'الوكالة الوطنية للإعلام' }] },
  { text: '"لن نسمح بجر لبنان إلى الحرب"، قال رئيس مجلس النواب نبيه بري في تصريح مقتضب.',
    expect: [{ marker: 'بجر لبنان', source: 'نبيه بري', quote: true }] },
  // Maghreb
  { text: 'وأفاد بلاغ للمديرية العامة للأمن الوطني بأن عناصر الشرطة أوقفت شخصين يشتبه في تورطهما في السرقة.',
    expect: [{ marker: 'أوقفت شخصين', source: 'بلاغ' }] },
  { text: 'وحسب وكالة الأنباء الجزائرية، فإن الرئيس تبون سيترأس اجتماعا لمجلس الوزراء الأحد.',
    expect: [{ marker: 'سيترأس اجتماعا', source: 'وكالة الأنباء الجزائرية' }] },
  { text: 'وأورد المصدر ذاته أن الأبحاث ما تزال جارية لتوقيف باقي المتورطين.',
    expect: [{ marker: 'الأبحاث ما تزال', source: 'المصدر' }] },
  { text: 'وشهدت مدن تونسية عدة مسيرات احتجاجية تطالب بالإفراج عن المعتقلين.',
    expect: [{ marker: 'مسيرات احتجاجية', source: null }] },
  // Yemen
  { text: 'وقالت جماعة الحوثي في بيان إنها استهدفت سفينة تجارية في البحر الأحمر بصاروخ باليستي.',
    expect: [{ marker: 'سفينة تجارية', source: 'جماعة الحوثي' }] },
  { text: 'وذكرت مصادر محلية لـ"المصدر أونلاين" أن اشتباكات عنيفة دارت في جبهات تعز.',
    expect: [{ marker: 'اشتباكات عنيفة', source: 'مصادر محلية', kind: 'anonymous' }] },
  { text: 'ووفقا للأمم المتحدة، يحتاج أكثر من 18 مليون يمني إلى مساعدات إنسانية.',
    expect: [{ marker: '18 مليون', source: 'الأمم المتحدة' }] },
  // Palestine
  { text: 'وقالت وزارة الصحة في قطاع غزة إن حصيلة الشهداء ارتفعت إلى 40 ألفا.',
    expect: [{ marker: 'حصيلة الشهداء', source: 'وزارة الصحة' }] },
  { text: 'وأعلن الجيش الإسرائيلي مقتل جنديين في معارك بشمال القطاع.',
    expect: [{ marker: 'مقتل جنديين', source: 'الجيش الإسرائيلي' }] },
  { text: 'واقتحم مستوطنون باحات المسجد الأقصى صباح اليوم بحماية شرطة الاحتلال.',
    expect: [{ marker: 'باحات المسجد', source: null }] },
  { text: 'وأوضح الهلال الأحمر الفلسطيني أن طواقمه نقلت 15 إصابة إلى المستشفيات، مشيرا إلى أن قوات الاحتلال أعاقت عمل المسعفين.',
    expect: [{ marker: '15 إصابة', source: 'الهلال الأحمر' }, { marker: 'أعاقت عمل', source: 'الهلال الأحمر' }] },
  // Iraq
  { text: 'وقال مصدر أمني عراقي لرويترز إن صاروخين سقطا قرب قاعدة عين الأسد.',
    expect: [{ marker: 'صاروخين سقطا', source: 'مصدر أمني', kind: 'anonymous' }] },
  { text: 'وكشف عضو لجنة الأمن والدفاع النيابية عن وجود خطة لإعادة انتشار القوات في كركوك.',
    expect: [{ marker: 'خطة لإعادة', source: 'عضو لجنة الأمن والدفاع' }] },
  // Agencies and chains
  { text: 'ونقلت رويترز عن ثلاثة مصادر مطلعة أن أوبك+ تدرس تمديد خفض الإنتاج.',
    expect: [{ marker: 'تمديد خفض', source: 'رويترز', via: 'مصادر' }] },
  { text: 'وذكرت وكالة فرانس برس نقلا عن مصدر دبلوماسي أن الاجتماع تأجل إلى موعد غير محدد.',
    expect: [{ marker: 'الاجتماع تأجل', source: 'فرانس برس', via: 'مصدر دبلوماسي' }] },
  { text: 'وبحسب مصادر الجزيرة، فإن الوفد المصري سيصل إلى الدوحة غدا.',
    expect: [{ marker: 'الوفد المصري', source: 'الجزيرة', via: 'مصادر' }] },
  { text: 'وقال مسؤولون أمريكيون، طلبوا عدم الكشف عن هويتهم، إن واشنطن أرسلت حاملة طائرات ثانية.',
    expect: [{ marker: 'حاملة طائرات', source: 'مسؤولون أمريكيون', kind: 'anonymous' }] },
  // Continuation and pronoun subjects
  { text: 'وقال وزير الخارجية الأردني أيمن الصفدي إن المنطقة على حافة الهاوية. وأضاف أن المجتمع الدولي مطالب بالتحرك فورا.',
    expect: [{ marker: 'حافة الهاوية', source: 'أيمن الصفدي' }, { marker: 'مطالب بالتحرك', source: 'أيمن الصفدي' }] },
  { text: 'وأكدت الخارجية المصرية رفضها للتهجير القسري. وتابعت: "لن نقبل بتصفية القضية الفلسطينية".',
    expect: [{ marker: 'بتصفية القضية', source: 'الخارجية المصرية', quote: true }] },
  // Post-posed cues
  { text: 'وارتفع عدد النازحين إلى نحو مليون شخص، بحسب مفوضية اللاجئين.',
    expect: [{ marker: 'عدد النازحين', source: 'مفوضية اللاجئين' }] },
  { text: 'وسجلت البلاد 300 حالة وفاة خلال أسبوع، وفقا لأرقام وزارة الصحة.',
    expect: [{ marker: '300 حالة', source: 'وزارة الصحة' }] },
  { text: 'وتم تدمير أكثر من 60 في المئة من المباني، حسبما أعلنت الأمم المتحدة.',
    expect: [{ marker: '60 في المئة', source: 'الأمم المتحدة' }] },
  // Quotes
  { text: 'وقال الرئيس الفرنسي إيمانويل ماكرون: «يجب أن يتوقف إطلاق النار الآن».',
    expect: [{ marker: 'يتوقف إطلاق', source: 'ماكرون', quote: true }] },
  { text: '«الوضع الإنساني كارثي»، قالت المديرة التنفيذية لليونيسف كاثرين راسل.',
    expect: [{ marker: 'الوضع الإنساني', source: 'كاثرين راسل', quote: true }] },
  // SVO
  { text: 'المتحدث باسم الخارجية الأمريكية ماثيو ميلر قال إن واشنطن تعمل على خفض التصعيد.',
    expect: [{ marker: 'خفض التصعيد', source: 'ماثيو ميلر' }] },
  { text: 'وكانت صحيفة نيويورك تايمز قد ذكرت أن الإدارة تدرس خيارات عسكرية.',
    expect: [{ marker: 'خيارات عسكرية', source: 'نيويورك تايمز' }] },
  // Non-attribution uses of cue words
  { text: 'وتجري الانتخابات وفق القانون الانتخابي الجديد الذي أقره البرلمان.',
    expect: [{ marker: 'وتجري الانتخابات', source: null }] },
  { text: 'ووزعت المساعدات حسب الحاجة على الأسر المتضررة.',
    expect: [{ marker: 'ووزعت المساعدات', source: null }] },
  { text: 'وعقد اجتماع بين الوفدين في القاهرة لبحث ملف الأسرى.',
    expect: [{ marker: 'ملف الأسرى', source: null }] },
  // Generic sources
  { text: 'ويرى خبراء أن الاتفاق قد ينهار في أي لحظة.',
    expect: [{ marker: 'الاتفاق قد ينهار', source: 'خبراء', kind: 'generic' }] },
  { text: 'ويعتقد الإسرائيليون أن الحرب ستطول.',
    expect: [{ marker: 'الحرب ستطول', source: null }] },
  // A newspaper named in quotes before نقل عن: the chain goes on after the closing mark.
  { text: 'ونقلت صحيفة "القبس" عن مصادر نيابية أن اللجنة المالية ستناقش الميزانية يوم الأحد.',
    expect: [{ marker: 'اللجنة المالية', source: 'القبس' }] },
  { text: 'ونقلت صحيفة «الشروق» عن مسؤول في الوزارة قوله إن الأسعار لن ترتفع قبل نهاية العام.',
    expect: [{ marker: 'الأسعار لن ترتفع', source: 'الشروق' }] },
  // A quoted word at the head of a longer claim: the claim is the whole clause.
  { text: 'وذكرت الوكالة عن مصدر ميداني أن "عناصر مجهولة" أطلقوا النار على دورية للشرطة في المدينة.',
    expect: [{ marker: 'أطلقوا النار', source: 'الوكالة' }, { marker: 'عناصر مجهولة', source: 'الوكالة' }] },
  // أما X فـVERB: the topic is the speaker, not the previous one.
  { text: 'وقال وزير الطاقة إن الإنتاج سيرتفع. أما رئيس النقابة سمير الشامي فاعتبر أن الخطة لن تخفض الأسعار.',
    expect: [{ marker: 'الإنتاج سيرتفع', source: 'وزير الطاقة' }, { marker: 'الخطة لن تخفض', source: 'رئيس النقابة' }] },

  // والي (a governor), not و + إلى.
  { text: 'وقال والي ولاية الجزائر محمد عبد النور رابحي، في تصريح للصحافة، إن أشغال الترامواي ستنتهي الصيف المقبل.',
    expect: [{ marker: 'أشغال الترامواي', source: 'والي ولاية الجزائر' }] },
  // A dateline before the main clause; the circumstantial verb speaks for the main clause's subject.
  { text: 'تونس (وات) - قرر البنك المركزي التونسي، الثلاثاء، الإبقاء على نسبة الفائدة، مبرزاً أن الضغوط التضخمية تراجعت.',
    expect: [{ marker: 'الضغوط التضخمية', source: 'البنك المركزي التونسي' }] },
  { text: 'بيروت - رفضت نقابة المعلمين قرار الوزارة، مؤكدة أن الرواتب لم تعد تكفي لتغطية النقل.',
    expect: [{ marker: 'الرواتب لم تعد', source: 'نقابة المعلمين' }] },

  // A phrase still describing the source, then "، فإن": the claim starts after فإن.
  { text: 'وبحسب دراسة لجامعة القاهرة نشرت الشهر الماضي، فإن ثلث الأسر تنفق نصف دخلها على الغذاء.',
    expect: [{ marker: 'ثلث الأسر', source: 'جامعة القاهرة' }] },

  // A post-posed cue's claim does not take in the dateline.
  { text: 'بيروت (الوكالة الوطنية) - افتتح وزير الأشغال المرفأ الجديد، بحسب ما أعلنته الوزارة في بيان.',
    expect: [{ marker: 'افتتح وزير الأشغال', source: 'الوزارة' }] },

  // A quotation inside the claim keeps its closing mark.
  { text: 'وتؤكد الحكومة أن الوضع "تحت السيطرة" رغم الاحتجاجات.',
    expect: [{ marker: 'تحت السيطرة', source: 'الحكومة' }] },

  // "وفق ما أفاد به X": the pronoun after the verb is not part of the source.
  { text: 'وقتل ثلاثة أشخاص في انهيار مبنى قديم وسط المدينة، وفق ما أفاد به الدفاع المدني.',
    expect: [{ marker: 'انهيار مبنى', source: 'الدفاع المدني' }] },

  // "لكنه/لكنها + verb": the pronoun is the speaker of the clause before, not a source phrase.
  { text: 'من جانبها، أشادت وزيرة البيئة سلمى الحداد بالخطة الجديدة، لكنها حذرت من أن نقص التمويل قد يؤخر تنفيذها.',
    expect: [{ marker: 'نقص التمويل', source: 'سلمى الحداد' }] },
  { text: 'ورحب رئيس الاتحاد كريم المنصوري بقرار الحكومة، لكنه أكد أن النقابات لن توقف احتجاجاتها قبل صرف الأجور.',
    expect: [{ marker: 'النقابات لن توقف', source: 'كريم المنصوري' }] },
  // A quotation that closes a bare object is the object's tail, not the whole claim.
  { text: 'ونفى وزير الاقتصاد وجود أي نية لرفع أسعار الوقود "في المدى المنظور".',
    expect: [{ marker: 'نية لرفع', source: 'وزير الاقتصاد' }, { marker: 'المدى المنظور', source: 'وزير الاقتصاد' }] },
  { text: 'ونفت المتحدثة باسم الشركة، في تصريحات لإذاعة "مونت كارلو الدولية"، صحة الأنباء عن إغلاق المصنع "بشكل نهائي".',
    expect: [{ marker: 'الأنباء عن إغلاق', source: 'المتحدثة باسم الشركة' }] },

  // Undiacritized forms that are also common words: بين "between", مؤكدة "confirmed".
  { text: 'وتولى الرجل رئاسة الاتحاد بين عامي 2010 و2016، قبل أن ينتخب خلفه بالإجماع.',
    expect: [{ marker: 'ينتخب خلفه', source: null }] },
  { text: 'وتوزعت المقاعد بين الحزبين الكبيرين والمستقلين، على أن تعلن النتائج النهائية غدا.',
    expect: [{ marker: 'تعلن النتائج', source: null }] },
  { text: 'وبيّن التقرير السنوي للهيئة أن الصادرات تراجعت بنسبة كبيرة.',
    expect: [{ marker: 'الصادرات تراجعت', source: 'التقرير السنوي' }] },
  { text: 'وبين وزير الزراعة أن الموسم الزراعي تأخر بسبب الجفاف.',
    expect: [{ marker: 'الموسم الزراعي', source: 'وزير الزراعة' }] },
  { text: 'ورصدت السلطات الصحية 30 حالة مؤكدة بالحصبة في المحافظة خلال الأسبوع الماضي.',
    expect: [{ marker: 'بالحصبة في المحافظة', source: null }] },
  { text: 'وتداولت مواقع التواصل معلومات غير مؤكدة عن استقالة المدير.',
    expect: [{ marker: 'عن استقالة المدير', source: null }] },
  { text: 'ورحبت الوزيرة بالاتفاق، مؤكدة أن التنفيذ سيبدأ الشهر المقبل.',
    expect: [{ marker: 'التنفيذ سيبدأ', source: 'الوزيرة' }] },
  // A second that-clause joined to a quoted one: the same speaker's.
  { text: 'ونقلت وكالة الأنباء الأردنية عن وزير الزراعة قوله إن "المحصول جيد"، وإن الصادرات سترتفع في الربيع.',
    expect: [{ marker: 'المحصول جيد', source: 'وكالة الأنباء الأردنية' }, { marker: 'الصادرات سترتفع', source: 'وكالة الأنباء الأردنية' }] },
  { text: 'وقالت الوزيرة إن "الخطة جاهزة" وأن التنفيذ يبدأ غدا.',
    expect: [{ marker: 'التنفيذ يبدأ', source: 'الوزيرة' }] },
  // A verb of fear with its that-clause: the fear is the subject's claim.
  { text: 'ويخشى مزارعون في الجنوب أن يقضي الجفاف على موسم القمح.',
    expect: [{ marker: 'يقضي الجفاف', source: 'مزارعون' }] },
  // وفقاً لبرنامج …: a programme is no source (وفقاً لبرنامج زمني) unless it names a body.
  { text: 'ويواجه نحو ثلاثة ملايين شخص انعدام الأمن الغذائي، وفقاً لبرنامج الأغذية العالمي.',
    expect: [{ marker: 'انعدام الأمن الغذائي', source: 'برنامج الأغذية العالمي' }] },
  { text: 'وتعد المنطقة، التي تضم أكبر غابات القارة، من أكثر المناطق تضرراً، وفقاً لبرنامج الأمم المتحدة للبيئة.',
    expect: [{ marker: 'أكبر غابات القارة', source: 'برنامج الأمم المتحدة للبيئة' }] },
  { text: 'وتنفذ المرحلة الثانية من المشروع وفقاً لبرنامج زمني محدد.',
    expect: [{ marker: 'المرحلة الثانية', source: null }] },
  // A statement noun that begins with the preposition's letter (بيان، بلاغ) is still one: the source is its author.
  { text: 'وارتفعت أسعار الخبز بنسبة كبيرة، بحسب بيان صادر عن الغرفة التجارية.',
    expect: [{ marker: 'أسعار الخبز', source: 'الغرفة التجارية' }] },
  // A representative's post and place run on to the name: the name is the source.
  { text: 'وحذرت الممثلة الخاصة للأمم المتحدة في العراق جانين بلاسخارت من أن الوضع يتدهور.',
    expect: [{ marker: 'الوضع يتدهور', source: 'بلاسخارت' }] },
  // Calls, demands and feelings report speech when what they introduce is quoted; a plain call is the narrator's.
  { text: 'ودعا رئيس الوزراء الأردني إلى «ضبط النفس» على الحدود الشمالية.',
    expect: [{ marker: 'ضبط النفس', source: 'رئيس الوزراء' }] },
  { text: 'وطالبت نقابة الصحفيين بـ"الإفراج الفوري عن الزملاء المعتقلين".',
    expect: [{ marker: 'الإفراج الفوري', source: 'نقابة الصحفيين' }] },
  { text: 'وأعرب الاتحاد الأوروبي عن قلقه من «تدهور الأوضاع الإنسانية» في المدينة.',
    expect: [{ marker: 'تدهور الأوضاع', source: 'الاتحاد الأوروبي' }] },
  { text: 'ودعت البلدية السكان إلى ترشيد استهلاك المياه خلال الصيف.',
    expect: [{ marker: 'ترشيد استهلاك', source: null }] },
];

for (const c of SENTENCES) {
  test(`attribution: ${c.text.slice(0, 60)}`, () => {
    const atts = attributionsOf(c.text);
    const misses = c.expect.map((e) => [e.marker, judge(c.text, atts, e)]).filter(([, why]) => why !== null);
    assert.deepEqual(misses, []);
  });
}

test('a claim that holds a quotation ends with its closing mark; a claim that is the quotation leaves both out', async () => {
  const { analyze } = await import('../../server/src/analysis/analyze');
  const claim = (text: string) => analyze(text, {}).attributions.map((a) => text.slice(a.claim.start, a.claim.end));
  assert.deepEqual(claim('وتؤكد الحكومة أن الوضع "تحت السيطرة".'), ['الوضع "تحت السيطرة"']);
  assert.deepEqual(claim('وقال الوزير: "الوضع تحت السيطرة".'), ['الوضع تحت السيطرة']);
});

test('in a sentence with no end mark, a claim stops after at most 400 tokens (a one-line document stays linear)', async () => {
  const { analyze } = await import('../../server/src/analysis/analyze');
  const text = 'وقال الوزير إن ' + 'الحكومة تدرس الخطة و'.repeat(300) + 'الأمور بخير';
  const a = analyze(text, {});
  assert.equal(a.attributions.length, 1);
  const claim = text.slice(a.attributions[0].claim.start, a.attributions[0].claim.end);
  assert.ok(claim.split(/\s+/).length <= 400, `${claim.split(/\s+/).length} words`);
  assert.ok(claim.startsWith('الحكومة تدرس الخطة'));
});
