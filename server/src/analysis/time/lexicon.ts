// The time lexicon: one map from a normalized word to everything it can mean for time.
// Month and weekday names come from the platform's CLDR data (Intl) in every regional system the
// press uses; data/lexicon/time-*.json adds spelling variants and cue words.
import { normalizeWord } from '../normalize';
import months from '../../../../data/lexicon/time-months.json';
import words from '../../../../data/lexicon/time-words.json';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type DurUnit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'DE' | 'CE';
export type Marker = 'last' | 'next' | 'this';
export type PartMod = 'START' | 'MID' | 'END';
export type DayPart = 'MO' | 'MI' | 'AF' | 'EV' | 'NI';

export interface Entry {
  month?: number;
  /** A month that needs context (مارس is also a verb, اب also "father"). */
  ambiguousMonth?: boolean;
  /** First word of a two-word month (كانون الثاني): second word → month. */
  month2?: Record<string, number>;
  hmonth?: number;
  hmonth2?: Record<string, number>;
  weekday?: number;
  season?: Season;
  /** seasonDef: written with the article (الخريف). */
  seasonDef?: boolean;
  unit?: DurUnit;
  /** 1: singular, 2: dual, 'pl': plural. def: with the article (العام، الأيام). */
  unitCount?: 1 | 2 | 'pl';
  unitDef?: boolean;
  num?: number;
  ord?: number;
  hourOrd?: number;
  marker?: Marker;
  part?: PartMod;
  dayPart?: DayPart;
  approx?: 'APPROX' | 'MORE_THAN' | 'LESS_THAN';
  decade?: number;
  pastVerb?: boolean;
  futureCue?: boolean;
  /** Anything else: a keyword name. */
  kw?: string;
}

const LEX = new Map<string, Entry>();

function add(word: string, e: Entry): void {
  const k = normalizeWord(word.trim());
  if (!k) return;
  const cur = LEX.get(k);
  if (!cur) LEX.set(k, { ...e });
  else {
    for (const [key, v] of Object.entries(e)) {
      if (key === 'month2' || key === 'hmonth2') {
        const rec = (cur as Record<string, unknown>)[key] as Record<string, number> | undefined;
        (cur as Record<string, unknown>)[key] = { ...(rec ?? {}), ...(v as Record<string, number>) };
      } else if ((cur as Record<string, unknown>)[key] === undefined) (cur as Record<string, unknown>)[key] = v;
    }
  }
}

function normRecord(r: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(r)) out[normalizeWord(k)] = v;
  return out;
}

function intlMonths(locale: string, calendar?: string): string[] {
  try {
    const f = new Intl.DateTimeFormat(calendar ? `${locale}-u-ca-${calendar}` : locale, { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, m) => f.format(Date.UTC(2024, m, 15)));
  } catch {
    return [];
  }
}

function build(): void {
  const ambiguous = new Set(months.ambiguous.map(normalizeWord));
  const addMonth = (name: string, m: number) => {
    const parts = name.trim().split(/\s+/);
    if (parts.length === 2) {
      add(parts[0], { month2: { [normalizeWord(parts[1])]: m } });
    } else if (parts.length === 1) {
      const k = normalizeWord(parts[0]);
      add(k, { month: m, ambiguousMonth: ambiguous.has(k) || undefined });
    }
  };
  for (const loc of ['ar', 'ar-EG', 'ar-SA', 'ar-SY', 'ar-LB', 'ar-JO', 'ar-IQ', 'ar-DZ', 'ar-TN', 'ar-MA', 'ar-LY']) {
    intlMonths(loc).forEach((name, i) => addMonth(name, i + 1));
  }
  for (const [m, list] of Object.entries(months.gregorian)) for (const w of list) addMonth(w, +m);
  for (const [first, seconds] of Object.entries(months.compound)) add(first, { month2: normRecord(seconds) });

  // Hijri months: Intl's names, then variants.
  const hijri = intlHijriMonths();
  hijri.forEach((name, i) => {
    const parts = name.trim().split(/\s+/);
    if (parts.length === 2) add(parts[0], { hmonth2: { [normalizeWord(parts[1])]: i + 1 } });
    else add(parts[0], { hmonth: i + 1 });
  });
  for (const [m, list] of Object.entries(months.hijri)) for (const w of list) add(w, { hmonth: +m });
  for (const [first, seconds] of Object.entries(months.hijriCompound)) add(first, { hmonth2: normRecord(seconds as Record<string, number>) });

  // Weekdays.
  try {
    const f = new Intl.DateTimeFormat('ar', { weekday: 'long', timeZone: 'UTC' });
    for (let d = 0; d < 7; d++) add(f.format(Date.UTC(2024, 0, 7 + d)), { weekday: d }); // 2024-01-07 was a Sunday
  } catch { /* the variants below still cover the names */ }
  for (const [d, list] of Object.entries(words.weekdayVariants)) for (const w of list) add(w, { weekday: +d });
  for (const [d, w] of ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'].entries()) add(w, { weekday: d });

  for (const [s, list] of Object.entries(words.seasons)) {
    for (const w of list) add(w, { season: s as Season, seasonDef: normalizeWord(w).startsWith('ال') || undefined });
  }
  for (const [u, forms] of Object.entries(words.units)) {
    const f = forms as Record<string, string[]>;
    for (const w of f['1'] ?? []) add(w, { unit: u as DurUnit, unitCount: 1 });
    for (const w of f['2'] ?? []) add(w, { unit: u as DurUnit, unitCount: 2 });
    for (const w of f.pl ?? []) add(w, { unit: u as DurUnit, unitCount: 'pl' });
    for (const w of f.def1 ?? []) add(w, { unit: u as DurUnit, unitCount: 1, unitDef: true });
    for (const w of f.def2 ?? []) add(w, { unit: u as DurUnit, unitCount: 2, unitDef: true });
    for (const w of f.defpl ?? []) add(w, { unit: u as DurUnit, unitCount: 'pl', unitDef: true });
  }
  for (const [mk, list] of Object.entries(words.markers)) for (const w of list) add(w, { marker: mk as Marker });
  for (const [p, list] of Object.entries(words.parts)) for (const w of list) add(w, { part: p as PartMod });
  for (const [p, list] of Object.entries(words.dayparts)) for (const w of list) add(w, { dayPart: p as DayPart });
  for (const [a, list] of Object.entries(words.approx)) for (const w of list) add(w, { approx: a as Entry['approx'] });
  for (const [h, list] of Object.entries(words.hourOrdinals)) for (const w of list) add(w, { hourOrd: +h });
  for (const [o, list] of Object.entries(words.ordinals)) for (const w of list) add(w, { ord: +o });
  for (const [d, list] of Object.entries(words.decades)) for (const w of list) add(w, { decade: +d });
  for (const w of words.pastVerbs) {
    const k = normalizeWord(w);
    add(k, { pastVerb: true });
    if (!k.endsWith('ت') && !k.endsWith('وا')) {
      add(k + 'ت', { pastVerb: true });
      add((k.endsWith('ي') || k.endsWith('ا') ? k.slice(0, -1) : k) + 'وا', { pastVerb: true });
    }
  }
  for (const w of words.futureCues) add(w, { futureCue: true });

  for (const [n, list] of Object.entries(NUMBER_WORDS)) for (const w of list) add(w, { num: +n });
  for (const [k, list] of Object.entries(KEYWORDS)) for (const w of list) add(w, { kw: k });
}

function intlHijriMonths(): string[] {
  // Walk day by day through one Hijri year and collect the names in order.
  try {
    const f = new Intl.DateTimeFormat('ar-u-ca-islamic-umalqura', { month: 'long', timeZone: 'UTC' });
    const num = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { month: 'numeric', timeZone: 'UTC' });
    const out: string[] = new Array(12).fill('');
    for (let day = 0; day < 380; day += 5) {
      const t = Date.UTC(2024, 6, 1) + day * 86400000;
      const m = parseInt(num.format(t), 10);
      if (m >= 1 && m <= 12 && !out[m - 1]) out[m - 1] = f.format(t);
    }
    return out.filter((s) => s);
  } catch {
    return [];
  }
}

/** Cardinal number words (masculine and feminine forms). */
const NUMBER_WORDS: Record<number, string[]> = {
  1: ['واحد', 'واحدة', 'أحد', 'إحدى'],
  2: ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'اثنا', 'اثني', 'اثنتا', 'اثنتي'],
  3: ['ثلاث', 'ثلاثة'], 4: ['أربع', 'أربعة'], 5: ['خمس', 'خمسة'], 6: ['ست', 'ستة'], 7: ['سبع', 'سبعة'],
  8: ['ثمان', 'ثماني', 'ثمانية'], 9: ['تسع', 'تسعة'], 10: ['عشر', 'عشرة'],
  20: ['عشرون', 'عشرين'], 30: ['ثلاثون', 'ثلاثين'], 40: ['أربعون', 'أربعين'], 50: ['خمسون', 'خمسين'],
  60: ['ستون', 'ستين'], 70: ['سبعون', 'سبعين'], 80: ['ثمانون', 'ثمانين'], 90: ['تسعون', 'تسعين'],
  100: ['مئة', 'مائة', 'مئه'], 200: ['مئتين', 'مائتين', 'مئتان', 'مائتان'],
  300: ['ثلاثمئة', 'ثلاثمائة'], 400: ['أربعمئة', 'أربعمائة'], 500: ['خمسمئة', 'خمسمائة'],
  1000: ['ألف'], 2000: ['ألفين', 'ألفان'],
};

/** Single words with a fixed role. */
const KEYWORDS: Record<string, string[]> = {
  yesterday: ['أمس', 'الأمس', 'البارحة', 'امبارح', 'إمبارح'],
  tomorrow: ['غدا', 'الغد', 'غد', 'بكرة'],
  now: ['الآن', 'حاليا', 'راهنا', 'الان'],
  past_ref: ['سابقا', 'مؤخرا', 'مسبقا', 'سلفا'],
  future_ref: ['مستقبلا', 'قريبا'],
  future_noun: ['المستقبل'],
  past_noun: ['الماضي'],
  since: ['منذ', 'مذ'],
  before: ['قبل'],
  after: ['بعد'],
  within: ['خلال', 'غضون'],
  for: ['لمدة', 'مدة', 'طيلة', 'طوال', 'مدى', 'مدار', 'لفترة'],
  until: ['حتى', 'لغاية', 'إلى'],
  by: ['حلول', 'بحلول'],
  in: ['في', 'فى'],
  year_word: ['عام', 'سنة', 'العام', 'السنة', 'عامي', 'سنتي'],
  month_word: ['شهر', 'الشهر', 'شهري'],
  day_word: ['يوم', 'يومي'],
  hour_word: ['الساعة'],
  quarter: ['الربع'],
  half: ['النصف'],
  half_n: ['نصف'],
  and_half: ['ونصف', 'والنصف'],
  and_quarter: ['والربع', 'وربع'],
  and_third: ['والثلث', 'وثلث'],
  except: ['إلا'],
  from: ['من'],
  of: ['عن', 'على'],
  what: ['ما'],
  every: ['كل'],
  daily: ['يوميا'], weekly: ['أسبوعيا'], monthly: ['شهريا'], yearly: ['سنويا', 'عاميا'],
  era_h: ['هـ', 'ه', 'هجري', 'هجرية', 'للهجرة', 'الهجري', 'الهجرية', 'هجريا'],
  era_g: ['م', 'ميلادي', 'ميلادية', 'للميلاد', 'الميلادي', 'الميلادية', 'ميلاديا'],
  time_word: ['وقت', 'الوقت'],
  later: ['لاحق', 'لاحقا'],
  earlier: ['سابق'],
  same: ['نفسه', 'نفسها', 'ذاته', 'ذاتها'],
  that: ['ذلك', 'تلك'],
  /** نفس اليوم، ذات العام: "the same" written before its noun (after it, نفسه and ذاته are `same`). */
  same_pre: ['نفس', 'ذات'],
  /** بعدها بيومين، قبله بأسبوع: after / before "it", the event just told (with an amount in ب). */
  then_after: ['بعدها', 'بعده'],
  then_before: ['قبلها', 'قبله'],
  this: ['هذا', 'هذه'],
  current: ['الحالي', 'الراهن', 'الحاضر', 'الحالية', 'الراهنة'],
  days_ours: ['يومنا'],
  century: ['القرن', 'قرن'],
  decade: ['العقد'],
  tz: ['بتوقيت', 'بالتوقيت', 'توقيت', 'غرينتش', 'غرينيتش', 'جرينتش', 'المحلي'],
  exact: ['تمام', 'تمامِ'],
  at: ['عند', 'قرابة', 'حوالي', 'نحو'],
  approx_after: ['تقريبا'],
  approach: ['يقارب', 'يقرب', 'يناهز', 'يربو'],
  more: ['يزيد', 'يقل', 'يتجاوز'],
  not: ['لا'],
  coincide: ['الموافق', 'الموافقة', 'الموافقه', 'وفق'],
  vague: ['بضعة', 'بضع', 'عدة', 'بضعه', 'عده'],
  last_adj: ['الأخيرة', 'الأخير', 'القليلة', 'الأخيرين'],
  spring_ctx: ['العربي'],
  season_word: ['فصل', 'موسم'],
  first_part: ['أول'],
};

// Built on first use, not at module load: the Intl month and weekday names cost tens of
// milliseconds (a DateTimeFormat per locale), which a server's cold start should not pay.
let built = false;
function ensureBuilt(): void {
  if (!built) {
    built = true;
    build();
  }
}

/** The lexicon entry of a normalized word, or undefined. */
export function lookup(norm: string): Entry | undefined {
  ensureBuilt();
  return LEX.get(norm);
}

/**
 * The entry of a word read with its proclitics (و ف ب ل ك) stripped, and how many leading
 * characters of the normalized word were clitics. The bare word is tried first.
 */
export function lookupWithClitics(norm: string): { e: Entry; clitic: number } | undefined {
  // News vocabulary repeats: remember every word's answer (hits and misses), so the clitic
  // readings are sliced once per distinct word, not once per token.
  const known = MEMO.get(norm);
  if (known !== undefined) return known ?? undefined;
  ensureBuilt();
  const r = lookupUncached(norm);
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(norm, r ?? null);
  return r;
}

const MEMO = new Map<string, { e: Entry; clitic: number } | null>();
const MEMO_LIMIT = 200_000;

function lookupUncached(norm: string): { e: Entry; clitic: number } | undefined {
  const e = LEX.get(norm);
  if (e) return { e, clitic: 0 };
  const c0 = norm.charCodeAt(0);
  // و ف
  let w = norm, cl = 0;
  if ((c0 === 0x648 || c0 === 0x641) && norm.length > 2) {
    w = norm.slice(1);
    cl = 1;
    const e1 = LEX.get(w);
    if (e1) return { e: e1, clitic: 1 };
  }
  const c1 = w.charCodeAt(0);
  if ((c1 === 0x628 || c1 === 0x644 || c1 === 0x643) && w.length > 2) {
    if (c1 === 0x644 && w.charCodeAt(1) === 0x644 && w.length > 3) {
      const e2 = LEX.get('ا' + w.slice(1));
      if (e2) return { e: e2, clitic: cl + 1 };
    }
    const e3 = LEX.get(w.slice(1));
    if (e3) return { e: e3, clitic: cl + 1 };
  }
  return undefined;
}

export const PAST_VERB_CHECK = (norm: string): boolean => {
  const r = lookupWithClitics(norm);
  return !!r?.e.pastVerb;
};

export const futurePrefixExclusions = new Set(words.futurePrefixExclusions.map(normalizeWord));
