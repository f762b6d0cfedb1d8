// The paragraph scanner: reads time expressions token by token. Each token costs one lexicon
// lookup; only numbers and words the lexicon knows start a pattern, and every pattern looks at a
// handful of tokens around it — so the pass is linear in the paragraph, whatever its content.
import { TextUnit } from '../textUnit';
import { Token } from '../tokenize';
import { isIgnorable } from '../normalize';
import { DayPart, Entry, Marker, lookupWithClitics } from './lexicon';
import { Parsed, TimeMention } from './model';
import { clauseTense } from './tense';
import { DURATION_ORDER } from '../timeLabel';

interface Match {
  s: number;
  e: number;
  p: Parsed;
}

type Rel = 'last' | 'next' | 'this' | 'same' | 'following' | 'previous';

const FOLLOWING = new Set(['التالي', 'التاليه', 'اللاحق', 'اللاحقه']);
const PREVIOUS = new Set(['السابق', 'السابقه']);
const SAME = new Set(['نفسه', 'نفسها', 'ذاته', 'ذاتها']);
/** Units a date can be moved by (not hours: بعد ذلك بساعتين is a time of day we cannot place). */
const CALENDAR_UNITS = new Set(['D', 'W', 'M', 'Y']);
const THAT = new Set(['ذلك', 'ذاك', 'هذا']);
const CURRENT = new Set(['الجاري', 'الجاريه', 'الحالي', 'الحاليه']);
/** Before a bare season with the article, a preposition of time makes it a date (خلال الصيف، في الشتاء). */
const SEASON_PREPOSITIONS = new Set(['خلال', 'في', 'طوال', 'حتي', 'قبل', 'بعد']);
/** Words after which a number is a count, not a year. */
const COUNT_WORDS = new Set(['الف', 'الاف', 'مليون', 'مليار', 'دولار', 'يورو', 'شخص', 'جندي', 'قتيل', 'مواطن', 'طن', 'كيلومتر',
  'متر', 'برميل', 'عنصر', 'مقاتل', 'منزل', 'نسمه', 'جنيه', 'دينار', 'ريال', 'درهم', 'ليره', 'عسكري', 'لاجئ', 'طفل', 'امراه', 'مدني']);
const NOT_YEAR_BEFORE = new Set(['رقم', 'القرار', 'قرار', 'نحو', 'حوالي', 'حوالي', 'قرابه', 'زهاء', 'الي', 'من', 'بلغ', 'بلغت', 'اكثر',
  'اقل', 'عدد', 'بنحو', 'بحوالي', 'الرقم', 'المرتبه', 'الماده', 'البند', 'الصفحه', 'بين', 'و', 'مجموع', 'اجمالي']);
const FILLERS = new Set(['،', ',', 'في', 'عند', 'من', 'يوم', 'على', 'وذلك', 'اي']);
const DATE_TARGETS_KW = new Set(['yesterday', 'tomorrow', 'day_word', 'first_part']);
const ADVERB_DAYPART = new Set(['صباحا', 'مساء', 'مساءا', 'ظهرا', 'عصرا', 'ليلا', 'فجرا']);

function pureDigits(s: string): boolean {
  if (s.length === 0 || s.length > 6) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

class Scanner {
  readonly toks: Token[];
  readonly n: number;

  constructor(readonly unit: TextUnit) {
    this.toks = unit.tokens;
    this.n = unit.tokens.length;
  }

  w(i: number): string {
    return i >= 0 && i < this.n ? this.toks[i].norm : '';
  }
  ent(i: number): { e: Entry; clitic: number } | undefined {
    if (i < 0 || i >= this.n) return undefined;
    const t = this.toks[i];
    if (t.kind !== 'word') return undefined;
    // Memoized on the token's shared form: one lexicon lookup per distinct word, ever.
    const f = t.form;
    let r = f.time as { e: Entry; clitic: number } | null | undefined;
    if (r === undefined) f.time = r = lookupWithClitics(t.norm) || null;
    return r ?? undefined;
  }
  E(i: number): Entry | undefined {
    return this.ent(i)?.e;
  }
  /** The entry only when the word carries no clitic. */
  E0(i: number): Entry | undefined {
    const r = this.ent(i);
    return r && r.clitic === 0 ? r.e : undefined;
  }
  kw(i: number): string | undefined {
    return this.E(i)?.kw;
  }
  isP(i: number, ch: string): boolean {
    return i >= 0 && i < this.n && this.toks[i].kind === 'punct' && this.toks[i].norm === ch;
  }
  adj(i: number): boolean {
    return i + 1 < this.n && this.toks[i].end === this.toks[i + 1].start;
  }
  /** The value of a pure-digit number token, or -1. */
  num(i: number): number {
    if (i < 0 || i >= this.n || this.toks[i].kind !== 'number') return -1;
    const s = this.toks[i].norm;
    return pureDigits(s) ? parseInt(s, 10) : -1;
  }
  ndig(i: number): number {
    return this.num(i) >= 0 ? this.toks[i].norm.length : 0;
  }

  // ---------- pieces ----------

  /** A month name (one or two words), without pairing. */
  monthRaw(i: number): { m: number; e: number; amb: boolean } | null {
    const r = this.ent(i);
    if (!r) return null;
    const e = r.e;
    if (e.month2) {
      const m2 = e.month2[this.w(i + 1)];
      if (m2) return { m: m2, e: i + 2, amb: false };
    }
    if (e.month) {
      let amb = !!e.ambiguousMonth;
      if (amb && this.w(i).endsWith('اب')) {
        // آب (August) is written with madda; أب / اب is "father".
        const t = this.toks[i];
        amb = this.unit.text.slice(t.start, t.end).indexOf('آ') < 0;
      }
      return { m: e.month, e: i + 1, amb };
    }
    return null;
  }

  /** A month, possibly paired with its other name: كانون الثاني/يناير، أيلول (سبتمبر). */
  month(i: number): { m: number; e: number; amb: boolean } | null {
    const a = this.monthRaw(i);
    if (!a) return null;
    const j = a.e;
    if (this.isP(j, '/') || this.isP(j, '-') || this.isP(j, '\\')) {
      const b = this.monthRaw(j + 1);
      if (b && b.m === a.m) return { m: a.m, e: b.e, amb: false };
    }
    if (this.isP(j, '(')) {
      const b = this.monthRaw(j + 1);
      if (b && b.m === a.m && this.isP(b.e, ')')) return { m: a.m, e: b.e + 1, amb: false };
    }
    // يناير كانون الثاني (no separator)
    const c = this.monthRaw(j);
    if (c && c.m === a.m) return { m: a.m, e: c.e, amb: false };
    return a;
  }

  hmonth(i: number): { hm: number; e: number } | null {
    const r = this.ent(i);
    if (!r) return null;
    if (r.e.hmonth2) {
      const m2 = r.e.hmonth2[this.w(i + 1)];
      if (m2) return { hm: m2, e: i + 2 };
    }
    if (r.e.hmonth) return { hm: r.e.hmonth, e: i + 1 };
    return null;
  }

  era(i: number): 'h' | 'g' | undefined {
    const k = this.kw(i);
    if (k === 'era_h') return 'h';
    if (k === 'era_g') return 'g';
    return undefined;
  }

  /** A year number (with its era mark): 2024، 2024م، 1446 هـ، 1446هـ. */
  yearNum(i: number, loose = false): { y: number; e: number; hijri: boolean } | null {
    const v = this.num(i);
    const nd = this.ndig(i);
    if (v < 0) return null;
    const era = this.era(i + 1);
    if (era === 'h' && v >= 1 && v <= 1700) return { y: v, e: i + 2, hijri: true };
    if (nd === 4 && v >= 1000 && v <= 2200) {
      // A Hijri-looking year (13xx–14xx) is Hijri only with its era mark.
      return { y: v, e: era === 'g' ? i + 2 : i + 1, hijri: false };
    }
    if (loose && era === 'g' && v >= 1 && v < 1000) return { y: v, e: i + 2, hijri: false };
    return null;
  }

  /** After a month, season or quarter: the year or a relative year. */
  yearPhrase(j: number): { y?: number; hijri?: boolean; yearOffset?: number; anaphYear?: boolean; cue?: string; e: number } | null {
    let k = j;
    if ((this.isP(k, '،') || this.isP(k, ',')) && this.num(k + 1) >= 1900 && this.num(k + 1) <= 2100) k++;
    const from = this.w(k) === 'من';
    if (from) k++;
    let yn = this.yearNum(k);
    if (yn) return { y: yn.y, hijri: yn.hijri, e: yn.e };
    const kwk = this.kw(k);
    if (kwk === 'year_word') {
      yn = this.yearNum(k + 1, true);
      if (yn) return { y: yn.y, hijri: yn.hijri, e: yn.e };
      const ek = this.E(k);
      if (ek?.unitDef) {
        const r = this.rel(k + 1);
        if (r) {
          if (r.rel === 'last' || r.rel === 'previous') return { yearOffset: -1, e: r.e, cue: this.w(k + 1) };
          if (r.rel === 'next') return { yearOffset: 1, e: r.e, cue: this.w(k + 1) };
          if (r.rel === 'this') return { yearOffset: 0, e: r.e, cue: this.w(k + 1) };
          if (r.rel === 'same') return { anaphYear: true, e: r.e, cue: this.w(k + 1) };
        }
        if (from) return { yearOffset: 0, e: k + 1, cue: 'من العام' };
      }
    }
    if (kwk === 'this' && this.E(k + 1)?.unit === 'Y' && this.E(k + 1)?.unitDef) return { yearOffset: 0, e: k + 2, cue: 'هذا العام' };
    if ((kwk === 'that' || kwk === 'same_pre') && this.E(k + 1)?.unit === 'Y' && this.E(k + 1)?.unitDef) return { anaphYear: true, e: k + 2, cue: this.w(k) + ' العام' };
    return null;
  }

  /** A relative marker after a noun: الماضي، المقبل، الجاري، نفسه، التالي، السابق. */
  rel(j: number): { rel: Rel; e: number } | null {
    const w = this.w(j);
    if (!w) return null;
    if (FOLLOWING.has(w)) return { rel: 'following', e: j + 1 };
    if (PREVIOUS.has(w)) return { rel: 'previous', e: j + 1 };
    if (SAME.has(w)) return { rel: 'same', e: j + 1 };
    if (CURRENT.has(w)) return { rel: 'this', e: j + 1 };
    const e = this.E0(j);
    if (e?.marker === 'last' || e?.marker === 'next') return { rel: e.marker, e: j + 1 };
    return null;
  }

  /** A day of the month: 15، ١٥، الخامس عشر، الحادي والعشرين. */
  day(i: number): { d: number; e: number; ordinal: boolean } | null {
    const v = this.num(i);
    if (v >= 1 && v <= 31 && this.ndig(i) <= 2) return { d: v, e: i + 1, ordinal: false };
    const o = this.ordinal(i);
    if (o && o.v >= 1 && o.v <= 31) return { d: o.v, e: o.e, ordinal: true };
    return null;
  }

  /** An ordinal: الأول … العاشر، الحادي عشر، الخامس والعشرين، الثلاثين. */
  ordinal(i: number): { v: number; e: number } | null {
    const e = this.E0(i);
    if (!e?.ord) return null;
    const o = e.ord;
    if (o === 20 || o === 30) return { v: o, e: i + 1 };
    const ones = o === 11 ? 1 : o;
    const nx = this.E0(i + 1);
    if (nx?.num === 10 && ones <= 9) return { v: 10 + ones, e: i + 2 };
    const r = this.ent(i + 1);
    if (r && r.clitic === 1 && this.w(i + 1).charCodeAt(0) === 0x648 && (r.e.ord === 20 || r.e.ord === 30) && ones <= 9) {
      return { v: r.e.ord + ones, e: i + 2 };
    }
    if (o === 11) return null;
    return { v: o, e: i + 1 };
  }

  /** A cardinal amount: 3، ثلاثة، خمسة عشر، خمسة وعشرين، بضعة، نصف. */
  amount(i: number): { n: number | 'X'; e: number } | null {
    const v = this.num(i);
    if (v >= 0) return this.ndig(i) <= 4 && v <= 5000 ? { n: v, e: i + 1 } : null;
    const r = this.ent(i);
    if (!r) return null;
    if (r.e.kw === 'vague') return { n: 'X', e: i + 1 };
    if (r.e.kw === 'half_n') return { n: 0.5, e: i + 1 };
    const n = r.e.num;
    if (n === undefined) return null;
    let val = n, k = i + 1;
    const nx = this.E0(k);
    if (n <= 9 && nx?.num === 10) {
      val = n + 10;
      k++;
    } else if (n <= 9) {
      const t = this.ent(k);
      if (t && t.clitic === 1 && t.e.num && t.e.num >= 20 && t.e.num <= 90 && t.e.num % 10 === 0) {
        val = n + t.e.num;
        k++;
      }
    }
    return { n: val, e: k };
  }

  // ---------- patterns ----------

  /** 2024-09-15، 15/9/2024، 15.9.2024 */
  numericDate(i: number): Match | null {
    const t = this.toks[i];
    if (t.kind !== 'number') return null;
    const s = t.norm;
    // 15.9.2024 is one token
    const dots = s.split('.');
    if (dots.length === 3 && dots.every(pureDigits)) {
      const [a, b, c] = dots.map((x) => parseInt(x, 10));
      const d = this.dmy(a, b, c, dots[0].length, dots[1].length, dots[2].length);
      return d ? { s: i, e: i + 1, p: d } : null;
    }
    if (!pureDigits(s)) return null;
    const sep = this.toks[i + 1];
    if (!sep || sep.kind !== 'punct' || (sep.norm !== '/' && sep.norm !== '-' && sep.norm !== '.')) return null;
    if (!this.adj(i) || !this.adj(i + 1) || !this.adj(i + 2) || !this.adj(i + 3)) return null;
    if (!this.isP(i + 3, sep.norm)) return null;
    const b = this.num(i + 2), c = this.num(i + 4);
    if (b < 0 || c < 0) return null;
    const d = this.dmy(parseInt(s, 10), b, c, s.length, this.ndig(i + 2), this.ndig(i + 4));
    if (!d) return null;
    // Not the middle of a longer chain (a phone number, a version).
    if (this.adj(i + 4) && i + 5 < this.n && this.toks[i + 5].kind === 'punct' && this.adj(i + 5) && this.num(i + 6) >= 0) return null;
    return { s: i, e: i + 5, p: d };
  }

  private dmy(a: number, b: number, c: number, la: number, lb: number, lc: number): Parsed | null {
    let y: number, m: number, d: number;
    if (la === 4 && lb <= 2 && lc <= 2) { y = a; m = b; d = c; }
    else if (la <= 2 && lb <= 2 && lc === 4) {
      y = c; d = a; m = b;
      if (m > 12 && d <= 12) { const x = m; m = d; d = x; }
    } else return null;
    if (y < 1000 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
    return { k: 'date', y, m, d };
  }

  /** 10:30، 10:30 صباحاً، 9 مساءً */
  clockNum(i: number): Match | null {
    const hh = this.num(i);
    if (hh < 0 || hh > 24 || this.ndig(i) > 2) return null;
    let e: number, mi = 0;
    if (this.isP(i + 1, ':') && this.adj(i) && this.adj(i + 1) && this.ndig(i + 2) === 2 && this.num(i + 2) < 60) {
      mi = this.num(i + 2);
      e = i + 3;
      if (this.isP(e, ':') && this.adj(e - 1) && this.ndig(e + 1) === 2) e += 2; // seconds
    } else {
      if (hh > 12 || hh === 0 || !ADVERB_DAYPART.has(this.w(i + 1))) return null;
      e = i + 1;
    }
    const dp = this.dayPartAdverb(e);
    let h = hh;
    if (dp) { h = adjustHour(hh, dp.dp); e = dp.e; }
    e = this.timezone(e);
    return { s: i, e, p: { k: 'clock', hh: h, mi } };
  }

  private dayPartAdverb(j: number): { dp: DayPart; e: number } | null {
    const w = this.w(j);
    if (w === 'ص') return { dp: 'MO', e: j + 1 };
    if (w === 'م' && this.kw(j + 1) !== 'era_g') return { dp: 'EV', e: j + 1 };
    if (ADVERB_DAYPART.has(w)) {
      // مساء الخميس: a noun before a day, left for the date that follows
      if (!ADVERB_DAYPART.has(w) || (w === 'مساء' && this.dateTargetAt(j + 1))) return null;
      const e = this.E0(j);
      if (e?.dayPart) return { dp: e.dayPart, e: j + 1 };
    }
    return null;
  }

  private timezone(j: number): number {
    const w = this.w(j);
    if (w === 'بتوقيت' || w === 'بالتوقيت' || w === 'توقيت') {
      const n = this.toks[j + 1];
      if (n && n.kind === 'word') return j + 2;
      return j + 1;
    }
    if (w === 'ت' && this.isP(j + 1, '.') && this.w(j + 2) === 'غ') return j + 3;
    return j;
  }

  private dateTargetAt(j: number): boolean {
    const e = this.E(j);
    if (!e) return this.day(j) !== null;
    return e.weekday !== undefined || DATE_TARGETS_KW.has(e.kw ?? '') || (e.unit === 'D' && e.unitDef === true);
  }

  /** السابعة صباحاً، العاشرة والنصف مساءً: an hour word needs its part of the day without الساعة. */
  hourWord(i: number): Match | null {
    const m = this.clockWords(i - 1, true);
    if (!m || m.p.hh === undefined || m.s < i - 1) return null;
    return m.adverb ? { s: i, e: m.e, p: m.p } : null;
  }

  /** الساعة العاشرة والنصف صباحاً، الساعة 10:30، تمام الساعة الثانية عشرة ظهراً */
  clockWords(i: number, noHourWord = false): (Match & { adverb?: boolean }) | null {
    let s = i;
    if (!noHourWord && this.kw(i - 1) === 'exact') s = i - 1;
    let j = i + 1, hh: number, mi = 0;
    const v = this.num(j);
    if (v >= 0 && v <= 24 && this.ndig(j) <= 2) {
      hh = v;
      j++;
      if (this.isP(j, ':') && this.ndig(j + 1) === 2 && this.num(j + 1) < 60) { mi = this.num(j + 1); j += 2; }
    } else {
      const e = this.E0(j);
      if (!e?.hourOrd) return null;
      hh = e.hourOrd;
      j++;
      if (this.E0(j)?.num === 10) {
        if (hh === 11) hh = 11; else if (hh === 2) hh = 12; else return null;
        j++;
      } else if (hh === 11) return null;
    }
    const k = this.kw(j);
    if (k === 'and_half') { mi = 30; j++; }
    else if (k === 'and_quarter') { mi = 15; j++; }
    else if (k === 'and_third') { mi = 20; j++; }
    else if (k === 'except' && (this.w(j + 1) === 'ربعا' || this.w(j + 1) === 'ربع')) { hh = hh === 0 ? 23 : hh - 1; mi = 45; j += 2; }
    const dp = this.dayPartAdverb(j);
    if (dp) { hh = adjustHour(hh, dp.dp); j = dp.e; }
    j = this.timezone(j);
    if (hh > 24) return null;
    return { s, e: j, p: { k: 'clock', hh, mi }, adverb: !!dp };
  }

  /** Day + month: 15 أيلول 2024، 15 من شهر أيلول، الخامس عشر من سبتمبر، 1 محرم 1446 هـ */
  dayMonth(i: number): Match | null {
    const dd = this.day(i);
    if (!dd) return null;
    let j = dd.e;
    let sawFrom = false;
    if (this.w(j) === 'من') { j++; sawFrom = true; }
    if (dd.ordinal && !sawFrom && this.w(i) !== 'غره') return null; // غرة جانفي: the first of the month
    if (this.kw(j) === 'month_word' && this.w(j) === 'شهر') j++;
    // من الشهر الجاري / الماضي / المقبل
    if (sawFrom && this.w(j) === 'الشهر') {
      const r = this.rel(j + 1);
      if (r && (r.rel === 'last' || r.rel === 'next' || r.rel === 'this')) {
        return { s: i, e: r.e, p: { k: 'rel', unit: 'M', offset: r.rel === 'last' ? -1 : r.rel === 'next' ? 1 : 0, d: dd.d, cue: this.w(j + 1) } };
      }
      return null;
    }
    const mm = this.month(j);
    if (mm) {
      const p: Parsed = { k: 'date', m: mm.m, d: dd.d };
      let e = mm.e;
      const yp = this.yearPhrase(e);
      if (yp && !yp.hijri) { applyYear(p, yp); e = yp.e; }
      else {
        const r = this.rel(e);
        if (r && (r.rel === 'last' || r.rel === 'next' || r.rel === 'this')) { p.marker = r.rel; p.cue = this.w(e); e = r.e; }
        else if (r && r.rel === 'same') { p.anaphYear = true; e = r.e; }
      }
      return { s: i, e, p };
    }
    const hm = this.hmonth(j);
    if (hm) {
      const p: Parsed = { k: 'date', hm: hm.hm, hd: dd.d };
      let e = hm.e;
      let yn = this.yearNum(e);
      if (!yn && this.kw(e) === 'year_word') yn = this.yearNum(e + 1);
      if (yn && (yn.hijri || (yn.y >= 1300 && yn.y <= 1600))) { p.hy = yn.y; e = yn.e; }
      else if (this.era(e) === 'h') e++;
      else if (dd.ordinal || !sawFrom) {
        // a Hijri month with neither year nor era: only when plainly a date (10 محرم، العاشر من محرم)
      }
      return { s: i, e, p };
    }
    return null;
  }

  /** [شهر] month [year | marker]: أيلول/سبتمبر، سبتمبر المقبل، يناير/كانون الثاني 2020 */
  monthDate(i: number, hasContext: boolean): Match | null {
    let s = i, j = i;
    let ctx = hasContext;
    if (this.w(i) === 'شهر' || this.w(i) === 'الشهر' || (this.kw(i) === 'month_word' && this.ent(i)!.clitic > 0)) { j = i + 1; ctx = true; }
    const mm = this.month(j);
    if (!mm) return null;
    const p: Parsed = { k: 'date', m: mm.m };
    let e = mm.e;
    const yp = this.yearPhrase(e);
    let strong = false;
    if (yp && !yp.hijri) { applyYear(p, yp); e = yp.e; strong = true; }
    else {
      const r = this.rel(e);
      if (r && (r.rel === 'last' || r.rel === 'next' || r.rel === 'this')) { p.marker = r.rel; p.cue = this.w(e); e = r.e; strong = true; }
      else if (r && r.rel === 'same') { p.anaphYear = true; p.cue = this.w(e); e = r.e; strong = true; }
    }
    if (mm.amb && !strong && !ctx) {
      const pk = this.kw(s - 1);
      const pe = this.E(s - 1);
      if (!(pk === 'in' || pk === 'since' || pk === 'before' || pk === 'after' || pk === 'within' || pk === 'until' || pk === 'by' || pe?.part)) return null;
    }
    return { s, e, p };
  }

  /** Hijri month + Hijri year without a day: رمضان 1445 هـ */
  hijriMonthYear(i: number): Match | null {
    const hm = this.hmonth(i);
    if (!hm) return null;
    let e = hm.e;
    let yn = this.yearNum(e);
    if (!yn && this.kw(e) === 'year_word') yn = this.yearNum(e + 1);
    if (!yn || !(yn.hijri || (yn.y >= 1300 && yn.y <= 1600))) return null;
    e = yn.e;
    let s = i;
    if (this.w(i - 1) === 'شهر') s = i - 1;
    return { s, e, p: { k: 'date', hm: hm.hm, hy: yn.y } };
  }

  /** [يوم] الخميس [،] [الموافق] [12 مايو 2024] | الأحد الماضي | الخميس */
  weekdayDate(i: number): Match | null {
    const e0 = this.E(i);
    if (e0?.weekday === undefined) return null;
    const wd = e0.weekday;
    const prev = this.w(i - 1);
    if (wd === 5 && (prev === 'صلاه' || prev === 'خطبه' || prev === 'صلوات' || prev === 'مسجد' || prev === 'جامع' || prev === 'يوم' && this.w(i - 2) === 'صلاه')) return null;
    if (wd === 0 && (prev === 'الواحد' || prev === 'الله')) return null;
    let s = i;
    if (this.kw(i - 1) === 'day_word') s = i - 1;
    let j = i + 1;
    if (this.isP(j, '،') || this.isP(j, ',') || this.isP(j, '-')) j++;
    if (this.kw(j) === 'coincide') j++;
    const dm = this.dayMonth(j) ?? this.numericDateAt(j);
    if (dm && dm.p.k === 'date') {
      dm.p.wd = wd;
      return { s, e: dm.e, p: dm.p };
    }
    const r = this.rel(i + 1);
    const p: Parsed = { k: 'date', wd };
    let e = i + 1;
    if (r && (r.rel === 'last' || r.rel === 'next' || r.rel === 'this')) { p.marker = r.rel; p.cue = this.w(i + 1); e = r.e; }
    else if (r && (r.rel === 'previous' || r.rel === 'following')) return null;
    return { s, e, p };
  }

  private numericDateAt(j: number): Match | null {
    return j < this.n ? this.numericDate(j) : null;
  }

  /** خريف عام 2025، صيف 2024، الشتاء المقبل، هذا الصيف، ربيع العام الماضي */
  seasonDate(i: number): Match | null {
    const e0 = this.E(i);
    if (!e0?.season) return null;
    const nx = this.w(i + 1);
    if (nx === 'العربي' || nx === 'العربيه') return null;
    let s = i;
    const p: Parsed = { k: 'date', season: e0.season };
    const yp = this.yearPhrase(i + 1);
    if (yp && !yp.hijri) { applyYear(p, yp); return { s, e: yp.e, p }; }
    const r = this.rel(i + 1);
    if (r && (r.rel === 'last' || r.rel === 'next' || r.rel === 'this')) { p.marker = r.rel; p.cue = nx; return { s, e: r.e, p }; }
    if (this.kw(i - 1) === 'this' && e0.seasonDef) { s = i - 1; p.marker = 'this'; p.cue = 'هذا'; return { s, e: i + 1, p }; }
    // فصل الصيف، خلال الشتاء: a season with no year or marker — which one, the tense decides.
    if (e0.seasonDef && this.kw(i - 1) === 'season_word') return { s: i - 1, e: i + 1, p };
    if (e0.seasonDef && SEASON_PREPOSITIONS.has(this.w(i - 1) ?? '')) return { s, e: i + 1, p };
    return null;
  }

  /** الربع الأول من عام 2022، النصف الثاني من العام الجاري */
  quarterDate(i: number): Match | null {
    const k = this.kw(i);
    if (k !== 'quarter' && k !== 'half') return null;
    let q: number;
    let j = i + 1;
    const o = this.ordinal(j);
    if (o && o.v >= 1 && o.v <= (k === 'quarter' ? 4 : 2)) { q = o.v; j = o.e; }
    else if (this.w(j) === 'الاخير') { q = k === 'quarter' ? 4 : 2; j++; }
    else return null;
    const p: Parsed = { k: 'date' };
    if (k === 'quarter') p.q = q; else p.half = q;
    const yp = this.yearPhrase(j);
    if (yp && !yp.hijri) { applyYear(p, yp); return { s: i, e: yp.e, p }; }
    const r = this.rel(j);
    if (!r && o) {
      // نهاية الربع الثاني، خلال النصف الأول: the DCT's year
      const pk = this.kw(i - 1);
      if (this.E(i - 1)?.part || pk === 'in' || pk === 'within' || pk === 'before' || pk === 'since' || pk === 'by' || pk === 'until') {
        p.yearOffset = 0;
        p.cue = 'no year';
        return { s: i, e: j, p };
      }
    }
    if (r && (r.rel === 'last' || r.rel === 'next' || r.rel === 'this')) {
      // الربع الماضي / المقبل: relative quarter
      if (k === 'quarter' && o === null) return null;
      return { s: i, e: r.e, p: { k: 'rel', unit: 'Q', offset: r.rel === 'last' ? -1 : r.rel === 'next' ? 1 : 0, cue: this.w(j) } };
    }
    return null;
  }

  /** عام 2021، بعام 2014، العام 2020، سنة 1446 هـ */
  yearWordDate(i: number): Match | null {
    if (this.kw(i) !== 'year_word') return null;
    const yn = this.yearNum(i + 1, true);
    if (!yn) return null;
    const p: Parsed = yn.hijri ? { k: 'date', hy: yn.y } : { k: 'date', y: yn.y };
    return { s: i, e: yn.e, p };
  }

  /** A bare year where the context says it is one: في 2020، منذ 2014، بحلول 2030، 2024م */
  bareYear(i: number): Match | null {
    const yn = this.yearNum(i);
    if (!yn) return null;
    if (yn.hijri) return { s: i, e: yn.e, p: { k: 'date', hy: yn.y } };
    // 1446/1447 هـ: a Hijri year whose era mark follows the next one
    if (yn.y >= 1300 && yn.y <= 1600 && (this.isP(i + 1, '/') || this.isP(i + 1, '-')) && this.yearNum(i + 2)?.hijri) {
      return { s: i, e: i + 1, p: { k: 'date', hy: yn.y } };
    }
    if (yn.e > i + 1) return { s: i, e: yn.e, p: { k: 'date', y: yn.y } }; // 2024م
    const next = this.toks[i + 1];
    if (next && next.kind === 'word') {
      const ne = this.E(i + 1);
      if (ne?.unit || ne?.num !== undefined || COUNT_WORDS.has(next.norm)) return null;
    }
    if (next && next.kind === 'punct' && (next.norm === '%' || next.norm === '٪')) return null;
    const pe = this.ent(i - 1);
    const pk = pe?.e.kw;
    const pw = this.w(i - 1);
    if (pk === 'in' || pk === 'since' || pk === 'before' || pk === 'after' || pk === 'within' || pk === 'until' || pk === 'by' || pe?.e.part) {
      if (pw === 'الي' || pw === 'حتي') {
        // إلى 2000 is often a count; a year only after a range start (من 2019 إلى 2021) — handled by the list rule
        return null;
      }
      return { s: i, e: i + 1, p: { k: 'date', y: yn.y } };
    }
    // من 2019 إلى 2021، بين 2019 و2021
    if ((pw === 'من' || pw === 'بين') && this.yearListNext(i + 1)) return { s: i, e: i + 1, p: { k: 'date', y: yn.y } };
    // انتخابات 2024، مونديال 2022: a year closing a phrase
    if (yn.y >= 1900 && yn.y <= 2100 && i > 0 && this.toks[i - 1].kind === 'word' && !NOT_YEAR_BEFORE.has(pw) && !pe?.e.approx
      && (!next || next.kind === 'punct' && next.norm !== '%' && next.norm !== '.' || (next.kind === 'punct' && next.norm === '.' && !this.adj(i)))) {
      return { s: i, e: i + 1, p: { k: 'date', y: yn.y } };
    }
    return null;
  }

  /** The next year in a list: و2021، - 2021، إلى 2021، / 2024 */
  yearListNext(j: number): { y: number; s: number; e: number } | null {
    const w = this.w(j);
    if (w === 'و' || w === 'الي' || w === 'حتي' || this.isP(j, '-') || this.isP(j, '/') || this.isP(j, '،') || w === 'او') {
      const yn = this.yearNum(j + 1);
      if (yn && !yn.hijri) return { y: yn.y, s: j + 1, e: yn.e };
    }
    return null;
  }

  /** Durations and DCT offsets built on an amount and a unit. */
  duration(i: number, floor: number): Match | null {
    let a = this.amount(i);
    let j: number;
    let unitE: Entry | undefined;
    let n: number | 'X';
    if (a) {
      j = a.e;
      unitE = this.E0(j);
      if (!unitE?.unit || unitE.unitDef) return null;
      n = a.n;
      j++;
      if (a.n === 0.5 && unitE.unitCount !== 1) return null;
    } else {
      const r = this.ent(i);
      if (!r?.e.unit || r.e.unitDef) return null;
      unitE = r.e;
      j = i + 1;
      if (unitE.unitCount === 2) n = 2;
      else {
        const nx = this.E0(j);
        if (unitE.unitCount === 1 && nx?.num === 1) { n = 1; j++; }
        else n = unitE.unitCount === 1 ? 1 : 'X';
      }
      a = null;
    }
    const unit = unitE.unit!;
    if (this.kw(j) === 'and_half' && n !== 'X') { n = (n as number) + 0.5; j++; }
    const then = typeof n === 'number' && Number.isInteger(n) && CALENDAR_UNITS.has(unit) ? this.thenBefore(i) : null;
    if (then) {
      return { s: then.s, e: j, p: { k: 'anaph', unit, offset: then.dir * (n as number), shift: true, cue: then.cue } };
    }
    const back = this.lookback(i, floor);
    let mod = back.mod;
    if (this.kw(j) === 'approx_after' || this.w(j) === 'تقريبا') { mod = mod ?? 'APPROX'; j++; }
    const bareWord = !a && unitE.unitCount !== 2 && !(n === 1 && j > i + 1) && !(typeof n === 'number' && !Number.isInteger(n));
    const prep = back.prep;
    // A bare singular or plural unit means something only after a preposition.
    if (bareWord && !prep && !(mod && n !== 'X')) {
      // لسنوات، لأيام: "for years"
      const r = this.ent(i);
      if (n === 'X' && r && r.clitic > 0 && this.w(i).charCodeAt(r.clitic - 1) === 0x644) {
        return { s: i, e: j, p: { k: 'dur', amount: 'X', unit } };
      }
      return null;
    }
    const s = back.s;
    const followedByFrom = this.w(j) === 'من' || this.w(j) === 'علي';
    if (n === 'X') {
      if (prep === 'before') return { s, e: j, p: { k: 'ref', ref: 'PAST_REF', cue: 'قبل' } };
      if (prep === 'after') return followedByFrom ? null : { s, e: j, p: { k: 'ref', ref: 'FUTURE_REF', cue: 'بعد' } };
      return { s, e: j, p: { k: 'dur', amount: 'X', unit, mod, cue: back.prepWord } };
    }
    if (prep === 'before' && !followedByFrom && unit !== 'H' && unit !== 'MIN' && Number.isInteger(n)) {
      return { s, e: j, p: { k: 'rel', unit, offset: -(n as number), mod: mod === 'MORE_THAN' ? 'BEFORE' : mod === 'LESS_THAN' ? 'AFTER' : mod, cue: 'قبل' } };
    }
    if (prep === 'after' && !followedByFrom && unit !== 'H' && unit !== 'MIN' && Number.isInteger(n)) {
      return { s, e: j, p: { k: 'rel', unit, offset: n as number, mod, cue: 'بعد', amount: n } };
    }
    return { s, e: j, p: { k: 'dur', amount: n, unit, mod, cue: back.prepWord } };
  }

  /**
   * Before an amount written with ب (بيومين، بأسبوع، بثلاثة أيام، بـ3 أيام): بعد ذلك / قبل ذلك, or
   * بعدها / قبله — "that much after (before) then", counted from the last date mentioned. Where
   * the amount starts (token i) and where the phrase does.
   */
  private thenBefore(i: number): { s: number; dir: 1 | -1; cue: string } | null {
    let k: number;
    const r = this.ent(i);
    if (this.toks[i].kind === 'word' && r && r.clitic === 1 && this.w(i).charCodeAt(0) === 0x628) k = i - 1;
    else if (this.w(i - 1) === 'ب' && this.adj(i - 1)) k = i - 2;
    else return null;
    const kk = this.kw(k);
    if (kk === 'then_after' || kk === 'then_before') return { s: k, dir: kk === 'then_after' ? 1 : -1, cue: this.w(k) };
    if (!THAT.has(this.w(k))) return null;
    const pk = this.kw(k - 1);
    if (pk !== 'before' && pk !== 'after') return null;
    return { s: k - 1, dir: pk === 'after' ? 1 : -1, cue: `${this.w(k - 1)} ${this.w(k)}` };
  }

  /** Words before an amount: نحو، أكثر من، ما يقارب; and منذ، قبل، بعد، خلال، لمدة، على مدى. */
  lookback(i: number, floor: number): { s: number; mod?: string; prep?: string; prepWord?: string } {
    let s = i;
    let mod: string | undefined;
    const ok = (k: number) => k >= floor && k >= 0;
    const e1 = this.E(s - 1);
    if (ok(s - 1) && e1?.approx === 'APPROX') { mod = 'APPROX'; s--; }
    else if (ok(s - 2) && (this.w(s - 1) === 'من' || this.w(s - 1) === 'عن' || this.w(s - 1) === 'علي')
      && (this.E(s - 2)?.approx === 'MORE_THAN' || this.E(s - 2)?.approx === 'LESS_THAN')) {
      mod = this.E(s - 2)!.approx;
      s -= 2;
      if (ok(s - 1) && this.w(s - 1) === 'ما') s--;
      if (this.w(s) === 'يقل' && this.w(s - 1) === 'لا' && ok(s - 2) && this.w(s - 2) === 'ما') { mod = 'EQUAL_OR_MORE'; s -= 2; }
    } else if (ok(s - 2) && (this.w(s - 1) === 'يقارب' || this.w(s - 1) === 'يناهز') && this.w(s - 2) === 'ما') { mod = 'APPROX'; s -= 2; }
    else if (ok(s - 3) && this.w(s - 1) === 'من' && this.w(s - 2) === 'يقرب' && this.w(s - 3) === 'ما') { mod = 'APPROX'; s -= 3; }
    else if (ok(s - 4) && (this.w(s - 1) === 'عن' || this.w(s - 1) === 'علي') && this.w(s - 2) === 'يقل' && this.w(s - 3) === 'لا' && this.w(s - 4) === 'ما') {
      mod = 'EQUAL_OR_MORE'; s -= 4;
    }
    let prep: string | undefined, prepWord: string | undefined;
    // بعد مرور عام، منذ مرور شهرين
    if (ok(s - 2) && this.w(s - 1) === 'مرور' && (this.kw(s - 2) === 'after' || this.kw(s - 2) === 'since')) s--;
    const pk = ok(s - 1) ? this.kw(s - 1) : undefined;
    if (pk === 'since' || pk === 'before' || pk === 'after' || pk === 'within' || pk === 'for') {
      prep = pk;
      prepWord = this.w(s - 1);
      s--;
      if ((prepWord === 'مدي' || prepWord === 'مدار') && ok(s - 1) && this.w(s - 1) === 'علي') s--;
      if (prepWord === 'غضون' && ok(s - 1) && this.w(s - 1) === 'في') s--;
    }
    return { s, mod, prep, prepWord };
  }

  /** العام الماضي، الشهر المقبل، الأسبوع الجاري، اليوم، الأيام المقبلة، السنوات الخمس الماضية */
  unitRel(i: number): Match | null {
    const r0 = this.ent(i);
    const e0 = r0?.e;
    if (!e0?.unit || !e0.unitDef) return null;
    const unit = e0.unit;
    if (e0.unitCount === 1) {
      const r = this.rel(i + 1);
      if (unit === 'D') {
        if (r?.rel === 'same') return { s: i, e: r.e, p: { k: 'anaph', unit: 'D', offset: 0, cue: this.w(i + 1) } };
        if (r?.rel === 'following') return { s: i, e: r.e, p: { k: 'anaph', unit: 'D', offset: 1, cue: this.w(i + 1) } };
        if (r?.rel === 'previous') return { s: i, e: r.e, p: { k: 'anaph', unit: 'D', offset: -1, cue: this.w(i + 1) } };
        return this.today(i);
      }
      if (unit === 'H' || unit === 'MIN') return null;
      if (!r) return null;
      if (r.rel === 'last') return { s: i, e: r.e, p: { k: 'rel', unit, offset: -1, cue: this.w(i + 1) } };
      if (r.rel === 'next') return { s: i, e: r.e, p: { k: 'rel', unit, offset: 1, cue: this.w(i + 1) } };
      if (r.rel === 'this') return { s: i, e: r.e, p: { k: 'rel', unit, offset: 0, cue: this.w(i + 1) } };
      if (r.rel === 'same') return { s: i, e: r.e, p: { k: 'anaph', unit, offset: 0, cue: this.w(i + 1) } };
      if (r.rel === 'following') return { s: i, e: r.e, p: { k: 'anaph', unit, offset: 1, cue: this.w(i + 1) } };
      if (r.rel === 'previous') return { s: i, e: r.e, p: { k: 'anaph', unit, offset: -1, cue: this.w(i + 1) } };
      return null;
    }
    // Dual or plural with the article: [amount] [القليلة] marker
    let j = i + 1;
    let n: number | 'X' = e0.unitCount === 2 ? 2 : 'X';
    if (e0.unitCount === 'pl') {
      let k = j;
      if (this.w(k) === 'ال' && this.adj(k)) k++; // الـ24
      const a = this.amount(k) ?? this.articleAmount(k);
      if (a && a.n !== 'X' && a.n !== 0.5) { n = a.n; j = a.e; }
      if (this.w(j) === 'القليله' || this.w(j) === 'الطويله') j++;
    }
    const r = this.rel(j);
    if (!r || (r.rel !== 'last' && r.rel !== 'next')) return null;
    let s = i;
    if (this.kw(i - 1) === 'within' || this.kw(i - 1) === 'for') s = i - 1;
    else if (this.w(i - 1) === 'في' || this.kw(i - 1) === 'in') s = i;
    if (n === 'X') return { s, e: r.e, p: { k: 'ref', ref: r.rel === 'last' ? 'PAST_REF' : 'FUTURE_REF', cue: this.w(j) } };
    return { s, e: r.e, p: { k: 'dur', amount: n, unit, cue: this.w(j) } };
  }

  /** الخمس، العشر، الأربع والعشرين (a number word with the article, as in السنوات الخمس الماضية). */
  private articleAmount(k: number): { n: number; e: number } | null {
    const n = this.articleNumber(this.w(k), 2);
    if (n === null) return null;
    // الساعات الأربع والعشرين الماضية: units, then والـ tens.
    const tens = this.articleNumber(this.w(k + 1), 3);
    if (tens !== null && tens >= 20 && tens % 10 === 0 && n < 10) return { n: n + tens, e: k + 2 };
    return { n, e: k + 1 };
  }

  /** The number a word written with the article (after `prefix` letters: ال، وال) stands for, or null. */
  private articleNumber(w: string, prefix: number): number | null {
    if (w.length < prefix + 2 || !w.startsWith(prefix === 3 ? 'وال' : 'ال')) return null;
    const r = lookupWithClitics(w.slice(prefix));
    return r && r.clitic === 0 && r.e.num !== undefined ? r.e.num : null;
  }

  /** A number among the three tokens before token k (40 زائرا | في، ثلاث مرات | في). */
  countBefore(k: number): boolean {
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
      const t = this.toks[j];
      if (t.kind === 'number') return true;
      if (t.kind !== 'word') return false;
      const e = this.E0(j);
      if (e?.num !== undefined) return true;
    }
    return false;
  }

  /** اليوم (today) — not اليوم الوطني، اليوم الأول، في اليوم الذي، 40 زائرا في اليوم. */
  today(i: number): Match | null {
    const nx = this.w(i + 1);
    const nxe = this.E0(i + 1);
    if (nx === 'الذي' || nx === 'التي' || nx === 'الي') return null;
    if (nxe?.ord || nxe?.kw === 'current') return null;
    if (nx.startsWith('ال') && nxe?.weekday === undefined && ADJ_AFTER_DAY.has(nx)) return null;
    const pw = this.w(i - 1);
    if (pw === 'هذا' || pw === 'ذلك') return null;
    // 40 زائرا في اليوم، ثلاث مرات في اليوم: a count per day (the figures pass reads the rate).
    if (pw === 'في' && this.countBefore(i - 1)) return null;
    let s = i;
    if (pw === 'حتي' || pw === 'لحد') s = i;
    let e = i + 1;
    // اليوم الخميس
    if (nxe?.weekday !== undefined) e = i + 2;
    return { s, e, p: { k: 'rel', unit: 'D', offset: 0, cue: 'اليوم' } };
  }

  /** صباح اليوم، مساء أمس، ليلة الأحد، فجر الخميس 12 مايو */
  dayPartDate(i: number): Match | null {
    const e0 = this.E0(i) ?? this.E(i);
    if (!e0?.dayPart) return null;
    const w = this.w(i);
    if (ADVERB_DAYPART.has(w) && w !== 'مساء') return null;
    let j = i + 1;
    if (this.w(j) === 'يوم') j++;
    const inner = this.dateAt(j, i + 1);
    if (!inner) {
      if (this.kw(i - 1) === 'this' && (w === 'الصباح' || w === 'المساء')) {
        return { s: i - 1, e: i + 1, p: { k: 'rel', unit: 'D', offset: 0, dayPart: e0.dayPart, cue: 'هذا' } };
      }
      return null;
    }
    inner.p.dayPart = e0.dayPart;
    return { s: i, e: inner.e, p: inner.p };
  }

  /** A day-precision date at j (for a part of day or a clock time before it). */
  private dateAt(j: number, floor: number): Match | null {
    const e = this.E(j);
    if (e?.kw === 'yesterday') return this.yesterday(j);
    if (e?.kw === 'tomorrow') return this.tomorrow(j, true);
    if (e?.kw === 'first_part') return this.firstPart(j);
    if (e?.unit === 'D' && e.unitDef) return this.unitRel(j);
    if (e?.weekday !== undefined) return this.weekdayDate(j);
    if (e?.kw === 'day_word') return this.dayWord(j, floor);
    return this.dayMonth(j) ?? (j < this.n ? this.numericDate(j) : null);
  }

  yesterday(i: number): Match | null {
    let s = i;
    if (this.kw(i - 1) === 'day_word') s = i - 1;
    // أمس الأول = the day before yesterday
    if (this.w(i + 1) === 'الاول') return { s, e: i + 2, p: { k: 'rel', unit: 'D', offset: -2, cue: 'أمس الأول' } };
    return { s, e: this.withWeekday(i + 1), p: { k: 'rel', unit: 'D', offset: -1, cue: 'أمس' } };
  }

  tomorrow(i: number, afterDayWord = false): Match | null {
    const w = this.w(i);
    let s = i;
    const pk = this.kw(i - 1);
    if (pk === 'day_word') s = i - 1;
    if (w === 'غدا' || w === 'بكره') return { s, e: this.withWeekday(i + 1), p: { k: 'rel', unit: 'D', offset: 1, cue: 'غداً' } };
    if (pk === 'after' && this.ent(i)?.clitic === 0) return { s: i - 1, e: i + 1, p: { k: 'rel', unit: 'D', offset: 2, cue: 'بعد غد' } };
    if (afterDayWord || pk === 'day_word' || this.w(i - 1) === 'في' || this.E(i - 1)?.dayPart) {
      return { s, e: this.withWeekday(i + 1), p: { k: 'rel', unit: 'D', offset: 1, cue: 'غداً' } };
    }
    return null;
  }

  /** أمس الثلاثاء، غداً الجمعة: the weekday that names the same day joins the expression. */
  private withWeekday(j: number): number {
    return this.E0(j)?.weekday !== undefined ? j + 1 : j;
  }

  /** أول أمس، أول من أمس */
  firstPart(i: number): Match | null {
    if (this.kw(i + 1) === 'yesterday') return { s: i, e: i + 2, p: { k: 'rel', unit: 'D', offset: -2, cue: 'أول أمس' } };
    if (this.w(i + 1) === 'من' && this.kw(i + 2) === 'yesterday') return { s: i, e: i + 3, p: { k: 'rel', unit: 'D', offset: -2, cue: 'أول من أمس' } };
    return null;
  }

  /** يوم أمس، يوم الخميس، يوم 15 سبتمبر */
  dayWord(i: number, floor: number): Match | null {
    const j = i + 1;
    const e = this.E(j);
    if (e?.kw === 'yesterday') return this.yesterday(j);
    if (e?.kw === 'tomorrow') return this.tomorrow(j, true);
    if (e?.weekday !== undefined) return this.weekdayDate(j);
    const dm = this.dayMonth(j) ?? (j < this.n ? this.numericDate(j) : null);
    if (dm) return { s: i, e: dm.e, p: dm.p };
    // يوم واحد: a duration
    return this.duration(i, floor);
  }

  /** مطلع العام، منتصف سبتمبر، أواخر عام 2023، نهاية الشهر الجاري */
  partDate(i: number, floor: number): Match | null {
    const e0 = this.E(i);
    if (!e0?.part) return null;
    const j = i + 1;
    if (this.w(j) === 'الليل' && e0.part === 'MID') return { s: i, e: j + 1, p: { k: 'clock', hh: 0, mi: 0 } };
    let inner: Match | null = null;
    const ej = this.E(j);
    if (ej?.unit && ej.unitDef && ej.unitCount === 1) {
      inner = this.unitRel(j);
      if (!inner && (ej.unit === 'Y' || ej.unit === 'M' || ej.unit === 'W') && this.kw(j) !== 'hour_word') {
        // مطلع العام، نهاية الشهر: the current one (or the one a year follows: مطلع العام 2024)
        const yn = ej.unit === 'Y' ? this.yearNum(j + 1) : null;
        inner = yn ? { s: j, e: yn.e, p: { k: 'date', y: yn.y } } : { s: j, e: j + 1, p: { k: 'rel', unit: ej.unit, offset: 0, cue: 'current' } };
      }
      if (inner && inner.p.k === 'rel' && ej.unit === 'D') inner = null;
    } else if (ej?.kw === 'year_word') inner = this.yearWordDate(j);
    else if (ej?.kw === 'month_word' || ej?.month || ej?.month2) inner = this.monthDate(j, true);
    else if (ej?.season) inner = this.seasonDate(j);
    else if (ej?.kw === 'quarter' || ej?.kw === 'half') inner = this.quarterDate(j);
    else if (ej?.decade) inner = this.decadeDate(j);
    else if (ej?.kw === 'century') inner = this.century(j);
    else if (this.num(j) >= 0) inner = this.yearNum(j) ? this.bareYearAfterPart(j) : null;
    if (!inner) return null;
    if (this.w(i) === 'اول' && !(ej?.month || ej?.month2 || ej?.unitDef)) return null;
    inner.p.part = e0.part;
    inner.p.mod = e0.part;
    return { s: Math.max(i, floor), e: inner.e, p: inner.p };
  }

  private bareYearAfterPart(j: number): Match | null {
    const yn = this.yearNum(j);
    if (!yn) return null;
    return { s: j, e: yn.e, p: yn.hijri ? { k: 'date', hy: yn.y } : { k: 'date', y: yn.y } };
  }

  /** الثمانينيات، تسعينيات القرن الماضي، عشرينيات القرن الحالي */
  decadeDate(i: number): Match | null {
    const e0 = this.E(i);
    if (!e0?.decade) return null;
    let century = 19, e = i + 1;
    let j = i + 1;
    if (this.w(j) === 'من') j++;
    if (this.kw(j) === 'century') {
      const c = this.century(j);
      if (c) {
        if (c.p.k === 'rel') century = c.p.offset === 0 ? -1 : 19; // resolved against the DCT
        else if (c.p.century !== undefined) century = c.p.century;
        e = c.e;
        if (century === -1) return { s: i, e, p: { k: 'rel', unit: 'CE', offset: 0, decade: e0.decade, cue: 'القرن الحالي' } };
      }
    }
    return { s: i, e, p: { k: 'date', decade: century * 10 + e0.decade } };
  }

  /** القرن الماضي، القرن العشرين، القرن الحادي والعشرين، القرن التاسع عشر */
  century(i: number): Match | null {
    if (this.kw(i) !== 'century' || !this.w(i).startsWith('ال')) return null;
    const r = this.rel(i + 1);
    if (r && r.rel === 'last') return { s: i, e: r.e, p: { k: 'rel', unit: 'CE', offset: -1, cue: this.w(i + 1) } };
    if (r && r.rel === 'this') return { s: i, e: r.e, p: { k: 'rel', unit: 'CE', offset: 0, cue: this.w(i + 1) } };
    const o = this.ordinal(i + 1);
    if (o && o.v >= 1 && o.v <= 30) return { s: i, e: o.e, p: { k: 'date', century: o.v - 1 } };
    return null;
  }

  /** في وقت لاحق من شهر كانون الثاني/يناير، في وقت سابق من هذا الشهر، في الوقت الحالي */
  timeWord(i: number, floor: number): Match | null {
    const w = this.w(i);
    let s = i;
    if (this.w(i - 1) === 'في' && i - 1 >= floor) s = i - 1;
    if (w === 'الوقت' || w === 'بالوقت') {
      const nx = this.E0(i + 1);
      if (nx?.kw === 'current' || this.w(i + 1) === 'الحاضر') return { s, e: i + 2, p: { k: 'ref', ref: 'PRESENT_REF', cue: 'الوقت الحالي' } };
      return null;
    }
    if (w !== 'وقت') return null;
    const k2 = this.kw(i + 1);
    if (k2 !== 'later' && k2 !== 'earlier') return null;
    const later = k2 === 'later';
    let j = i + 2;
    if (this.w(j) !== 'من' && this.w(j) !== 'في') {
      // في وقت سابق اليوم
      if (this.E(j)?.unit === 'D' && this.E(j)?.unitDef) {
        const t = this.unitRel(j);
        if (t) return { s, e: t.e, p: { ...t.p, cue: later ? 'في وقت لاحق' : 'في وقت سابق' } };
      }
      if (!later) return { s, e: j, p: { k: 'ref', ref: 'PAST_REF', cue: 'في وقت سابق' } };
      return null;
    }
    j++;
    const ej = this.E(j);
    let inner: Match | null = null;
    if (ej?.kw === 'month_word' || ej?.month || ej?.month2) inner = this.monthDate(j, true);
    if (inner) { /* a month */ } else if (ej?.unit && ej.unitDef) {
      inner = this.unitRel(j);
      if (!inner && ej.unitCount === 1 && (ej.unit === 'Y' || ej.unit === 'M' || ej.unit === 'W')) {
        inner = { s: j, e: j + 1, p: { k: 'rel', unit: ej.unit, offset: 0, cue: 'current' } };
      }
    } else if (ej?.kw === 'this') inner = this.thisWord(j);
    else if (ej?.kw === 'year_word') inner = this.yearWordDate(j);
    else if (ej?.weekday !== undefined) inner = this.weekdayDate(j);
    else if (this.num(j) >= 0) inner = this.dayMonth(j) ?? this.bareYearAfterPart(j);
    if (!inner) return null;
    if (inner.p.k === 'date' && inner.p.m && inner.p.y === undefined && inner.p.yearOffset === undefined && !inner.p.marker) inner.p.anaphYear = true;
    inner.p.cue = later ? 'في وقت لاحق من' : 'في وقت سابق من';
    return { s, e: inner.e, p: inner.p };
  }

  /** هذا العام، هذا الشهر، هذا الأسبوع، هذه الأيام، هذا الصباح، هذا الصيف */
  thisWord(i: number): Match | null {
    if (this.kw(i) !== 'this') return null;
    const e = this.E(i + 1);
    if (!e) return null;
    if (e.unit && e.unitDef) {
      if (e.unitCount === 'pl' && e.unit === 'D') return { s: i, e: i + 2, p: { k: 'ref', ref: 'PRESENT_REF', cue: 'هذه الأيام' } };
      if (e.unitCount === 1 && (e.unit === 'Y' || e.unit === 'M' || e.unit === 'W' || e.unit === 'D' || e.unit === 'DE' || e.unit === 'CE')) {
        return { s: i, e: i + 2, p: { k: 'rel', unit: e.unit, offset: 0, cue: 'هذا' } };
      }
      return null;
    }
    if (e.season && e.seasonDef) return { s: i, e: i + 2, p: { k: 'date', season: e.season, marker: 'this', cue: 'هذا' } };
    if (e.dayPart && (this.w(i + 1) === 'الصباح' || this.w(i + 1) === 'المساء')) {
      return { s: i, e: i + 2, p: { k: 'rel', unit: 'D', offset: 0, dayPart: e.dayPart, cue: 'هذا' } };
    }
    return null;
  }

  /** In ذلك اليوم، تلك السنة، نفس اليوم، ذات الشهر: the last date mentioned. */
  thatWord(i: number): Match | null {
    const e = this.E(i + 1);
    if (!e?.unit || !e.unitDef || e.unitCount !== 1) return null;
    if (e.unit !== 'Y' && e.unit !== 'M' && e.unit !== 'D' && e.unit !== 'W') return null;
    return { s: i, e: i + 2, p: { k: 'anaph', unit: e.unit, offset: 0, cue: this.w(i) } };
  }

  /** كل يوم، كل عام، كل ثلاثة أشهر; يومياً، سنوياً */
  setExpr(i: number): Match | null {
    const k = this.kw(i);
    const fixed: Record<string, 'D' | 'W' | 'M' | 'Y'> = { daily: 'D', weekly: 'W', monthly: 'M', yearly: 'Y' };
    if (k && fixed[k]) return { s: i, e: i + 1, p: { k: 'set', amount: 1, unit: fixed[k] } };
    if (k !== 'every') return null;
    const a = this.amount(i + 1);
    const j = a ? a.e : i + 1;
    const e = this.E0(j);
    if (!e?.unit || e.unitDef) return null;
    const n = a ? a.n : e.unitCount === 2 ? 2 : 1;
    if (n === 0.5 || (!a && e.unitCount === 'pl')) return null;
    return { s: i, e: j + 1, p: { k: 'set', amount: n, unit: e.unit } };
  }

  /** الآن، حالياً، حتى الآن، سابقاً، مؤخراً، مستقبلاً، قريباً */
  refWord(i: number): Match | null {
    const k = this.kw(i);
    let s = i;
    if (k === 'now') {
      const pw = this.w(i - 1);
      if (pw === 'حتي' || pw === 'لحد' || pw === 'الي' || pw === 'لغايه' || pw === 'من') s = i - 1;
      return { s, e: i + 1, p: { k: 'ref', ref: 'PRESENT_REF', cue: this.w(i) } };
    }
    if (k === 'past_ref') return { s, e: i + 1, p: { k: 'ref', ref: 'PAST_REF', cue: this.w(i) } };
    if (k === 'future_ref') return { s, e: i + 1, p: { k: 'ref', ref: 'FUTURE_REF', cue: this.w(i) } };
    if (k === 'days_ours' && (this.w(i + 1) === 'هذا')) {
      const pw = this.w(i - 1);
      if (pw === 'حتي' || pw === 'الي') s = i - 1;
      return { s, e: i + 2, p: { k: 'ref', ref: 'PRESENT_REF', cue: 'يومنا هذا' } };
    }
    return null;
  }

  /** في الماضي، في المستقبل (القريب) */
  inWord(i: number): Match | null {
    if (this.w(i) !== 'في') return null;
    const nk = this.kw(i + 1);
    const nw = this.w(i + 1);
    if (nw === 'الماضي') return { s: i, e: i + 2, p: { k: 'ref', ref: 'PAST_REF', cue: 'في الماضي' } };
    if (nk === 'future_noun') {
      let e = i + 2;
      const w2 = this.w(e);
      if (w2 === 'القريب' || w2 === 'البعيد' || w2 === 'المنظور' || w2 === 'المنظور') e++;
      return { s: i, e, p: { k: 'ref', ref: 'FUTURE_REF', cue: 'في المستقبل' } };
    }
    return null;
  }

  // ---------- driver ----------

  /** The longest pattern starting at token i (its span may begin a little before i). */
  at(i: number, floor: number): Match | null {
    const t = this.toks[i];
    if (t.kind === 'number') {
      return this.numericDate(i) ?? this.clockNum(i) ?? this.dayMonth(i) ?? this.duration(i, floor) ?? this.bareYear(i);
    }
    if (t.kind !== 'word') return null;
    const e = this.E(i);
    if (!e) return null;
    let m: Match | null = null;
    switch (e.kw) {
      case 'year_word': m = this.yearWordDate(i); break;
      case 'yesterday': m = this.yesterday(i); break;
      case 'tomorrow': m = this.tomorrow(i); break;
      case 'now': case 'past_ref': case 'future_ref': case 'days_ours': m = this.refWord(i); break;
      case 'hour_word': m = this.clockWords(i); break;
      case 'quarter': case 'half': m = this.quarterDate(i); break;
      case 'this': m = this.thisWord(i); break;
      case 'that': case 'same_pre': m = this.thatWord(i); break;
      case 'every': case 'daily': case 'weekly': case 'monthly': case 'yearly': m = this.setExpr(i); break;
      case 'first_part': m = this.firstPart(i); break;
      case 'day_word': m = this.dayWord(i, floor); break;
      case 'month_word': m = this.monthDate(i, true); break;
      case 'century': m = this.century(i); break;
      case 'time_word': m = this.timeWord(i, floor); break;
      case 'in': m = this.inWord(i); break;
      case 'after': m = this.kw(i + 1) === 'tomorrow' ? this.tomorrow(i + 1) : null; break;
      case 'exact': m = this.kw(i + 1) === 'hour_word' ? this.clockWords(i + 1) : null; break;
      case 'vague': case 'half_n': m = this.duration(i, floor); break;
      default: break;
    }
    if (m) return m;
    if (e.ord !== undefined && (m = this.dayMonth(i))) return m;
    if (e.hourOrd !== undefined && (m = this.hourWord(i))) return m;
    if ((e.month !== undefined || e.month2) && (m = this.monthDate(i, false))) return m;
    if ((e.hmonth !== undefined || e.hmonth2) && (m = this.hijriMonthYear(i))) return m;
    if (e.weekday !== undefined && (m = this.weekdayDate(i))) return m;
    if (e.season && (m = this.seasonDate(i))) return m;
    if (e.part && (m = this.partDate(i, floor))) return m;
    if (e.dayPart && (m = this.dayPartDate(i))) return m;
    if (e.decade && (m = this.decadeDate(i))) return m;
    if (e.unit) {
      if (e.unitDef) m = this.unitRel(i);
      else m = this.duration(i, floor);
      if (m) return m;
    }
    if (e.num !== undefined && (m = this.duration(i, floor))) return m;
    return null;
  }

  scan(): Match[] {
    const out: Match[] = [];
    let floor = 0;
    for (let i = 0; i < this.n;) {
      let m: Match | null = null;
      try {
        m = this.at(i, floor);
      } catch {
        m = null;
      }
      if (!m || m.e <= i) { i++; continue; }
      if (m.s < floor) m.s = floor;
      out.push(m);
      floor = m.e;
      i = m.e;
      // Year lists: عامي 2020 و2021، من 2019 إلى 2021
      if (m.p.k === 'date' && m.p.y !== undefined && m.p.m === undefined && m.p.season === undefined && m.p.q === undefined && m.p.half === undefined) {
        let nx = this.yearListNext(i);
        while (nx) {
          out.push({ s: nx.s, e: nx.e, p: { k: 'date', y: nx.y } });
          floor = i = nx.e;
          nx = this.yearListNext(i);
        }
      }
    }
    return this.mergeDurations(this.mergeClocks(out));
  }

  /**
   * Durations joined by و, largest unit first (DURATION_ORDER), are one duration: سنتين وستة أشهر = P2Y6M، خمسة
   * أشهر وعشرين يوماً = P5M20D، ساعتين وثلاثين دقيقة = PT2H30M.
   */
  private mergeDurations(ms: Match[]): Match[] {
    const out: Match[] = [];
    for (const m of ms) {
      const prev = out[out.length - 1];
      const last = prev && (prev.p.more?.[prev.p.more.length - 1] ?? prev.p);
      if (prev && last && prev.p.k === 'dur' && m.p.k === 'dur' && m.s === prev.e && !prev.p.mod && !m.p.mod
        && typeof last.amount === 'number' && typeof m.p.amount === 'number' && m.p.unit && last.unit
        && DURATION_ORDER.indexOf(m.p.unit) > DURATION_ORDER.indexOf(last.unit) && DURATION_ORDER.indexOf(last.unit) >= 0
        && this.toks[m.s].norm.startsWith('و')) {
        prev.p = { ...prev.p, more: [...(prev.p.more ?? []), { amount: m.p.amount, unit: m.p.unit }] };
        prev.e = m.e;
        continue;
      }
      out.push(m);
    }
    return out;
  }

  /** A clock time next to a day-precision date becomes one expression: 15 سبتمبر الساعة 10:30. */
  private mergeClocks(ms: Match[]): Match[] {
    const out: Match[] = [];
    for (const m of ms) {
      const prev = out[out.length - 1];
      if (prev && (isDayPrecise(prev.p) && m.p.k === 'clock' || prev.p.k === 'clock' && isDayPrecise(m.p)) && this.onlyFillers(prev.e, m.s)) {
        const date = prev.p.k === 'clock' ? m.p : prev.p;
        const clock = prev.p.k === 'clock' ? prev.p : m.p;
        let hh = clock.hh!;
        if (date.dayPart && hh < 12) hh = adjustHour(hh, date.dayPart);
        out[out.length - 1] = { s: prev.s, e: m.e, p: { ...date, hh, mi: clock.mi, dayPart: undefined } };
        continue;
      }
      out.push(m);
    }
    return out;
  }

  private onlyFillers(a: number, b: number): boolean {
    if (b - a > 2) return false;
    for (let k = a; k < b; k++) if (!FILLERS.has(this.toks[k].norm)) return false;
    return true;
  }
}

const ADJ_AFTER_DAY = new Set(['الوطني', 'العالمي', 'الدولي', 'التالي', 'السابق', 'الموعود', 'الاخير', 'الختامي', 'المفتوح', 'العربي',
  'الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'الحاسم', 'الدراسي', 'الكامل', 'الواحد', 'الذي', 'الطويل', 'نفسه', 'ذاته', 'الثقافي',
  'الرياضي', 'التاريخي', 'المشهود', 'الاسود', 'الدامي', 'الانتخابي']);

function isDayPrecise(p: Parsed): boolean {
  if (p.hh !== undefined) return false;
  if (p.k === 'date') return (p.d !== undefined && (p.m !== undefined || p.hm !== undefined)) || (p.wd !== undefined && p.m === undefined);
  if (p.k === 'rel' || p.k === 'anaph') return p.unit === 'D';
  return false;
}

function adjustHour(hh: number, dp: DayPart): number {
  if (dp === 'EV' || dp === 'AF') return hh < 12 ? hh + 12 : hh;
  if (dp === 'MI') return hh < 6 ? hh + 12 : hh;
  if (dp === 'NI') return hh === 12 ? 0 : hh >= 6 && hh < 12 ? hh + 12 : hh;
  if (dp === 'MO') return hh === 12 ? 0 : hh;
  return hh;
}

function applyYear(p: Parsed, yp: { y?: number; yearOffset?: number; anaphYear?: boolean; cue?: string }): void {
  if (yp.y !== undefined) p.y = yp.y;
  if (yp.yearOffset !== undefined) { p.yearOffset = yp.yearOffset; p.cue = yp.cue; }
  if (yp.anaphYear) { p.anaphYear = true; p.cue = yp.cue; }
}

function needsTense(p: Parsed): boolean {
  if (p.k === 'date') return p.y === undefined && p.yearOffset === undefined && !p.anaphYear && !p.marker && p.hy === undefined;
  return p.k === 'rel' && p.cue === 'بعد';
}

/** The start offset of a token without a leading conjunction و/ف read as a clitic. */
function trimmedStart(unit: TextUnit, tok: Token, clitic: number): number {
  if (clitic <= 0) return tok.start;
  const c = tok.norm.charCodeAt(0);
  if (c !== 0x648 && c !== 0x641) return tok.start;
  let k = tok.start + 1;
  while (k < tok.end && isIgnorable(unit.text.charCodeAt(k))) k++;
  return k < tok.end ? k : tok.start;
}

export function scanTimes(unit: TextUnit): TimeMention[] {
  const sc = new Scanner(unit);
  const matches = sc.scan();
  const out: TimeMention[] = [];
  const sents = unit.sentences;
  let si = 0;
  for (const m of matches) {
    const first = unit.tokens[m.s];
    const lastTok = unit.tokens[m.e - 1];
    const start = trimmedStart(unit, first, sc.ent(m.s)?.clitic ?? 0);
    const tm: TimeMention = { start, end: lastTok.end, text: unit.text.slice(start, lastTok.end), p: m.p };
    if (needsTense(m.p) || m.p.wd !== undefined) {
      while (si < sents.length - 1 && sents[si].endToken <= m.s) si++;
      const sent = sents[si];
      const t = sent ? clauseTense(unit.tokens, m.s, m.e, sent.firstToken, sent.endToken) : undefined;
      if (t) { tm.tense = t.tense; tm.tenseCue = unit.text.slice(unit.tokens[t.at].start, unit.tokens[t.at].end); }
    }
    out.push(tm);
  }
  return out;
}

export type { Marker };
