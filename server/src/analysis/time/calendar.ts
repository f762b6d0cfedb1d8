// Calendar arithmetic on plain {y, m, d} values (UTC days, no time zones), ISO weeks, TIMEX3
// formatting, and Hijri (Umm al-Qura) → Gregorian through Node's ICU.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86400000;

export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Days since 1970-01-01 (UTC). */
export function toDays(v: Ymd): number {
  const t = new Date(0);
  t.setUTCFullYear(v.y, v.m - 1, v.d);
  return Math.round(t.getTime() / DAY_MS);
}

export function fromDays(days: number): Ymd {
  const t = new Date(days * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(v: Ymd, n: number): Ymd {
  return fromDays(toDays(v) + n);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(v: Ymd): number {
  return ((toDays(v) % 7) + 7 + 4) % 7; // 1970-01-01 was a Thursday
}

/** ISO 8601 week: the year it belongs to and its number. */
export function isoWeek(v: Ymd): { wy: number; w: number } {
  const days = toDays(v);
  const wd = (weekday(v) + 6) % 7; // Monday = 0
  const thursday = fromDays(days - wd + 3);
  const jan1 = toDays({ y: thursday.y, m: 1, d: 1 });
  return { wy: thursday.y, w: Math.floor((toDays(thursday) - jan1) / 7) + 1 };
}

export function fmtYmd(v: Ymd): string {
  return `${pad(v.y, 4)}-${pad(v.m)}-${pad(v.d)}`;
}
export function fmtYm(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}
export function fmtWeek(v: Ymd): string {
  const { wy, w } = isoWeek(v);
  return `${pad(wy, 4)}-W${pad(w)}`;
}

/** Adds n months to (y, m). */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12 + 12) % 12 + 1 };
}

/** Parses YYYY-MM-DD (optionally followed by a time) into a valid date, or null. */
export function parseIsoDate(s: string): Ymd | null {
  if (typeof s !== 'string' || s.length < 10) return null;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return null;
  }
  if (s[4] !== '-' || s[7] !== '-') return null;
  if (s.length > 10 && s[10] !== 'T' && s[10] !== ' ') return null;
  const y = +s.slice(0, 4), m = +s.slice(5, 7), d = +s.slice(8, 10);
  return isValidYmd(y, m, d) ? { y, m, d } : null;
}

// ---- Hijri (Umm al-Qura) ----

let hijriFmt: Intl.DateTimeFormat | null | undefined;
function hijriFormatter(): Intl.DateTimeFormat | null {
  if (hijriFmt !== undefined) return hijriFmt;
  try {
    hijriFmt = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
      timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric',
    });
  } catch {
    hijriFmt = null;
  }
  return hijriFmt;
}

/** The Umm al-Qura date of a Gregorian day (via ICU), or null when ICU cannot tell. */
export function toHijri(days: number): Ymd | null {
  const f = hijriFormatter();
  if (!f) return null;
  let y = 0, m = 0, d = 0;
  for (const p of f.formatToParts(new Date(days * DAY_MS))) {
    if ((p.type as string) === 'year' || (p.type as string) === 'relatedYear') y = y || parseInt(p.value, 10);
    else if (p.type === 'month') m = parseInt(p.value, 10);
    else if (p.type === 'day') d = parseInt(p.value, 10);
  }
  return y && m && d ? { y, m, d } : null;
}

/** The arithmetic (civil) Islamic calendar's day count — a first guess for the search. */
function civilHijriToDays(y: number, m: number, d: number): number {
  const jd = d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + 1948439.5 - 1;
  return Math.round(jd - 2440587.5);
}

/**
 * The Gregorian day whose Umm al-Qura date is y/m/d: start from the arithmetic estimate and walk
 * until ICU agrees. `exact` is false when ICU is missing or no day matched (a 30th in a 29-day
 * month), and the arithmetic estimate is returned.
 */
export function hijriToGregorian(y: number, m: number, d: number): { date: Ymd; exact: boolean } | null {
  if (!(y >= 1 && y <= 2000 && m >= 1 && m <= 12 && d >= 1 && d <= 30)) return null;
  const guess = civilHijriToDays(y, m, d);
  let days = guess;
  for (let iter = 0; iter < 12; iter++) {
    const h = toHijri(days);
    if (!h) break;
    const diff = (y - h.y) * 354 + Math.round((m - h.m) * 29.5) + (d - h.d);
    if (diff === 0) return { date: fromDays(days), exact: true };
    days += Math.abs(diff) > 3 ? diff : Math.sign(diff);
  }
  // Small exhaustive search around the estimate.
  for (let k = -4; k <= 4; k++) {
    const h = toHijri(guess + k);
    if (h && h.y === y && h.m === m && h.d === d) return { date: fromDays(guess + k), exact: true };
  }
  return { date: fromDays(guess), exact: false };
}
