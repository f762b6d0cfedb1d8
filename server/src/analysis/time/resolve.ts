// Resolution: gives every time expression found in the paragraphs its TIMEX3 value, in document
// order, against the DCT and the last date mentioned before it. Each value carries its reason.
import { DocumentDate, TimeExpression, TimeType } from '../types';
import {
  Ymd, addDays, addMonths, fmtWeek, fmtYm, fmtYmd, fromDays, hijriToGregorian, isValidYmd, pad,
  parseIsoDate, toDays, toHijri, weekday,
} from './calendar';
import { Parsed, TimeMention } from './model';

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const HIJRI_MONTHS = ['Muharram', 'Safar', 'Rabi al-Awwal', 'Rabi al-Thani', 'Jumada al-Ula', 'Jumada al-Akhira', 'Rajab', 'Shaban',
  'Ramadan', 'Shawwal', 'Dhu al-Qada', 'Dhu al-Hijja'];
const SEASON_ORDER = ['SP', 'SU', 'FA', 'WI'];
const UNIT_NAMES: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour', MIN: 'minute', DE: 'decade', CE: 'century', Q: 'quarter' };

/** The last date mentioned, for anaphoric expressions (في وقت لاحق من يناير، في اليوم التالي). */
interface LastDate {
  y: number;
  m?: number;
  d?: number;
  value: string;
}

interface Resolved {
  type: TimeType;
  value: string;
  mod?: string;
  anchor?: string;
  reason: string;
  date?: LastDate;
}

/**
 * What each time expression of a document resolved to last time, by the expression (a paragraph's
 * expressions are the same objects from one analysis to the next while its text is the same; they
 * move in place). Resolution is a fold — an expression reads the last date before it — so a memo
 * holds while the DCT and that last date are the same; the expression's value is then reused, and
 * so is the expression itself where it has not moved. After an edit only the expressions of the
 * paragraphs it touched, and those whose last date it changed, are resolved again.
 */
export class TimesMemo {
  private memo = new WeakMap<TimeMention, { dct: string; last: LastDate | undefined; r: Resolved | null; t?: TimeExpression }>();

  resolve(f: TimeMention, D: Ymd, dctLabel: string, last: LastDate | undefined): { r: Resolved | null; t?: TimeExpression } {
    const hit = this.memo.get(f);
    if (hit && hit.dct === dctLabel && sameDate(hit.last, last)) return hit;
    const fresh = { dct: dctLabel, last, r: resolveSafely(f, D, dctLabel, last) };
    this.memo.set(f, fresh);
    return fresh;
  }

  /** The expression made from `f` and its resolution, kept for next time. */
  keep(f: TimeMention, t: TimeExpression): void {
    const hit = this.memo.get(f);
    if (hit) hit.t = t;
  }
}

function sameDate(a: LastDate | undefined, b: LastDate | undefined): boolean {
  return a === b || (!!a && !!b && a.y === b.y && a.m === b.m && a.d === b.d && a.value === b.value);
}

function resolveSafely(f: TimeMention, D: Ymd, dctLabel: string, last: LastDate | undefined): Resolved | null {
  try {
    return resolveOne(f, D, dctLabel, last);
  } catch {
    return null;
  }
}

export function resolveTimes(found: TimeMention[], dct: DocumentDate, memo?: TimesMemo): TimeExpression[] {
  const D = parseIsoDate(dct.value) ?? todayYmd();
  const dctLabel = `DCT ${fmtYmd(D)}`;
  const out: TimeExpression[] = [];
  let last: LastDate | undefined;
  for (const f of found) {
    const known = memo?.resolve(f, D, dctLabel, last);
    const r = known ? known.r : resolveSafely(f, D, dctLabel, last);
    if (!r) continue;
    let t = known?.t;
    if (!t || t.start !== f.start || t.end !== f.end) {
      t = { start: f.start, end: f.end, text: f.text, type: r.type, value: r.value, reason: r.reason };
      if (r.mod) t.mod = r.mod;
      if (r.anchor) t.anchor = r.anchor;
      memo?.keep(f, t);
    }
    out.push(t);
    if (r.date) last = r.date;
  }
  return out;
}

function todayYmd(): Ymd {
  const t = new Date();
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function resolveOne(f: TimeMention, D: Ymd, dctLabel: string, last: LastDate | undefined): Resolved | null {
  const p = f.p;
  switch (p.k) {
    case 'ref': {
      const what = p.ref === 'PRESENT_REF' ? 'the present' : p.ref === 'PAST_REF' ? 'the past' : 'the future';
      return { type: 'DATE', value: p.ref!, anchor: dctLabel, reason: `${p.cue ?? ''}: ${what}, relative to ${dctLabel}`.trim() };
    }
    case 'dur':
      return duration(p, 'DURATION');
    case 'set':
      return duration(p, 'SET');
    case 'clock':
      return { type: 'TIME', value: `T${pad(p.hh!)}:${pad(p.mi ?? 0)}`, reason: 'time of day; its day is not stated' };
    case 'rel':
      return relative(f, D, dctLabel);
    case 'anaph':
      return anaphoric(p, D, dctLabel, last);
    case 'date':
      return date(f, D, dctLabel, last);
    default:
      return null;
  }
}

function durationValue(amount: number | 'X', unit: string): string {
  if (amount === 'X') {
    if (unit === 'H') return 'PTXH';
    if (unit === 'MIN') return 'PTXM';
    if (unit === 'DE') return 'PXDE';
    if (unit === 'CE') return 'PXCE';
    return `PX${unit}`;
  }
  let n = amount;
  let u = unit;
  if (u === 'DE') { n *= 10; u = 'Y'; }
  if (u === 'CE') { n *= 100; u = 'Y'; }
  if (!Number.isInteger(n)) {
    // halves: a year and a half = 18 months
    const down: Record<string, [number, string]> = { Y: [12, 'M'], M: [30, 'D'], W: [7, 'D'], D: [24, 'H'], H: [60, 'MIN'], MIN: [60, 'S'] };
    const [k, v] = down[u] ?? [1, u];
    n = Math.round(n * k);
    u = v;
  }
  if (u === 'H') return `PT${n}H`;
  if (u === 'MIN') return `PT${n}M`;
  if (u === 'S') return `PT${n}S`;
  return `P${n}${u}`;
}

/** P5M20D from 5 M and 20 D; PT2H30M from 2 H and 30 MIN; P1Y2MT3H across the T. */
function compoundDuration(parts: Array<{ amount: number; unit: string }>): string {
  let date = '';
  let time = '';
  for (const { amount, unit } of parts) {
    const v = durationValue(amount, unit); // P5M, PT30M …
    if (v.startsWith('PT')) time += v.slice(2);
    else date += v.slice(1);
  }
  return `P${date}${time ? 'T' + time : ''}`;
}

function duration(p: Parsed, type: TimeType): Resolved {
  if (p.more?.length && typeof p.amount === 'number' && type === 'DURATION') {
    const parts = [{ amount: p.amount, unit: p.unit ?? 'D' }, ...p.more];
    const said = parts.map((x) => `${x.amount} ${UNIT_NAMES[x.unit]}(s)`).join(' and ');
    return { type, value: compoundDuration(parts), reason: `duration of ${said}` };
  }
  const value = durationValue(p.amount ?? 1, p.unit ?? 'D');
  const what = type === 'SET' ? 'recurring every' : 'duration of';
  const amt = p.amount === 'X' ? 'some' : String(p.amount);
  const r: Resolved = { type, value, reason: `${what} ${amt} ${UNIT_NAMES[p.unit ?? 'D']}(s)${p.cue ? ` (${p.cue})` : ''}${p.mod ? `, ${p.mod.toLowerCase()}` : ''}` };
  if (p.mod) r.mod = p.mod;
  return r;
}

function withTime(r: Resolved, p: Parsed, day: Ymd | null): Resolved {
  if (!day) return r;
  if (p.hh !== undefined) {
    r.type = 'TIME';
    r.value = `${fmtYmd(day)}T${pad(p.hh)}:${pad(p.mi ?? 0)}`;
  } else if (p.dayPart) {
    r.type = 'TIME';
    r.value = `${fmtYmd(day)}T${p.dayPart}`;
  }
  return r;
}

function relative(f: TimeMention, D: Ymd, dctLabel: string): Resolved | null {
  const p = f.p;
  const off = p.offset ?? 0;
  const unit = p.unit;
  if (p.cue === 'بعد' && f.tense === 'past') {
    // بعد عامين in a past narrative: two years after some earlier event, not after the DCT
    return duration({ k: 'dur', amount: p.amount ?? Math.abs(off), unit: unit === 'Q' ? 'M' : unit, cue: 'بعد', mod: p.mod }, 'DURATION');
  }
  const dayWords: Record<number, string> = { [-2]: 'two days before', [-1]: 'the day before', 0: 'the day of', 1: 'the day after', 2: 'two days after' };
  const how = unit === 'D' && p.cue !== 'قبل' && p.cue !== 'بعد' && dayWords[off] ? `${p.cue ?? ''}: ${dayWords[off]}` : p.cue === 'قبل' ? `${Math.abs(off)} ${UNIT_NAMES[unit!]}(s) before` : p.cue === 'بعد' ? `${off} ${UNIT_NAMES[unit!]}(s) after` : `${p.cue ?? ''}: ${off === 0 ? 'the current' : off < 0 ? 'the previous' : 'the next'} ${UNIT_NAMES[unit!]} from`;
  const base: Resolved = { type: 'DATE', value: '', anchor: dctLabel, reason: `${how.trim()} ${dctLabel}` };
  if (p.mod) base.mod = p.mod;
  switch (unit) {
    case 'D': {
      const day = addDays(D, off);
      base.value = fmtYmd(day);
      base.date = { y: day.y, m: day.m, d: day.d, value: base.value };
      return withTime(base, p, day);
    }
    case 'W': {
      const day = addDays(D, 7 * off);
      base.value = fmtWeek(day);
      base.date = { y: day.y, m: day.m, value: base.value };
      return base;
    }
    case 'M': {
      const { y, m } = addMonths(D.y, D.m, off);
      if (p.d !== undefined && isValidYmd(y, m, p.d)) {
        base.value = fmtYmd({ y, m, d: p.d });
        base.date = { y, m, d: p.d, value: base.value };
        return withTime(base, p, { y, m, d: p.d });
      }
      base.value = fmtYm(y, m);
      base.date = { y, m, value: base.value };
      return base;
    }
    case 'Q': {
      const k = D.y * 4 + Math.floor((D.m - 1) / 3) + off;
      base.value = `${pad(Math.floor(k / 4), 4)}-Q${(k % 4) + 1}`;
      base.date = { y: Math.floor(k / 4), value: base.value };
      return base;
    }
    case 'Y': {
      const y = D.y + off;
      base.value = pad(y, 4);
      base.date = { y, value: base.value };
      return base;
    }
    case 'DE': {
      base.value = pad(Math.floor(D.y / 10) + off, 3);
      return base;
    }
    case 'CE': {
      const c = Math.floor(D.y / 100) + off;
      if (p.decade !== undefined) {
        base.value = pad(c * 10 + p.decade, 3);
        base.reason = `decade of the current century (${dctLabel})`;
      } else base.value = pad(c, 2);
      return base;
    }
    case 'H': case 'MIN':
      base.value = fmtYmd(D);
      return base;
    default:
      return null;
  }
}

function anaphoric(p: Parsed, D: Ymd, dctLabel: string, last: LastDate | undefined): Resolved | null {
  if (p.shift) return shifted(p, last);
  const off = p.offset ?? 0;
  const unit = p.unit;
  const rel = off === 0 ? 'same' : off > 0 ? 'following' : 'previous';
  const ok = last && (unit === 'Y' || (unit === 'M' && last.m !== undefined) || ((unit === 'D' || unit === 'W') && last.d !== undefined));
  if (!ok) {
    // Nothing to point back to: read it against the DCT.
    const r = relative({ start: 0, end: 0, text: '', p: { ...p, k: 'rel' } }, D, dctLabel);
    if (r) r.reason = `${p.cue ?? ''}: the ${rel} ${UNIT_NAMES[unit!]}, and no earlier date in the text: from ${dctLabel}`;
    return r;
  }
  const L = last!;
  const r: Resolved = { type: 'DATE', value: '', anchor: L.value, reason: `${p.cue ?? ''}: the ${rel} ${UNIT_NAMES[unit!]} after the last date mentioned (${L.value})` };
  if (off === 0) r.reason = `${p.cue ?? ''}: the ${UNIT_NAMES[unit!]} of the last date mentioned (${L.value})`;
  if (unit === 'Y') {
    r.value = pad(L.y + off, 4);
    r.date = { y: L.y + off, value: r.value };
  } else if (unit === 'M') {
    const { y, m } = addMonths(L.y, L.m!, off);
    r.value = fmtYm(y, m);
    r.date = { y, m, value: r.value };
  } else if (unit === 'W') {
    const day = addDays({ y: L.y, m: L.m!, d: L.d! }, 7 * off);
    r.value = fmtWeek(day);
    r.date = { y: day.y, m: day.m, value: r.value };
  } else {
    const day = addDays({ y: L.y, m: L.m!, d: L.d! }, off);
    r.value = fmtYmd(day);
    r.date = { y: day.y, m: day.m, d: day.d, value: r.value };
    return withTime(r, p, day);
  }
  return r;
}

/**
 * بعد ذلك بيومين، قبلها بأسبوع: the last date moved by the amount, at the anchor's own precision
 * (a day stays a day, weeks counted in days). Without an anchor precise enough for the unit — or
 * without any — the DCT would be a guess: it stays the duration it names.
 */
function shifted(p: Parsed, last: LastDate | undefined): Resolved | null {
  const off = p.offset ?? 0;
  const unit = p.unit!;
  const n = Math.abs(off);
  const dayUnit = unit === 'D' || unit === 'W';
  if (!last || (dayUnit && last.d === undefined) || (unit === 'M' && last.m === undefined)) {
    const r = duration({ k: 'dur', amount: n, unit }, 'DURATION');
    if (r) r.reason = `${p.cue ?? ''}: ${n} ${UNIT_NAMES[unit]}(s) from a date the text does not give precisely enough`;
    return r;
  }
  const reason = `${p.cue ?? ''}: ${n} ${UNIT_NAMES[unit]}(s) ${off < 0 ? 'before' : 'after'} the last date mentioned (${last.value})`;
  if (dayUnit) {
    const day = addDays({ y: last.y, m: last.m!, d: last.d! }, unit === 'W' ? 7 * off : off);
    const value = fmtYmd(day);
    return { type: 'DATE', value, anchor: last.value, reason, date: { y: day.y, m: day.m, d: day.d, value } };
  }
  if (unit === 'M') {
    const { y, m } = addMonths(last.y, last.m!, off);
    const value = fmtYm(y, m);
    return { type: 'DATE', value, anchor: last.value, reason, date: { y, m, value } };
  }
  const value = pad(last.y + off, 4);
  return { type: 'DATE', value, anchor: last.value, reason, date: { y: last.y + off, value } };
}

/** The year of a month (and day) written without one: by marker, by tense, else the nearest. */
function yearFor(m: number, d: number | undefined, marker: string | undefined, f: TimeMention, D: Ymd): { y: number; rule: string } {
  const name = EN_MONTHS[m - 1] + (d ? ` ${d}` : '');
  const here = m * 100 + (d ?? 0);
  const now = D.m * 100 + (d !== undefined ? D.d : 0);
  const at = `DCT ${fmtYmd(D)}`;
  if (marker === 'this') return { y: D.y, rule: `month + ${f.p.cue ?? 'الجاري'}: ${name} of the DCT year (${at})` };
  if (marker === 'next') {
    const y = here > now ? D.y : D.y + 1;
    return { y, rule: `month + ${f.p.cue ?? 'المقبل'}: next ${name} after ${at}` };
  }
  if (marker === 'last') {
    const y = here < now ? D.y : D.y - 1;
    return { y, rule: `month + ${f.p.cue ?? 'الماضي'}: last ${name} before ${at}` };
  }
  if (f.tense === 'future') {
    const y = here >= now ? D.y : D.y + 1;
    return { y, rule: `no year, future tense (${f.tenseCue}): next ${name} on or after ${at}` };
  }
  if (f.tense === 'past') {
    const y = here <= now ? D.y : D.y - 1;
    return { y, rule: `no year, past tense (${f.tenseCue}): last ${name} on or before ${at}` };
  }
  const dctDays = toDays(D);
  const dist = (y: number) => Math.abs(toDays({ y, m, d: d ?? 15 }) - dctDays);
  const y = dist(D.y - 1) <= dist(D.y) && dist(D.y - 1) <= dist(D.y + 1) ? D.y - 1 : dist(D.y) <= dist(D.y + 1) ? D.y : D.y + 1;
  return { y, rule: `no year, no tense cue: the ${name} nearest to ${at}` };
}

function date(f: TimeMention, D: Ymd, dctLabel: string, last: LastDate | undefined): Resolved | null {
  const p = f.p;
  const mod = p.mod;
  const done = (r: Resolved): Resolved => {
    if (mod && !r.mod) r.mod = mod;
    return r;
  };
  // Hijri
  if (p.hy !== undefined || p.hm !== undefined) return hijri(f, D, dctLabel);
  if (p.decade !== undefined) {
    return done({ type: 'DATE', value: pad(p.decade, 3), reason: `the ${p.decade}0s` });
  }
  if (p.century !== undefined) {
    return done({ type: 'DATE', value: pad(p.century, 2), reason: `the ${p.century + 1}th century (${p.century}00s)` });
  }

  // The year, when it is not written.
  let y = p.y;
  let why = 'explicit date';
  let anchor: string | undefined;
  if (y === undefined) {
    if (p.yearOffset !== undefined) {
      y = D.y + p.yearOffset;
      why = `year given as ${p.cue ?? 'relative'}: ${p.yearOffset === 0 ? 'the DCT year' : p.yearOffset < 0 ? 'the year before the DCT' : 'the year after the DCT'} (${dctLabel})`;
      anchor = dctLabel;
    } else if (p.anaphYear && last) {
      y = last.y;
      why = `${p.cue ? p.cue + ': ' : ''}no year, taken from the last date mentioned (${last.value})`;
      anchor = last.value;
    }
  }

  if (p.q !== undefined || p.half !== undefined) {
    if (y === undefined) { y = D.y; why = `no year: the DCT year (${dctLabel})`; anchor = dctLabel; }
    const value = p.q !== undefined ? `${pad(y, 4)}-Q${p.q}` : `${pad(y, 4)}-H${p.half}`;
    return done({ type: 'DATE', value, anchor, reason: `${p.q !== undefined ? 'quarter ' + p.q : 'half ' + p.half}; ${why}`, date: { y, value } });
  }

  if (p.season) {
    const sname = EN_SEASONS[p.season];
    if (y === undefined) {
      // The season relative to the DCT's own season.
      // Seasons counted SP SU FA WI; a winter belongs to the year of its December.
      const cur = D.m <= 2 ? (D.y - 1) * 4 + 3 : D.y * 4 + Math.floor((D.m - 3) / 3);
      const target = SEASON_ORDER.indexOf(p.season);
      let k = cur;
      const mk = p.marker ?? (f.tense === 'future' ? 'next' : f.tense === 'past' ? 'last' : 'this');
      if (mk === 'next') { k = cur + 1; while (k % 4 !== target) k++; }
      else if (mk === 'last') { k = cur - 1; while (((k % 4) + 4) % 4 !== target) k--; }
      else { k = cur - (cur % 4) + target; }
      y = Math.floor(k / 4);
      why = `${sname} + ${p.cue ?? mk}: ${mk === 'this' ? 'this' : mk === 'next' ? 'the next' : 'the last'} ${sname} from ${dctLabel}`;
      anchor = dctLabel;
    } else if (why === 'explicit date') why = `${sname} of ${y}`;
    const value = `${pad(y, 4)}-${p.season}`;
    return done({ type: 'DATE', value, anchor, reason: why, date: { y, value } });
  }

  if (p.m !== undefined) {
    let yr = y;
    if (yr === undefined) {
      const r = yearFor(p.m, p.d, p.marker, f, D);
      yr = r.y;
      why = r.rule;
      anchor = dctLabel;
      if (p.wd !== undefined && p.d !== undefined && isValidYmd(yr, p.m, p.d) && weekday({ y: yr, m: p.m, d: p.d }) !== p.wd) {
        // يوم الخميس 12 مايو: the year in which 12 May is a Thursday, if it is a neighbour
        for (const cand of [yr - 1, yr + 1]) {
          if (isValidYmd(cand, p.m, p.d) && weekday({ y: cand, m: p.m, d: p.d }) === p.wd) {
            yr = cand;
            why = `no year: the ${EN_MONTHS[p.m - 1]} ${p.d} nearest ${dctLabel} that falls on a ${EN_WEEKDAYS[p.wd]}`;
            break;
          }
        }
      }
    }
    if (p.d !== undefined) {
      if (!isValidYmd(yr, p.m, p.d)) {
        const value = fmtYm(yr, p.m);
        return done({ type: 'DATE', value, anchor, reason: `${why}; day ${p.d} does not exist in that month`, date: { y: yr, m: p.m, value } });
      }
      const day = { y: yr, m: p.m, d: p.d };
      const r = done({ type: 'DATE', value: fmtYmd(day), anchor, reason: why, date: { ...day, value: fmtYmd(day) } });
      return withTime(r, p, day);
    }
    const value = fmtYm(yr, p.m);
    return done({ type: 'DATE', value, anchor, reason: why, date: { y: yr, m: p.m, value } });
  }

  if (p.wd !== undefined) {
    const dctWd = weekday(D);
    const back = (dctWd - p.wd + 7) % 7; // days since the last such weekday (0 = the DCT itself)
    const fwd = (p.wd - dctWd + 7) % 7;
    let off: number;
    let rule: string;
    const name = EN_WEEKDAYS[p.wd];
    if (p.marker === 'last') { off = -(back === 0 ? 7 : back); rule = `${name} + ${p.cue}: the last ${name} before`; }
    else if (p.marker === 'next') { off = fwd === 0 ? 7 : fwd; rule = `${name} + ${p.cue}: the next ${name} after`; }
    else if (p.marker === 'this') { off = fwd <= 3 ? fwd : -back; rule = `${name} of this week:`; }
    else if (f.tense === 'future') { off = fwd; rule = `${name}, future tense (${f.tenseCue}): on or after`; }
    else if (f.tense === 'past') { off = -back; rule = `${name}, past tense (${f.tenseCue}): on or before`; }
    else { off = back <= fwd ? -back : fwd; rule = `${name}, no tense cue: the nearest to`; }
    const day = addDays(D, off);
    const r = done({ type: 'DATE', value: fmtYmd(day), anchor: dctLabel, reason: `${rule} ${dctLabel}`, date: { ...day, value: fmtYmd(day) } });
    return withTime(r, p, day);
  }

  if (y !== undefined) {
    const value = pad(y, 4);
    return done({ type: 'DATE', value, anchor, reason: why === 'explicit date' ? 'explicit year' : why, date: { y, value } });
  }
  return null;
}

function hijri(f: TimeMention, D: Ymd, dctLabel: string): Resolved | null {
  const p = f.p;
  let hy = p.hy;
  let anchor: string | undefined;
  let note = '';
  if (hy === undefined) {
    // A Hijri day and month without a year: the Hijri year of the DCT, or its neighbour nearest by tense.
    const h = toHijri(toDays(D));
    if (!h || p.hm === undefined) return null;
    const cands = [h.y - 1, h.y, h.y + 1].map((cy) => ({ cy, g: hijriToGregorian(cy, p.hm!, p.hd ?? 1) })).filter((c) => c.g);
    const dctDays = toDays(D);
    let best = cands[0];
    let bestScore = Infinity;
    for (const c of cands) {
      const delta = toDays(c.g!.date) - dctDays;
      if (f.tense === 'future' && delta < 0) continue;
      if (f.tense === 'past' && delta > 0) continue;
      if (Math.abs(delta) < bestScore) { bestScore = Math.abs(delta); best = c; }
    }
    if (!best) return null;
    hy = best.cy;
    anchor = dctLabel;
    note = `; no Hijri year: the one nearest ${dctLabel}${f.tense ? ` by tense (${f.tenseCue})` : ''}`;
  }
  if (p.hm === undefined) {
    const a = hijriToGregorian(hy, 1, 1), b = hijriToGregorian(hy + 1, 1, 1);
    if (!a || !b) return null;
    const endDay = fromDays(toDays(b.date) - 1);
    return {
      type: 'DATE', value: pad(a.date.y, 4),
      reason: `Hijri year ${hy} AH = ${fmtYmd(a.date)} … ${fmtYmd(endDay)} (Umm al-Qura); value: the Gregorian year it begins in`,
      date: { y: a.date.y, value: pad(a.date.y, 4) },
    };
  }
  if (p.hd === undefined) {
    const a = hijriToGregorian(hy, p.hm, 1);
    if (!a) return null;
    const mid = addDays(a.date, 14);
    const value = fmtYm(mid.y, mid.m);
    return { type: 'DATE', value, anchor, reason: `${HIJRI_MONTHS[p.hm - 1]} ${hy} AH begins ${fmtYmd(a.date)} (Umm al-Qura); value: the Gregorian month of its middle${note}`, date: { y: mid.y, m: mid.m, value } };
  }
  const g = hijriToGregorian(hy, p.hm, p.hd);
  if (!g) return null;
  const value = fmtYmd(g.date);
  const r: Resolved = {
    type: 'DATE', value, anchor,
    reason: `${p.hd} ${HIJRI_MONTHS[p.hm - 1]} ${hy} AH = ${value} (${g.exact ? 'Umm al-Qura' : 'arithmetic Hijri calendar, approximate'})${note}`,
    date: { ...g.date, value },
  };
  return withTime(r, p, g.date);
}

