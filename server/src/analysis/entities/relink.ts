// Relinking after an edit without linking again.
//
// Linking (index.ts) is a fold over the document's mentions in order. What it decides for a
// paragraph's mentions depends on the paragraphs before it and on the paragraph's own mentions and
// surname words: their fields, their order, and a few facts about the text on their line — never on
// absolute offsets (positions are only compared, and a bare title looks for its person at most
// CATAPHORA_WINDOW further on the same line). The paragraph's "link key" below writes all of that
// down. When an edit leaves every paragraph's key as it was — most keystrokes: typing inside a word
// that names nobody, or before the first name of a line — every decision is the same as last time,
// and linking only has to emit the new mentions with the old decisions at their new offsets.
import type { Mention } from '../types';
import type { KnowledgeBase } from '../kb';
import type { SurnameWords } from './index';
import { isWholeToken, previousWord } from './wordAt';
import { SurnameKeys, surnameCandidates } from './surnameCandidates';

/** How far after a bare title, in the same paragraph, the person it stands for may be introduced. */
export const CATAPHORA_WINDOW = 800;

/** Mentions sorted by start (longest first), those overlapping an earlier one dropped: what linking reads. */
export function inOrder<M extends Mention>(mentions: readonly M[], length: number): M[] {
  if (isInOrder(mentions, length)) return mentions.slice(); // the usual case: paragraphs in order, each sorted
  const sorted = mentions.filter((m) => m.start >= 0 && m.end <= length && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: M[] = [];
  let lastEnd = -1;
  for (const m of sorted) {
    if (m.start < lastEnd) continue;
    out.push(m);
    lastEnd = m.end;
  }
  return out;
}

function isInOrder(mentions: readonly Mention[], length: number): boolean {
  let lastEnd = -1;
  for (const m of mentions) {
    if (m.start < 0 || m.start < lastEnd || m.end > length || m.end <= m.start) return false;
    lastEnd = m.end;
  }
  return true;
}

/** One paragraph as linking sees it: its text, its own mentions and surname words (offsets relative to it). */
export interface LinkParagraph {
  text: string;
  mentions: readonly Mention[];
  words: SurnameWords;
}

/** What linking decided for one paragraph, `S` being its entity state. */
export interface ParagraphDecisions<S> {
  /** Per mention of the paragraph (inOrder): its entity state, undefined for a title left unlinked. */
  assigned: ReadonlyArray<S | undefined>;
  /** Per mention: 1 when a gentilic was read as the surname of a person named before (now a name). */
  renamed: Uint8Array;
  /** Surname words linked alone, in order; `candidate` indexes the paragraph's candidate surnames
   * (surnameCandidates), which the link key fixes (its other surname words may come and go). */
  hits: ReadonlyArray<{ candidate: number; s: S }>;
}

/** What a link key was computed against: the knowledge base and the document's surnames. */
interface KeyContext {
  kb: KnowledgeBase;
  /** The surnames of the document's people (null: none), see surnameCandidates.ts. */
  surnames: SurnameKeys | null;
}

const keys = new WeakMap<SurnameWords, { kb: KnowledgeBase; generation: number; key: string }>();

/**
 * The paragraph's link key: everything about it that linking reads, given the knowledge base and
 * the document's surnames (the same as last time's while every paragraph's key is: the surnames
 * come from the people its mentions name). Positions are written as their rank among the
 * boundaries of the paragraph's mentions and candidate surnames (order is all linking compares),
 * except how many mentions follow a bare title within CATAPHORA_WINDOW. A mention's text is read
 * only when it is not a known KB entry's (the name an unknown entity is grouped by); words that
 * cannot be one of the surnames are never read at all. Memoized on the surname words, which are
 * made once per paragraph text (with its cached result).
 */
export function linkKey(p: LinkParagraph, context: KeyContext): string {
  const generation = context.surnames?.generation ?? 0;
  const memo = keys.get(p.words);
  if (memo && memo.kb === context.kb && memo.generation === generation) return memo.key;
  const key = computeKey(p, context);
  keys.set(p.words, { kb: context.kb, generation, key });
  return key;
}

type LinkedFields = Mention & { kbId?: string; name?: { ar: string; en: string | null }; subtype?: string; role?: string; roleKeys?: string[]; titleKeys?: string[] };

function computeKey({ text, mentions, words }: LinkParagraph, { kb, surnames }: KeyContext): string {
  const ms = inOrder(mentions as LinkedFields[], text.length);
  const { pos, readings } = words;
  const candidates = surnames ? surnameCandidates(words, surnames) : new Int32Array(0);
  const bounds: number[] = [];
  for (const m of ms) bounds.push(m.start, m.end);
  for (const w of candidates) bounds.push(pos[w * 3], pos[w * 3 + 1]);
  const ranks = new Map<number, number>();
  for (const b of [...new Set(bounds)].sort((a, b) => a - b)) ranks.set(b, ranks.size);
  const parts: unknown[] = [];
  ms.forEach((m, i) => {
    let following = 0;
    if (m.kind === 'title') while (i + 1 + following < ms.length && ms[i + 1 + following].start - m.start <= CATAPHORA_WINDOW) following++;
    const known = m.kbId !== undefined && kb.get(m.kbId) !== undefined;
    parts.push([ranks.get(m.start), ranks.get(m.end), known ? null : m.text, m.type, m.kind, m.entityId, m.via, m.kbId, m.name?.ar, m.name?.en,
      m.subtype, m.role, m.roleKeys, m.titleKeys, following]);
  });
  for (const w of candidates) {
    const start = pos[w * 3], end = pos[w * 3 + 1];
    // The word before is read only for a gentilic that is exactly the word (السوداني after a title).
    const exact = ms.some((m) => m.start === start && m.end === end);
    parts.push([ranks.get(start), ranks.get(end), text.slice(start, end), readings[w], isWholeToken(text, start, end), exact ? previousWord(text, start) : null]);
  }
  return JSON.stringify(parts);
}

/** The last full linking of one document, kept to relink its next versions. */
export class LinkMemo<S> {
  private context: KeyContext | null = null;
  /** The document's surnames the kept decisions were made with. */
  get surnames(): SurnameKeys | null {
    return this.context?.surnames ?? null;
  }
  private paragraphs: SurnameWords[] = [];
  private keyOf: LinkParagraph[] = [];
  private decisions: ParagraphDecisions<S>[] = [];
  /** How many linkings were skipped (relinked) and done in full; for tests and benchmarks. */
  relinked = 0;
  linked = 0;

  /**
   * Last time's decisions when they hold for `paragraphs` (same knowledge base, same number of
   * paragraphs, each with the same link key), else null. Held, they now belong to these paragraphs.
   */
  reuse(kb: KnowledgeBase, paragraphs: readonly LinkParagraph[]): ParagraphDecisions<S>[] | null {
    const context = this.context;
    if (!context || kb !== context.kb || paragraphs.length !== this.paragraphs.length) return null;
    for (let p = 0; p < paragraphs.length; p++) {
      if (paragraphs[p].words === this.paragraphs[p]) continue; // the same cached paragraph result
      if (linkKey(paragraphs[p], context) !== linkKey(this.keyOf[p], context)) return null;
    }
    this.remember(context, paragraphs, this.decisions);
    return this.decisions;
  }

  /** A full linking's decisions, with the knowledge base and surnames they were made with. */
  remember(context: KeyContext, paragraphs: readonly LinkParagraph[], decisions: ParagraphDecisions<S>[]): void {
    this.context = context;
    this.keyOf = paragraphs.slice();
    this.paragraphs = paragraphs.map((p) => p.words);
    this.decisions = decisions;
  }
}
