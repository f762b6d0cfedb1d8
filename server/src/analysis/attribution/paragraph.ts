// The paragraph view the attribution rules work on: tokens with their sentence, quote pairs,
// mentions by token, and small predicates over normalized words. Built once per paragraph in one
// pass; every rule then looks ahead or back a bounded number of tokens, so the whole pass is linear.
import { Mention } from '../types';
import { TextUnit } from '../textUnit';
import { Token } from '../tokenize';
import { isIgnorable } from '../normalize';
import { CueEntry, Lexicon, VerbEntry, lexicon } from './lexicon';

export interface Para {
  text: string;
  toks: Token[];
  lex: Lexicon;
  /** Sentence index of every token. */
  sentOf: number[];
  /** Token ranges [first, end) of the sentences. */
  sents: Array<{ first: number; end: number }>;
  /** For an opening quote token, its closing token (and the reverse); -1 elsewhere. */
  quoteClose: number[];
  quoteOpen: number[];
  /** The longest mention starting at each token, if any. */
  mentionAt: Array<Mention | undefined>;
  /** Index of the token that ends the mention starting at each token (exclusive), or -1. */
  mentionEnd: number[];
  /** Per-token memos of the lookups the rules repeat (each token is asked many times). */
  memo: {
    verb: Array<{ v: VerbEntry; prefixed: boolean } | null | undefined>;
    opener: Array<OpenerKind | undefined>;
    stem: Array<string | undefined>;
    flags: number[];
  };
}

const OPEN_QUOTES = new Set(['«', '“', '„', '‹']);
const CLOSE_QUOTES = new Set(['»', '”', '›']);
const SENTENCE_END = new Set(['.', '!', '?', '؟', '…', '۔']);

export function charOf(p: Para, i: number): string {
  const t = p.toks[i];
  return t && t.kind !== 'word' && t.kind !== 'number' ? p.text.charAt(t.start) : '';
}

export function isComma(p: Para, i: number): boolean {
  const c = charOf(p, i);
  return c === '،' || c === ',';
}

export function isWord(p: Para, i: number): boolean {
  return i >= 0 && i < p.toks.length && p.toks[i].kind === 'word';
}

export function buildPara(unit: TextUnit, mentions: readonly Mention[]): Para {
  const toks = unit.tokens;
  const n = toks.length;
  // Plain arrays, not typed ones: a paragraph's are short-lived and small, and a typed array's
  // separate backing store costs far more to allocate and free than the few numbers it holds.
  const sentOf: number[] = new Array(n).fill(0);
  const sents: Array<{ first: number; end: number }> = [];
  const quoteClose: number[] = new Array(n).fill(-1);
  const quoteOpen: number[] = new Array(n).fill(-1);
  const text = unit.text;

  // Quotes: « » and “ ” nest; a straight " toggles.
  const stack: number[] = [];
  let straight = -1;
  for (let i = 0; i < n; i++) {
    if (toks[i].kind === 'word' || toks[i].kind === 'number') continue;
    const c = text.charAt(toks[i].start);
    if (OPEN_QUOTES.has(c)) {
      if (stack.length < 16) stack.push(i);
    } else if (CLOSE_QUOTES.has(c)) {
      const o = stack.pop();
      if (o !== undefined) { quoteClose[o] = i; quoteOpen[i] = o; }
    } else if (c === '"') {
      if (straight < 0) straight = i;
      else { quoteClose[straight] = i; quoteOpen[i] = straight; straight = -1; }
    }
  }

  // Sentences: . ! ? ؟ … end one, except inside a short parenthesis or between single letters
  // (أ.ف.ب); the paragraph is already one line.
  let first = 0;
  let parenOpenAt = -1;
  for (let i = 0; i < n; i++) {
    sentOf[i] = sents.length;
    const t = toks[i];
    if (t.kind === 'word' || t.kind === 'number') continue;
    const c = text.charAt(t.start);
    if (c === '(') parenOpenAt = i;
    else if (c === ')') parenOpenAt = -1;
    if (!SENTENCE_END.has(c)) continue;
    if (parenOpenAt >= 0 && i - parenOpenAt <= 8) continue;
    if (c === '.' && i > 0 && toks[i - 1].kind === 'word' && toks[i - 1].norm.length === 1
      && i + 1 < n && toks[i + 1].kind === 'word' && toks[i + 1].norm.length === 1) continue;
    // Several end marks in a row (؟! or ...) and a closing quote after them stay in this sentence.
    let j = i;
    while (j + 1 < n && toks[j + 1].kind === 'punct'
      && (SENTENCE_END.has(text.charAt(toks[j + 1].start)) || CLOSE_QUOTES.has(text.charAt(toks[j + 1].start))
        || (text.charAt(toks[j + 1].start) === '"' && quoteOpen[j + 1] >= 0))) {
      j++;
      sentOf[j] = sents.length;
    }
    sents.push({ first, end: j + 1 });
    first = j + 1;
    i = j;
    parenOpenAt = -1;
  }
  if (first < n) sents.push({ first, end: n });

  // Mentions by token: one merge pass over two sorted lists.
  const mentionAt: Array<Mention | undefined> = new Array(n).fill(undefined);
  const mentionEnd: number[] = new Array(n).fill(-1);
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  let ti = 0;
  for (const m of sorted) {
    while (ti < n && toks[ti].end <= m.start) ti++;
    if (ti >= n) break;
    if (toks[ti].start > m.start && !(toks[ti].start < m.end)) continue;
    if (mentionAt[ti] && (mentionAt[ti] as Mention).end >= m.end) continue;
    let e = ti;
    while (e < n && toks[e].start < m.end) e++;
    mentionAt[ti] = m;
    mentionEnd[ti] = e;
  }
  const memo = { verb: new Array(n).fill(undefined), opener: new Array(n).fill(undefined), stem: new Array(n).fill(undefined), flags: new Array(n * 2).fill(-1) };
  return { text, toks, lex: lexicon(), sentOf, sents, quoteClose, quoteOpen, mentionAt, mentionEnd, memo };
}

/** The word without a leading و or ف (when something is left). */
export function stripConj(w: string): string | null {
  return (w.charCodeAt(0) === 0x648 || w.charCodeAt(0) === 0x641) && w.length > 2 ? w.slice(1) : null;
}

/** The word without a leading و/ف, then ل/ب (لل+word keeps its article: للمحلل → المحلل). */
export function stem(w: string): string {
  let s = stripConj(w) ?? w;
  const c = s.charCodeAt(0);
  if ((c === 0x644 || c === 0x628) && s.length > 2) {
    if (c === 0x644 && s.charCodeAt(1) === 0x644 && s.length > 3) s = 'ا' + s.slice(1);
    else s = s.slice(1);
  }
  return s;
}

/** stem() of token i, memoized. */
export function stemAt(p: Para, i: number): string {
  const m = p.memo.stem[i];
  if (m !== undefined) return m;
  return (p.memo.stem[i] = stem(p.toks[i].norm));
}

/** A memoized boolean per token and slot (0: hard stop, 1: addressee). */
export function memoFlag(p: Para, i: number, slot: 0 | 1, compute: () => boolean): boolean {
  const k = i * 2 + slot;
  const f = p.memo.flags[k];
  if (f >= 0) return f === 1;
  const v = compute();
  p.memo.flags[k] = v ? 1 : 0;
  return v;
}

export function withoutArticle(w: string): string {
  return w.startsWith('ال') && w.length > 3 ? w.slice(2) : w;
}

export function isDefinite(w: string): boolean {
  return w.startsWith('ال') && w.length > 3;
}

/** A reporting verb at token i (itself, or after a و/ف prefix). */
export function verbAt(p: Para, i: number): { v: VerbEntry; prefixed: boolean } | null {
  if (i < 0 || i >= p.toks.length) return null;
  const m = p.memo.verb[i];
  if (m !== undefined) return m;
  return (p.memo.verb[i] = computeVerbAt(p, i));
}

/** After these a reporting verb's form is a verbal noun: طلب عدم كشف هويته، دون ذكر اسمه. */
const NEGATING_NOUNS = new Set(['عدم', 'بعدم', 'لعدم', 'وعدم', 'دون', 'بدون', 'ودون']);

function computeVerbAt(p: Para, i: number): { v: VerbEntry; prefixed: boolean } | null {
  const t = p.toks[i];
  if (!t || t.kind !== 'word') return null;
  const before = i > 0 ? p.toks[i - 1] : undefined;
  if (before && before.kind === 'word' && NEGATING_NOUNS.has(before.norm)) return null;
  const verb = wordInfo(p, t).verb;
  if (verb && (isMarkedPassive(p.text, t.start, t.end) || readsAsOtherWord(p, i, verb))) return null;
  return verb;
}

/**
 * Undiacritized text writes some reporting forms exactly like common words: بين is the verb بيّن
 * ("showed") and the preposition "between"; مؤكدة the circumstantial "stressing" and the adjective
 * "confirmed" (إصابة مؤكدة، معلومات غير مؤكدة). The context decides, a few tokens either side.
 */
function readsAsOtherWord(p: Para, i: number, verb: { v: VerbEntry; prefixed: boolean }): boolean {
  const t = p.toks[i];
  const w = verb.prefixed ? t.norm.slice(1) : t.norm;
  if (w === 'بين') return !betweenIsVerb(p, i);
  if (verb.v.circumstantial && !verb.prefixed) return participleIsAdjective(p, i);
  return false;
}

const SHADDA = 0x0651;

/**
 * بين as the verb بيّن: written with its shadda, or with its that-clause (أن/إن) within a few
 * words and only a subject before it (بيّن التقرير الصادر أمس أن …). A number, a comma or a
 * coordinated word (بين عامي 2008 و2019، بين الحكومة والمعارضة) first: the preposition.
 */
function betweenIsVerb(p: Para, i: number): boolean {
  const t = p.toks[i];
  for (let k = t.start; k < t.end; k++) if (p.text.charCodeAt(k) === SHADDA) return true;
  const end = Math.min(p.sents[p.sentOf[i]].end, i + 10);
  for (let k = i + 1; k < end; k++) {
    if (isThatOpener(openerKind(p, k))) return true;
    const tk = p.toks[k];
    if (tk.kind !== 'word') return false;
    // و after the first word: a coordination (بين الحكومة والمعارضة); the first may be وزير.
    if (k > i + 1 && tk.norm.charCodeAt(0) === 0x648) return false;
  }
  return false;
}

/**
 * A circumstantial participle (مؤكدة، موضحة) right after غير, or right after an indefinite noun
 * it agrees with (إصابة مؤكدة، حالات مؤكدة) and not followed by its claim opener (أن، على، a
 * colon or a quote), is an adjective of that noun: "confirmed", not "stressing".
 */
function participleIsAdjective(p: Para, i: number): boolean {
  const prev = i > 0 ? p.toks[i - 1] : undefined;
  if (!prev || prev.kind !== 'word') return false;
  if (prev.norm === 'غير') return true;
  const next = openerKind(p, i + 1);
  if (isThatOpener(next) || next === 'ala' || next === 'colon' || next === 'quote') return false;
  const pw = prev.norm;
  const feminine = p.toks[i].norm.endsWith('ه');
  return feminine && !isDefinite(stem(pw)) && !isDefinite(pw) && (pw.endsWith('ه') || pw.endsWith('ات'));
}

const DAMMA = 0x064f;

/**
 * A perfect verb written with a damma on its first letter is passive (وأُعلن، ذُكر): it names no
 * speaker, so it must not continue the previous one. Imperfect forms (ي، ت، ن) are skipped: their
 * prefix takes a damma in the active voice too (يُؤكد، تُشير).
 */
function isMarkedPassive(text: string, start: number, end: number): boolean {
  let i = start;
  const first = () => text.charCodeAt(i);
  if ((first() === 0x0648 || first() === 0x0641) && end - start > 3) i++; // و، ف
  while (i < end && text.charCodeAt(i) >= 0x064b && text.charCodeAt(i) <= 0x0652) i++; // marks on the conjunction
  const c = first();
  if (c === 0x064a || c === 0x062a || c === 0x0646) return false; // ي ت ن
  return i + 1 < end && text.charCodeAt(i + 1) === DAMMA;
}

/** What a word can start, by its normalized form: a reporting verb, cues. Static lexicon, so it is
 * memoized on the token's shared form (once per distinct word). */
export interface AttrWordInfo {
  verb: { v: VerbEntry; prefixed: boolean } | null;
  /** The cues whose first word this is (after a و/ف prefix when `cueConj`), or null. */
  cues: CueEntry[] | null;
  cueConj: boolean;
}

export function wordInfo(p: Para, t: Token): AttrWordInfo {
  const f = t.form;
  let a = f.verb as AttrWordInfo | undefined;
  if (a === undefined) f.verb = a = computeWordInfo(p.lex, t.norm);
  return a;
}

function computeWordInfo(lex: Lexicon, w: string): AttrWordInfo {
  let verb: AttrWordInfo['verb'] = null;
  const v = lex.verbs.get(w);
  if (v) verb = { v, prefixed: false };
  else {
    const s = stripConj(w);
    const v2 = s ? lex.verbs.get(s) : undefined;
    if (v2) verb = { v: v2, prefixed: true };
  }
  let list = lex.cues.get(w);
  let cueConj = false;
  if (!list) {
    const s = stripConj(w);
    if (s) { list = lex.cues.get(s); cueConj = true; }
    if (list && w.charCodeAt(0) === 0x641) list = list.filter((c) => !c.noFa); // فحسب = "only"
  }
  return { verb, cues: list ?? null, cueConj };
}

/** A reporting verb carrying an object pronoun: أوردته، ذكرتها (after بحسب ما). */
export function verbWithObjectAt(p: Para, i: number): VerbEntry | null {
  const hit = verbAt(p, i);
  if (hit) return hit.v;
  const w = p.toks[i]?.norm ?? '';
  for (const suffix of ['ها', 'ه', 'هم']) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix)) {
      const v = p.lex.verbs.get(w.slice(0, -suffix.length));
      if (v) return v;
    }
  }
  return null;
}

const PRONOUN_SUFFIXES = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'نا', 'ني', 'كم']);
const THAT = new Set(['ان', 'بان', 'فان', 'وان', 'وبان']);

/** What a token means as a claim opener: أن/إن/بأن (and أنه …), a colon, a quote, a preposition. */
export type OpenerKind = 'that' | 'thatPronoun' | 'colon' | 'quote' | 'ila' | 'ala' | 'min' | 'an' | null;

export function openerKind(p: Para, i: number): OpenerKind {
  if (i < 0 || i >= p.toks.length) return null;
  const m = p.memo.opener[i];
  if (m !== undefined) return m;
  return (p.memo.opener[i] = computeOpenerKind(p, i));
}

const THAT_HEADS = ['ان', 'بان', 'فان'];

function computeOpenerKind(p: Para, i: number): OpenerKind {
  const t = p.toks[i];
  if (!t) return null;
  if (t.kind !== 'word') {
    const c = p.text.charAt(t.start);
    if (c === ':') return 'colon';
    if (p.quoteClose[i] >= 0) return 'quote';
    return null;
  }
  const w = t.norm;
  if (THAT.has(w)) return 'that';
  for (const head of THAT_HEADS) {
    if (w.startsWith(head) && PRONOUN_SUFFIXES.has(w.slice(head.length))) return 'thatPronoun';
  }
  if (w === 'الي') return 'ila';
  if (w === 'علي') return 'ala';
  if (w === 'من') return 'min';
  if (w === 'عن') return 'an';
  return null;
}

export function isThatOpener(k: OpenerKind): boolean {
  return k === 'that' || k === 'thatPronoun';
}

/** Offset after skipping `letters` normalized letters of token i (marks and tatweel go with them). */
export function offsetAfterLetters(p: Para, i: number, letters: number): number {
  const t = p.toks[i];
  let k = t.start;
  let seen = 0;
  while (k < t.end && seen < letters) {
    if (!isIgnorable(p.text.charCodeAt(k))) seen++;
    k++;
  }
  while (k < t.end && isIgnorable(p.text.charCodeAt(k))) k++;
  return k;
}

/** Where the noun starts in token i after a cue that governs ل (وفقاً لوزير → وزير). A لل- word
 * stays whole (للمحلل) since its article has no letter of its own left. */
export function nounAfterLam(p: Para, i: number): number {
  const w = p.toks[i].norm;
  if (w.startsWith('ل') && !w.startsWith('لل') && w.length > 2) return offsetAfterLetters(p, i, 1);
  return p.toks[i].start;
}
