// Analysis spans → LSP ranges. Analysis offsets count from the text without its byte-order mark,
// the document may still hold one; and whatever the analysis says, a range never leaves the
// document (positionAt clamps to its bounds).
import { Position, Range } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Span } from '../analysis/types';

/** How many code units the document has before offset 0 of its analysis (1 with a BOM). */
export function bomShift(doc: TextDocument): number {
  return doc.getText({ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }) === '\ufeff' ? 1 : 0;
}

/** The document range of an analysis span, always inside the document. */
export function rangeOf(doc: TextDocument, span: Span, shift = bomShift(doc)): Range {
  const start = clampOffset(span.start, shift);
  const end = Math.max(start, clampOffset(span.end, shift));
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

/** The analysis offset of a document position. */
export function offsetOf(doc: TextDocument, position: Position, shift = bomShift(doc)): number {
  return Math.max(0, doc.offsetAt(position) - shift);
}

function clampOffset(n: number, shift: number): number {
  return Number.isFinite(n) ? Math.max(0, n + shift) : 0;
}
