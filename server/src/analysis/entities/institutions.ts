// Institutions named by their description, as Arabic news names most of them: a head noun (مجلس،
// لجنة، محكمة، هيئة …) made a name by what follows it —
//   definite head + adjectives:   المحكمة الدستورية، الجيش الوطني الشعبي، اللجنة المالية النيابية
//   construct head + a definite noun: مجلس النواب، نقابة الصحفيين، حكومة الوحدة الوطنية
// either one optionally closed by a لل- complement and coordinated nouns (المندوبية السامية
// للتخطيط، الجهاز المركزي للتعبئة العامة والإحصاء، لجنة المال والموازنة). Neither the knowledge
// base nor the tagger knows most of them; they run after both and only over words left free.
// Adjectives that describe a moment rather than name a body (الحكومة الحالية، اللجنة الثانية) do
// not count, and a head after a demonstrative (هذه اللجنة الفنية) is a reference, not a name.
import { Token } from '../tokenize';
import { wordSet as words } from './lexicon';

/** Heads that name a body with adjectives after their article (المحكمة الدستورية). */
const DEFINITE_HEADS = words(`مجلس لجنة نقابة هيئة محكمة مفوضية سلطة جمعية رابطة اتحاد منظمة حزب جبهة بعثة معهد
  جامعة مؤسسة شركة مصرف بنك وكالة أمانة ديوان جيش جهاز مندوبية حكومة برلمان مركز وحدة`);
/** Heads that name a body by the noun they are construct with (مجلس النواب): the same but بنك، جهاز،
 * برلمان (بنك الطعام، جهاز الهاتف). Neither list has حركة: الحركة الاقتصادية and حركة المرور are
 * activity and traffic far more often than a movement. */
const DEFINITE_ONLY = words('بنك جهاز برلمان مركز وحدة');
/** Of those, the ones that are construct heads before a verbal noun of a task (مركز مكافحة الأمراض،
 * وحدة مكافحة الإرهاب) — not before a plain noun (مركز المدينة is a place, وحدة الصف a slogan). */
const TASK_HEADS = words('مركز وحدة جهاز');
const CONSTRUCT_HEADS = new Set([...DEFINITE_HEADS].filter((h) => !DEFINITE_ONLY.has(h)));
/** Adjectives of time, order or size: "the current government" is not a name; nor is "official"
 * (الوكالة الموريتانية للأنباء الرسمية: the state agency, described). */
const NOT_NAMING = words(`الحالي الحالية السابق السابقة الجديد الجديدة المقبل المقبلة الماضي الماضية القادم القادمة
  الأول الأولى الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة الأخير الأخيرة التالي التالية المحلي المحلية
  الكبير الكبيرة الصغير الصغيرة المعنية المعني المذكورة المذكور نفسه نفسها ذاتها ذاته المؤقتة المؤقت الموسعة المصغرة
  الفني الفنية الرسمي الرسمية`);
/** Adjectives that name without a nisba ending (المندوبية السامية، المجلس الأعلى، السلطة المستقلة). */
const NAMING_ADJECTIVES = words(`الأعلى العليا السامي السامية المستقل المستقلة العام العامة المركزي المركزية الموحد الموحدة
  المتحدة الخاصة الدائمة المشتركة`);
const DEMONSTRATIVES = words('هذا هذه ذلك تلك هذان هاتان هؤلاء');
/** Heads that make a body of the place they are construct with (جامعة القاهرة، بورصة البحرين، بلدية
 * طرابلس, بنك المغرب). Not محافظة، ولاية، مدينة …: those name the place itself. */
const PLACE_HEADS = words('جامعة بنك مصرف بورصة بلدية محكمة هيئة مؤسسة شركة صندوق');

function isDefinite(w: string): boolean {
  return w.startsWith('ال') && w.length > 3;
}

/** A definite adjective that can be part of a body's name. */
function namingAdjective(w: string): boolean {
  if (!isDefinite(w) || NOT_NAMING.has(w)) return false;
  return NAMING_ADJECTIVES.has(w) || w.endsWith('ي') || w.endsWith('يه');
}

/**
 * A verbal noun naming an activity (مكافحة، حماية، تنمية، تقصي، تنشيط): an indefinite word of the
 * shapes مُفاعَلة, تَفعيل/تَفعِلة, or a feminine noun in ة of four letters or more.
 */
function actionNoun(w: string): boolean {
  if (isDefinite(w) || w.length < 4 || NOT_NAMING.has(w)) return false;
  if (w.startsWith('م') && w[2] === 'ا' && w.endsWith('ه')) return true; // مكافحة، مراقبة، مساعدة
  if (w.startsWith('ت') && (w.length === 5 || w.endsWith('ه') || w.endsWith('ي'))) return true; // تنشيط، تنمية، تقصي
  return w.endsWith('يه') && w.length >= 5; // حماية، رعاية
}

/** Feminine by its ending (ة is ه once normalized; العليا is the feminine of الأعلى). */
function feminine(w: string): boolean {
  return w.endsWith('ه') || w === 'العليا';
}

export interface InstitutionContext {
  toks: readonly Token[];
  /** Clitic readings of token k (والمحكمة → المحكمة), the first being the word as written. */
  readings(k: number): readonly string[];
  /** Token k is already part of a mention. */
  taken(k: number): boolean;
  /** The end (exclusive) of a gentilic mention starting at token k (التونسي), else -1: it can be part of a name. */
  gentilicEnd?(k: number): number;
}

/**
 * A body named by a head and the place after it (جامعة القاهرة، صندوق أبوظبي للتنمية): given the end
 * (exclusive) of the place's mention starting at token i + 1, the end of the body and the reading
 * of its head; or null.
 */
export function placeInstitutionAt(c: InstitutionContext, i: number, placeEnd: number): { end: number; reading: string } | null {
  const { toks } = c;
  if (toks[i]?.kind !== 'word' || c.taken(i)) return null;
  if (i > 0 && toks[i - 1].kind === 'word' && DEMONSTRATIVES.has(toks[i - 1].norm)) return null;
  const reading = c.readings(i).find((r) => PLACE_HEADS.has(r));
  if (!reading) return null;
  // بنك أبوظبي التجاري، جامعة القاهرة المفتوحة: naming adjectives that agree with the head.
  let k = placeEnd;
  while (free(c, k) && namingAdjective(toks[k].norm) && feminine(toks[k].norm) === feminine(reading)) k++;
  // للتنمية، للأوراق المالية: a complement that names what the body does.
  for (let e = afterComplement(c, k); e > k; e = afterComplement(c, k)) k = e;
  return { end: k, reading };
}

/** Token k is a word no mention has taken. */
function free(c: InstitutionContext, k: number): boolean {
  return k < c.toks.length && c.toks[k].kind === 'word' && !c.taken(k);
}

/** After a لل- complement starting at k and its adjectives (للتعبئة العامة); k when there is none. */
function afterComplement(c: InstitutionContext, k: number): number {
  const w = free(c, k) ? c.toks[k].norm : '';
  if (!w.startsWith('لل') || w.length <= 4) return k;
  let e = k + 1;
  while (free(c, e) && namingAdjective(c.toks[e].norm)) e++;
  return e;
}

/** The institution named from token i: its end (exclusive) and the reading of its head; or null. */
export function institutionAt(c: InstitutionContext, i: number): { end: number; reading: string } | null {
  const { toks } = c;
  const word = (k: number) => free(c, k);
  if (!word(i)) return null;
  if (i > 0 && toks[i - 1].kind === 'word' && DEMONSTRATIVES.has(toks[i - 1].norm)) return null;
  let k = -1;
  let reading = '';
  for (const r of c.readings(i)) {
    reading = r;
    if (isDefinite(r) && DEFINITE_HEADS.has(r.slice(2))) {
      // المحكمة الدستورية: at least one adjective that names, agreeing with the head (in قدرات
      // الحزب العسكرية the adjective is قدرات's); a gentilic counts too (الاتحاد العام التونسي للشغل).
      const fem = feminine(r);
      let e = i + 1;
      for (;;) {
        if (word(e) && namingAdjective(toks[e].norm) && feminine(toks[e].norm) === fem) { e++; continue; }
        const g = c.gentilicEnd?.(e) ?? -1;
        if (g > e) { e = g; continue; }
        break;
      }
      if (e > i + 1) { k = e; break; }
    } else if ((CONSTRUCT_HEADS.has(r) || (TASK_HEADS.has(r) && actionNoun(toks[i + 1]?.norm ?? ''))) && word(i + 1)) {
      // مجلس النواب: a definite noun that is not an adjective of time or order.
      const n = toks[i + 1].norm;
      // هيئة مكافحة الفساد، لجنة حماية الصحفيين: a verbal noun of what the body does, then its object.
      // (not حكومة: حكومة تصريف الأعمال is a government's state, a caretaker one, not its name)
      const task = r !== 'حكومه' && actionNoun(n) && word(i + 2) && isDefinite(toks[i + 2].norm) && !NOT_NAMING.has(toks[i + 2].norm) ? 1 : 0;
      const d = toks[i + 1 + task].norm;
      if (isDefinite(d) && !NOT_NAMING.has(d)) {
        k = i + 2 + task;
        while (word(k) && namingAdjective(toks[k].norm)) k++;
        break;
      }
    }
  }
  if (k < 0) return null;
  // والتشريعية، والموازنة: coordinated nouns and adjectives; للتخطيط، للتعبئة العامة، لكرة القدم: a
  // complement; a gentilic after them (المحكمة الإدارية العليا المصرية).
  for (;;) {
    // …but a coordinated head (والاتحاد، والمجلس) begins a second body: مجلس النواب والاتحاد العام.
    if (word(k) && toks[k].norm.startsWith('وال') && toks[k].norm.length > 4 && !DEFINITE_HEADS.has(toks[k].norm.slice(3))) { k++; continue; }
    const g = c.gentilicEnd?.(k) ?? -1;
    if (g > k) { k = g; continue; }
    const w = word(k) ? toks[k].norm : '';
    if (w.length > 3 && w[0] === 'ل' && w[1] !== 'ل' && word(k + 1) && isDefinite(toks[k + 1].norm)) { k += 2; continue; }
    const e = afterComplement(c, k);
    if (e > k) { k = e; continue; }
    return { end: k, reading };
  }
}
