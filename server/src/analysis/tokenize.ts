// Tokens and sentences with offsets in the original text (UTF-16 code units).
// One pass over the characters with a class table: no regular expressions, so time stays linear
// whatever the input (200,000-character lines, NUL bytes, lone surrogates).
import { normalizeWord } from './normalize';

export type TokenKind = 'word' | 'number' | 'punct' | 'other';

export interface Token {
  start: number;
  end: number;
  /** The normalized form used for every lookup (one shared string per distinct form). */
  norm: string;
  kind: TokenKind;
  /** What the passes have learnt about this normalized form, shared by every token spelled so. */
  form: WordForm;
  /** The token's text as written: one shared string per distinct spelling, so reading it allocates nothing. */
  surface: string;
}

/**
 * One distinct normalized form, interned: every token with the same spelling points to the same
 * object, so a pass that needs a per-word fact (clitic readings, a lexicon entry) computes it once
 * per distinct word and reads it back with a property access — no hash lookup per token. The
 * slots are filled lazily by the passes; each is a pure function of `norm` and static lexicons.
 */
export class WordForm {
  /** cliticReadings(norm), once asked. */
  readings: string[] | undefined = undefined;
  /** Slots for the passes (figures, time, attribution, entities); undefined until computed. Every
   * slot is declared here, not added by its pass: forms then share one hidden class, and the
   * passes' property reads stay monomorphic (fast) instead of meeting a form of each shape. */
  figStart: number | undefined = undefined;
  time: unknown = undefined;
  verb: unknown = undefined;
  /** The entity pass's start mask (entMask), valid for the knowledge base entKb. */
  entKb: unknown = undefined;
  entMask: number | undefined = undefined;
  /** The entity pass's readings that could be a surname (null: none). */
  entSurname: string[] | null | undefined = undefined;
  constructor(readonly norm: string) {}
}

/** Forms by normalized form, and by surface spelling in an open-addressing table keyed by a hash
 * the tokenizer computes while it reads the characters: a known word costs no string allocation
 * and no Map lookup. Both are bounded (cleared when full); a cleared entry is only recomputed. */
const FORM_LIMIT = 1 << 17;
let byNorm = new Map<string, WordForm>();
const TABLE_BITS = 18;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
/** Slot → entry index + 1 (0: empty); entries hold the surface, its hash and its form. */
const slots = new Int32Array(1 << TABLE_BITS);
const slotHash = new Int32Array(1 << TABLE_BITS);
let surfaces: string[] = [];
let surfaceForms: WordForm[] = [];

function formOfNorm(norm: string): WordForm {
  let f = byNorm.get(norm);
  if (f === undefined) {
    if (byNorm.size >= FORM_LIMIT) byNorm = new Map();
    f = new WordForm(norm);
    byNorm.set(norm, f);
  }
  return f;
}

/**
 * A copy of `s` that does not keep the string it was cut from alive: V8 makes a slice of 13 or
 * more characters a view of its parent (here the whole document), and a memo that outlives the
 * document would keep every version of it in memory. Prepending a character makes a pair
 * (a cons string); slicing it copies the pair flat first, so the result is a view of that fresh
 * copy only — ~40× cheaper than split('').join(''), which matters for whole paragraphs.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** FNV-1a step, as the tokenizer folds each code unit into a token's hash. */
function step(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}
const FNV_SEED = 0x811c9dc5 | 0;

/**
 * The entry of text[start, end) in the surface table (its surface and form at that index of
 * `surfaces` and `surfaceForms`), added if new; `h` is its hash (FNV-1a over its code units).
 */
function internAt(text: string, start: number, end: number, h: number): number {
  const len = end - start;
  let idx = h & TABLE_MASK;
  for (;;) {
    const e = slots[idx];
    if (e === 0) break;
    if (slotHash[idx] === h) {
      const s = surfaces[e - 1];
      if (s.length === len) {
        let k = 0;
        while (k < len && s.charCodeAt(k) === text.charCodeAt(start + k)) k++;
        if (k === len) return e - 1;
      }
    }
    idx = (idx + 1) & TABLE_MASK;
  }
  if (surfaces.length >= FORM_LIMIT) {
    slots.fill(0);
    surfaces = [];
    surfaceForms = [];
    idx = h & TABLE_MASK;
  }
  const surface = detached(text.slice(start, end));
  const f = formOfNorm(normalizeWord(surface));
  surfaces.push(surface);
  surfaceForms.push(f);
  slots[idx] = surfaces.length;
  slotHash[idx] = h;
  return surfaces.length - 1;
}

/** The shared form of a surface string. */
export function wordForm(surface: string): WordForm {
  let h = FNV_SEED;
  for (let k = 0; k < surface.length; k++) h = step(h, surface.charCodeAt(k));
  return surfaceForms[internAt(surface, 0, surface.length, h)];
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of its first token, and one past its last, in the token array. */
  firstToken: number;
  endToken: number;
}

const C_SPACE = 0, C_NEWLINE = 1, C_LETTER = 2, C_DIGIT = 3, C_PUNCT = 4, C_HIGH = 5, C_LOW = 6, C_JOIN = 7;
/** Character classes of every BMP code unit, built on first use (65,536 regular-expression tests
 * cost tens of milliseconds, which a server's cold start should not pay before it answers). */
let CLASS: Uint8Array = undefined as unknown as Uint8Array;
function charClasses(): Uint8Array {
  const CLASS = new Uint8Array(0x10000);
  const letterOrMark = /[\p{L}\p{M}]/u;
  const space = /\s/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdbff) { CLASS[c] = C_HIGH; continue; }
    if (c >= 0xdc00 && c <= 0xdfff) { CLASS[c] = C_LOW; continue; }
    const ch = String.fromCharCode(c);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) CLASS[c] = C_NEWLINE;
    else if ((c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) CLASS[c] = C_DIGIT;
    else if (letterOrMark.test(ch) || c === 0x640) CLASS[c] = C_LETTER;
    else if (c === 0x200c || c === 0x200d) CLASS[c] = C_JOIN; // zero-width (non-)joiners stay inside words
    else if (space.test(ch) || c === 0x200e || c === 0x200f || c === 0x61c || (c >= 0x202a && c <= 0x202e)
      || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff || c === 0x200b || c < 0x20) CLASS[c] = C_SPACE;
    else CLASS[c] = C_PUNCT;
  }
  return CLASS;
}

/** Separators that may stand between digits inside one number: 2,500 · 2.5 · ٢٬٥٠٠ · ٢٫٥ */
function isDigitSeparator(c: number): boolean {
  return c === 0x2c || c === 0x2e || c === 0x66b || c === 0x66c;
}

/** Characters that end a sentence. A newline ends one too. */
function isSentenceEnd(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x2026 || c === 0x6d4;
}

/** Splits `text` into tokens; offsets are shifted by `base` (the text's position in its document). */
export function tokenize(text: string, base = 0): Token[] {
  if (CLASS === undefined) CLASS = charClasses();
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c];
    if (cls === C_SPACE || cls === C_NEWLINE) { i++; continue; }
    const start = i;
    let kind: TokenKind;
    let h = step(FNV_SEED, c);
    if (cls === C_LETTER || cls === C_JOIN) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        const k = CLASS[d];
        if (k !== C_LETTER && k !== C_JOIN) break;
        h = step(h, d);
        i++;
      }
      kind = 'word';
    } else if (cls === C_DIGIT) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (CLASS[d] === C_DIGIT) { h = step(h, d); i++; continue; }
        if (isDigitSeparator(d) && i + 1 < n && CLASS[text.charCodeAt(i + 1)] === C_DIGIT) {
          h = step(step(h, d), text.charCodeAt(i + 1));
          i += 2;
          continue;
        }
        break;
      }
      kind = 'number';
    } else if (cls === C_HIGH && i + 1 < n && CLASS[text.charCodeAt(i + 1)] === C_LOW) {
      h = step(h, text.charCodeAt(i + 1));
      i += 2; // a surrogate pair is one character and is never split
      kind = 'other';
    } else {
      i++;
      kind = cls === C_PUNCT ? 'punct' : 'other';
    }
    const e = internAt(text, start, i, h);
    const form = surfaceForms[e];
    tokens.push({ start: start + base, end: i + base, norm: form.norm, kind, form, surface: surfaces[e] });
  }
  return tokens;
}

/** Groups tokens into sentences: ended by . ! ? ؟ … or a line break. */
export function sentences(text: string, tokens: Token[], base = 0): Sentence[] {
  if (CLASS === undefined) CLASS = charClasses();
  const out: Sentence[] = [];
  let first = 0;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    let ends = tok.kind === 'punct' && isSentenceEnd(text.charCodeAt(tok.start - base));
    if (!ends && t + 1 < tokens.length) {
      // A line break between this token and the next also ends the sentence.
      for (let k = tok.end - base; k < tokens[t + 1].start - base; k++) {
        if (CLASS[text.charCodeAt(k)] === C_NEWLINE) { ends = true; break; }
      }
    }
    if (ends || t === tokens.length - 1) {
      out.push({ start: tokens[first].start, end: tok.end, firstToken: first, endToken: t + 1 });
      first = t + 1;
    }
  }
  return out;
}

/** True when a token is made of Arabic letters (what the Arabic-specific rules apply to). */
export function isArabicWord(tok: Token): boolean {
  if (tok.kind !== 'word') return false;
  const c = tok.norm.charCodeAt(0);
  return c >= 0x600 && c <= 0x6ff;
}
