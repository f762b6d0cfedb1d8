// Semantic tokens: people, organizations, places, figures, dates and sources coloured by type.
// The legend is declared here and in package.json (`semanticTokenTypes`, `semanticTokenScopes`,
// so that themes without Sanad rules still colour them). Tokens are encoded as LSP wants them:
// relative line and start deltas in UTF-16 code units, one token per line (a span that crosses a
// line break is split), no overlaps (a source wins over the name inside it, a date over the
// number inside it).
import { Range, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, EntityType } from '../analysis/types';
import { bomShift } from './ranges';

export const TOKEN_TYPES = ['person', 'organization', 'place', 'figure', 'date', 'source'] as const;
export const TOKEN_MODIFIERS = ['gentilic', 'anonymous', 'approximate'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const TYPE_OF_ENTITY: Partial<Record<EntityType, TokenType>> = { PER: 'person', ORG: 'organization', LOC: 'place' };

/** A span to colour, before overlaps are resolved. Higher priority wins where spans overlap. */
interface Paint {
  start: number;
  end: number;
  type: number;
  modifiers: number;
  priority: number;
}

const bit = (m: (typeof TOKEN_MODIFIERS)[number]) => 1 << TOKEN_MODIFIERS.indexOf(m);
const typeIndex = (t: TokenType) => TOKEN_TYPES.indexOf(t);

function paints(a: Analysis): Paint[] {
  const out: Paint[] = [];
  for (const m of a.mentions) {
    const t = TYPE_OF_ENTITY[m.type];
    if (t) out.push({ start: m.start, end: m.end, type: typeIndex(t), modifiers: m.kind === 'gentilic' ? bit('gentilic') : 0, priority: 1 });
  }
  for (const f of a.figures) {
    out.push({ start: f.start, end: f.end, type: typeIndex('figure'), modifiers: f.approx ? bit('approximate') : 0, priority: 2 });
  }
  for (const t of a.times) {
    out.push({ start: t.start, end: t.end, type: typeIndex('date'), modifiers: t.mod === 'APPROX' ? bit('approximate') : 0, priority: 3 });
  }
  for (const at of a.attributions) {
    const s = at.source;
    out.push({ start: s.start, end: s.end, type: typeIndex('source'), modifiers: s.kind === 'anonymous' ? bit('anonymous') : 0, priority: 4 });
  }
  return out.filter((p) => Number.isFinite(p.start) && Number.isFinite(p.end) && p.end > p.start);
}

/** Non-overlapping pieces, sorted by start: each stretch of text gets the highest-priority paint. */
export function resolveOverlaps(input: Paint[]): Paint[] {
  const byPriority = [...input].sort((x, y) => y.priority - x.priority || x.start - y.start);
  const taken: Paint[] = []; // sorted by start, non-overlapping
  const firstEndingAfter = (offset: number) => {
    let lo = 0, hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const p of byPriority) {
    let i = firstEndingAfter(p.start);
    let cursor = p.start;
    const pieces: Paint[] = [];
    while (cursor < p.end) {
      const next = taken[i];
      if (!next || next.start >= p.end) {
        pieces.push({ ...p, start: cursor, end: p.end });
        break;
      }
      if (next.start > cursor) pieces.push({ ...p, start: cursor, end: next.start });
      cursor = Math.max(cursor, next.end);
      i++;
    }
    if (pieces.length) taken.splice(firstEndingAfter(pieces[0].start), 0, ...pieces);
  }
  return taken;
}

/** The document's tokens, encoded; only those touching `range` when one is given. */
export function semanticTokens(doc: TextDocument, a: Analysis, range?: Range): SemanticTokens {
  const shift = bomShift(doc);
  const length = doc.getText().length;
  const lo = range ? doc.offsetAt(range.start) : 0;
  const hi = range ? doc.offsetAt(range.end) : length;
  const data: number[] = [];
  let prevLine = 0, prevChar = 0;
  const emit = (line: number, char: number, len: number, p: Paint) => {
    if (len <= 0) return;
    data.push(line - prevLine, line === prevLine ? char - prevChar : char, len, p.type, p.modifiers);
    prevLine = line;
    prevChar = char;
  };
  for (const p of resolveOverlaps(paints(a))) {
    const start = Math.min(length, p.start + shift);
    const end = Math.min(length, p.end + shift);
    if (end <= start || end <= lo || start >= hi) continue;
    const s = doc.positionAt(start);
    const e = doc.positionAt(end);
    for (let line = s.line; line <= e.line; line++) {
      const from = line === s.line ? s.character : 0;
      const to = line === e.line ? e.character : lineLength(doc, line);
      emit(line, from, to - from, p);
    }
  }
  return { data };
}

/** Length of a line without its line break. */
function lineLength(doc: TextDocument, line: number): number {
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  return text.replace(/\r?\n$|\r$/, '').length;
}
