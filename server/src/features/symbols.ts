// Outline: the article's entities, figures, dates and sources, grouped as a reader looks for them.
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, Span } from '../analysis/types';
import { timeLabel } from '../analysis/timeLabel';
import { describeSource } from './lookup';
import { formatNumber } from './hover';
import { t } from './l10n';

/** Entries per group unless the setting says otherwise (sanad.outline.maxItemsPerGroup). */
export const DEFAULT_MAX_ITEMS_PER_GROUP = 300;

const GROUPS: Array<{ type: string; name: string; kind: SymbolKind }> = [
  { type: 'PER', name: 'People', kind: SymbolKind.Class },
  { type: 'ORG', name: 'Organizations', kind: SymbolKind.Module },
  { type: 'LOC', name: 'Places', kind: SymbolKind.Namespace },
  { type: 'MISC', name: 'Other names', kind: SymbolKind.Object },
];

/** The outline last built from each analysis: VS Code asks for it several times per version
 * (outline view, breadcrumbs, sticky scroll), and on a long article it has thousands of entries. */
const built = new WeakMap<Analysis, { uri: string; version: number; max: number; symbols: DocumentSymbol[] }>();

export function documentSymbols(doc: TextDocument, a: Analysis, maxPerGroup = DEFAULT_MAX_ITEMS_PER_GROUP): DocumentSymbol[] {
  const last = built.get(a);
  if (last && last.uri === doc.uri && last.version === doc.version && last.max === maxPerGroup) return last.symbols;
  const symbols = buildDocumentSymbols(doc, a, maxPerGroup);
  built.set(a, { uri: doc.uri, version: doc.version, max: maxPerGroup, symbols });
  return symbols;
}

/**
 * The outline, built anew (documentSymbols keeps the last one per analysis). Each group lists its
 * first `maxPerGroup` entries in document order, then one entry that counts the rest: the client
 * asks for the outline again after every edit, and a 1 MB article has thousands of figures and
 * dates (1.7 M characters of JSON each time) that nobody scrolls through in an outline.
 */
export function buildDocumentSymbols(doc: TextDocument, a: Analysis, maxPerGroup = Infinity): DocumentSymbol[] {
  const max = Math.max(1, maxPerGroup);
  const range = (s: Span) => ({ start: doc.positionAt(s.start), end: doc.positionAt(s.end) });
  /** The first `max` of `items`, made into symbols (only those are built). */
  const first = <T>(items: readonly T[], make: (x: T) => DocumentSymbol) => ({
    children: items.slice(0, max).map(make),
    rest: items.length > max ? items.slice(max) : [],
  });
  const group = (name: string, kind: SymbolKind, built: { children: DocumentSymbol[]; rest: readonly Span[] }): DocumentSymbol[] => {
    const { children, rest } = built;
    if (!children.length) return [];
    const total = children.length + rest.length;
    if (rest.length) {
      // The entry for the rest spans them all; selecting it goes to the first one left out.
      let start = Infinity, end = -Infinity;
      for (const s of rest) {
        start = Math.min(start, s.start);
        end = Math.max(end, s.end);
      }
      const r = range({ start, end });
      children.push({ name: t('… {0} more', rest.length), kind, range: r, selectionRange: range(rest[0]) });
    }
    // A loop, not Math.min(...spread): thousands of children on a long article.
    let start = Infinity, end = -Infinity;
    for (const c of children) {
      start = Math.min(start, doc.offsetAt(c.range.start));
      end = Math.max(end, doc.offsetAt(c.range.end));
    }
    const r = range({ start, end });
    return [{ name, kind, range: r, selectionRange: r, children, detail: String(total) }];
  };
  const out: DocumentSymbol[] = [];
  for (const g of GROUPS) {
    const entities = a.entities.filter((e) => e.type === g.type && e.mentions.length);
    // An entity's span for "the rest": its first mention.
    const built = first(entities, (e) => {
      const opening = e.mentions[0];
      const last = e.mentions[e.mentions.length - 1];
      return {
        name: e.name.ar || e.name.en || e.id || '?',
        detail: e.name.en ? `${e.name.en} · ×${e.mentions.length}` : `×${e.mentions.length}`,
        kind: g.kind,
        range: range({ start: opening.start, end: last.end }),
        selectionRange: range(opening),
      };
    });
    out.push(...group(g.name, g.kind, { children: built.children, rest: built.rest.map((e) => e.mentions[0]) }));
  }
  // A figure's or date's range is also its selection range: one object for both (same JSON).
  out.push(...group('Figures', SymbolKind.Number, first(a.figures, (f) => {
    const r = range(f);
    return { name: f.text || '?', detail: `${formatNumber(f.value)}${f.unit ? ' ' + f.unit : ''}`, kind: SymbolKind.Number, range: r, selectionRange: r };
  })));
  out.push(...group('Dates', SymbolKind.Event, first(a.times, (x) => {
    const r = range(x);
    return { name: x.text || '?', detail: timeLabel(x.value), kind: SymbolKind.Event, range: r, selectionRange: r };
  })));
  const text = doc.getText();
  const sources = first(a.attributions, (at) => ({
    name: text.slice(at.source.start, at.source.end) || at.cue.text || '?',
    detail: describeSource(a, at), kind: SymbolKind.Interface,
    range: range({ start: Math.min(at.cue.start, at.source.start, at.claim.start), end: Math.max(at.cue.end, at.source.end, at.claim.end) }),
    selectionRange: range(at.source),
  }));
  out.push(...group('Sources', SymbolKind.Interface, { children: sources.children, rest: sources.rest.map((at) => at.source) }));
  return out;
}
