// Outline: the article's entities, figures, dates and sources, grouped as a reader looks for them.
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, Span } from '../analysis/types';
import { timeLabel } from '../analysis/timeLabel';
import { describeSource } from './lookup';
import { formatNumber } from './hover';

const GROUPS: Array<{ type: string; name: string; kind: SymbolKind }> = [
  { type: 'PER', name: 'People', kind: SymbolKind.Class },
  { type: 'ORG', name: 'Organizations', kind: SymbolKind.Module },
  { type: 'LOC', name: 'Places', kind: SymbolKind.Namespace },
  { type: 'MISC', name: 'Other names', kind: SymbolKind.Object },
];

/** The outline last built from each analysis: VS Code asks for it several times per version
 * (outline view, breadcrumbs, sticky scroll), and on a long article it has thousands of entries. */
const built = new WeakMap<Analysis, { uri: string; version: number; symbols: DocumentSymbol[] }>();

export function documentSymbols(doc: TextDocument, a: Analysis): DocumentSymbol[] {
  const last = built.get(a);
  if (last && last.uri === doc.uri && last.version === doc.version) return last.symbols;
  const symbols = buildDocumentSymbols(doc, a);
  built.set(a, { uri: doc.uri, version: doc.version, symbols });
  return symbols;
}

/** The outline, built anew (documentSymbols keeps the last one per analysis). */
export function buildDocumentSymbols(doc: TextDocument, a: Analysis): DocumentSymbol[] {
  const range = (s: Span) => ({ start: doc.positionAt(s.start), end: doc.positionAt(s.end) });
  const group = (name: string, kind: SymbolKind, children: DocumentSymbol[]): DocumentSymbol[] => {
    if (!children.length) return [];
    // A loop, not Math.min(...spread): thousands of children on a long article.
    let start = Infinity, end = -Infinity;
    for (const c of children) {
      start = Math.min(start, doc.offsetAt(c.range.start));
      end = Math.max(end, doc.offsetAt(c.range.end));
    }
    const r = range({ start, end });
    return [{ name, kind, range: r, selectionRange: r, children, detail: String(children.length) }];
  };
  const out: DocumentSymbol[] = [];
  for (const g of GROUPS) {
    const children = a.entities
      .filter((e) => e.type === g.type && e.mentions.length)
      .map((e) => {
        const first = e.mentions[0];
        const last = e.mentions[e.mentions.length - 1];
        return {
          name: e.name.ar || e.name.en || e.id || '?',
          detail: e.name.en ? `${e.name.en} · ×${e.mentions.length}` : `×${e.mentions.length}`,
          kind: g.kind,
          range: range({ start: first.start, end: last.end }),
          selectionRange: range(first),
        };
      });
    out.push(...group(g.name, g.kind, children));
  }
  // A figure's or date's range is also its selection range: one object for both (same JSON).
  out.push(...group('Figures', SymbolKind.Number, a.figures.map((f) => {
    const r = range(f);
    return { name: f.text || '?', detail: `${formatNumber(f.value)}${f.unit ? ' ' + f.unit : ''}`, kind: SymbolKind.Number, range: r, selectionRange: r };
  })));
  out.push(...group('Dates', SymbolKind.Event, a.times.map((t) => {
    const r = range(t);
    return { name: t.text || '?', detail: timeLabel(t.value), kind: SymbolKind.Event, range: r, selectionRange: r };
  })));
  const text = doc.getText();
  out.push(...group('Sources', SymbolKind.Interface, a.attributions.map((at) => ({
    name: text.slice(at.source.start, at.source.end) || at.cue.text || '?',
    detail: describeSource(a, at), kind: SymbolKind.Interface,
    range: range({ start: Math.min(at.cue.start, at.source.start, at.claim.start), end: Math.max(at.cue.end, at.source.end, at.claim.end) }),
    selectionRange: range(at.source),
  }))));
  return out;
}
