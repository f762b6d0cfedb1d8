// Figures: numbers, quantities, percentages, money and ordinals, with their counted noun.
//
// One left-to-right pass over a paragraph's tokens. At each token we try, in order: an
// approximator (نحو، أكثر من …) followed by an amount; an amount (digits with an optional scale
// word, Arabic number words, a vague amount such as عشرات الآلاف, a fraction, a currency symbol
// with digits, الـ + digits); a dual noun (شهرين، مشكلتين); an ordinal (الأولى، الحادي عشر).
// An amount is then followed, maybe, by what it counts: a percent word, a currency (with its
// nationality: دينار عراقي), a unit from the lexicon, or an unknown noun when it clearly is one.
// Every lookup is a hash lookup on a token's normalized form; nothing here runs a regular
// expression over the text, so the pass is linear in the number of tokens.
//
// Choices worth knowing:
//  - Years and dates are the time pass's: a number after عام/سنة/a month name, a day number
//    before a month name, a 19xx/20xx number with nothing counted after it, and digits inside
//    15/9/2024 or 10:30 are not figures.
//  - Vague amounts (عشرات، مئات، آلاف، ملايين، بضعة) have value = the lower bound, range = [2×, 10×−1]
//    of their scale (عشرات = [20, 99], عشرات الآلاف = [20000, 99999], بضعة = [3, 9]) and approx.
//  - Approximators set approx. أقل من X also sets range [0, X]; أكثر من X sets no range (an open
//    upper bound has no JSON number), only approx — value stays X, the stated bound.
//  - Explicit ranges (بين 20 و30، من 5 إلى 10، 20-30) have value = the lower end and range.
//  - unit is an English name for counted nouns (soldier, month) and an ISO 4217 code for money
//    (USD, IQD); for a currency named without its country (دينار) it is the currency's name.
import { Figure, FigureKind } from '../types';
import { TextUnit } from '../textUnit';
import { Token, WordForm } from '../tokenize';
import { cliticReadings } from '../clitics';
import { currentKnowledgeBase } from '../kb';
import { isIgnorable } from '../normalize';
import {
  APPROXIMATORS, APPROX_AFTER, Approx, CURRENCY_CODES, CURRENCY_SYMBOLS, DEF_NUMBER_WORDS, MAX_UNIT_WORDS,
  NUMBER_WORDS, NumberWord, ORDINALS, ORDINAL_TEEN_ONLY, PERCENT_WORDS, PhraseIndex, UNITS, UnitInfo, vagueOfScale,
} from './lexicon';
import {
  DISEASE_WORDS, HARM_WORDS, RATE_ADVERBS, RATE_AFTER_FI, SAME_TIME_WORDS, HOUR_BEFORE_ORDINAL, TITLE_BEFORE_ORDINAL, RANK_BEFORE_ORDINAL, MONTH_BEFORE_ORDINAL, MONTH_WORDS, NOT_A_COUNTED_NOUN, TIME_BEFORE, YEAR_BEFORE, YEAR_OR_TIME_AFTER,
} from './context';
import { digitsValue, looksLikeYear } from './digits';

export function findFigures(unit: TextUnit): Figure[] {
  const out: Figure[] = [];
  try {
    new FigureScanner(unit).scan(out);
  } catch {
    // Never fail the analysis over one paragraph: keep what was found before the fault.
  }
  return out;
}

/** findFigures without the safety net, so that tests see a fault instead of a short result. */
export function findFiguresUnguarded(unit: TextUnit): Figure[] {
  const out: Figure[] = [];
  new FigureScanner(unit).scan(out);
  return out;
}

/** An amount read from tokens [first, end), before or after its counted noun is attached. */
interface Amount {
  first: number;
  end: number;
  value: number;
  range?: [number, number];
  approx?: boolean;
  mod?: Approx;
  /** The scale word that ended the number (3 آلاف → 1000), for ranges: بين 2 و3 ملايين. */
  scale?: number;
  /** After a vague amount the counted noun carries the article: آلاف الجنود. */
  defNounOk?: boolean;
  /** A bare 19xx/20xx: a year unless something counted follows. */
  yearLike?: boolean;
  /** الـ75 with nothing counted after it is an ordinal (الذكرى الـ75). */
  ordinalIfBare?: boolean;
  /** One word واحد/واحدة: may attach to the unit noun before it (يوم واحد). */
  one?: boolean;
  kind?: FigureKind;
  unit?: string;
  unitText?: string;
  /** The counted noun is already known (a dual noun, a currency symbol): do not look for one. */
  hasUnit?: boolean;
  /** Read, but the time pass's (عام ألفين وعشرين): consumed without a figure. */
  skip?: boolean;
}

const NO_READINGS: string[] = [];
/** cliticReadings of a token's form, memoized on the shared form: the same words come back in every paragraph. */
function formReadings(f: WordForm): string[] {
  return f.readings ?? (f.readings = cliticReadings(f.norm));
}

/** What a token can begin, as bits: an amount, a dual noun, an ordinal, an approximator, a range. */
const S_NUM = 1, S_DUAL = 2, S_ORD = 4, S_APPROX = 8, S_OPEN = 16;
/** Every normalized word that can begin a figure (through one of its clitic readings). */
const STARTERS = new Map<string, number>();
const starter = (k: string, bit: number) => STARTERS.set(k, (STARTERS.get(k) ?? 0) | bit);
starter('ال', S_NUM);
for (const k of ['ما', 'بين', 'من']) starter(k, S_OPEN);
for (const k of NUMBER_WORDS.keys()) starter(k, S_NUM);
for (const k of DEF_NUMBER_WORDS.keys()) starter(k, S_NUM);
for (const k of ORDINALS.keys()) starter(k, S_ORD);
for (const k of ORDINAL_TEEN_ONLY.keys()) starter(k, S_ORD);
for (const [k, info] of UNITS) if (info.number === 'dual' && !k.includes(' ')) starter(k, S_DUAL);
for (const k of APPROXIMATORS.firstWords()) starter(k, S_APPROX);

/** Short number words that are also common words once a clitic is stripped: لست، بست، بسبع. */
const NO_CLITIC_READING = new Set(['ست', 'سبع', 'تسع', 'عشر', 'الف', 'نصف']);
const TWO_AFTER_DUAL = new Set(['اثنين', 'اثنان', 'اثنتين', 'اثنتان']);
const RANGE_OPENERS = new Set(['بين', 'من']);
const RANGE_JOINERS = new Set(['و', 'الي', 'حتي', 'او']);

const CH_SLASH = 0x2f, CH_COLON = 0x3a, CH_BACKSLASH = 0x5c, CH_HYPHEN = 0x2d, CH_EN_DASH = 0x2013;

function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

class FigureScanner {
  private readonly toks: Token[];
  private readonly text: string;
  private readonly n: number;

  constructor(unit: TextUnit) {
    this.toks = unit.tokens;
    this.text = unit.text;
    this.n = unit.tokens.length;
  }

  scan(out: Figure[]): void {
    let i = 0;
    let minStart = 0;
    while (i < this.n) {
      const mask = this.startMask(i);
      if (mask === 0) {
        i++;
        continue;
      }
      const amt = this.matchAt(i, minStart, mask);
      if (amt && amt.end > i) {
        if (amt.skip) {
          i = amt.end;
          continue;
        }
        const fig = this.figure(amt);
        if (fig) {
          out.push(fig);
          i = minStart = amt.end;
          continue;
        }
      }
      i++;
    }
    this.casesInDiseaseStory(out);
  }

  /**
   * إصابة is an injury in a war story and a case in an epidemic (412 إصابة مؤكدة بحمى الضنك), مصاب
   * an injured or an infected person. The lexicon gives the injury; a paragraph that names a
   * disease and no violence or accident makes them cases. One pass over the paragraph's tokens,
   * only when such a figure was found.
   */
  private casesInDiseaseStory(out: Figure[]): void {
    if (!out.some((f) => f.unit === 'injury' || f.unit === 'injured')) return;
    let disease = false;
    for (let k = 0; k < this.n; k++) {
      for (const r of this.readings(k)) {
        if (HARM_WORDS.has(r)) return;
        if (DISEASE_WORDS.has(r)) disease = true;
      }
    }
    if (!disease) return;
    for (const f of out) {
      if (f.unit === 'injury') f.unit = 'case';
      else if (f.unit === 'injured') f.unit = 'infected';
    }
  }

  // ------------------------------------------------------------------ helpers

  /** What token i can begin (S_NUM | S_DUAL …), 0 for most tokens: one cached lookup. */
  private startMask(i: number): number {
    const t = this.toks[i];
    if (!t) return 0;
    if (t.kind === 'number') return S_NUM;
    if (t.kind === 'punct') return t.norm === '%' || t.norm === '٪' || CURRENCY_SYMBOLS.has(t.norm) ? S_NUM : 0;
    if (t.kind !== 'word') return 0;
    const f = t.form;
    let m = f.figStart;
    if (m === undefined) {
      m = 0;
      for (const r of formReadings(f)) m |= (STARTERS.get(r) ?? 0) | (genericDual(r) ? S_DUAL : 0);
      f.figStart = m;
    }
    return m;
  }

  private word(i: number): string {
    const t = this.toks[i];
    return t && t.kind === 'word' ? t.norm : '';
  }

  private readings(i: number): string[] {
    const t = this.toks[i];
    return t && t.kind === 'word' && t.norm ? formReadings(t.form) : NO_READINGS;
  }

  private readingIn(i: number, set: Set<string>): boolean {
    if (i < 0 || i >= this.n) return false;
    for (const r of this.readings(i)) if (set.has(r)) return true;
    return false;
  }

  private adjacent(a: number, b: number): boolean {
    return a >= 0 && b < this.n && this.toks[a].end === this.toks[b].start;
  }

  private punctIs(i: number, ...codes: number[]): boolean {
    const t = this.toks[i];
    return !!t && t.kind === 'punct' && codes.includes(this.text.charCodeAt(t.start));
  }

  private isNumberTok(i: number): boolean {
    return i >= 0 && i < this.n && this.toks[i].kind === 'number';
  }

  /** Longest phrase of `index` starting at token i (its first word may carry clitics). */
  private phraseAt<T>(index: PhraseIndex<T>, i: number, clitics: boolean): { end: number; value: T } | null {
    const t = this.toks[i];
    if (!t) return null;
    const firsts = t.kind === 'word' && clitics ? this.readings(i) : [t.norm];
    for (const first of firsts) {
      const cands = index.candidates(first);
      if (!cands) continue;
      for (const p of cands) {
        let ok = true;
        for (let k = 1; k < p.words.length; k++) {
          const tk = this.toks[i + k];
          if (!tk || tk.norm !== p.words[k]) { ok = false; break; }
        }
        if (ok) return { end: i + p.words.length, value: p.value };
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ the match at one token

  private matchAt(i: number, minStart: number, mask: number): Amount | null {
    const ap = mask & S_APPROX ? this.phraseAt(APPROXIMATORS, i, true) : null;
    if (ap && ap.end < this.n && this.startMask(ap.end) !== 0) {
      const amt = this.rangeOrAmount(ap.end, true) ?? this.dualNoun(ap.end);
      if (amt) {
        amt.first = i;
        amt.approx = true;
        amt.mod = ap.value;
        return amt;
      }
    }
    const amt = mask & (S_NUM | S_OPEN) ? this.rangeOrAmount(i, false) : null;
    if (amt) {
      // يوم واحد، مرة واحدة: 1 and 2 follow the noun they count.
      if (amt.one && !amt.unitText && i - 1 >= minStart) {
        const info = UNITS.get(this.word(i - 1));
        // (any form but the dual: the lexicon lists spelling variants with the plurals, جيغاواط واحد)
        if (info && !info.def && info.number !== 'dual') {
          amt.first = i - 1;
          this.setUnit(amt, info, i - 1, i);
        }
      }
      return amt;
    }
    return (mask & S_DUAL ? this.dualNoun(i) : null) ?? (mask & S_ORD ? this.ordinal(i) : null);
  }

  /** بين 20 و30 جنديا، من 5 إلى 10 سنوات، 20-30 — or a plain amount with its noun. */
  private rangeOrAmount(i: number, approximated: boolean): Amount | null {
    const mask = this.startMask(i);
    if (mask & S_OPEN && (this.readingIn(i, RANGE_OPENERS) || (this.word(i) === 'ما' && this.word(i + 1) === 'بين'))) {
      const k = this.word(i) === 'ما' ? i + 2 : i + 1;
      const a = this.amount(k, false);
      if (a && !a.hasUnit && !a.range) {
        const j = a.end;
        const joiner = this.word(j);
        let b: Amount | null = null;
        if (RANGE_JOINERS.has(joiner) && (joiner !== 'و' || this.word(i) !== 'من')) b = this.amount(j + 1, false);
        else if (joiner.length > 1 && joiner[0] === 'و' && this.word(i) !== 'من') b = this.wordNumber(j, true);
        if (b && !b.hasUnit && !b.range) {
          let lo = a.value;
          if (b.scale && !a.scale && lo < b.value / b.scale) lo *= b.scale; // بين 2 و3 ملايين
          if (b.value > lo && !(a.yearLike && b.yearLike)) {
            const r: Amount = { first: i, end: b.end, value: lo, range: [lo, b.value], scale: b.scale };
            return this.counted(r);
          }
        }
      }
    }
    const a = mask & S_NUM ? this.amount(i, approximated) : null;
    if (!a) return null;
    return a.hasUnit ? this.after(a) : this.counted(a);
  }

  // ------------------------------------------------------------------ amounts

  /** An amount starting at token i, without its counted noun. */
  private amount(i: number, approximated: boolean): Amount | null {
    const t = this.toks[i];
    if (!t) return null;
    if (t.kind === 'number') return this.digitAmount(i, approximated);
    if (t.kind === 'punct') {
      const c = this.text.charCodeAt(t.start);
      const code = CURRENCY_SYMBOLS.get(t.norm);
      if (code && this.isNumberTok(i + 1)) {
        const a = this.digitAmount(i + 1, true);
        if (!a) return null;
        return { ...a, first: i, kind: 'money', unit: code, unitText: t.norm, hasUnit: true, yearLike: false };
      }
      // %50: the sign typed before the number (right-to-left input).
      if ((c === 0x25 || c === 0x66a) && this.isNumberTok(i + 1) && this.adjacent(i, i + 1) && !this.isNumberTok(i - 1)) {
        const a = this.digitAmount(i + 1, true);
        if (!a) return null;
        return { ...a, first: i, kind: 'percent', hasUnit: true, yearLike: false };
      }
      return null;
    }
    if (t.kind !== 'word') return null;
    // الـ75، الـ 2500 جندي
    if (t.norm === 'ال' && this.isNumberTok(i + 1)) {
      const a = this.digitAmount(i + 1, true);
      if (!a) return null;
      return { ...a, first: i, ordinalIfBare: !approximated, yearLike: false };
    }
    return this.wordNumber(i, false) ?? this.vagueAmount(i) ?? this.fraction(i);
  }

  /** Digits, maybe with a scale word (2.5 مليار), ونصف, or a second group (2 مليون و500 ألف). */
  private digitAmount(i: number, approximated: boolean): Amount | null {
    const t = this.toks[i];
    if (this.notACount(i)) return null;
    const v = digitsValue(t.norm);
    if (v === null) return null;
    const a: Amount = { first: i, end: i + 1, value: v };
    if (looksLikeYear(t.norm, v) && !approximated) a.yearLike = true;
    // 20-30: a range; 2023-2024: years; 15-9-2024: a date.
    if (this.punctIs(i + 1, CH_HYPHEN, CH_EN_DASH) && this.adjacent(i, i + 1) && this.isNumberTok(i + 2) && this.adjacent(i + 1, i + 2)) {
      if (this.punctIs(i + 3, CH_HYPHEN, CH_EN_DASH) && this.isNumberTok(i + 4)) return null;
      const b = digitsValue(this.toks[i + 2].norm);
      if (b === null || b <= v || (a.yearLike && looksLikeYear(this.toks[i + 2].norm, b))) return null;
      a.range = [v, b];
      a.end = i + 3;
    }
    const s = this.scaleAt(a.end);
    if (s && s.form !== 'dual') {
      a.value *= s.scale;
      if (a.range) a.range = [a.range[0] * s.scale, a.range[1] * s.scale];
      a.scale = s.scale;
      a.end++;
      a.yearLike = false;
      this.halfAfterScale(a);
      // 2 مليون و500 ألف · 41 ألفا و788 شهيدا
      if (!a.range && this.word(a.end) === 'و' && this.isNumberTok(a.end + 1)) {
        const v2 = digitsValue(this.toks[a.end + 1].norm);
        const s2 = this.scaleAt(a.end + 2);
        if (v2 !== null && s2 && s2.form !== 'dual' && s2.scale < s.scale) {
          a.value += v2 * s2.scale;
          a.end += 3;
        } else if (v2 !== null && !s2 && v2 < s.scale) {
          a.value += v2;
          a.end += 2;
        }
      }
    }
    return a;
  }

  private scaleAt(j: number): { scale: number; form: 'sg' | 'dual' | 'pl' } | null {
    const e = NUMBER_WORDS.get(this.word(j));
    return e && e.scale ? { scale: e.scale, form: e.scaleForm ?? 'sg' } : null;
  }

  /** مليون ونصف (المليون): half of the last scale. */
  private halfAfterScale(a: Amount): void {
    if (!a.scale) return;
    let j = a.end;
    let w = this.word(j);
    let span = 1;
    if (w === 'و') { w = this.word(j + 1); span = 2; }
    else if (w.length > 1 && w[0] === 'و') w = w.slice(1);
    else return;
    const f = NUMBER_WORDS.get(w)?.fraction;
    if (!f) return;
    a.value += f * a.scale;
    j += span;
    const d = DEF_NUMBER_WORDS.get(this.word(j));
    if (d && d.scale === a.scale) j++;
    a.end = j;
  }

  /** Digits that are not counts: parts of dates, times, model names; years and days of months. */
  private notACount(i: number): boolean {
    const t = this.toks[i];
    const prev = i - 1, next = i + 1;
    if (prev >= 0 && this.adjacent(prev, i)) {
      const p = this.toks[prev];
      if (p.kind === 'punct') {
        if (this.punctIs(prev, CH_SLASH, CH_COLON, CH_BACKSLASH) && this.isNumberTok(prev - 1) && this.adjacent(prev - 1, prev)) return true;
        if (this.punctIs(prev, CH_HYPHEN, CH_EN_DASH) && prev - 1 >= 0 && this.adjacent(prev - 1, prev)
          && (this.toks[prev - 1].kind === 'word' || this.toks[prev - 1].kind === 'number')) return true; // F-16, كوفيد-19
      } else if (p.kind === 'word' && isLatinLetter(p.norm.charCodeAt(p.norm.length - 1))) return true; // G20
    }
    if (next < this.n && this.adjacent(i, next)) {
      const q = this.toks[next];
      if (this.punctIs(next, CH_SLASH, CH_COLON, CH_BACKSLASH) && this.isNumberTok(next + 1) && this.adjacent(next, next + 1)) return true;
      if (q.kind === 'word' && isLatinLetter(q.norm.charCodeAt(0)) && !CURRENCY_CODES.has(q.norm.toUpperCase())) return true; // 5G
    }
    // Years, days of months and times of day belong to the time pass.
    if (this.readingIn(prev, YEAR_BEFORE) || this.readingIn(prev, MONTH_WORDS) || this.readingIn(prev, TIME_BEFORE)) return true;
    // كانون الثاني 2020، جمادى الأولى 1445
    if (prev - 1 >= 0 && ORDINALS.has(this.word(prev)) && this.readingIn(prev - 1, MONTH_BEFORE_ORDINAL)) return true;
    if (this.readingIn(next, MONTH_WORDS)) return true;
    if (this.word(next) === 'من' && this.readingIn(next + 1, MONTH_WORDS)) return true;
    if (next < this.n && YEAR_OR_TIME_AFTER.has(this.toks[next].norm) && t.norm.length <= 4) return true;
    return false;
  }

  /** The number word at token i (the first word may carry clitics: وخمسة، بثلاثة). */
  private firstNumberWord(i: number, conjFirst: boolean): NumberWord | undefined {
    const w = this.word(i);
    if (!w) return undefined;
    if (conjFirst) return w.length > 1 && w[0] === 'و' ? NUMBER_WORDS.get(w.slice(1)) : undefined;
    const rs = this.readings(i);
    for (let k = 0; k < rs.length; k++) {
      const r = rs[k];
      if (k > 0 && NO_CLITIC_READING.has(r)) continue;
      const e = NUMBER_WORDS.get(r) ?? DEF_NUMBER_WORDS.get(r);
      if (e) return e;
    }
    return undefined;
  }

  /**
   * Arabic cardinal words: خمسة وعشرون، ثلاثمئة وخمسون ألفا، مليونان ونصف، أحد عشر، ثلاث مئة.
   * Inside a group the order is hundreds, then units, then tens (مئة وخمسة وعشرون = 125);
   * groups are joined by و after a scale word, each scale smaller than the one before.
   */
  private wordNumber(i: number, conjFirst: boolean): Amount | null {
    const e0 = this.firstNumberWord(i, conjFirst);
    if (!e0 || e0.vague || (e0.scale && e0.scaleForm === 'pl') || (e0.fraction && !e0.unit)) return null;
    let total = 0, group = 0, lastScale = Infinity, lastScaleForm: 'sg' | 'dual' | 'pl' | undefined;
    let hasH = false, hasU = false, hasT = false, hasTeen = false;
    let last: 'none' | 'H' | 'U' | 'teenU' | 'teen' | 'T' | 'S' = 'none';
    let lastUnit = 0, pendingTeen = 0, teenStart = -1;
    let j = i, end = i, words = 0;
    while (j < this.n) {
      let e: NumberWord | undefined;
      let conj = false, span = 1;
      if (j === i) e = e0;
      else {
        let w = this.word(j);
        if (!w) break;
        if (w === 'و' && this.word(j + 1)) { conj = true; span = 2; w = this.word(j + 1); }
        else if (w.length > 1 && w[0] === 'و') { conj = true; w = w.slice(1); }
        e = NUMBER_WORDS.get(w);
        // مليون و200 ألف · مليونين و500: digits after a scale word continue the number.
        if (!e && w === 'و' && last === 'S' && this.isNumberTok(j + 1)) {
          const v2 = digitsValue(this.toks[j + 1].norm);
          const s2 = this.scaleAt(j + 2);
          if (v2 !== null && s2 && s2.form !== 'dual' && s2.scale < lastScale) {
            total += v2 * s2.scale;
            lastScale = s2.scale;
            end = j + 3;
          } else if (v2 !== null && !s2 && v2 < lastScale) {
            total += v2;
            last = 'U';
            end = j + 2;
          }
          break;
        }
      }
      if (!e) break;
      const groupEmpty = !hasH && !hasU && !hasT && !hasTeen;
      let ok = false;
      if (!conj && e.teenTen && j > i && (last === 'teenU' || (last === 'U' && lastUnit >= 3 && lastUnit <= 9))) {
        group += last === 'teenU' ? pendingTeen + 10 : 10;
        hasTeen = true; hasU = false; last = 'teen'; ok = true;
      } else if (last === 'teenU') {
        break;
      } else if (!conj && e.hundredWord && j > i && last === 'U' && lastUnit >= 3 && lastUnit <= 9 && !hasH) {
        group += lastUnit * 99;
        hasH = true; hasU = false; last = 'H'; ok = true;
      } else if (e.scale && (!conj || (last === 'S' && groupEmpty)) && e.scale < lastScale) {
        let mult = 0;
        if (e.scaleForm === 'dual') mult = groupEmpty ? 2 : 0;
        else if (e.scaleForm === 'pl') mult = groupEmpty ? 0 : group;
        // ألفا شخص، مليونا دولار: a dual in construct when nothing comes before it.
        else mult = groupEmpty ? (j === i && e0IsConstructDual(this.word(i)) ? 2 : 1) : group;
        if (mult > 0) {
          total += mult * e.scale;
          group = 0; hasH = hasU = hasT = hasTeen = false;
          lastScale = e.scale; lastScaleForm = e.scaleForm; last = 'S'; ok = true;
        }
      } else if (j === i || conj) {
        if (e.hundreds && groupEmpty) {
          group += e.hundreds; hasH = true; last = 'H'; ok = true;
        } else if (e.unit && !hasU && !hasT && !hasTeen) {
          group += e.unit; hasU = true; lastUnit = e.unit; last = 'U'; ok = true;
        } else if (e.teenUnit && !hasU && !hasT && !hasTeen) {
          pendingTeen = e.teenUnit; teenStart = j; last = 'teenU'; ok = true;
        } else if (e.teen && !hasU && !hasT && !hasTeen) {
          group += e.teen; hasTeen = true; last = 'teen'; ok = true;
        } else if (e.tens && !hasT && !hasTeen && (!hasU || lastUnit <= 9)) {
          group += e.tens; hasT = true; last = 'T'; ok = true;
        } else if (e.fraction && conj && (last === 'S' || group > 0)) {
          // مليون ونصف، ثلاثة ونصف
          if (last === 'S') {
            total += e.fraction * lastScale;
            j += span;
            const d = DEF_NUMBER_WORDS.get(this.word(j));
            if (d && d.scale === lastScale) j++;
          } else {
            group += e.fraction;
            j += span;
          }
          end = j;
          words++;
          break;
        }
      }
      if (!ok) break;
      j += span;
      if (last !== 'teenU') end = j;
      words++;
    }
    if (last === 'teenU') {
      // أحد/إحدى without عشر: "one of", not a number.
      if (teenStart <= i) return null;
      end = teenStart;
    }
    if (end <= i) return null;
    const value = total + group;
    if (!(value > 0) || !Number.isFinite(value)) return null;
    // عام ألفين: a year in words belongs to the time pass.
    const a: Amount = { first: i, end, value };
    if (value >= 1000 && this.readingIn(i - 1, YEAR_BEFORE)) a.skip = true;
    if (lastScaleForm && last === 'S') a.scale = lastScale;
    if (words === 1 && e0.unit === 1) a.one = true;
    return a;
  }

  /** عشرات، مئات، آلاف، ملايين، بضعة — and their products: عشرات الآلاف، بضعة آلاف، بضع مئات. */
  private vagueAmount(i: number): Amount | null {
    let e: NumberWord | undefined;
    for (const r of this.readings(i)) {
      e = NUMBER_WORDS.get(r) ?? DEF_NUMBER_WORDS.get(r);
      if (e) break;
    }
    if (!e) return null;
    let range: [number, number] | null = null;
    if (e.vague) range = [e.vague[0], e.vague[1]];
    else if (e.scale && e.scaleForm === 'pl') range = vagueOfScale(e.scale);
    if (!range) return null;
    let end = i + 1;
    let scale: number | undefined = e.scale;
    const nw = this.word(end);
    const next = NUMBER_WORDS.get(nw) ?? DEF_NUMBER_WORDS.get(nw);
    let mult = 0;
    if (next?.scale && next.scaleForm !== 'dual' && (!scale || next.scale > scale)) mult = next.scale;
    else if (next?.vague && next.vague[0] === 200 && range[1] < 10) mult = 100; // بضع مئات
    if (mult) {
      range = [range[0] * mult, (range[1] + 1) * mult - 1];
      scale = mult;
      end++;
    }
    return { first: i, end, value: range[0], range, approx: true, defNounOk: true, scale };
  }

  /** نصف، ربع، ثلث، ثلثي — alone (نصف السكان) or of a scale or unit (نصف مليون، ربع ساعة). */
  private fraction(i: number): Amount | null {
    const rs = this.readings(i);
    let f: number | undefined;
    for (let k = 0; k < rs.length; k++) {
      if (k > 0 && rs[k - 1][0] === 'و' && rs[k] === rs[k - 1].slice(1)) continue; // ونصف is a half of something before
      f = NUMBER_WORDS.get(rs[k])?.fraction;
      if (f) break;
    }
    if (!f) return null;
    const a: Amount = { first: i, end: i + 1, value: f };
    const nw = this.word(i + 1);
    const s = NUMBER_WORDS.get(nw) ?? DEF_NUMBER_WORDS.get(nw);
    if (s?.scale && s.scaleForm === 'sg') {
      a.value *= s.scale;
      a.scale = s.scale;
      a.end++;
    }
    return a;
  }

  // ------------------------------------------------------------------ what is counted

  /** Attaches what follows an amount: a percent word, a currency, a unit noun, an unknown noun. */
  private counted(a: Amount): Amount | null {
    let j = a.end;
    const pct = this.phraseAt(PERCENT_WORDS, j, false);
    if (pct) {
      a.kind = 'percent';
      a.end = pct.end;
      a.yearLike = a.ordinalIfBare = false;
      return this.after(a);
    }
    const t = this.toks[j];
    if (t && t.kind === 'punct') {
      const code = CURRENCY_SYMBOLS.get(t.norm);
      if (code) {
        a.kind = 'money'; a.unit = code; a.unitText = t.norm; a.end = j + 1;
        a.yearLike = a.ordinalIfBare = false;
        return this.after(a);
      }
    }
    if (t && t.kind === 'word' && CURRENCY_CODES.has(t.norm.toUpperCase()) && /^[A-Za-z]{3}$/.test(t.norm)) {
      a.kind = 'money'; a.unit = t.norm.toUpperCase(); a.unitText = t.norm; a.end = j + 1;
      a.yearLike = a.ordinalIfBare = false;
      return this.after(a);
    }
    // عشرات من المتظاهرين
    let from = j;
    if (a.defNounOk && this.word(j) === 'من') from = j + 1;
    const u = this.unitAt(from, !!a.defNounOk);
    if (u) {
      this.setUnit(a, u.info, from, u.end);
      a.yearLike = a.ordinalIfBare = false;
      return this.after(a);
    }
    // اثنين من رؤساء الوزراء، خمسة من الجنود: a number, من, and the people or things it counts.
    const of = this.countedAfterMin(a, j);
    if (of) {
      this.setUnit(a, of.info, j + 1, of.end);
      a.yearLike = a.ordinalIfBare = false;
      return this.after(a);
    }
    // الدقيقة 90، المادة 140: a number labelling the noun before it counts nothing after it.
    const prev = this.word(a.first - 1);
    const labelled = prev.startsWith('ال') && !STARTERS.has(prev) && this.toks[a.first].kind === 'number'
      && !this.word(from).endsWith('ا'); // …but الوزارة 25 تقريرا: an accusative noun is counted
    if (!a.yearLike && !a.ordinalIfBare && !labelled && this.countedNoun(from, !!a.defNounOk)) {
      a.kind = 'quantity';
      // 43 سورياً، 40 ألف فلسطيني: a nationality counts people.
      if (currentKnowledgeBase().gentilic(this.word(from))) a.unit = 'person';
      a.unitText = this.surface(from, from + 1);
      a.end = from + 1;
      return this.after(a);
    }
    if (a.yearLike) return null;
    if (a.ordinalIfBare && Number.isInteger(a.value) && a.value >= 1) a.kind = 'ordinal';
    return this.after(a);
  }

  /**
   * A unit noun after من, with or without the article (اثنين من رؤساء الوزراء، ثلاثة من الجنود):
   * the partitive names what is counted. Not for one (واحد من أبرز …: "one of", not a count), years
   * (2019 من الجنود is not a phrase), money or time units (ثلاثة من الأشهر is rare; الخامس من الشهر a date).
   */
  private countedAfterMin(a: Amount, j: number): { info: UnitInfo; end: number } | null {
    if (a.defNounOk || a.yearLike || a.value < 2 || this.word(j) !== 'من') return null;
    const u = this.unitAt(j + 1, true);
    return u && !u.info.money && !u.info.time ? u : null;
  }

  /** The unit noun(s) at token j, longest first: متر مربع before متر. */
  private unitAt(j: number, allowDef: boolean): { info: UnitInfo; end: number } | null {
    if (!this.word(j)) return null;
    const keys: string[] = [];
    let key = '';
    for (let k = 0; k < MAX_UNIT_WORDS && j + k < this.n; k++) {
      const w = this.word(j + k);
      if (!w) break;
      key = k === 0 ? w : key + ' ' + w;
      keys.push(key);
    }
    for (let k = keys.length - 1; k >= 0; k--) {
      const info = UNITS.get(keys[k]);
      if (info && (allowDef || !info.def)) return { info, end: j + k + 1 };
    }
    return null;
  }

  /** Sets kind/unit/unitText from a lexicon unit written on tokens [from, end); a currency takes
   * its nationality adjective if one follows (دينار عراقي → IQD). */
  private setUnit(a: Amount, info: UnitInfo, from: number, end: number): void {
    let unit = info.unit;
    if (info.money && info.qualifiers) {
      const code = info.qualifiers.get(this.word(end));
      if (code) { unit = code; end++; }
    }
    a.kind = info.money ? 'money' : 'quantity';
    a.unit = unit;
    a.unitText = this.surface(from, end);
    a.end = Math.max(a.end, end);
  }

  /** A word right after an amount that is clearly a noun (so what is counted), though unknown. */
  private countedNoun(j: number, allowDef: boolean): boolean {
    const t = this.toks[j];
    if (!t || t.kind !== 'word') return false;
    const w = t.norm;
    const c0 = w.charCodeAt(0);
    if (w.length < 2 || c0 < 0x621 || c0 > 0x64a) return false;
    if (NOT_A_COUNTED_NOUN.has(w) || MONTH_WORDS.has(w)) return false;
    if (NUMBER_WORDS.has(w) || DEF_NUMBER_WORDS.has(w) || ORDINALS.has(w)) return false;
    // و/ي/سي/ست at the start: a new clause (وأصيب) or a verb (يعملون، سيتم), not a noun;
    // ب/ل/ك: a preposition (أصيب 3 بجروح). Nouns that start so are in the lexicon.
    const c = w[0];
    if (c === 'و' || c === 'ي' || c === 'ب' || c === 'ل' || c === 'ك' || w.startsWith('سي') || w.startsWith('ست')) return false;
    // A pronoun suffix: حتفهم، منزلها — a possessed noun, not what is counted.
    if (/(?:هم|هن|هما|ها|كم)$/.test(w)) return false;
    if (!allowDef && w.startsWith('ال')) return false;
    const rs = this.readings(j);
    for (let k = 1; k < rs.length; k++) {
      if (NOT_A_COUNTED_NOUN.has(rs[k]) || (rs[k].startsWith('ال') && !allowDef)) return false;
    }
    return true;
  }

  /** What may close a figure: ونصف after a unit (ساعتين ونصف), تقريبا، فأكثر. */
  private after(a: Amount): Amount {
    if (!a.scale && Number.isInteger(a.value) && a.unit && !a.range) {
      let w = this.word(a.end), span = 1;
      if (w === 'و') { w = this.word(a.end + 1); span = 2; }
      else if (w.length > 1 && w[0] === 'و') w = w.slice(1);
      else w = '';
      const f = w ? NUMBER_WORDS.get(w)?.fraction : undefined;
      if (f) { a.value += f; a.end += span; }
    }
    const ap = this.phraseAt(APPROX_AFTER, a.end, false);
    if (ap) {
      a.approx = true;
      if (!a.mod || a.mod === 'approx') a.mod = ap.value;
      a.end = ap.end;
    }
    this.rate(a);
    return a;
  }

  /**
   * 2 مليون برميل يوميا، 500 متر مكعب في الثانية: a counted unit followed by يوميا/سنويا or في +
   * a time unit is a rate (barrel per day, cubic metre per second). في الثانية joins the span (so
   * الثانية is not read again as an ordinal); يوميا does not, being the time pass's (a SET). Money keeps its
   * currency code, which other rules read. في اليوم التالي، في الساعة 10، في اليوم نفسه name a
   * particular day or hour and are left alone.
   */
  private rate(a: Amount): void {
    if (!a.unit || a.kind === 'money' || a.unit.includes(' per ')) return;
    const j = a.end;
    let per = RATE_ADVERBS.get(this.word(j));
    if (!per && this.word(j) === 'في') {
      per = RATE_AFTER_FI.get(this.word(j + 1));
      const next = this.toks[j + 2];
      if (per && next && (next.kind === 'number' || (next.kind === 'word' && (next.norm.startsWith('ال') || SAME_TIME_WORDS.has(next.norm))))) per = undefined;
    }
    if (!per || per === a.unit) return;
    a.unit = `${a.unit} per ${per}`;
    if (this.word(j) === 'في') a.end = j + 2;
  }

  // ------------------------------------------------------------------ dual nouns, ordinals

  /** شهرين = 2 months, مشكلتين = 2 problems, دولارين = 2 USD; جنديين اثنين. */
  private dualNoun(i: number): Amount | null {
    const t = this.toks[i];
    if (t.kind !== 'word') return null;
    const rs = this.readings(i);
    let a: Amount | null = null;
    for (const r of rs) {
      const info = UNITS.get(r);
      if (info && info.number === 'dual' && (!info.def || info.time)) {
        a = { first: i, end: i + 1, value: 2, hasUnit: true };
        this.setUnit(a, info, i, i + 1);
        break;
      }
    }
    if (!a) {
      for (const r of rs) {
        if (genericDual(r)) {
          a = { first: i, end: i + 1, value: 2, hasUnit: true, kind: 'quantity', unitText: this.surface(i, i + 1) };
          break;
        }
        if (NOT_A_COUNTED_NOUN.has(r)) break;
      }
    }
    if (!a) return null;
    if (TWO_AFTER_DUAL.has(this.word(a.end))) a.end++;
    return this.after(a);
  }

  /** الأول، الأولى، الثانية، ثالثا، الحادي عشر، الخامس والعشرين. */
  private ordinal(i: number): Amount | null {
    const t = this.toks[i];
    if (t.kind !== 'word') return null;
    let value: number | undefined, teenOnly = false, form = '';
    for (const r of this.readings(i)) {
      value = ORDINALS.get(r);
      if (value === undefined) { value = ORDINAL_TEEN_ONLY.get(r); teenOnly = value !== undefined; }
      if (value !== undefined) { form = r; break; }
    }
    if (value === undefined) return null;
    // كانون الثاني، ربيع الأول, الساعة الثانية: month names and hours are the time pass's.
    if (this.readingIn(i - 1, MONTH_BEFORE_ORDINAL) || this.readingIn(i - 1, HOUR_BEFORE_ORDINAL)) return null;
    if (value === 1 && (this.readingIn(i - 1, TITLE_BEFORE_ORDINAL) || (t.norm === 'اول' && this.readingIn(i - 1, RANK_BEFORE_ORDINAL)))) return null;
    // الأولى and الأولي (preliminary) normalize alike: trust ى; with ي, only after a feminine noun.
    if (form.endsWith('اولي') && this.lastLetter(t) !== 0x649) {
      const p = this.word(i - 1);
      if (!p || p[p.length - 1] !== 'ه') return null;
    }
    let end = i + 1;
    const next = NUMBER_WORDS.get(this.word(end));
    if (next?.teenTen && value <= 9) {
      value += 10;
      end++;
    } else if (value <= 9) {
      let w = this.word(end), span = 1;
      if (w === 'و') { w = this.word(end + 1); span = 2; }
      else if (w.length > 1 && w[0] === 'و') w = w.slice(1);
      else w = '';
      const tens = w ? DEF_NUMBER_WORDS.get(w)?.tens : undefined;
      if (tens) { value += tens; end += span; }
      else if (teenOnly) return null;
    } else if (teenOnly) return null;
    // السابع من أكتوبر، الحادي عشر من سبتمبر: a day of a month, read whole by the time pass.
    if (this.dayOfMonthAt(end)) return { first: i, end, value, skip: true };
    return { first: i, end, value, kind: 'ordinal', hasUnit: true };
  }

  /** السابع من أكتوبر، الحادي عشر من سبتمبر: a day of a month follows — the time pass's. */
  private dayOfMonthAt(j: number): boolean {
    return this.readingIn(j, MONTH_WORDS) || (this.word(j) === 'من' && this.readingIn(j + 1, MONTH_WORDS));
  }

  private lastLetter(t: Token): number {
    for (let k = t.end - 1; k >= t.start; k--) {
      const c = this.text.charCodeAt(k);
      if (!isIgnorable(c)) return c;
    }
    return 0;
  }

  // ------------------------------------------------------------------ output

  private surface(from: number, end: number): string {
    return this.text.slice(this.toks[from].start, this.toks[end - 1].end);
  }

  private figure(a: Amount): Figure | null {
    if (a.end <= a.first || a.end > this.n || !Number.isFinite(a.value)) return null;
    const start = this.toks[a.first].start;
    const end = this.toks[a.end - 1].end;
    const fig: Figure = { start, end, text: this.text.slice(start, end), kind: a.kind ?? 'number', value: a.value };
    if (a.unit !== undefined) fig.unit = a.unit;
    if (a.unitText !== undefined) fig.unitText = a.unitText;
    if (a.approx) fig.approx = true;
    let range = a.range;
    if (!range && a.mod === 'less') range = [0, a.value];
    if (range && Number.isFinite(range[0]) && Number.isFinite(range[1]) && range[0] <= range[1]) fig.range = range;
    return fig;
  }
}

/** ألفا/مليونا/مليارا as the first word: the dual in construct (ألفا شخص = 2000). */
function e0IsConstructDual(w: string): boolean {
  return w === 'الفا' || w === 'مليونا' || w === 'مليارا';
}

/** An indefinite feminine dual of a noun the lexicon does not know: مشكلتين، دولتين، جلستان.
 * Masculine duals (-ين/-ان) cannot be told from plurals (مدنيين) and are left out. */
function genericDual(w: string): boolean {
  if (w.length < 6 || w.startsWith('ال')) return false;
  const e2 = w.charCodeAt(w.length - 2), e1 = w.charCodeAt(w.length - 1);
  // …تين / …تان
  if (w.charCodeAt(w.length - 3) !== 0x62a || !((e2 === 0x64a && e1 === 0x646) || (e2 === 0x627 && e1 === 0x646))) return false;
  const before = w.charCodeAt(w.length - 4);
  if (before === 0x627 || before === 0x648) return false; // بساتين، روتين
  if (before === 0x633 && e2 === 0x627) return false; // أفغانستان، كردستان
  return !DUAL_LOOKALIKES.has(w);
}

/** Words that end like a feminine dual and are not one. */
const DUAL_LOOKALIKES = new Set([
  'مارتين', 'بروتين', 'كريستين', 'فالنتين', 'ارجنتين', 'الارجنتين', 'كونتين', 'جاستين', 'اوغستين', 'برنشتين',
  'كوارنتين', 'سوفيتين', 'قسطنطين', 'لاتين', 'روتين', 'بوتين', 'فلنتين', 'سكوتين',
]);

/**
 * The figures that are not part of a time expression: in "عشرة أيام" or "الرابع من ذي الحجة" the
 * number is read with the date or duration (a reader sees it once, in Dates), not again as a figure.
 */
export function figuresOutside(figures: Figure[], times: readonly { start: number; end: number }[]): Figure[] {
  if (!times.length || !figures.length) return figures;
  return figures.filter((f) => !times.some((t) => t.start <= f.start && f.end <= t.end));
}
