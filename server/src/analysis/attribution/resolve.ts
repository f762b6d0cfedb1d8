// Document pass: final entity ids for sources (by position, from the linked mentions), sources
// that continue from a previous paragraph (وأضاف أن …), and descriptions that point back to a
// named source (الخبير السياسي، المستشرق → the analyst named before or after in the article).
import { Attribution, Mention } from '../types';
import { normalizeWord } from '../normalize';
import { detached } from '../tokenize';
import { boundedMemo } from '../memo';
import { lexicon } from './lexicon';
import { pickEntity } from './entity';
import { isPendingSource } from './find';
import { TITLES } from '../entities/lexicon';

type Source = Attribution['source'];

/**
 * Normalized words of a short text with و/ل/ب and the article taken off (callers never mutate
 * them); kept across document passes (sources repeat, and a referent's context is the same text
 * version after version): a pure function of the text and the static lexicon.
 */
const words = boundedMemo(100_000, (s: string) => wordsUncached(s), detached);

function wordsUncached(s: string): string[] {
  const out: string[] = [];
  for (const raw of s.split(/[\s،,:؛()«»"“”.\-]+/)) {
    if (!raw) continue;
    let w = normalizeWord(raw);
    if ((w.startsWith('و') || w.startsWith('ف')) && w.length > 3 && !lexicon().roleClass.has(w)) w = w.slice(1);
    if (w.startsWith('لل') && w.length > 3) w = 'ا' + w.slice(1);
    else if ((w.startsWith('ل') || w.startsWith('ب')) && w.length > 3 && !lexicon().roleClass.has(w)) w = w.slice(1);
    if (w.startsWith('ال') && w.length > 3) w = w.slice(2);
    out.push(w);
  }
  return out;
}

const CONTEXT = 60; // characters before a name where its role is written (المحلل السياسي الروسي، المستشرق X)
/** How far from a source its referent (a description) or full name (a surname alone) is looked for. */
export const WINDOW = 20000;

/** A named person or organization a description may stand for; its context (the words written just
 * before it) is read when first needed, so a pass that resolves a few sources reads a few contexts. */
interface Referent { mention: Mention; context?: string[] }

/** Whether items are already in the order a stable sort by `key` would give (then it is a no-op). */
function sortedBy<T>(items: readonly T[], key: (x: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (key(items[i - 1]) > key(items[i])) return false;
  return true;
}

/** Index of the first item whose start is ≥ `offset` (items sorted by start). */
function firstStartingAt(items: readonly Mention[], offset: number): number {
  let lo = 0, hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Per document pass: mentions sorted by start, and facts about them computed once. */
export interface DocIndex {
  sorted: Mention[];
  /** The longest mention, to bound the backward search for mentions covering a span. */
  maxLen: number;
  /** Indices in `sorted` of the person-name mentions of two words or more, by their last word
   * (normalized), in order; built on first use. */
  byLastWord?: Map<string, number[]>;
}

/** The normalized last word of a name of two words or more (null: one word), by its text; kept
 * across document passes (the same names recur). */
const lastWordOf = boundedMemo(50_000, (name: string): string | null => {
  const mt = normalizeWord(name);
  const sp = mt.lastIndexOf(' ');
  return sp < 0 ? null : mt.slice(sp + 1);
}, detached);

function byLastWord(doc: DocIndex, text: string): Map<string, number[]> {
  if (!doc.byLastWord) {
    doc.byLastWord = new Map();
    doc.sorted.forEach((m, i) => {
      if (m.type !== 'PER' || m.kind !== 'name') return;
      const last = lastWordOf(text.slice(m.start, m.end));
      if (last === null) return;
      const list = doc.byLastWord!.get(last);
      if (list) list.push(i);
      else doc.byLastWord!.set(last, [i]);
    });
  }
  return doc.byLastWord;
}

export function resolveAttributionsIn(attributions: Attribution[], mentions: Mention[], text: string): Attribution[] {
  const resolver = new Resolver(docIndex(mentions), text);
  for (const a of inCueOrder(attributions)) resolver.step(a);
  return resolver.out;
}

/** The document's mentions as resolution reads them. */
export function docIndex(mentions: Mention[]): DocIndex {
  // linkEntities returns mentions in order already; a stable sort of a sorted list is a copy of it.
  const sorted = sortedBy(mentions, (m) => m.start) ? mentions : [...mentions].sort((a, b) => a.start - b.start);
  let maxLen = 0;
  for (const m of sorted) if (m.end - m.start > maxLen) maxLen = m.end - m.start;
  return { sorted, maxLen };
}

/** Attributions in the order of their cues (a stable sort; most lists are in order already). */
export function inCueOrder(attributions: readonly Attribution[]): readonly Attribution[] {
  return sortedBy(attributions, (x) => x.cue.start) ? attributions : [...attributions].sort((x, y) => x.cue.start - y.cue.start);
}

/**
 * Resolves a document's attributions one by one, in cue order: what it decides for one depends on
 * the mentions within WINDOW of its source and on the attributions resolved before it (a
 * continuing verb takes the last source; المصدر ذاته looks back up to 30).
 */
export class Resolver {
  /** The attributions kept so far, in order. */
  readonly out: Attribution[] = [];
  private previous: Attribution | undefined;
  private referents: Referent[] | undefined;

  constructor(private readonly doc: DocIndex, private readonly text: string) {}

  /** Resolves the next attribution: the one to keep, or null when it is dropped. */
  step(a0: Attribution): Attribution | null {
    const { doc, text } = this;
    const { sorted } = doc;
    if (!inside(a0.cue, text) || !inside(a0.claim, text) || a0.claim.end <= a0.claim.start) return null;
    let a: Attribution = a0;
    const previous = this.previous;
    if (isPendingSource(a.source)) {
      if (!previous) return null; // a continuing verb with nobody before it: left unattributed
      a = { ...a, source: { ...previous.source } };
      if (previous.via) a.via = previous.via.map((v) => ({ ...v }));
    } else {
      if (!inside(a.source, text)) return null;
      a = { ...a, source: { ...a.source, entityId: pickEntity(a.source, sorted, a.source.text) } };
      const full = surnameOf(a.source, doc, text);
      if (full) a.source.entityId = full;
      if (a.via) a.via = a.via.filter((v) => inside(v, text)).map((v) => ({ ...v, entityId: pickEntity(v, sorted, v.text) }));
      if (a.source.entityId === null && a.source.kind !== 'generic') {
        this.referents ??= buildReferents(sorted);
        const back = pointsBack(a.source, previous, this.out, this.referents, text);
        if (back) a.source.entityId = back.entityId, a.source.kind = back.kind;
      }
    }
    this.take(a);
    return a;
  }

  /** Keeps an attribution resolved earlier (the same as step would give): it is the last one now. */
  take(a: Attribution): void {
    this.out.push(a);
    this.previous = a;
  }
}

function inside(s: { start: number; end: number }, text: string): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start <= s.end;
}

function buildReferents(mentions: Mention[]): Referent[] {
  const out: Referent[] = [];
  for (const m of mentions) if (m.kind === 'name' && (m.type === 'PER' || m.type === 'ORG')) out.push({ mention: m });
  return out;
}

/** The words written just before a name, in the same sentence: where its role is (المحلل السياسي X). */
function contextOf(r: Referent, text: string): string[] {
  if (r.context) return r.context;
  const m = r.mention;
  let from = Math.max(0, m.start - CONTEXT);
  for (let k = m.start - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f) { from = k + 1; break; }
  }
  return (r.context = words(text.slice(from, m.end)));
}

/** A description source (المستشرق، الخبير السياسي، الوزارة، المصدر ذاته) → the entity it stands for. */
function pointsBack(source: Source, previous: Attribution | undefined, done: Attribution[], referents: Referent[], text: string):
  { entityId: string | null; kind: Source['kind'] } | null {
  const lex = lexicon();
  const ws = words(source.text);
  if (!ws.length) return null;
  const head = ws[0];
  const raw0 = normalizeWord(source.text.trim().split(/\s+/, 1)[0] ?? '');
  const definite = raw0.replace(/^[وفلب]/, '').startsWith('ال') || raw0.startsWith('لل');
  if (!definite) return null;
  const cls = lex.roleClass.get(head);
  // المصدر ذاته / المصدر نفسه: the last source with the same head.
  if (lex.anonymousHeads.has(head)) {
    for (let i = done.length - 1; i >= 0 && i >= done.length - 30; i--) {
      const w = words(done[i].source.text)[0];
      if (w === head || (cls !== undefined && lex.roleClass.get(w) === cls)) return { entityId: done[i].source.entityId, kind: done[i].source.kind };
      const v = done[i].via?.find((x) => words(x.text)[0] === head);
      if (v) return { entityId: v.entityId, kind: v.kind };
    }
    return null;
  }
  if (cls === undefined) return null;
  // A post a person holds (السفير، المتحدث باسم الحكومة، الخبير) stands for a person: never for the
  // outlet or body named near it (… في تصريح لقناة العربية, whose context holds المتحدث too).
  const personOnly = TITLES.firstMax.has(normalizeWord(raw0.replace(/^[وفلب](?=ال)/, '')));
  const modifiers = new Set(ws.slice(1));
  let best: Referent | null = null;
  let bestScore = 0;
  // Referents are in mention order: only those within WINDOW of the source can score.
  let lo = 0, hi = referents.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (referents[mid].mention.start < source.start - WINDOW) lo = mid + 1;
    else hi = mid;
  }
  for (let ri = lo; ri < referents.length; ri++) {
    const r = referents[ri];
    if (personOnly && r.mention.type !== 'PER') continue;
    const d = r.mention.start - source.start;
    if (d > WINDOW) break;
    if (Math.abs(d) > WINDOW) continue;
    let score = 0;
    const context = contextOf(r, text);
    for (const w of context) {
      if (w === head) score = Math.max(score, 3);
      else if (lex.roleClass.get(w) === cls) score = Math.max(score, 2);
    }
    if (!score) continue;
    for (const w of context) if (modifiers.has(w)) score += 0.5;
    // Nearer is better; a referent named before the description is preferred.
    score -= Math.abs(d) / WINDOW + (d > 0 ? 0.25 : 0);
    if (score > bestScore) { best = r; bestScore = score; }
  }
  if (best) return { entityId: best.mention.entityId, kind: 'named' };
  void previous;
  return null;
}

/** "وبحسب أونتيكوف": a one-word source that is the last name of a person named in full nearby
 * (before, else after) stands for that person, whatever the surname mention was linked to. */
function surnameOf(source: Source, doc: DocIndex, text: string): string | null {
  const w = normalizeWord(source.text.trim());
  if (!w || /\s/.test(w) || w.length < 3) return null;
  const mentions = doc.sorted;
  // The first mention (in order) that covers the source: only those starting at most maxLen before it can.
  let own: Mention | undefined;
  const upTo = firstStartingAt(mentions, source.start + 1);
  for (let i = firstStartingAt(mentions, source.start - doc.maxLen); i < upTo; i++) {
    const m = mentions[i];
    if (m.start <= source.start && m.end >= source.end && m.type === 'PER' && m.kind === 'name') { own = m; break; }
  }
  if (own && normalizeWord(own.text).includes(' ')) return null; // already a full name
  const bare = w.replace(/^[وفلب]/, '');
  // The full names ending in the word, within WINDOW of the source, in document order.
  const index = byLastWord(doc, text);
  const candidates: number[] = [];
  for (const key of bare === w ? [w] : [w, bare]) {
    const list = index.get(key);
    if (!list) continue;
    let lo = 0, hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[list[mid]].start < source.start - WINDOW) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < list.length && mentions[list[k]].start - source.start <= WINDOW; k++) candidates.push(list[k]);
  }
  if (bare !== w) candidates.sort((x, y) => x - y);
  let best: Mention | null = null;
  let bestD = Infinity;
  for (const i of candidates) {
    const m = mentions[i];
    const d = m.start < source.start ? source.start - m.start : (m.start - source.start) * 2;
    if (d < bestD) { best = m; bestD = d; }
  }
  return best ? best.entityId : null;
}
