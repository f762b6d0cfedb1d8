// The word lists the figures pass looks tokens up in, built once from data/lexicon/numbers.json
// and units.json. The JSON is written in ordinary spelling; here every form is normalized (the
// tokens' `norm` is what we compare against) and the regular forms are generated: accusative
// (جنديا), dual (جنديين، سنتين), article (الجنود), feminine and article forms of currency
// qualifiers (دنانير عراقية). Everything is a Map or Set: one hash lookup per token.
import numbersJson from '../../../../data/lexicon/numbers.json';
import unitsJson from '../../../../data/lexicon/units.json';
import { normalizeWord } from '../normalize';

const norm = (s: string): string => normalizeWord(s.trim());

// ---------------------------------------------------------------- number words

/** What a number word can be; one word may play several roles (عشرة: 10, or the ten of a teen). */
export interface NumberWord {
  unit?: number; // 1–10
  teenUnit?: number; // أحد/إحدى/اثنا/اثني: only before عشر/عشرة
  teenTen?: boolean; // عشر/عشرة after a unit: 13 = ثلاثة عشر
  teen?: number; // one-token teens (dialect: خمستاشر)
  tens?: number; // 20–90
  hundreds?: number; // 100–900 in one token (مئة، ثلاثمئة، مئتين)
  hundredWord?: boolean; // مئة/مائة, which multiplies a preceding unit: ثلاث مئة
  scale?: number; // ألف، مليون، مليار، تريليون
  scaleForm?: 'sg' | 'dual' | 'pl';
  vague?: [number, number]; // عشرات، مئات، بضعة
  fraction?: number; // نصف، ربع، ثلث، ثلثي
}

interface NumbersJson {
  units: Record<string, string[]>;
  teenUnits: Record<string, string[]>;
  teenTens: string[];
  teens: Record<string, string[]>;
  tens: Record<string, string[]>;
  hundreds: Record<string, string[]>;
  hundredWords: string[];
  scales: Record<string, { sg: string[]; dual: string[]; pl: string[] }>;
  vague: Record<string, unknown>;
  fractions: Record<string, number>;
  ordinals: Record<string, string[]>;
  ordinalTeenUnits: Record<string, string[]>;
  approximators: Record<string, unknown>;
  approxAfter: string[];
  percentWords: string[];
}
const N = numbersJson as unknown as NumbersJson;

/** Indefinite number words, by normalized form. */
export const NUMBER_WORDS = new Map<string, NumberWord>();
/** Number words with the article: الخمسة، العشرين، العشرات، الآلاف، المليون. */
export const DEF_NUMBER_WORDS = new Map<string, NumberWord>();

function addWord(map: Map<string, NumberWord>, form: string, patch: NumberWord): void {
  const k = norm(form);
  if (!k) return;
  const e = map.get(k);
  if (e) Object.assign(e, { ...patch, ...e });
  else map.set(k, { ...patch });
}

for (const [v, forms] of Object.entries(N.units)) {
  for (const f of forms) {
    addWord(NUMBER_WORDS, f, { unit: Number(v) });
    // الاثنين is Monday far more often than "the two"; الواحد is "the one" (God, or an idiom).
    if (Number(v) >= 3) addWord(DEF_NUMBER_WORDS, 'ال' + norm(f), { unit: Number(v) });
  }
}
for (const [v, forms] of Object.entries(N.teenUnits)) for (const f of forms) addWord(NUMBER_WORDS, f, { teenUnit: Number(v) });
for (const f of N.teenTens) addWord(NUMBER_WORDS, f, { teenTen: true });
for (const [v, forms] of Object.entries(N.teens)) for (const f of forms) addWord(NUMBER_WORDS, f, { teen: Number(v) });
for (const [v, forms] of Object.entries(N.tens)) {
  for (const f of forms) {
    addWord(NUMBER_WORDS, f, { tens: Number(v) });
    addWord(DEF_NUMBER_WORDS, 'ال' + norm(f), { tens: Number(v) });
  }
}
for (const [v, forms] of Object.entries(N.hundreds)) for (const f of forms) addWord(NUMBER_WORDS, f, { hundreds: Number(v) });
for (const f of N.hundredWords) addWord(NUMBER_WORDS, f, { hundredWord: true });
for (const [v, forms] of Object.entries(N.scales)) {
  const scale = Number(v);
  for (const form of ['sg', 'dual', 'pl'] as const) {
    for (const f of forms[form]) {
      addWord(NUMBER_WORDS, f, { scale, scaleForm: form });
      if (form !== 'dual') addWord(DEF_NUMBER_WORDS, 'ال' + norm(f), { scale, scaleForm: form });
    }
  }
}
for (const [f, r] of Object.entries(N.vague)) {
  if (f.startsWith('$') || !Array.isArray(r)) continue;
  const range: [number, number] = [Number(r[0]), Number(r[1])];
  addWord(NUMBER_WORDS, f, { vague: range });
  addWord(DEF_NUMBER_WORDS, 'ال' + norm(f), { vague: range });
}
for (const [f, v] of Object.entries(N.fractions)) {
  addWord(NUMBER_WORDS, f, { fraction: v });
  // نصفهم، ثلثها: a fraction of them (the pronoun says of what); not on duals (ثلثي).
  if (!norm(f).endsWith('ي')) for (const suffix of ['هم', 'ها', 'هن', 'هما']) addWord(NUMBER_WORDS, norm(f) + suffix, { fraction: v });
}

/** The range a plural scale word alone stands for: آلاف = [2000, 9999]. */
export function vagueOfScale(scale: number): [number, number] {
  return [2 * scale, 10 * scale - 1];
}

// ---------------------------------------------------------------- ordinals

/** Ordinal words (الأول، الثانية، ثالثا) → value. */
export const ORDINALS = new Map<string, number>();
for (const [v, forms] of Object.entries(N.ordinals)) for (const f of forms) ORDINALS.set(norm(f), Number(v));
/** الحادي/الحادية: an ordinal only in الحادي عشر، الحادي والعشرين. */
export const ORDINAL_TEEN_ONLY = new Map<string, number>();
for (const [v, forms] of Object.entries(N.ordinalTeenUnits)) for (const f of forms) ORDINAL_TEEN_ONLY.set(norm(f), Number(v));

// ---------------------------------------------------------------- approximators, percent

export type Approx = 'approx' | 'more' | 'less';
export interface Phrase<T> {
  words: string[];
  value: T;
}

/** Multi-word phrases indexed by their first word, longest first. */
export class PhraseIndex<T> {
  private byFirst = new Map<string, Array<Phrase<T>>>();
  add(phrase: string, value: T): void {
    const words = phrase.split(/\s+/).map(norm).filter(Boolean);
    if (!words.length) return;
    const list = this.byFirst.get(words[0]) ?? [];
    if (list.some((p) => p.words.join(' ') === words.join(' '))) return;
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0], list);
  }
  candidates(first: string): Array<Phrase<T>> | undefined {
    return this.byFirst.get(first);
  }
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }
}

export const APPROXIMATORS = new PhraseIndex<Approx>();
for (const kind of ['approx', 'more', 'less'] as const) {
  const list = N.approximators[kind];
  if (Array.isArray(list)) for (const p of list) APPROXIMATORS.add(String(p), kind);
}
export const APPROX_AFTER = new PhraseIndex<Approx>();
for (const p of N.approxAfter) APPROX_AFTER.add(p, /اكثر|فوق/.test(norm(p)) ? 'more' : 'approx');
export const PERCENT_WORDS = new PhraseIndex<true>();
for (const p of N.percentWords) PERCENT_WORDS.add(p, true);

// ---------------------------------------------------------------- units and currencies

export interface UnitInfo {
  /** English unit name (soldier, month) or, for money, the ISO code or the currency's name. */
  unit: string;
  money: boolean;
  number: 'sg' | 'pl' | 'dual';
  /** Written with the article (الجنود): counts only after vague amounts (آلاف الجنود). */
  def: boolean;
  time: boolean;
  /** Money: nationality adjective (normalized, all forms) → ISO code. */
  qualifiers?: Map<string, string>;
  /** A unit that is also a currency's name (أوقية: ounce, ouguiya): the currency, with the
   * countries (by nationality adjective) in whose stories the bare word means it. */
  alsoCurrency?: { name: string; qualifiers: Map<string, string> };
}

interface UnitsJson {
  nouns: Array<{ unit: string; sg: string; pl?: string[]; dual?: string[]; time?: boolean; currency?: { name: string; qualifiers: Record<string, string> } }>;
  currencies: Array<{ name: string; code: string | null; sg: string; pl?: string[]; qualifiers?: Record<string, string> }>;
  codes: string[];
  symbols: Record<string, string>;
}
const U = unitsJson as unknown as UnitsJson;

/** Unit nouns by normalized form; multi-word units are keyed by their words joined with a space. */
export const UNITS = new Map<string, UnitInfo>();
/** The longest unit, in words. */
export let MAX_UNIT_WORDS = 1;

function addUnit(form: string, info: Omit<UnitInfo, 'def'>, explicit: boolean): void {
  const k = form.split(/\s+/).map(norm).filter(Boolean).join(' ');
  if (!k) return;
  MAX_UNIT_WORDS = Math.max(MAX_UNIT_WORDS, k.split(' ').length);
  // Listed forms win over generated ones (مدنيين is listed as a plural, not taken as a dual).
  const prev = UNITS.get(k);
  if (!prev || (explicit && prev.number === 'dual')) UNITS.set(k, { ...info, def: false });
  const dk = 'ال' + k;
  const prevDef = UNITS.get(dk);
  if (!prevDef || (explicit && prevDef.number === 'dual')) UNITS.set(dk, { ...info, def: true });
}

/** Regular forms of a singular noun: accusative and the two dual endings. */
function generatedForms(sg: string): { acc: string[]; dual: string[] } {
  const w = norm(sg);
  // Only a written ة makes the ت dual (سنة → سنتين); جنيه keeps its ه (جنيهين).
  const taMarbuta = sg.trim().endsWith('\u0629');
  if (w.includes(' ')) {
    // Multi-word units: inflect the head noun only when the rest is one word without agreement.
    return { acc: [], dual: [] };
  }
  const last = w[w.length - 1];
  if (last === 'ه' && taMarbuta) {
    const stem = w.slice(0, -1) + 'ت';
    return { acc: [], dual: [stem + 'ين', stem + 'ان'] };
  }
  if (last === 'ا') return { acc: [], dual: [] };
  return { acc: [w + 'ا'], dual: [w + 'ين', w + 'ان'] };
}

function addInflected(sg: string, pl: string[], dual: string[], base: Omit<UnitInfo, 'def' | 'number'>): void {
  addUnit(sg, { ...base, number: 'sg' }, true);
  for (const p of pl) addUnit(p, { ...base, number: 'pl' }, true);
  for (const d of dual) addUnit(d, { ...base, number: 'dual' }, true);
  const g = generatedForms(sg);
  for (const a of g.acc) addUnit(a, { ...base, number: 'sg' }, false);
  for (const d of g.dual) addUnit(d, { ...base, number: 'dual' }, false);
  // Accusative of listed plurals/multi-word forms: مترا مربعا are listed by hand.
}

/** Nationality adjectives in every form (masculine, feminine, accusative, with the article) → code. */
function qualifierForms(raw: Record<string, string> | undefined): Map<string, string> {
  const qualifiers = new Map<string, string>();
  for (const [adj, code] of Object.entries(raw ?? {})) {
    const a = norm(adj);
    for (const f of [a, a + 'ه', a + 'ا', 'ال' + a, 'ال' + a + 'ه']) qualifiers.set(f, code);
  }
  return qualifiers;
}

for (const n of U.nouns) {
  const alsoCurrency = n.currency ? { name: n.currency.name, qualifiers: qualifierForms(n.currency.qualifiers) } : undefined;
  addInflected(n.sg, n.pl ?? [], n.dual ?? [], { unit: n.unit, money: false, time: !!n.time, ...(alsoCurrency ? { alsoCurrency } : {}) });
}
for (const c of U.currencies) {
  addInflected(c.sg, c.pl ?? [], [], { unit: c.code ?? c.name, money: true, time: false, qualifiers: qualifierForms(c.qualifiers) });
}

/** ISO codes written in Latin letters after or before an amount: 100 USD. */
export const CURRENCY_CODES = new Set(U.codes.map((c) => c.toUpperCase()));
/** Currency symbols: $ → USD. */
export const CURRENCY_SYMBOLS = new Map(Object.entries(U.symbols));
