// Reading a TIMEX3 value back for people: "2024-09" → "September 2024 · أيلول 2024", with the
// interval it covers (used by hovers, the timeline's axis and the exports).

export type Precision = 'day' | 'week' | 'month' | 'season' | 'quarter' | 'year' | 'decade' | 'now';

export interface TimeInterval {
  /** ISO date the value begins. */
  start: string;
  /** ISO date it ends (inclusive). */
  end: string;
  precision: Precision;
}

/** Month names by locale, built on first use (Intl formatters cost tens of ms at server start). */
let monthTables: { en: string[]; ar: string[] } | undefined;
function months(): { en: string[]; ar: string[] } {
  if (!monthTables) {
    const table = (locale: string) => {
      const f = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
      return Array.from({ length: 12 }, (_, m) => f.format(Date.UTC(2000, m, 1)));
    };
    monthTables = { en: table('en'), ar: table('ar-SY') };
  }
  return monthTables;
}

const SEASONS: Record<string, { en: string; ar: string; months: [number, number] }> = {
  SP: { en: 'spring', ar: 'ربيع', months: [3, 5] },
  SU: { en: 'summer', ar: 'صيف', months: [6, 8] },
  FA: { en: 'autumn', ar: 'خريف', months: [9, 11] },
  WI: { en: 'winter', ar: 'شتاء', months: [12, 14] },
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const iso = (y: number, m: number, d: number) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
};
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The interval a date value covers, or null for values that are not calendar dates. */
export function timeInterval(value: string, dct?: string): TimeInterval | null {
  let m: RegExpMatchArray | null;
  if (value === 'PRESENT_REF' && dct) return { start: dct, end: dct, precision: 'now' };
  if ((m = value.match(/^(\d{4})-(\d{2})-(\d{2})/))) {
    const d = iso(+m[1], +m[2], +m[3]);
    return { start: d, end: d, precision: 'day' };
  }
  if ((m = value.match(/^(\d{4})-(\d{2})$/))) {
    const y = +m[1], mo = +m[2];
    if (mo < 1 || mo > 12) return null;
    return { start: iso(y, mo, 1), end: iso(y, mo, lastDay(y, mo)), precision: 'month' };
  }
  if ((m = value.match(/^(\d{4})-(SP|SU|FA|WI)$/))) {
    const y = +m[1], [a, b] = SEASONS[m[2]].months;
    return { start: iso(y, a, 1), end: iso(y, b + 1, 0), precision: 'season' };
  }
  if ((m = value.match(/^(\d{4})-Q([1-4])$/))) {
    const y = +m[1], q = +m[2];
    return { start: iso(y, 3 * q - 2, 1), end: iso(y, 3 * q + 1, 0), precision: 'quarter' };
  }
  if ((m = value.match(/^(\d{4})-W(\d{2})$/))) {
    const y = +m[1], w = +m[2];
    // ISO week: the week with the year's first Thursday is week 1.
    const jan4 = new Date(Date.UTC(y, 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (w - 1) * 7 * 86400000);
    const sunday = new Date(monday.getTime() + 6 * 86400000);
    return { start: monday.toISOString().slice(0, 10), end: sunday.toISOString().slice(0, 10), precision: 'week' };
  }
  if ((m = value.match(/^(\d{3})X?$/))) {
    const y = +m[1] * 10;
    return { start: iso(y, 1, 1), end: iso(y + 9, 12, 31), precision: 'decade' };
  }
  if ((m = value.match(/^(\d{4})$/))) {
    const y = +m[1];
    return { start: iso(y, 1, 1), end: iso(y, 12, 31), precision: 'year' };
  }
  return null;
}

/** Duration units, from the largest (the order of a compound duration: P5M20D). */
const DURATION_UNITS: Record<string, [string, string]> = {
  Y: ['year', 'سنة'], M: ['month', 'شهر'], W: ['week', 'أسبوع'], D: ['day', 'يوم'],
  H: ['hour', 'ساعة'], MIN: ['minute', 'دقيقة'],
};
export const DURATION_ORDER = Object.keys(DURATION_UNITS);

/** TIMEX3 parts of a day, in English and Arabic. */
const DAY_PARTS: Record<string, [string, string]> = {
  MO: ['morning', 'صباح'], MI: ['midday', 'ظهر'], AF: ['afternoon', 'عصر'], EV: ['evening', 'مساء'], NI: ['night', 'ليل'],
};

/** "September 2024 · أيلول 2024", "autumn 2025 · خريف 2025", "2 months · شهر × 2", "now · الآن". */
export function timeLabel(value: string): string {
  let m: RegExpMatchArray | null;
  if (value === 'PRESENT_REF') return 'now · الآن';
  if (value === 'PAST_REF') return 'the past · الماضي';
  if (value === 'FUTURE_REF') return 'the future · المستقبل';
  if ((m = value.match(/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}|MO|MI|AF|EV|NI))?$/))) {
    const mo = +m[2] - 1;
    const { en, ar } = months();
    const day = `${+m[3]} ${en[mo]} ${m[1]}`, dayAr = `${+m[3]} ${ar[mo]} ${m[1]}`;
    // A day and a part of it (مساء الثلاثاء → 2025-09-09TEV), or a day and a clock time.
    const part = m[4] ? DAY_PARTS[m[4]] : undefined;
    if (part) return `${day}, ${part[0]} · ${part[1]} ${dayAr}`;
    const t = m[4] ? ` ${m[4]}` : '';
    return `${day}${t} · ${dayAr}${t}`;
  }
  if ((m = value.match(/^(\d{4})-(\d{2})$/)) && +m[2] >= 1 && +m[2] <= 12) {
    const { en, ar } = months();
    return `${en[+m[2] - 1]} ${m[1]} · ${ar[+m[2] - 1]} ${m[1]}`;
  }
  if ((m = value.match(/^(\d{4})-(SP|SU|FA|WI)$/))) {
    const s = SEASONS[m[2]];
    return `${s.en} ${m[1]} · ${s.ar} ${m[1]}`;
  }
  if ((m = value.match(/^(\d{4})-Q([1-4])$/))) return `Q${m[2]} ${m[1]} · الربع ${m[2]} من ${m[1]}`;
  if ((m = value.match(/^(\d{4})-W(\d{2})$/))) return `week ${+m[2]} of ${m[1]} · الأسبوع ${+m[2]} من ${m[1]}`;
  if ((m = value.match(/^(\d{4})$/))) return `${m[1]} · عام ${m[1]}`;
  if ((m = value.match(/^(\d{3})X?$/))) return `the ${m[1]}0s · عقد ${m[1]}0`;
  if ((m = value.match(/^PT?(\d+(?:\.\d+)?)(Y|M|W|D|H)$/))) {
    const unit = value.startsWith('PT') && m[2] === 'M' ? 'MIN' : m[2];
    const [en, ar] = DURATION_UNITS[unit];
    const n = +m[1];
    return `${n} ${en}${n === 1 ? '' : 's'} · ${ar} × ${n}`;
  }
  if ((m = value.match(/^T(\d{2}:\d{2})$/))) return `${m[1]} · الساعة ${m[1]}`;
  return compoundDurationLabel(value) ?? value;
}

/** "5 months 20 days · شهر × 5 + يوم × 20" for P5M20D (durations joined by و), or null. */
function compoundDurationLabel(value: string): string | null {
  const m = value.match(/^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/);
  if (!m || value === 'P' || value.endsWith('T')) return null;
  const en: string[] = [];
  const ar: string[] = [];
  DURATION_ORDER.forEach((u, k) => {
    if (m[k + 1] === undefined) return;
    const n = +m[k + 1];
    const [e, a] = DURATION_UNITS[u];
    en.push(`${n} ${e}${n === 1 ? '' : 's'}`);
    ar.push(`${a} × ${n}`);
  });
  return en.length ? `${en.join(' ')} · ${ar.join(' + ')}` : null;
}
