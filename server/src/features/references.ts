// References: every mention of the entity under the cursor, whatever its clitics and spelling;
// on a source, also all the claims it stands behind. Highlights: the same, in this document.
import { DocumentHighlight, DocumentHighlightKind, Location, Position } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, Span } from '../analysis/types';
import { normalizeWord } from '../analysis/normalize';
import { claimsOf, entityById, mentionAt, sourceAt } from './lookup';

function entityUnder(a: Analysis, offset: number): string | undefined {
  return mentionAt(a, offset)?.entityId ?? sourceAt(a, offset)?.source.entityId ?? undefined;
}

export function references(doc: TextDocument, a: Analysis, position: Position): Location[] {
  const offset = doc.offsetAt(position);
  const id = entityUnder(a, offset);
  if (!id) return unnamedSourceReferences(doc, a, offset);
  const e = entityById(a, id);
  const spans: Span[] = [...(e?.mentions ?? [])];
  for (const at of claimsOf(a, id)) spans.push(at.claim);
  spans.sort((x, y) => x.start - y.start);
  return spans.map((s) => ({ uri: doc.uri, range: { start: doc.positionAt(s.start), end: doc.positionAt(s.end) } }));
}

export function highlights(doc: TextDocument, a: Analysis, position: Position): DocumentHighlight[] {
  const id = entityUnder(a, doc.offsetAt(position));
  const e = id ? entityById(a, id) : undefined;
  if (!e) return [];
  return e.mentions.map((s) => ({
    range: { start: doc.positionAt(s.start), end: doc.positionAt(s.end) },
    kind: DocumentHighlightKind.Read,
  }));
}

/** On a source that is no entity (مصادر، مصدر مطلع): every attribution worded the same, and its claims. */
function unnamedSourceReferences(doc: TextDocument, a: Analysis, offset: number): Location[] {
  const at = sourceAt(a, offset);
  if (!at) return [];
  const key = normalizeWord(at.source.text.trim());
  const spans: Span[] = [];
  for (const other of a.attributions) {
    if (other.source.entityId || normalizeWord(other.source.text.trim()) !== key) continue;
    spans.push({ start: other.source.start, end: other.source.end }, other.claim);
  }
  spans.sort((x, y) => x.start - y.start);
  return spans.map((s) => ({ uri: doc.uri, range: { start: doc.positionAt(s.start), end: doc.positionAt(s.end) } }));
}
