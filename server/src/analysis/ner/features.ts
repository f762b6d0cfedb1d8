// Hashed features for the NER tagger. The same code runs at training and at tagging time: a model
// records FEATURES_VERSION and is refused when it differs, so the two can never drift apart.
//
// Each token gets a list of 32-bit feature hashes (FNV-1a over the string, salted per template; no
// string concatenation). The word-local part depends only on the word, so it is computed once per
// distinct word and cached; the context part combines the cached hashes of the neighbours.
import { normalizeWord } from '../normalize';
import { cliticReadings } from '../clitics';
import { FOREIGN_ENDINGS, GIVEN_NAME_SET, LEXICON } from './lexicon';
import { kbGazetteer } from './kbGazetteer';
import { dictionaryClasses } from './dictionary';
import { fnv } from './hash';

/** Bump when any feature below changes: models trained with another version are refused. */
export const FEATURES_VERSION = 4;

// ---------------------------------------------------------------------------------------------
// Hashing

/** Mixes a hash with a template salt (murmur3 finalizer), giving the feature's hash. */
export function mix(h: number, salt: number): number {
  h = (h ^ Math.imul(salt, 0x9e3779b1)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combines two hashes (for conjunctions such as word bigrams). */
function pair(a: number, b: number): number {
  return mix((a ^ Math.imul(b, 0x27d4eb2d)) >>> 0, 0x5bd1e995);
}

// Template salts: small distinct integers.
const enum T {
  Bias = 1, Raw, Norm, Reading, NoArt, Pre1, Pre2, Pre3, Suf1, Suf2, Suf3, StemSuf1, StemSuf2, StemPre2,
  Shape, Len, Article, Trig, Digit,
  NormM2, NormM1, NormP1, NormP2, StemM1, StemP1, BiM1, BiP1, TrigM2, TrigM1, TrigP1, TrigP2,
  ShapeM1, ShapeP1, SufM1, SufP1, TrigM1Suf, BiStemM1, Gaz, GazM1, GazP1, GazM1P1, Kb, KbM1, KbP1,
  Lex, LexM1, LexP1, LexM2, LexP2, Foreign, Suf4, NormM3, NormP3, TrigM3, TrigP3, OrgSpan, TrigM1P1,
  LexTrigM1, KbM1W, KbP1W,
  DocSelf, DocNbr, DocStem, DocStemO, DocStemW, DocNorm,
  Dict, DictClass, DictM1, DictP1,
}

// ---------------------------------------------------------------------------------------------
// Trigger lexicon (normalized, without the article; matched against every clitic reading with or
// without ال). Kept in code so that training and tagging always agree.

const TRIGGERS: Record<string, string[]> = {
  TITLE: ['رئيس', 'الرئيس', 'وزير', 'ملك', 'امير', 'شيخ', 'سيد', 'سيده', 'دكتور', 'نائب', 'سفير', 'متحدث',
    'جنرال', 'زعيم', 'امين', 'مستشار', 'قائد', 'مدير', 'رئيسه', 'وزيره', 'مبعوث', 'عاهل', 'ولي', 'نجم', 'لاعب',
    'مدرب', 'بابا', 'مفتي', 'امام', 'قاضي', 'محامي', 'مراسل', 'كاتب', 'مخرج', 'فنان',
    'مطرب', 'مطربه', 'ممثل', 'ممثله', 'اللواء', 'لواء', 'عقيد', 'العقيد', 'حاكم', 'رئيسي', 'مساعد', 'السيناتور', 'سيناتور'],
  ORG: ['وزاره', 'شركه', 'وكاله', 'حزب', 'جامعه', 'مجلس', 'منظمه', 'بنك', 'اتحاد', 'لجنه', 'هيئه', 'صحيفه',
    'جمعيه', 'مؤسسه', 'نادي', 'فريق', 'منتخب', 'جيش', 'قوات', 'مصرف', 'محكمه', 'برلمان', 'مكتب', 'معهد',
    'مركز', 'حركه', 'جبهه', 'مجموعه', 'صندوق', 'اذاعه', 'تلفزيون', 'قناه', 'مجله', 'حلف', 'رابطه', 'نقابه',
    'سفاره', 'كليه', 'اكاديميه', 'دائره', 'ادار', 'اداره', 'بورصه', 'تنظيم'],
  LOC: ['مدينه', 'محافظه', 'جزيره', 'نهر', 'بحر', 'دوله', 'عاصمه', 'ولايه', 'اقليم', 'منطقه', 'قريه', 'بلده',
    'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'مطار', 'ميناء', 'مخيم', 'حي', 'جبل', 'بلاد', 'جمهوريه', 'مملكه',
    'اماره', 'شبه', 'خليج', 'قطاع', 'ضفه', 'بلدان', 'دول', 'مدن', 'شارع', 'ساحه', 'حدود'],
  SPEECH: ['قال', 'اعلن', 'اكد', 'اضاف', 'صرح', 'اوضح', 'قالت', 'اعلنت', 'اكدت', 'اضافت', 'اشار', 'اشارت',
    'ذكر', 'ذكرت', 'افاد', 'افادت', 'اعتبر', 'يقول', 'تقول'],
  PREP_LOC: ['في', 'الي', 'من', 'الى', 'نحو', 'عبر', 'داخل', 'خارج', 'قرب', 'بين'],
};

const TRIGGER_CLASS = new Map<string, number>();
Object.keys(TRIGGERS).forEach((cls, i) => {
  for (const w of TRIGGERS[cls]) {
    const n = normalizeWord(w);
    if (!TRIGGER_CLASS.has(n)) TRIGGER_CLASS.set(n, i + 1);
  }
});

/** The trigger class of ORG head nouns. */
const ORG_TRIGGER = Object.keys(TRIGGERS).indexOf('ORG') + 1;

function triggerClassOf(readings: readonly string[]): number {
  for (const r of readings) {
    const c = TRIGGER_CLASS.get(r);
    if (c) return c;
    if (r.length > 3 && r.charCodeAt(0) === 0x0627 && r.charCodeAt(1) === 0x0644) {
      const c2 = TRIGGER_CLASS.get(r.slice(2));
      if (c2) return c2;
    }
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Word-local information (cached per distinct raw word)

export interface WordInfo {
  /** Word-local feature hashes (already salted). */
  local: Uint32Array;
  /**
   * A number no other WordInfo of this process has: the key of per-word tables kept elsewhere,
   * such as a model's summed weights of the word's features (LinearChainModel.wordSums).
   */
  id: number;
  /** How many of `local`, from the start, name the word itself (forms and stems, not affixes). */
  lexical: number;
  norm: number;
  stem: number;
  shape: number;
  suf2: number;
  trig: number;
  /** Gazetteer bits: 1 = a given name. */
  gaz: number;
  /** Knowledge-base bits (see kbGazetteer). */
  kb: number;
  /** Built-in lexicon bits (see lexicon.ts Lex). */
  lex: number;
  /** 1 for punctuation and digits-only tokens (they end an ORG span). */
  stop: number;
  /** The dictionary class set of the word's first reading the Arabic dictionary knows, 0 if none (see dictionary.ts). */
  dict: number;
}

function shapeOf(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length && out.length < 6; i++) {
    const c = w.charCodeAt(i);
    let k: string;
    if (c >= 0x30 && c <= 0x39) k = 'd';
    else if ((c >= 0x41 && c <= 0x5a)) k = 'A';
    else if ((c >= 0x61 && c <= 0x7a)) k = 'a';
    else if (c >= 0x0600 && c <= 0x06ff) k = 'ع';
    else if (c > 0x7f && /\p{L}/u.test(w[i])) k = 'x';
    else k = w[i];
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

function computeInfo(raw: string): WordInfo {
  const norm = normalizeWord(raw);
  const readings = cliticReadings(norm);
  const f: number[] = [];
  const hRaw = fnv(raw);
  const hNorm = fnv(norm);
  f.push(mix(hRaw, T.Raw), mix(hNorm, T.Norm));
  let stemStr = readings[readings.length - 1];
  let hasArticle = 0;
  for (let i = 0; i < readings.length; i++) f.push(mix(fnv(readings[i]), T.Reading));
  for (const r of readings) {
    if (r.length > 3 && r.charCodeAt(0) === 0x0627 && r.charCodeAt(1) === 0x0644) {
      stemStr = r.slice(2);
      hasArticle = 1;
      f.push(mix(fnv(stemStr), T.NoArt));
      break;
    }
  }
  const lexical = f.length;
  const n = norm.length;
  if (n >= 1) f.push(mix(fnv(norm, 0, 1), T.Pre1), mix(fnv(norm, n - 1, n), T.Suf1));
  if (n >= 2) f.push(mix(fnv(norm, 0, 2), T.Pre2), mix(fnv(norm, n - 2, n), T.Suf2));
  if (n >= 3) f.push(mix(fnv(norm, 0, 3), T.Pre3), mix(fnv(norm, n - 3, n), T.Suf3));
  const sn = stemStr.length;
  if (sn >= 1) f.push(mix(fnv(stemStr, sn - 1, sn), T.StemSuf1));
  if (sn >= 2) f.push(mix(fnv(stemStr, sn - 2, sn), T.StemSuf2), mix(fnv(stemStr, 0, 2), T.StemPre2));
  const shape = fnv(shapeOf(raw));
  f.push(mix(shape, T.Shape));
  f.push(mix(Math.min(n, 12), T.Len));
  f.push(mix(hasArticle, T.Article));
  const trig = triggerClassOf(readings);
  f.push(mix(trig, T.Trig));
  let digits = 0;
  for (let i = 0; i < n; i++) {
    const c = norm.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits++;
  }
  let gaz = 0;
  for (const r of readings) if (GIVEN_NAME_SET.has(r)) gaz |= 1;
  f.push(mix(gaz, T.Gaz));
  const kbWords = kbGazetteer().words;
  let kb = kbWords.get(norm) ?? 0;
  for (let i = 1; i < readings.length; i++) kb |= (kbWords.get(readings[i]) ?? 0) & 0x0f;
  f.push(mix(kb, T.Kb));
  if (digits > 0) f.push(mix(digits === n ? (n === 4 ? 3 : 2) : 1, T.Digit));
  let lex = 0;
  for (const r of readings) {
    lex |= LEXICON.get(r) ?? 0;
    if (r.length > 3 && r.charCodeAt(0) === 0x0627 && r.charCodeAt(1) === 0x0644) lex |= LEXICON.get(r.slice(2)) ?? 0;
  }
  f.push(mix(lex, T.Lex));
  if (n >= 4) f.push(mix(fnv(norm, n - 4, n), T.Suf4));
  if (n >= 4 && !hasArticle) {
    let best = '';
    for (const e of FOREIGN_ENDINGS) if (e.length > best.length && norm.length > e.length + 1 && norm.endsWith(e)) best = e;
    if (best) f.push(mix(fnv(best), T.Foreign));
  }
  let letters = 0;
  for (let i = 0; i < raw.length; i++) if (/\p{L}/u.test(raw[i])) letters++;
  const dict = letters > 0 ? dictionaryFeatures(readings, f) : 0;
  // Keys in the order of the padding's (PAD_BEFORE): one hidden class for all, so the tagger's reads
  // of a neighbour's fields stay monomorphic.
  return {
    id: nextWordId++,
    local: new Uint32Array(f),
    lexical,
    norm: hNorm,
    stem: fnv(stemStr),
    shape,
    suf2: n >= 2 ? fnv(norm, n - 2, n) : hNorm,
    trig,
    gaz,
    kb,
    lex,
    stop: letters === 0 ? 1 : 0,
    dict,
  };
}

/** Suffixes tried, longest first, when a reading is not in the dictionary as written (hunspell lists stems). */
const SUFFIXES = ['يين', 'يون', 'يات', 'تين', 'تان', 'هما', 'كما', 'ات', 'ون', 'ين', 'ان', 'ها', 'هم', 'هن', 'كم', 'نا', 'يه', 'ته', 'وا', 'ه', 'ي', 'ك', 'ت', 'ا'];

/**
 * Pushes the dictionary features of a word and returns its class-set hash (0: unknown word). The
 * first reading the dictionary knows decides, with how it was reached: the word itself, a clitic
 * reading, that reading without ال, or without a suffix too (the dictionary lists stems: سيارات
 * is found as سياره). قال is a verb, والصين a place name after و and ال, ناكامورا nothing at all.
 */
function dictionaryFeatures(readings: readonly string[], f: number[]): number {
  const dictionary = dictionaryClasses();
  for (let k = 0; k < readings.length; k++) {
    const r = readings[k];
    let found = dictionary.get(r);
    let how = k === 0 ? 0 : 1;
    const bare = r.length > 3 && r.charCodeAt(0) === 0x0627 && r.charCodeAt(1) === 0x0644 ? r.slice(2) : r;
    if (!found && bare !== r) {
      found = dictionary.get(bare);
      how = 2;
    }
    for (let i = 0; !found && i < SUFFIXES.length; i++) {
      const suf = SUFFIXES[i];
      if (bare.length - suf.length < 2 || !bare.endsWith(suf)) continue;
      const stem = bare.slice(0, bare.length - suf.length);
      found = dictionary.get(stem) ?? dictionary.get(stem + 'ه');
      how = 3;
    }
    if (found) {
      f.push(mix(pair(found[0], how), T.Dict));
      for (let i = 1; i < found.length && i <= 8; i++) f.push(mix(found[i], T.DictClass));
      return found[0] || 1;
    }
  }
  f.push(mix(0, T.Dict));
  return 0;
}

/** The next WordInfo.id (0 and 1 are the padding's). */
let nextWordId = 2;

const PAD_BEFORE: WordInfo = { id: 0, local: new Uint32Array(0), lexical: 0, norm: fnv('<s>'), stem: fnv('<s>'), shape: fnv('<s>'), suf2: fnv('<s>'), trig: 0, gaz: 0, kb: 0, lex: 0, stop: 1, dict: 0 };
const PAD_AFTER: WordInfo = { id: 1, local: new Uint32Array(0), lexical: 0, norm: fnv('</s>'), stem: fnv('</s>'), shape: fnv('</s>'), suf2: fnv('</s>'), trig: 0, gaz: 0, kb: 0, lex: 0, stop: 1, dict: 0 };

const CACHE_MAX = 200_000;
let cache = new Map<string, WordInfo>();

/** Forgets the per-word cache (after the gazetteer changes). */
export function clearFeatureCache(): void {
  cache = new Map();
}

export function wordInfo(raw: string): WordInfo {
  let info = cache.get(raw);
  if (!info) {
    info = computeInfo(raw);
    if (cache.size >= CACHE_MAX) cache = new Map();
    cache.set(raw, info);
  }
  return info;
}

/** Number of context features added to each token besides its word-local ones. */
const CONTEXT_FEATURES = 39;

/** The features of a sentence: token i owns hashes[offsets[i] .. offsets[i + 1]). */
export interface SentenceFeatures {
  hashes: Uint32Array;
  offsets: Int32Array;
  /** Per token: how many of its first features name the word itself (see WordInfo.lexical). */
  lexical: Uint8Array;
  /** Per token: its word's info; its first infos[i].local.length features are infos[i].local. */
  infos: WordInfo[];
}

/** The hash that stands for a word's own features when training hides them (word dropout). */
export const UNKNOWN_WORD = mix(fnv('<unk>'), 0xabcdef);

/**
 * Feature hashes for every token of a sentence; `extra` adds more (already salted) hashes per
 * token, e.g. the document-level hints of the second pass (docHints).
 */
export function sentenceFeatures(words: readonly string[], extra?: readonly Uint32Array[] | null): SentenceFeatures {
  const n = words.length;
  const infos: WordInfo[] = new Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    infos[i] = wordInfo(words[i]);
    total += infos[i].local.length + CONTEXT_FEATURES + 1 + (extra ? extra[i].length : 0);
  }
  const hashes = new Uint32Array(total);
  const offsets = new Int32Array(n + 1);
  const lexical = new Uint8Array(n);
  let k = 0;
  const at = (j: number): WordInfo => (j < 0 ? PAD_BEFORE : j >= n ? PAD_AFTER : infos[j]);
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const w = infos[i];
    lexical[i] = Math.min(w.lexical, 255);
    hashes.set(w.local, k);
    k += w.local.length;
    const m2 = at(i - 2), m1 = at(i - 1), p1 = at(i + 1), p2 = at(i + 2);
    hashes[k++] = mix(0, T.Bias);
    hashes[k++] = mix(m2.norm, T.NormM2);
    hashes[k++] = mix(m1.norm, T.NormM1);
    hashes[k++] = mix(p1.norm, T.NormP1);
    hashes[k++] = mix(p2.norm, T.NormP2);
    hashes[k++] = mix(m1.stem, T.StemM1);
    hashes[k++] = mix(p1.stem, T.StemP1);
    hashes[k++] = mix(pair(m1.norm, w.norm), T.BiM1);
    hashes[k++] = mix(pair(w.norm, p1.norm), T.BiP1);
    hashes[k++] = mix(m2.trig, T.TrigM2);
    hashes[k++] = mix(m1.trig, T.TrigM1);
    hashes[k++] = mix(p1.trig, T.TrigP1);
    hashes[k++] = mix(p2.trig, T.TrigP2);
    hashes[k++] = mix(m1.shape, T.ShapeM1);
    hashes[k++] = mix(p1.shape, T.ShapeP1);
    hashes[k++] = mix(m1.suf2, T.SufM1);
    hashes[k++] = mix(p1.suf2, T.SufP1);
    hashes[k++] = mix(pair(m1.trig, w.suf2), T.TrigM1Suf);
    hashes[k++] = mix(pair(m1.stem, w.stem), T.BiStemM1);
    hashes[k++] = mix(m1.gaz, T.GazM1);
    hashes[k++] = mix(p1.gaz, T.GazP1);
    hashes[k++] = mix(m1.gaz * 8 + p1.gaz * 2 + w.gaz, T.GazM1P1);
    hashes[k++] = mix(m1.kb, T.KbM1);
    hashes[k++] = mix(p1.kb, T.KbP1);
    const m3 = at(i - 3), p3 = at(i + 3);
    hashes[k++] = mix(m1.lex, T.LexM1);
    hashes[k++] = mix(p1.lex, T.LexP1);
    hashes[k++] = mix(m2.lex, T.LexM2);
    hashes[k++] = mix(p2.lex, T.LexP2);
    hashes[k++] = mix(m3.norm, T.NormM3);
    hashes[k++] = mix(p3.norm, T.NormP3);
    hashes[k++] = mix(m3.trig, T.TrigM3);
    hashes[k++] = mix(p3.trig, T.TrigP3);
    // Inside a span opened by an ORG head (وزارة، حزب، شركة …) up to 4 words back, no punctuation between.
    const org = orgHeadDistance(infos, i);
    hashes[k++] = mix(org * 16 + (w.kb & 0x0f ? 1 : 0) + (w.lex ? 2 : 0), T.OrgSpan);
    hashes[k++] = mix(m1.trig * 8 + p1.trig, T.TrigM1P1);
    hashes[k++] = mix(m1.trig * 64 + w.lex, T.LexTrigM1);
    hashes[k++] = mix(pair(m1.kb, w.norm), T.KbM1W);
    hashes[k++] = mix(pair(p1.kb, w.norm), T.KbP1W);
    hashes[k++] = mix(m1.dict, T.DictM1);
    hashes[k++] = mix(p1.dict, T.DictP1);
    if (extra) {
      hashes.set(extra[i], k);
      k += extra[i].length;
    }
  }
  offsets[n] = k;
  return { hashes: k === total ? hashes : hashes.subarray(0, k), offsets, lexical, infos };
}

// ---------------------------------------------------------------------------------------------
// Tagging without the full feature list. sentenceFeatures' context features are of two kinds:
// those of one neighbour alone (m1.norm, p2.trig …) and those that combine two words (bigrams,
// OrgSpan …). A model sums weights, so the one-word part can be summed once per distinct word and
// position (the model memoizes it on the WordInfo); only the two-word hashes are made per token.
// These functions must stay in step with sentenceFeatures (npm run bench:check compares the two).

/** Neighbour positions, in this order: −1, +1, −2, +2, −3, +3. */
export const NEIGHBOR_SLOTS = 6;

/** The hash of the bias feature (every token has it). */
export const BIAS_HASH = mix(0, T.Bias);

/** The hashes `w` contributes to a token as its neighbour at `slot` (see NEIGHBOR_SLOTS). */
export function neighborHashes(w: WordInfo, slot: number): number[] {
  switch (slot) {
    case 0: return [mix(w.norm, T.NormM1), mix(w.stem, T.StemM1), mix(w.trig, T.TrigM1), mix(w.shape, T.ShapeM1),
      mix(w.suf2, T.SufM1), mix(w.gaz, T.GazM1), mix(w.kb, T.KbM1), mix(w.lex, T.LexM1), mix(w.dict, T.DictM1)];
    case 1: return [mix(w.norm, T.NormP1), mix(w.stem, T.StemP1), mix(w.trig, T.TrigP1), mix(w.shape, T.ShapeP1),
      mix(w.suf2, T.SufP1), mix(w.gaz, T.GazP1), mix(w.kb, T.KbP1), mix(w.lex, T.LexP1), mix(w.dict, T.DictP1)];
    case 2: return [mix(w.norm, T.NormM2), mix(w.trig, T.TrigM2), mix(w.lex, T.LexM2)];
    case 3: return [mix(w.norm, T.NormP2), mix(w.trig, T.TrigP2), mix(w.lex, T.LexP2)];
    case 4: return [mix(w.norm, T.NormM3), mix(w.trig, T.TrigM3)];
    case 5: return [mix(w.norm, T.NormP3), mix(w.trig, T.TrigP3)];
    default: return [];
  }
}

/** The word infos of a sentence, and the padding around it. */
export function sentenceInfos(words: readonly string[]): WordInfo[] {
  const infos: WordInfo[] = new Array(words.length);
  for (let i = 0; i < words.length; i++) infos[i] = wordInfo(words[i]);
  return infos;
}

/** The info at position j of a sentence of infos, padding outside it. */
export function infoAt(infos: readonly WordInfo[], j: number): WordInfo {
  return j < 0 ? PAD_BEFORE : j >= infos.length ? PAD_AFTER : infos[j];
}

/**
 * Most two-word features look at a neighbour only through a small value: its trigger class, its
 * gazetteer or KB bits, how far back an ORG head is. That value is 0 for most neighbours (and for
 * the padding), and then the feature depends on the word alone: these are the word's "neutral"
 * two-word hashes, which the model sums once into the word's own scores. Only the word bigrams
 * (BiM1, BiP1, BiStemM1) need a lookup for every token; a non-neutral neighbour swaps a neutral
 * hash for the actual one (see contextHashes). This saves most of the random reads into the
 * weight table, which is far larger than the CPU caches.
 */
export const NEUTRAL_FEATURES = 7;

/** The hashes of `w`'s two-word features when its neighbours are neutral, written to out[0 .. NEUTRAL_FEATURES). */
export function neutralHashes(w: WordInfo, out: Uint32Array): void {
  out[0] = mix(pair(0, w.suf2), T.TrigM1Suf);
  out[1] = mix(w.gaz, T.GazM1P1);
  out[2] = mix((w.kb & 0x0f ? 1 : 0) + (w.lex ? 2 : 0), T.OrgSpan);
  out[3] = mix(0, T.TrigM1P1);
  out[4] = mix(w.lex, T.LexTrigM1);
  out[5] = mix(pair(0, w.norm), T.KbM1W);
  out[6] = mix(pair(0, w.norm), T.KbP1W);
}

/** Most hashes contextHashes writes for one token: three bigrams, then at most 2 × NEUTRAL_FEATURES. */
export const CONTEXT_HASHES_MAX = 3 + 2 * NEUTRAL_FEATURES;

/**
 * Token i's two-word features beyond its neutral ones: the three word bigrams, then for each
 * feature whose neighbours are not neutral, its actual hash and the neutral hash it replaces.
 * Writes out[0 .. 3 + 2c) — bigrams, then c (actual, neutral) pairs — and returns c. With the
 * word's neutral hashes added, the actual ones counted and the replaced neutral ones subtracted,
 * the sum is that of sentenceFeatures' two-word features (npm run bench:check compares them).
 */
export function contextHashes(infos: readonly WordInfo[], i: number, out: Uint32Array): number {
  const w = infos[i];
  const m1 = infoAt(infos, i - 1), p1 = infoAt(infos, i + 1);
  out[0] = mix(pair(m1.norm, w.norm), T.BiM1);
  out[1] = mix(pair(w.norm, p1.norm), T.BiP1);
  out[2] = mix(pair(m1.stem, w.stem), T.BiStemM1);
  let k = 3;
  if (m1.trig !== 0) {
    out[k++] = mix(pair(m1.trig, w.suf2), T.TrigM1Suf);
    out[k++] = mix(pair(0, w.suf2), T.TrigM1Suf);
    out[k++] = mix(m1.trig * 64 + w.lex, T.LexTrigM1);
    out[k++] = mix(w.lex, T.LexTrigM1);
  }
  if (m1.trig !== 0 || p1.trig !== 0) {
    out[k++] = mix(m1.trig * 8 + p1.trig, T.TrigM1P1);
    out[k++] = mix(0, T.TrigM1P1);
  }
  if (m1.gaz !== 0 || p1.gaz !== 0) {
    out[k++] = mix(m1.gaz * 8 + p1.gaz * 2 + w.gaz, T.GazM1P1);
    out[k++] = mix(w.gaz, T.GazM1P1);
  }
  const org = orgHeadDistance(infos, i);
  if (org !== 0) {
    const own = (w.kb & 0x0f ? 1 : 0) + (w.lex ? 2 : 0);
    out[k++] = mix(org * 16 + own, T.OrgSpan);
    out[k++] = mix(own, T.OrgSpan);
  }
  if (m1.kb !== 0) {
    out[k++] = mix(pair(m1.kb, w.norm), T.KbM1W);
    out[k++] = mix(pair(0, w.norm), T.KbM1W);
  }
  if (p1.kb !== 0) {
    out[k++] = mix(pair(p1.kb, w.norm), T.KbP1W);
    out[k++] = mix(pair(0, w.norm), T.KbP1W);
  }
  return (k - 3) / 2;
}

/** How many words back an ORG head opens the span token i is in (up to 4, no punctuation between); 0 if none. */
function orgHeadDistance(infos: readonly WordInfo[], i: number): number {
  for (let d = 1; d <= 4 && i - d >= 0; d++) {
    const x = infos[i - d];
    if (x.stop) return 0;
    if (x.trig === ORG_TRIGGER) return d;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Document-level hints for the second pass (stacking): how the first pass tagged the same word
// elsewhere in the surrounding sentences. A name tagged once with confidence is usually the same
// name wherever it recurs in an article.

/** Sentences on each side of a sentence that its document hints look at. */
export const DOC_WINDOW = 20;

const EMPTY = new Uint32Array(0);

/**
 * Per sentence, per token: the document hashes given the first pass's tag indices (`pass1`) of the
 * sentences of one document (or stream), looking `window` sentences on each side.
 */
export function docHints(doc: readonly (readonly string[])[], pass1: readonly Uint8Array[], window = DOC_WINDOW): Uint32Array[][] {
  const S = doc.length;
  const infos = doc.map((s) => s.map(wordInfo));
  // Sliding counts: stem → tag counts [9]; norm → tag counts [9].
  const stemCounts = new Map<number, Int32Array>();
  const normCounts = new Map<number, Int32Array>();
  const add = (j: number, d: number) => {
    const inf = infos[j];
    const tags = pass1[j];
    for (let i = 0; i < inf.length; i++) {
      const w = inf[i];
      if (w.stop) continue;
      let c = stemCounts.get(w.stem);
      if (!c) stemCounts.set(w.stem, (c = new Int32Array(9)));
      c[tags[i]] += d;
      let c2 = normCounts.get(w.norm);
      if (!c2) normCounts.set(w.norm, (c2 = new Int32Array(9)));
      c2[tags[i]] += d;
    }
  };
  for (let j = 0; j < Math.min(S, window + 1); j++) add(j, 1);
  const out: Uint32Array[][] = new Array(S);
  const buf: number[] = [];
  for (let j = 0; j < S; j++) {
    if (j > 0) {
      if (j + window < S) add(j + window, 1);
      if (j - window - 1 >= 0) add(j - window - 1, -1);
    }
    const inf = infos[j];
    const tags = pass1[j];
    const row: Uint32Array[] = new Array(inf.length);
    for (let i = 0; i < inf.length; i++) {
      const w = inf[i];
      buf.length = 0;
      const own = tags[i];
      buf.push(mix(own, T.DocSelf));
      buf.push(mix((i > 0 ? tags[i - 1] : 15) * 16 + (i + 1 < inf.length ? tags[i + 1] : 15), T.DocNbr));
      if (!w.stop) {
        const c = stemCounts.get(w.stem)!;
        let ent = 0;
        for (let t = 1; t < 9; t++) {
          const k = c[t] - (own === t ? 1 : 0);
          if (k > 0) {
            ent += k;
            buf.push(mix(t * 4 + Math.min(k, 3), T.DocStem));
            buf.push(mix(pair(t, w.suf2), T.DocStemW));
          }
        }
        const o = c[0] - (own === 0 ? 1 : 0);
        if (ent === 0 && o > 0) buf.push(mix(Math.min(o, 3), T.DocStemO));
        else if (ent > 0 && o > 0) buf.push(mix(4 + Math.min(Math.round((4 * o) / (o + ent)), 4), T.DocStemO));
        const c2 = normCounts.get(w.norm)!;
        let best = 0;
        let bestK = 0;
        for (let t = 1; t < 9; t++) {
          const k = c2[t] - (own === t ? 1 : 0);
          if (k > bestK) { bestK = k; best = t; }
        }
        if (best) buf.push(mix(best, T.DocNorm));
      }
      row[i] = buf.length ? Uint32Array.from(buf) : EMPTY;
    }
    out[j] = row;
  }
  return out;
}
