// English names for institutions found by their description (institutions.ts): the Arabic phrase is
// read as noun groups — a noun and its adjectives — joined by construct (of), لل (for) and و (and),
// and each word is looked up in a small vocabulary of the words bodies are named with. English puts
// adjectives before their noun and a place or country before the whole:
//   المحكمة الإدارية العليا        → Supreme Administrative Court
//   لجنة الشؤون الاقتصادية        → Committee of Economic Affairs
//   الجهاز المركزي للتعبئة العامة والإحصاء → Central Agency for Public Mobilization and Statistics
//   هيئة قناة السويس               → Suez Canal Authority      (a place in construct)
//   وزارة الصحة العمانية          → Omani Ministry of Health  (a gentilic)
// One word the vocabulary does not know and there is no English name at all: a half-translated name
// is worse than none.
import { normalizeWord } from '../normalize';

/** A word of the institution's phrase, or a country / place the KB read there. */
export type NamePart =
  | { kind: 'word'; norm: string }
  | { kind: 'country'; demonym: string }
  | { kind: 'place'; en: string };

/** Noun, adjective, or the verbal noun of a task (its object follows it without "of"). */
type Pos = 'n' | 'a' | 't';

/** Arabic word (without article) → English and part of speech. Nouns first, then adjectives. */
const VOCABULARY = new Map<string, { en: string; pos: Pos }>();
{
  const add = (pos: Pos, list: string) => {
    for (const line of list.split('\n')) {
      const [ar, en] = line.split('=').map((s) => s.trim());
      if (ar && en) for (const w of ar.split('/')) VOCABULARY.set(normalizeWord(w), { en, pos });
    }
  };
  add('n', `
    مجلس = Council
    لجنة = Committee
    نقابة = Syndicate
    هيئة = Authority
    محكمة = Court
    مفوضية = Commission
    سلطة = Authority
    جمعية = Association
    رابطة = League
    اتحاد = Union
    منظمة = Organization
    حزب = Party
    جبهة = Front
    بعثة = Mission
    معهد = Institute
    جامعة = University
    مؤسسة = Foundation
    شركة = Company
    مصرف/بنك = Bank
    وكالة = Agency
    أمانة = Secretariat
    ديوان = Bureau
    جيش = Army
    جهاز = Agency
    مندوبية = Commission
    حكومة = Government
    برلمان = Parliament
    مركز = Centre
    وحدة = Unit
    صندوق = Fund
    بورصة = Stock Exchange
    بلدية = Municipality
    وزارة = Ministry
    مكتب = Office
    إدارة = Administration
    مديرية = Directorate
    دائرة = Department
    غرفة = Chamber
    نيابة = Prosecution
    شرطة = Police
    قوات = Forces
    مصلحة = Service
    الشؤون = Affairs
    شؤون = Affairs
    النواب = Representatives
    الشيوخ = Senate
    الشعب = People
    الأمة = Nation
    الوزراء = Ministers
    الشورى = Shura
    الأعيان = Notables
    الدولة = State
    القضاء = Judiciary
    العدل = Justice
    الدستور = Constitution
    الانتخابات = Elections
    الإحصاء = Statistics
    الإحصاءات = Statistics
    التعبئة = Mobilization
    التخطيط = Planning
    التنمية = Development
    الاستثمار = Investment
    الاستثمارات = Investments
    المال = Finance
    المالية = Finance
    الموازنة = Budget
    النقد = Monetary
    الأنباء = News
    الإعلام = Media
    الصحافة = Press
    الصحفيين = Journalists
    المحامين = Lawyers
    المهندسين = Engineers
    الأطباء = Doctors
    المعلمين = Teachers
    العمال = Workers
    الشغل = Labour
    العمل = Labour
    الصحة = Health
    التعليم = Education
    التربية = Education
    البحث = Research
    البحوث = Research
    الدراسات = Studies
    العلوم = Sciences
    الثقافة = Culture
    السياحة = Tourism
    الطاقة = Energy
    النفط = Oil
    البترول = Petroleum
    الغاز = Gas
    الكهرباء = Electricity
    المياه = Water
    الزراعة = Agriculture
    الأغذية = Food
    الغذاء = Food
    البيئة = Environment
    المناخ = Climate
    الأرصاد = Meteorology
    الطيران = Aviation
    النقل = Transport
    الاتصالات = Communications
    التجارة = Trade
    الصناعة = Industry
    الاقتصاد = Economy
    الضرائب = Taxes
    الجمارك = Customs
    الأسعار = Prices
    المنافسة = Competition
    المستهلك = Consumer
    حقوق = Rights
    الحقوق = Rights
    الإنسان = Human
    الحريات = Freedoms
    المرأة = Women
    الطفولة = Childhood
    الأطفال = Children
    الشباب = Youth
    الرياضة = Sports
    القدم = Football
    كرة = Ball
    الهجرة = Migration
    اللاجئين = Refugees
    السكان = Population
    الإسكان = Housing
    الأوقاف = Endowments
    الدفاع = Defence
    الأمن = Security
    الداخلية = Interior
    الخارجية = Foreign Affairs
    الفساد = Corruption
    الإرهاب = Terrorism
    الجرائم = Crimes
    الجريمة = Crime
    المخدرات = Narcotics
    الأمراض = Diseases
    الأوبئة = Epidemics
    الأدوية = Medicines
    الدواء = Medicine
    السياسة = Policy
    التحرير = Liberation
    العدالة = Justice
    الحرية = Freedom
    السلام = Peace
    الوحدة = Unity
    الإصلاح = Reform
    التقدم = Progress
    الحركة = Movement
    الشركات = Companies
    المصارف = Banks
    البنوك = Banks
    السياسات = Policies
    العمليات = Operations
    الأركان = Staff
    الحقائق = Facts
    الأوراق = Securities
    السوق = Market
    الأسواق = Markets
    الاستئناف = Appeal
    التمييز = Cassation
    النقض = Cassation
    الجنايات = Criminal
    الحسابات = Audit
    الرقابة = Oversight
    المحاسبة = Audit
    النزاهة = Integrity
    الإغاثة = Relief
    الهلال = Crescent
    الصليب = Cross
    الإنقاذ = Rescue
    الطوارئ = Emergency
    الكوارث = Disasters
    الإعمار = Reconstruction
    المطارات = Airports
    الموانئ = Ports
    قناة = Canal
  `);
  // Verbal nouns of a body's task (هيئة مكافحة الفساد → Authority for Combating Corruption).
  add('t', `
    مكافحة = Combating
    حماية = Protection of
    رعاية = Care of
    تنظيم = Regulation of
    تنمية = Development of
    تنشيط = Promotion of
    تقصي = Finding
    مراقبة = Monitoring
    دعم = Support of
    تشجيع = Promotion of
  `);
  add('a', `
    الأعلى/العليا = Supreme
    السامي/السامية = High
    المستقل/المستقلة = Independent
    العام/العامة = General
    المركزي/المركزية = Central
    الموحد/الموحدة = Unified
    المتحدة = United
    الخاصة = Special
    الدائمة = Permanent
    المشتركة = Joint
    الوطني/الوطنية = National
    الدولي/الدولية = International
    الإقليمي/الإقليمية = Regional
    الاتحادي/الاتحادية = Federal
    الدستوري/الدستورية = Constitutional
    الإداري/الإدارية = Administrative
    الجنائي/الجنائية = Criminal
    الجزائي/الجزائية = Criminal
    المدني/المدنية = Civil
    العسكري/العسكرية = Military
    الشرعي/الشرعية = Sharia
    الاقتصادي/الاقتصادية = Economic
    الاجتماعي/الاجتماعية = Social
    المالي/المالية = Financial
    النقدي/النقدية = Monetary
    السياسي/السياسية = Political
    التشريعي/التشريعية = Legislative
    النيابي/النيابية = Parliamentary
    البرلماني/البرلمانية = Parliamentary
    القضائي/القضائية = Judicial
    الأمني/الأمنية = Security
    الصحي/الصحية = Health
    الطبي/الطبية = Medical
    العلمي/العلمية = Scientific
    الإسلامي/الإسلامية = Islamic
    العربي/العربية = Arab
    الخارجي/الخارجية = Foreign
    الداخلي/الداخلية = Internal
    الشعبي/الشعبية = Popular
    الديمقراطي/الديمقراطية = Democratic
    المعدي/المعدية = Communicable
    الإنساني/الإنسانية = Humanitarian
    الإنسان = Human
    الإلكتروني/الإلكترونية = Electronic
    المائي/المائية = Water
    الزراعي/الزراعية = Agricultural
    الصناعي/الصناعية = Industrial
    التجاري/التجارية = Commercial
    العقاري/العقارية = Real Estate
    الإسكاني/الإسكانية = Housing
    الرياضي/الرياضية = Sports
    الأولمبي/الأولمبية = Olympic
    الإحصائي/الإحصائية = Statistical
    الرسمي/الرسمية = Official
  `);
}

/** The word without its article, لل or و (والإحصاء → الإحصاء): the vocabulary's key and the joint. */
function split(norm: string): { key: string; joint: '' | 'of' | 'for' | 'and' } {
  if (norm.startsWith('لل') && norm.length > 4) return { key: 'ال' + norm.slice(2), joint: 'for' };
  if (norm.startsWith('وال') && norm.length > 4) return { key: norm.slice(1), joint: 'and' };
  return { key: norm, joint: '' };
}

function lookup(key: string): { en: string; pos: Pos } | undefined {
  return VOCABULARY.get(key) ?? (key.startsWith('ال') ? VOCABULARY.get(key.slice(2)) : VOCABULARY.get('ال' + key));
}

interface Group { noun: string; adjectives: string[]; joint: 'of' | 'for' | 'and' | ''; task?: boolean }

/** The English name of an institution from its parts, or null when a word is not in the vocabulary. */
export function institutionEnglish(parts: readonly NamePart[]): string | null {
  const groups: Group[] = [];
  let demonym = '';
  let place = '';
  for (const part of parts) {
    if (part.kind === 'country') { demonym ||= part.demonym; continue; }
    if (part.kind === 'place') {
      // جامعة القاهرة، هيئة قناة السويس: the place comes first in English (Cairo University).
      if (groups.length === 1 && !place) { place = part.en; continue; }
      groups.push({ noun: part.en, adjectives: [], joint: groups.length ? 'of' : '' });
      continue;
    }
    const { key, joint } = split(part.norm);
    const entry = lookup(key);
    if (!entry) return null;
    const last = groups[groups.length - 1];
    if (entry.pos === 'a' && last && (!joint || joint === 'and')) {
      // العام/العامة: the General Union, but Public Mobilization, Public Health in a complement.
      last.adjectives.push(entry.en === 'General' && groups.length > 1 ? 'Public' : entry.en);
      continue;
    }
    const afterTask = last?.task === true && !joint;
    groups.push({ noun: entry.en, adjectives: [], joint: !groups.length ? '' : entry.pos === 't' ? 'for' : afterTask ? '' : joint || 'of', task: entry.pos === 't' });
  }
  // الوكالة الموريتانية للأنباء: a bare one-word لل complement is a compound in English (News Agency).
  if (groups.length === 2 && groups[1].joint === 'for' && !groups[1].adjectives.length && !groups[1].task) {
    const [head, what] = groups;
    groups.splice(0, 2, { noun: `${what.noun} ${head.noun}`, adjectives: head.adjectives, joint: '' });
  }
  if (!groups.length) return null;
  const words: string[] = [];
  groups.forEach((g, i) => {
    if (i > 0 && g.joint) words.push(g.joint);
    words.push(...[...g.adjectives].reverse(), g.noun);
  });
  let en = words.join(' ');
  if (place) en = `${place} ${en}`;
  if (demonym) en = `${demonym} ${en}`;
  return en;
}
